// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/FaultConfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <charconv>
#include <limits>
#include <string_view>

namespace Emu {

namespace {

bool setError(std::string* error, const std::string& message)
{
    if (error)
        *error = message;
    return false;
}

bool parseRate(std::string_view text, double* out)
{
    // std::from_chars for double is in GCC 11+ and Apple clang 16+; std::stod would accept "0.5abc".
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc() && ptr == end && *out >= 0 && *out <= 1;
}

bool parseMs(std::string_view text, int* out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc() && ptr == end && *out >= 0;
}

bool parseSeed(std::string_view text, uint64_t* out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc() && ptr == end;
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

bool FaultConfig::parse(const std::string& spec, FaultConfig* out, std::string* error)
{
    FaultConfig f;
    std::string_view rest = spec;
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (item.empty())
            continue;
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos)
            return setError(error, "fault spec: expected key=value, got \"" + std::string(item) + "\"");
        const std::string_view k = item.substr(0, eq);
        const std::string_view v = item.substr(eq + 1);
        bool ok = true;
        if (k == "latency") {
            ok = parseMs(v, &f.latencyMs);
        } else if (k == "jitter") {
            ok = parseMs(v, &f.latencyJitterMs);
        } else if (k == "503") {
            ok = parseRate(v, &f.rate503);
        } else if (k == "429") {
            ok = parseRate(v, &f.rate429);
        } else if (k == "drop") {
            ok = parseRate(v, &f.dropBeforeRate);
        } else if (k == "dropmid") {
            ok = parseRate(v, &f.dropMidBodyRate);
        } else if (k == "oom") {
            ok = parseRate(v, &f.batchOomRate);
        } else if (k == "spike") {
            const size_t colon = v.find(':');
            ok = colon != std::string_view::npos && parseRate(v.substr(0, colon), &f.spikeRate)
                && parseMs(v.substr(colon + 1), &f.spikeMs);
        } else if (k == "seed") {
            ok = parseSeed(v, &f.seed);
        } else if (k == "path") {
            f.pathPrefix = std::string(v);
        } else if (k == "method") {
            f.method = std::string(v);
        } else if (k == "max") {
            ok = parseMs(v, &f.maxFaults);
        } else {
            return setError(error, "fault spec: unknown key \"" + std::string(k) + "\"");
        }
        if (!ok)
            return setError(error, "fault spec: bad value for " + std::string(k) + ": \"" + std::string(v) + "\"");
    }
    *out = f;
    return true;
}

std::string FaultConfig::toJson() const
{
    QJsonObject o;
    // JSON numbers above 2^53 lose precision in most clients, so large seeds travel as strings.
    if (seed <= (uint64_t(1) << 53))
        o.insert(key("seed"), static_cast<qint64>(seed));
    else
        o.insert(key("seed"), QString::number(seed));
    o.insert(key("latencyMs"), latencyMs);
    o.insert(key("latencyJitterMs"), latencyJitterMs);
    o.insert(key("spikeRate"), spikeRate);
    o.insert(key("spikeMs"), spikeMs);
    o.insert(key("rate503"), rate503);
    o.insert(key("rate429"), rate429);
    o.insert(key("dropBeforeRate"), dropBeforeRate);
    o.insert(key("dropMidBodyRate"), dropMidBodyRate);
    o.insert(key("batchOomRate"), batchOomRate);
    o.insert(key("pathPrefix"), QString::fromStdString(pathPrefix));
    o.insert(key("method"), QString::fromStdString(method));
    o.insert(key("maxFaults"), maxFaults);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

bool FaultConfig::fromJson(const std::string& json, FaultConfig* out, std::string* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(error, "faults: invalid JSON: " + parseError.errorString().toStdString());
    if (!doc.isObject())
        return setError(error, "faults: expected a JSON object");

    FaultConfig f;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const std::string k = it.key().toStdString();
        const QJsonValue v = it.value();
        auto rate = [&](double* target) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                return false;
            *target = v.toDouble();
            return true;
        };
        auto ms = [&](int* target) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > std::numeric_limits<int>::max())
                return false;
            *target = v.toInt();
            return true;
        };
        bool ok = true;
        if (k == "seed") {
            if (v.isString())
                ok = parseSeed(v.toString().toStdString(), &f.seed);
            else if (v.isDouble() && v.toInteger(-1) >= 0)
                f.seed = static_cast<uint64_t>(v.toInteger());
            else
                ok = false;
        } else if (k == "latencyMs") {
            ok = ms(&f.latencyMs);
        } else if (k == "latencyJitterMs") {
            ok = ms(&f.latencyJitterMs);
        } else if (k == "spikeRate") {
            ok = rate(&f.spikeRate);
        } else if (k == "spikeMs") {
            ok = ms(&f.spikeMs);
        } else if (k == "rate503") {
            ok = rate(&f.rate503);
        } else if (k == "rate429") {
            ok = rate(&f.rate429);
        } else if (k == "dropBeforeRate") {
            ok = rate(&f.dropBeforeRate);
        } else if (k == "dropMidBodyRate") {
            ok = rate(&f.dropMidBodyRate);
        } else if (k == "batchOomRate") {
            ok = rate(&f.batchOomRate);
        } else if (k == "pathPrefix") {
            ok = v.isString();
            f.pathPrefix = v.toString().toStdString();
        } else if (k == "method") {
            ok = v.isString();
            f.method = v.toString().toStdString();
        } else if (k == "maxFaults") {
            ok = v.isDouble() && v.toInteger(-2) >= -1 && v.toInteger() <= std::numeric_limits<int>::max();
            f.maxFaults = static_cast<int>(v.toInteger());
        } else {
            return setError(error, "faults: unknown field \"" + k + "\"");
        }
        if (!ok)
            return setError(error, "faults: bad value for \"" + k + "\"");
    }
    *out = f;
    return true;
}

} // namespace Emu
