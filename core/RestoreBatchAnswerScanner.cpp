// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreBatchAnswerScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// The first '"', '[', ']', '{' or '}' at or after p, or end. An answer is nearly all echoed vectors, which hold none
// of these: with SSE2 (every x86-64) 16 bytes are checked at a time.
const char* nextStructural(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i openArray = _mm_set1_epi8('[');
    const __m128i closeArray = _mm_set1_epi8(']');
    const __m128i openObject = _mm_set1_epi8('{');
    const __m128i closeObject = _mm_set1_epi8('}');
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, openArray)),
            _mm_or_si128(_mm_cmpeq_epi8(v, closeArray),
                _mm_or_si128(_mm_cmpeq_epi8(v, openObject), _mm_cmpeq_epi8(v, closeObject))));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + std::countr_zero(unsigned(mask));
    }
#endif
    while (p < end && *p != '"' && *p != '[' && *p != ']' && *p != '{' && *p != '}')
        ++p;
    return p;
}

} // namespace

qsizetype RestoreBatchAnswerScanner::scan(std::vector<BatchItemFailure>* failures)
{
    if (!eat('['))
        return -1;
    qsizetype n = 0;
    if (eat(']'))
        return atEnd() ? 0 : -1;
    do {
        if (!item(n, failures))
            return -1;
        ++n;
    } while (eat(','));
    if (!eat(']'))
        return -1;
    return atEnd() ? n : -1;
}

// One item of the answer: its "id" and, when it failed, the messages of its "result".
bool RestoreBatchAnswerScanner::item(qsizetype index, std::vector<BatchItemFailure>* failures)
{
    if (!eat('{'))
        return false;
    std::string_view id;
    std::string_view result;
    if (!eat('}')) {
        do {
            std::string_view key;
            if (!string(&key) || !eat(':'))
                return false;
            skipSpace();
            const char* value = m_p;
            if (key == "id") {
                if (!string(&id))
                    return false;
            } else {
                if (!skipValue())
                    return false;
                if (key == "result")
                    result = std::string_view(value, size_t(m_p - value));
            }
        } while (eat(','));
        if (!eat('}'))
            return false;
    }
    if (result.find("FAILED") != std::string_view::npos) {
        const QJsonObject r = QJsonDocument::fromJson(QByteArray(result.data(), qsizetype(result.size()))).object();
        if (r.value(u"status"_s).toString() == u"FAILED") {
            QStringList messages;
            for (const QJsonValue& e : r.value(u"errors"_s).toObject().value(u"error"_s).toArray())
                messages << e.toObject().value(u"message"_s).toString();
            failures->push_back({index, std::string(id), messages.join(u"; "_s)});
        }
    }
    return true;
}

void RestoreBatchAnswerScanner::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool RestoreBatchAnswerScanner::atEnd()
{
    skipSpace();
    return m_p == m_end;
}

bool RestoreBatchAnswerScanner::eat(char c)
{
    skipSpace();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return false;
}

// A string at the current position; *out gets its raw content (escapes left as they are).
bool RestoreBatchAnswerScanner::string(std::string_view* out)
{
    skipSpace();
    if (m_p >= m_end || *m_p != '"')
        return false;
    const char* start = ++m_p;
    while (m_p < m_end) {
        const auto* quote = static_cast<const char*>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!quote)
            return false;
        const char* b = quote;
        while (b > start && b[-1] == '\\')
            --b;
        m_p = quote + 1;
        if ((quote - b) % 2 == 0) {
            if (out)
                *out = std::string_view(start, size_t(quote - start));
            return true;
        }
    }
    return false;
}

bool RestoreBatchAnswerScanner::skipValue()
{
    skipSpace();
    if (m_p >= m_end)
        return false;
    if (*m_p == '"')
        return string(nullptr);
    if (*m_p == '{' || *m_p == '[')
        return skipContainer();
    const char* start = m_p;
    while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
        && *m_p != '\t')
        ++m_p;
    return m_p > start;
}

// An object or array at the current position, with everything in it.
bool RestoreBatchAnswerScanner::skipContainer()
{
    int depth = 0;
    while ((m_p = nextStructural(m_p, m_end)) < m_end) {
        const char c = *m_p;
        if (c == '"') {
            if (!string(nullptr))
                return false;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                ++m_p;
                return true;
            }
        }
        ++m_p;
    }
    return false;
}

} // namespace Colvault
