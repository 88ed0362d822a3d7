// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Colvault {

// A proxy address as a user writes it, in `--proxy` or the connection dialog: SCHEME://[USER@]HOST[:PORT]. Without a
// scheme it is http; without a port, the scheme's usual one (80, 443, 1080 for SOCKS), so that what reaches the
// transport never depends on libcurl's default (1080 for every scheme). A password in the address is refused rather
// than dropped: it would sit in the process list, the shell history or the settings file, so the caller points at
// where it belongs (a file, the environment, the keychain). One parser for the CLI and the GUI. Pure, any thread.
// Usage: const ProxyAddress a = ProxyAddress::parse(text); if (a.problem == ProxyAddress::Problem::None) use a.url.
struct ProxyAddress
{
    Q_DECLARE_TR_FUNCTIONS(ProxyAddress)

public:
    enum class Problem
    {
        None,
        Malformed, // not SCHEME://HOST[:PORT] (also a path, a query, a port out of range)
        UnsupportedScheme, // not one of schemes()
        Password, // USER:PASSWORD@HOST
    };

    QUrl url; // SCHEME://HOST:PORT, no user info; empty unless problem is None
    QString user; // the USER of USER@HOST, empty when none
    Problem problem = Problem::Malformed;
    QString scheme; // as written (lower-cased), also when unsupported: for the message

    static ProxyAddress parse(const QString& text);
    // http, https (TLS to the proxy), socks5, socks5h (names resolved by the proxy).
    static QStringList schemes();
    // The translated sentence for Malformed and UnsupportedScheme (the caller words Password itself: it knows where
    // the password goes instead). `text` is what the user wrote; the message never quotes a password from it.
    QString message(const QString& text) const;
};

} // namespace Colvault
