// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tests/support/EmulatorFixture.h"
#include "tools/emulator/EngineConfig.h"
#include "tools/emulator/StandInVectorizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace TestSupport {

// An emulator's configuration with the stand-in vectorizer modules `list` ("text2vec-openai,text2vec-cohere") enabled.
inline Emu::EngineConfig withStandInModules(const char* list)
{
    Emu::EngineConfig config;
    config.modulesJson = Emu::StandInVectorizer::withEnabledModules(config.modulesJson, list);
    return config;
}

// Whether every object of `cls` on `f` (a class with one text property, `title`) carries the vector the emulator's
// stand-in `module` computes from the class name and the title, not one a client sent: "" when all `expected`
// objects do, else what differs first. For re-vectorizing tests (--vectors omit --vectorizer MODULE).
inline QString standInVectorMismatch(EmulatorFixture& f, const QString& cls, const char* module, int expected)
{
    using namespace Qt::StringLiterals;
    const QJsonArray objects = f.get(u"/v1/objects?class=%1&include=vector&limit=100"_s.arg(cls))
                                   .json()
                                   .object()
                                   .value(u"objects"_s)
                                   .toArray();
    if (objects.size() != expected)
        return u"%1 objects of %2, not %3"_s.arg(objects.size()).arg(cls).arg(expected);
    for (const QJsonValue& v : objects) {
        const QString title = v[u"properties"_s][u"title"_s].toString();
        std::vector<float> vector;
        for (const QJsonValue& x : v[u"vector"_s].toArray())
            vector.push_back(float(x.toDouble()));
        const QString text = (cls + u' ' + title).toLower();
        if (vector != Emu::StandInVectorizer::embed(module, text.toStdString()))
            return u"the object \"%1\" has another vector than %2 computes"_s.arg(title, QString::fromLatin1(module));
    }
    return {};
}

} // namespace TestSupport
