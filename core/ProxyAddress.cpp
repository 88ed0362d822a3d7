// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ProxyAddress.h"

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

int defaultPort(const QString& scheme)
{
    if (scheme == u"http")
        return 80;
    if (scheme == u"https")
        return 443;
    return 1080; // SOCKS
}

// What may be quoted back: everything after the last '@', so that a password typed into the address never reaches
// a terminal, a log or a label.
QString shown(const QString& text)
{
    return text.mid(text.lastIndexOf(u'@') + 1);
}

} // namespace

QStringList ProxyAddress::schemes()
{
    return {u"http"_s, u"https"_s, u"socks5"_s, u"socks5h"_s};
}

ProxyAddress ProxyAddress::parse(const QString& text)
{
    ProxyAddress a;
    QString written = text.trimmed();
    if (written.isEmpty())
        return a;
    if (!written.contains(u"://"_s))
        written.prepend(u"http://"_s); // "proxy:3128", as curl and the http_proxy variable take it
    // Before anything else: "user:pass@" is refused as such even where the rest would not parse (an '@' in it).
    const qsizetype start = written.indexOf(u"://"_s) + 3;
    const qsizetype at = written.lastIndexOf(u'@');
    if (at > start && written.mid(start, at - start).contains(u':')) {
        a.problem = Problem::Password;
        return a;
    }
    const QUrl url(written, QUrl::StrictMode);
    a.scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery()
        || url.hasFragment()) {
        a.scheme.clear();
        return a;
    }
    if (!schemes().contains(a.scheme)) {
        a.problem = Problem::UnsupportedScheme;
        return a;
    }
    a.user = url.userName();
    a.url.setScheme(a.scheme);
    a.url.setHost(url.host());
    a.url.setPort(url.port(defaultPort(a.scheme)));
    a.problem = Problem::None;
    return a;
}

QString ProxyAddress::message(const QString& text) const
{
    switch (problem) {
    case Problem::None:
    case Problem::Password:
        return {};
    case Problem::UnsupportedScheme:
        //: %1 is a URL scheme such as "ftp", %2 the list of the supported ones
        return tr("Proxies of the kind \"%1\" are not supported; use %2.").arg(scheme, schemes().join(u", "_s));
    case Problem::Malformed:
        break;
    }
    //: %1 is what the user wrote; HOST and PORT stay as they are
    return tr("\"%1\" is not a proxy address; write http://HOST:PORT.").arg(shown(text.trimmed()));
}

} // namespace Colvault
