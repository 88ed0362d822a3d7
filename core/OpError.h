// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QMetaType>
#include <QString>

namespace Colvault {

// How an operation (or one of its parts) ended. Cancel is an outcome of its own, never an error; a result starts as
// Failed and becomes Succeeded only as its very last step (OperationGuard).
enum class OperationOutcome
{
    Succeeded,
    Failed,
    Canceled
};

// The one error type of every long operation. `message` is translated, one whole sentence for the user;
// `details` is untranslated technical text (HTTP status, server body, file offsets) for the expander and the log.
// Cancel is never an OpError: it is a separate outcome.
struct OpError
{
    enum class Code
    {
        None,
        Network, // no HTTP answer: refused, reset, timeout, TLS
        Http, // an HTTP answer that is an error and fits no other code
        Auth, // 401 / 403
        NotFound, // collection, tenant or object does not exist
        Io, // local file system
        Format, // an archive or server payload that is not what it must be
        Conflict, // the target state forbids the operation (exists, tenant not active, ...)
        Usage, // bad parameters from the caller
        Internal,
    };

    Code code = Code::None;
    QString message;
    QString details;
    int httpStatus = 0; // when the error came from an HTTP answer

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    static OpError make(Code code, QString message, QString details = {}, int httpStatus = 0)
    {
        return OpError {code, std::move(message), std::move(details), httpStatus};
    }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::OpError)
