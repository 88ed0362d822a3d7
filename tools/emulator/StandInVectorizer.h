// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Store.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

// The emulator's stand-in for Weaviate's text2vec modules (ENABLE_MODULES). A real module sends the object's text to
// a model; the emulator computes a deterministic embedding from the same text instead, so that tests can tell a
// vector the server computed from one the client sent. The text is what Weaviate's text2vec modules build by
// default (usecases/modulecomponents/vectorizer): the class name split at its camel-case humps (unless the module's
// `vectorizeClassName` is false), then the values of the text and text[] properties in property-name order (a
// property whose moduleConfig says `skip` is left out; `vectorizePropertyName` puts its name before its value;
// a named vector's `properties` list limits them), lower-cased. The embedding is a hashed bag of words: each word
// (a run of letters and digits) adds ±1 at FNV-1a(module, word) mod `kDimensions`, and the sum is scaled to length
// 1. Each module hashes differently, as two models embed differently. It is a stand-in, not a language model: only
// equal words make vectors similar.
// Only modules named text2vec-* vectorize; class creation has checked that the module is enabled.
// Thread: pure functions, any thread.
namespace Emu::StandInVectorizer {

constexpr size_t kDimensions = 32;

// What computes which of a class's vectors: empty when none of them has a text2vec module.
struct Plan
{
    struct TextProperty
    {
        std::string name;
        bool withName = false; // vectorizePropertyName
    };
    struct Target
    {
        std::string module;
        bool vectorizeClassName = true;
        std::vector<TextProperty> properties; // the text and text[] properties it reads, by name
    };
    bool legacy = false; // the class-level vector has a text2vec module (`legacyTarget`)
    Target legacyTarget;
    std::map<std::string, Target> named; // single named vectors with a text2vec module

    bool empty() const { return !legacy && named.empty(); }
};

Plan planFor(const ClassDef& def);

// The stand-in embedding of `text` (lower-cased words) by `module`; empty when the text has no word.
std::vector<float> embed(std::string_view module, std::string_view text);

// Fills the vectors `plan` computes that `obj` does not carry already (Weaviate keeps a vector the client sent).
// Needs obj.propertiesJson; call before the vectors' JSON is built.
void vectorize(const ClassDef& def, const Plan& plan, StoredObject& obj);

// GET /v1/meta "modules" (EngineConfig::modulesJson) with the modules of ENABLE_MODULES (comma-separated names)
// added: each one's meta object shaped as Weaviate's text2vec modules shape theirs, {"documentationHref":...,
// "name":...}. Modules already in `modulesJson` keep their meta object.
std::string withEnabledModules(const std::string& modulesJson, std::string_view enableModules);

} // namespace Emu::StandInVectorizer
