// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArrayView>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace Colvault {

// One refused item of a batch answer.
struct BatchItemFailure
{
    qsizetype index = 0;
    std::string id; // as the server echoed it; empty when it did not
    QString message;
};

// Reads the answer to an object batch (ObjectsClient::batchObjects) without building a DOM of it: Weaviate echoes every
// object back, vectors included, so the answer is as large as the request. Only each item's top-level "id" and "result"
// are looked at (a property that happens to hold "status":"FAILED" is skipped with the rest of the echo); the small
// "result" of a refused item is parsed for its messages. The echoed vectors are skipped 16 bytes at a time with SSE2.
// Thread: any; one scanner per answer.
// Usage: std::vector<BatchItemFailure> refused; const qsizetype items = RestoreBatchAnswerScanner(body).scan(&refused);
class RestoreBatchAnswerScanner
{
public:
    explicit RestoreBatchAnswerScanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    // The number of items, or -1 when the answer is not an array of objects (cut short, not JSON).
    qsizetype scan(std::vector<BatchItemFailure>* failures);

private:
    bool item(qsizetype index, std::vector<BatchItemFailure>* failures);
    void skipSpace();
    bool atEnd();
    bool eat(char c);
    bool string(std::string_view* out);
    bool skipValue();
    bool skipContainer();

    const char* m_p;
    const char* m_end;
};

} // namespace Colvault
