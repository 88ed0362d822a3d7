// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QSet>
#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Colvault {

// Splits an object's properties (the JSON object text the server sends, or an archive holds) into the properties
// without its reference properties, and the beacons of each reference property in order: a restore writes objects
// first and their references after every object is in (a reference may point to an object written later).
// Validates what it splits off: a reference property must be an array of objects that each carry a "beacon" string.
// Thread: one splitter per thread (it keeps a parser and a buffer between objects).
// Usage: ReferenceSplitter s; s.setNames({"writtenBy"}); s.split(properties, &without, &references, &problem);
class ReferenceSplitter
{
public:
    // Reference property name -> the beacons of its values (SourceObject::references).
    using References = std::vector<std::pair<std::string, std::vector<std::string>>>;

    ReferenceSplitter();
    ~ReferenceSplitter();
    ReferenceSplitter(const ReferenceSplitter&) = delete;
    ReferenceSplitter& operator=(const ReferenceSplitter&) = delete;

    // The names of the reference properties of the class being read.
    void setNames(const QSet<QString>& names);
    bool isEmpty() const { return m_names.empty(); }

    // *without gets `properties` minus the reference properties (a JSON object, other values verbatim), and
    // *references their beacons. False with *problem (untranslated details) when `properties` is not a JSON object
    // or a reference property is not what it must be.
    bool split(std::string_view properties, std::string* without, References* references, QString* problem);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::vector<std::string> m_names; // few: compared directly, without building a QString per property
    std::string m_padded; // `properties` with the padding the parser reads past its end
};

} // namespace Colvault
