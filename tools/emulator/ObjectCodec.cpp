// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/ObjectCodec.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/GoFormat.h"
#include "tools/emulator/MiscApi.h"

#include <chrono>
#include <cstdint>
#include <mutex>

namespace Emu::Codec {

namespace {

using simdjson::ondemand::json_type;

simdjson::error_code readFloats(
    simdjson::ondemand::array arr, std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens)
{
    multi = false;
    bool first = true;
    for (auto el : arr) {
        simdjson::ondemand::value v;
        if (auto e = el.get(v))
            return e;
        if (first) {
            first = false;
            json_type t;
            if (auto e = v.type().get(t))
                return e;
            if (t == json_type::array) {
                multi = true;
                if (!tokens)
                    return simdjson::INCORRECT_TYPE;
            }
        }
        if (multi) {
            simdjson::ondemand::array inner;
            if (auto e = v.get_array().get(inner))
                return e;
            tokens->emplace_back();
            bool nested = false;
            if (auto e = readFloats(inner, tokens->back(), nested, nullptr))
                return e;
        } else {
            double d = 0;
            if (auto e = v.get_double().get(d))
                return e;
            out.push_back(static_cast<float>(d));
        }
    }
    return simdjson::SUCCESS;
}

} // namespace

simdjson::error_code checkSkippedValue(simdjson::ondemand::value value)
{
    json_type t;
    if (auto e = value.type().get(t))
        return e;
    std::string_view raw;
    simdjson::error_code e = simdjson::SUCCESS;
    if (t == json_type::object) {
        simdjson::ondemand::object obj;
        e = value.get_object().get(obj);
        if (!e)
            e = obj.raw_json().get(raw);
    } else if (t == json_type::array) {
        simdjson::ondemand::array arr;
        e = value.get_array().get(arr);
        if (!e)
            e = arr.raw_json().get(raw);
    } else {
        raw = value.raw_json_token();
    }
    if (e)
        return e;
    bool empty = false;
    if (!goJsonSyntaxError(raw, &empty).empty() || empty)
        return simdjson::TAPE_ERROR;
    return simdjson::SUCCESS;
}

namespace {

// The tail of reading one entry of "vectors": multi-vector shape checks (the first error of the object is kept).
void storeNamedVector(ObjectInput& out, const std::string& name, VectorValue value, bool multi,
    const std::vector<std::vector<float>>& tokens, VectorText text)
{
    if (multi) {
        value.rows = static_cast<int>(tokens.size());
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].empty() && out.vectorError.empty())
                out.vectorError = "multi-vector token " + std::to_string(i) + " is empty";
            if (tokens[i].size() != tokens.front().size() && out.vectorError.empty())
                out.vectorError = "vector \"" + name + "\": multi-vector tokens must have equal length";
            value.flat.insert(value.flat.end(), tokens[i].begin(), tokens[i].end());
        }
    }
    out.vectorIsMultiShaped[name] = multi;
    out.vectors[name] = std::move(value);
    // A repeated name replaces the vector, and so its text.
    if (text.empty())
        out.vectorsText.erase(name);
    else
        out.vectorsText[name] = std::move(text);
}

} // namespace

simdjson::error_code readObject(simdjson::ondemand::object obj, ObjectInput& out, ReadMode mode)
{
    const bool fast = mode == ReadMode::Fast;
    for (auto field : obj) {
        std::string_view keyView;
        if (auto e = field.unescaped_key().get(keyView))
            return e;
        const std::string key(keyView);
        simdjson::ondemand::value v;
        if (auto e = field.value().get(v))
            return e;
        bool isNull = false;
        {
            json_type t;
            if (auto e = v.type().get(t))
                return e;
            isNull = t == json_type::null;
        }
        if (key == "class" || key == "id" || key == "tenant") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            std::string_view s;
            if (auto e = v.get_string().get(s))
                return e;
            if (key == "class") {
                out.hasClass = true;
                out.cls = std::string(s);
            } else if (key == "id") {
                out.hasId = true;
                out.id = std::string(s);
            } else {
                out.tenant = std::string(s);
            }
        } else if (key == "properties") {
            out.hasProperties = true;
            out.properties = JNode();
            if (auto e = toNode(v, out.properties))
                return e;
        } else if (key == "vector") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            simdjson::ondemand::array arr;
            if (auto e = v.get_array().get(arr))
                return e;
            out.hasVector = true;
            if (fast) {
                std::string_view raw;
                if (auto e = arr.raw_json().get(raw))
                    return e;
                out.pendingVector.push_back(raw);
                continue;
            }
            out.vector.clear();
            bool multi = false;
            if (auto e = readFloats(arr, out.vector, multi, nullptr))
                return e;
        } else if (key == "vectors") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            simdjson::ondemand::object vecs;
            if (auto e = v.get_object().get(vecs))
                return e;
            out.hasVectors = true;
            for (auto vf : vecs) {
                std::string_view nameView;
                if (auto e = vf.unescaped_key().get(nameView))
                    return e;
                std::string name(nameView);
                simdjson::ondemand::array arr;
                if (auto e = vf.value().get_array().get(arr))
                    return e;
                if (fast) {
                    std::string_view raw;
                    if (auto e = arr.raw_json().get(raw))
                        return e;
                    out.pendingVectors.emplace_back(std::move(name), raw);
                    continue;
                }
                VectorValue value;
                std::vector<std::vector<float>> tokens;
                bool multi = false;
                if (auto e = readFloats(arr, value.flat, multi, &tokens))
                    return e;
                storeNamedVector(out, name, std::move(value), multi, tokens, {});
            }
        } else if (fast) {
            if (auto e = checkSkippedValue(v))
                return e;
        } else {
            // Unknown and read-only keys (creationTimeUnix, additional, ...) are ignored, as go-swagger does.
        }
    }
    return simdjson::SUCCESS;
}

bool finishVectors(ObjectInput& in)
{
    // In body order, as the Exact path reads them: every array is checked, the last one of a key wins.
    for (const std::string_view raw : in.pendingVector) {
        in.vector.clear();
        bool multi = false;
        if (!scanVectorText(raw, in.vector, multi, nullptr, in.vectorText))
            return false;
    }
    for (const auto& [name, raw] : in.pendingVectors) {
        VectorValue value;
        std::vector<std::vector<float>> tokens;
        bool multi = false;
        VectorText text;
        if (!scanVectorText(raw, value.flat, multi, &tokens, text))
            return false;
        storeNamedVector(in, name, std::move(value), multi, tokens, std::move(text));
    }
    in.pendingVector.clear();
    in.pendingVectors.clear();
    return true;
}

bool applyVectors(const ClassDef& cls, ObjectInput& in, StoredObject& obj, std::string& error)
{
    obj.vector.clear();
    obj.vectors.clear();
    if (!in.vectorError.empty()) {
        error = in.vectorError;
        return false;
    }
    if (!cls.legacyVectorIndex && !in.vector.empty()) {
        if (cls.namedVectors.size() == 1) {
            const std::string& name = cls.namedVectors.begin()->first;
            obj.vectors[name].flat = std::move(in.vector);
            in.vectorsText.clear();
            if (!in.vectorText.empty())
                in.vectorsText[name] = std::move(in.vectorText);
            in.vectorText = {};
            return true;
        }
        error = "collection " + cls.name + " configuration does not have single vector index";
        return false;
    }
    for (const auto& [name, value] : in.vectors) {
        if (cls.namedVectors.find(name) == cls.namedVectors.end()) {
            error = "collection " + cls.name + " does not have configuration for vector " + name;
            return false;
        }
    }
    for (auto& [name, value] : in.vectors) {
        const bool isMulti = cls.namedVectors.at(name);
        const bool shapedMulti = in.vectorIsMultiShaped[name];
        if (value.flat.empty() && value.rows == 0) {
            if (isMulti) {
                error = "vector \"" + name + "\" in collection \"" + cls.name + "\": multi-vector cannot be empty";
                return false;
            }
            continue;
        }
        if (isMulti && !shapedMulti) {
            error = "vector \"" + name + "\" in collection \"" + cls.name
                + "\" is configured as multi-vector: expected an array of token vectors, got a single vector";
            return false;
        }
        if (!isMulti && shapedMulti) {
            error = "vector \"" + name + "\" in collection \"" + cls.name
                + "\" is not configured as multi-vector, but a multi-vector was provided";
            return false;
        }
        obj.vectors[name] = std::move(value);
    }
    if (cls.legacyVectorIndex)
        obj.vector = std::move(in.vector);
    return true;
}

std::string VectorLengthMismatch::reason(bool withCause) const
{
    if (multi)
        return "new node has a multi vector with length " + std::to_string(length) + " at position "
            + std::to_string(position) + ". Existing nodes have vectors with length " + std::to_string(existing);
    std::string text = "new node has a vector with length " + std::to_string(length)
        + ". Existing nodes have vectors with length " + std::to_string(existing);
    if (withCause)
        text += ": vector dimensions do not match the index dimensions";
    return text;
}

std::string VectorLengthMismatch::putMessage(std::string_view id, bool withCause) const
{
    const std::string target(id);
    if (name.empty())
        return "Validate vector index for " + target + ": " + reason(withCause);
    return "Validate vector index " + name + (multi ? " for target multi vector " : " for target vector ") + target
        + ": " + reason(withCause);
}

std::string VectorLengthMismatch::mergeMessage(std::string_view id, bool withCause) const
{
    const std::string target(id);
    if (name.empty())
        return "validate vector index for update of " + target + ": " + reason(withCause);
    return (multi ? "validate multi vector index for update of " : "validate vector index for update of ") + target
        + " for target vector " + name + ": " + reason(withCause);
}

namespace {

size_t tokenLength(const VectorValue& v)
{
    return v.rows > 0 ? v.flat.size() / static_cast<size_t>(v.rows) : v.flat.size();
}

} // namespace

std::optional<VectorLengthMismatch> checkVectorLengths(const Shard& shard, const StoredObject& obj)
{
    auto existing = [&shard](std::string_view index) -> size_t {
        const auto it = shard.vectorLengths.find(index);
        return it == shard.vectorLengths.end() ? 0 : it->second;
    };
    for (const bool multi : {false, true}) {
        for (const auto& [name, v] : obj.vectors) {
            if ((v.rows > 0) != multi || v.flat.empty())
                continue;
            const size_t want = existing(name);
            const size_t got = tokenLength(v);
            // Tokens of one multi-vector have equal lengths (readObject refuses others), so token 0 decides.
            if (want != 0 && got != want)
                return VectorLengthMismatch {name, multi, got, 0, want};
        }
    }
    if (!obj.vector.empty()) {
        const size_t want = existing("");
        if (want != 0 && obj.vector.size() != want)
            return VectorLengthMismatch {std::string(), false, obj.vector.size(), 0, want};
    }
    return std::nullopt;
}

void recordVectorLengths(Shard& shard, const StoredObject& obj)
{
    for (const auto& [name, v] : obj.vectors)
        if (!v.flat.empty())
            shard.vectorLengths.try_emplace(name, tokenLength(v));
    if (!obj.vector.empty())
        shard.vectorLengths.try_emplace(std::string(), obj.vector.size());
}

namespace {

void appendFloats(std::string& out, const float* v, size_t n)
{
    out += '[';
    for (size_t i = 0; i < n; ++i) {
        if (i)
            out += ',';
        appendFloat32(out, v[i]);
    }
    out += ']';
}

} // namespace

namespace {

void writeVectorJson(const StoredObject& obj, const ObjectInput* texts, std::string& out)
{
    out.clear();
    size_t bytes = 64;
    if (texts && !texts->vectorText.empty())
        bytes += texts->vectorText.text().size();
    else
        bytes += obj.vector.size() * 13;
    for (const auto& [name, value] : obj.vectors)
        bytes += value.flat.size() * 13 + name.size() + 4;
    out.reserve(bytes);
    if (!obj.vector.empty()) {
        out += ",\"vector\":";
        if (texts && !texts->vectorText.empty())
            out += texts->vectorText.text();
        else
            appendFloats(out, obj.vector.data(), obj.vector.size());
    }
    if (!obj.vectors.empty()) {
        out += ",\"vectors\":{";
        bool first = true;
        for (const auto& [name, value] : obj.vectors) {
            if (!first)
                out += ',';
            first = false;
            appendJsonQuoted(out, name);
            out += ':';
            std::string_view text;
            if (texts) {
                if (const auto it = texts->vectorsText.find(name); it != texts->vectorsText.end())
                    text = it->second.text();
            }
            if (!text.empty()) {
                out += text;
            } else if (value.rows == 0) {
                appendFloats(out, value.flat.data(), value.flat.size());
            } else {
                const size_t dim = value.flat.size() / static_cast<size_t>(value.rows);
                out += '[';
                for (int r = 0; r < value.rows; ++r) {
                    if (r)
                        out += ',';
                    appendFloats(out, value.flat.data() + static_cast<size_t>(r) * dim, dim);
                }
                out += ']';
            }
        }
        out += '}';
    }
}

} // namespace

void buildVectorJson(StoredObject& obj, const ObjectInput* texts)
{
    writeVectorJson(obj, texts, obj.vectorJsonCache);
    obj.vectorJsonReady.value.store(true, std::memory_order_release);
}

const std::string& vectorJson(const StoredObject& obj)
{
    if (obj.vectorJsonReady.value.load(std::memory_order_acquire))
        return obj.vectorJsonCache;
    // Readers of different objects build theirs in parallel (a REST export reads pages in parallel).
    static std::mutex stripes[64];
    std::lock_guard lock(stripes[(reinterpret_cast<uintptr_t>(&obj) / sizeof(StoredObject)) % 64]);
    if (!obj.vectorJsonReady.value.load(std::memory_order_relaxed)) {
        writeVectorJson(obj, nullptr, obj.vectorJsonCache);
        obj.vectorJsonReady.value.store(true, std::memory_order_release);
    }
    return obj.vectorJsonCache;
}

void appendObject(
    std::string& out, std::string_view cls, const StoredObject& obj, const std::string* tenant, bool withVector)
{
    out += "{\"class\":\"";
    out += cls;
    out += "\",\"creationTimeUnix\":";
    out += std::to_string(obj.creationTimeUnix);
    out += ",\"id\":\"";
    out += obj.id;
    out += "\",\"lastUpdateTimeUnix\":";
    out += std::to_string(obj.lastUpdateTimeUnix);
    out += ",\"properties\":";
    out += obj.propertiesJson;
    if (tenant && !tenant->empty()) {
        out += ",\"tenant\":";
        appendJsonQuoted(out, *tenant);
    }
    if (withVector)
        out += vectorJson(obj);
    out += '}';
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace Emu::Codec
