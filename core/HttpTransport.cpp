// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/HttpTransport.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QSocketNotifier>
#include <curl/curl.h>
#include <mutex>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int cancelPollMs = 50;
// A gap this long between idle checks means nobody served the transfers (the thread was busy elsewhere): their idle
// clocks start again rather than count time in which they could not move.
constexpr qint64 unservedGapMs = 500;
constexpr qsizetype bodyParserPadding = 64; // simdjson::SIMDJSON_PADDING, without its header here

CURLM* multiOf(void* m)
{
    return static_cast<CURLM*>(m);
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The first non-empty environment variable of `names`.
QByteArray firstEnv(std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QByteArray value = qgetenv(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// What a libcurl code means to the caller.
HttpTransport::Failure failureFor(CURLcode code)
{
    using F = HttpTransport::Failure;
    switch (code) {
    case CURLE_OK:
        return F::None;
    case CURLE_COULDNT_CONNECT:
        return F::Refused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return F::HostNotFound;
    case CURLE_OPERATION_TIMEDOUT:
        return F::Timeout;
    case CURLE_PEER_FAILED_VERIFICATION:
        return F::TlsUntrusted;
    case CURLE_SSL_CONNECT_ERROR:
        return F::TlsFailed;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return F::CutShort;
    case CURLE_PROXY:
        return F::ProxyRefused;
    case CURLE_ABORTED_BY_CALLBACK:
        return F::Canceled;
    default:
        return F::Other;
    }
}

} // namespace

struct HttpTransport::Transfer
{
    Id id = 0;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    Request request;
    Response response;
    bool ended = false;
    char error[CURL_ERROR_SIZE] {};
    QElapsedTimer idle; // since bytes last moved
    curl_off_t lastBytes = -1;

    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }
};

struct HttpTransport::Socket
{
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

// libcurl's C callbacks, with the types its headers declare, forwarding to the transport.
struct CurlCallbacks
{
    static int socket(CURL*, curl_socket_t fd, int what, void* self, void*)
    {
        static_cast<HttpTransport*>(self)->watchSocket(qintptr(fd), what);
        return 0;
    }
    static int timer(CURLM*, long timeoutMs, void* self)
    {
        QTimer& timer = static_cast<HttpTransport*>(self)->m_curlTimer;
        if (timeoutMs < 0)
            timer.stop();
        else
            timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }
    static size_t body(char* data, size_t size, size_t count, void* transfer)
    {
        static_cast<HttpTransport::Transfer*>(transfer)->response.body.append(data, qsizetype(size * count));
        return size * count;
    }
    static size_t header(char* data, size_t size, size_t count, void* transfer)
    {
        auto* t = static_cast<HttpTransport::Transfer*>(transfer);
        const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
        if (line.startsWith("HTTP/")) { // a new answer (after 100 Continue, a proxy's CONNECT, or a 407)
            t->response.headers.clear();
            t->response.body.clear();
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            // A little more than the body: JSON parsers (simdjson) read up to 64 bytes past the end and would
            // otherwise copy a page of megabytes into a larger buffer first.
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 && value.toLongLong() > 0)
                t->response.body.reserve(
                    qsizetype(std::min<qint64>(value.toLongLong(), qint64(1) << 30)) + bodyParserPadding);
            t->response.headers.append({name, value});
        }
        return size * count;
    }
    // Adds the profile's CA certificates to the ones OpenSSL already trusts (CURLOPT_CAINFO would replace them).
    static CURLcode sslContext(CURL*, void* sslCtx, void* pem)
    {
        const QByteArray& certs = *static_cast<const QByteArray*>(pem);
        X509_STORE* store = SSL_CTX_get_cert_store(static_cast<SSL_CTX*>(sslCtx));
        BIO* bio = BIO_new_mem_buf(certs.constData(), int(certs.size()));
        while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, cert); // fails harmlessly for a certificate that is already there
            X509_free(cert);
        }
        BIO_free(bio);
        return CURLE_OK;
    }
};

bool HttpTransport::neverReachedServer(Failure why)
{
    return why == Failure::Refused || why == Failure::HostNotFound || why == Failure::TlsUntrusted
        || why == Failure::TlsFailed || why == Failure::ProxyAuth || why == Failure::ProxyRefused;
}

bool HttpTransport::worthRetrying(Failure why)
{
    return why != Failure::TlsUntrusted && why != Failure::HostNotFound && why != Failure::ProxyAuth;
}

QByteArray HttpTransport::Response::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpTransport::HttpTransport(const WeaviateEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    initCurlOnce();
    m_proxyAuth = CURLAUTH_ANY;
    m_multi = curl_multi_init();
    m_share = curl_share_init();
    curl_share_setopt(static_cast<CURLSH*>(m_share), CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    curl_share_setopt(static_cast<CURLSH*>(m_share), CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    CURLM* multi = multiOf(m_multi);
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &CurlCallbacks::socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &CurlCallbacks::timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    // Kept-alive connections stay in the pool even while fewer requests are in flight (libcurl's default shrinks it
    // with the number of transfers).
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, 64L);
    m_curlTimer.setSingleShot(true);
    connect(&m_curlTimer, &QTimer::timeout, this, [this] { socketAction(qintptr(CURL_SOCKET_TIMEOUT), 0); });

    if (!m_endpoint.caFile.isEmpty()) {
        QFile f(m_endpoint.caFile);
        if (f.open(QIODevice::ReadOnly))
            m_caPem = f.readAll();
    }
    resolveProxy();
}

HttpTransport::~HttpTransport()
{
    for (auto& [id, t] : m_transfers)
        if (!t->ended)
            curl_multi_remove_handle(multiOf(m_multi), t->easy);
    m_transfers.clear();
    m_sockets.clear();
    m_retired.clear();
    curl_multi_cleanup(multiOf(m_multi));
    curl_share_cleanup(static_cast<CURLSH*>(m_share));
}

void HttpTransport::resolveProxy()
{
    const ProxySettings& p = m_endpoint.proxy;
    if (p.mode == ProxySettings::Mode::None)
        return;
    if (p.mode == ProxySettings::Mode::Manual) {
        m_proxy = p.url.toEncoded(QUrl::RemoveUserInfo);
        return;
    }
    // libcurl reads only the lower-case http_proxy (a CGI program's HTTP_PROXY comes from a request header); a user
    // who set HTTP_PROXY in a desktop session means it, so both spellings are read here.
    const bool https = m_endpoint.url.scheme() == u"https";
    m_proxy = https ? firstEnv({"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
                    : firstEnv({"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"});
    m_proxyFromEnvironment = !m_proxy.isEmpty();
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    if (!m_proxyFromEnvironment) {
        // The operating system's settings (including a PAC script), for the one server this transport talks to.
        for (const QNetworkProxy& proxy :
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(m_endpoint.url))) {
            if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy) {
                const QString scheme = proxy.type() == QNetworkProxy::HttpProxy ? u"http"_s : u"socks5h"_s;
                m_proxy = (scheme + u"://"_s + proxy.hostName() + u':' + QString::number(proxy.port())).toUtf8();
                break;
            }
            if (proxy.type() == QNetworkProxy::NoProxy)
                break;
        }
    }
#endif
}

QString HttpTransport::proxyFor(const QUrl& url) const
{
    return bypassesProxy(url) ? QString() : QUrl::fromEncoded(m_proxy).toString(QUrl::RemoveUserInfo);
}

bool HttpTransport::bypassesProxy(const QUrl& url) const
{
    if (m_proxy.isEmpty())
        return true;
    // NO_PROXY as libcurl reads it (which decides): "*", or host names matching exactly or as a domain suffix.
    const QByteArray target = url.host().toLower().toUtf8();
    for (const QByteArray& entry : firstEnv({"no_proxy", "NO_PROXY"}).split(',')) {
        QByteArray host = entry.trimmed().toLower();
        if (host.startsWith('.'))
            host = host.mid(1);
        if (host == "*" || (!host.isEmpty() && (target == host || target.endsWith('.' + host))))
            return true;
    }
    return false;
}

HttpTransport::Id HttpTransport::start(Request request)
{
    auto t = std::make_unique<Transfer>();
    t->id = m_nextId++;
    t->request = std::move(request);
    t->easy = curl_easy_init();
    const Id id = t->id;
    Transfer& transfer = *t;
    m_transfers.emplace(id, std::move(t));
    configure(transfer);
    transfer.idle.start();
    if (const CURLMcode rc = curl_multi_add_handle(multiOf(m_multi), transfer.easy); rc != CURLM_OK) {
        transfer.ended = true;
        transfer.response.failure = Failure::Other;
        transfer.response.detail = QString::fromUtf8(curl_multi_strerror(rc));
    }
    return id;
}

void HttpTransport::configure(Transfer& t)
{
    CURL* e = t.easy;
    const Request& r = t.request;
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_URL, r.url.toEncoded().constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error);
    curl_easy_setopt(e, CURLOPT_SHARE, m_share);
    curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 256L * 1024);
    if (!r.idempotent)
        curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
    if (m_endpoint.transferTimeoutMs > 0)
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(m_endpoint.transferTimeoutMs));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlCallbacks::body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlCallbacks::header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    for (const auto& [name, value] : r.headers)
        t.headers = curl_slist_append(t.headers, (name + ": " + value).constData());
    // No "Expect: 100-continue" round trip before a large batch: Weaviate reads the body anyway. Not on a request
    // libcurl signs (SigV4): libcurl 7.88 signs this removal header as "expect:" without sending it.
    if (r.awsSigV4.isEmpty())
        t.headers = curl_slist_append(t.headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
    if (r.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        if (r.method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
        // The body is sent from the request's own buffer, which lives as long as the transfer.
        if (!r.body.isEmpty() || r.method != "DELETE") {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, r.body.constData());
        }
    }
    if (!r.awsSigV4.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_AWS_SIGV4, r.awsSigV4.constData());
        curl_easy_setopt(e, CURLOPT_USERNAME, r.awsAccessKeyId.constData());
        curl_easy_setopt(e, CURLOPT_PASSWORD, r.awsSecretAccessKey.constData());
    }
    configureTls(t);
    configureProxy(t);
}

void HttpTransport::configureTls(Transfer& t)
{
    CURL* e = t.easy;
    if (m_endpoint.insecure) {
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
        return;
    }
    if (m_caPem.isEmpty())
        return;
    // With OpenSSL the profile's certificates join the system's; another TLS library gets the file alone.
    const char* ssl = curl_version_info(CURLVERSION_NOW)->ssl_version;
    if (ssl && QByteArray(ssl).contains("SSL/")) {
        curl_easy_setopt(e, CURLOPT_SSL_CTX_FUNCTION, &CurlCallbacks::sslContext);
        curl_easy_setopt(e, CURLOPT_SSL_CTX_DATA, &m_caPem);
    } else {
        curl_easy_setopt(e, CURLOPT_CAINFO, QFile::encodeName(m_endpoint.caFile).constData());
    }
}

void HttpTransport::configureProxy(Transfer& t)
{
    CURL* e = t.easy;
    t.response.viaProxy = !bypassesProxy(t.request.url);
    // An explicit empty proxy also stops libcurl from reading the environment (mode None).
    curl_easy_setopt(e, CURLOPT_PROXY, m_proxy.constData());
    const ProxySettings& p = m_endpoint.proxy;
    if (p.mode != ProxySettings::Mode::Manual || p.user.isEmpty())
        return;
    curl_easy_setopt(e, CURLOPT_PROXYUSERNAME, p.user.toUtf8().constData());
    curl_easy_setopt(e, CURLOPT_PROXYPASSWORD, p.password.constData());
    curl_easy_setopt(e, CURLOPT_PROXYAUTH, static_cast<unsigned long>(m_proxyAuth));
}

void HttpTransport::learnProxyAuth(Transfer& t)
{
    // With CURLAUTH_ANY every new transfer first goes without credentials to learn what the proxy wants: each
    // request would travel twice. Once the proxy has named its methods, later requests use the strongest of them
    // at once (Basic preemptively; NTLM and Negotiate per connection, as they must).
    long available = 0;
    curl_easy_getinfo(t.easy, CURLINFO_PROXYAUTH_AVAIL, &available);
    for (const unsigned long method : {CURLAUTH_NEGOTIATE, CURLAUTH_NTLM, CURLAUTH_DIGEST, CURLAUTH_BASIC}) {
        if (static_cast<unsigned long>(available) & method & m_proxyAuth) {
            m_proxyAuth = method;
            return;
        }
    }
}

void HttpTransport::watchSocket(qintptr fd, int what)
{
    auto it = m_sockets.find(fd);
    if (what == CURL_POLL_REMOVE) {
        if (it != m_sockets.end()) {
            // Not deleted here: this may run inside one of the notifiers' own signals.
            for (std::unique_ptr<QSocketNotifier>* n : {&it->second->read, &it->second->write}) {
                (*n)->setEnabled(false);
                m_retired.push_back(std::move(*n));
            }
            m_sockets.erase(it);
        }
        return;
    }
    if (it == m_sockets.end()) {
        auto s = std::make_unique<Socket>();
        s->read = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        s->write = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
        connect(s->read.get(), &QSocketNotifier::activated, this, [this, fd] { socketAction(fd, CURL_CSELECT_IN); });
        connect(s->write.get(), &QSocketNotifier::activated, this, [this, fd] { socketAction(fd, CURL_CSELECT_OUT); });
        it = m_sockets.emplace(fd, std::move(s)).first;
    }
    it->second->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    it->second->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void HttpTransport::socketAction(qintptr fd, int events)
{
    int running = 0;
    curl_multi_socket_action(multiOf(m_multi), curl_socket_t(fd), events, &running);
    collectEnded();
}

void HttpTransport::collectEnded()
{
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multiOf(m_multi), &queued)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        Transfer* t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&t));
        const CURLcode code = msg->data.result; // read before the handle is removed
        if (t)
            endTransfer(*t, code);
    }
}

void HttpTransport::endTransfer(Transfer& t, int curlCode)
{
    curl_multi_remove_handle(multiOf(m_multi), t.easy);
    t.ended = true;
    Response& r = t.response;
    long status = 0;
    long connectStatus = 0;
    long connects = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(t.easy, CURLINFO_HTTP_CONNECTCODE, &connectStatus);
    curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects);
    m_connectionsOpened += connects;
    if (t.response.viaProxy && !m_endpoint.proxy.user.isEmpty())
        learnProxyAuth(t);
    const auto code = CURLcode(curlCode);
    r.failure = failureFor(code);
    if (r.failure != Failure::None || connectStatus >= 300)
        r.detail = QString::fromUtf8(t.error[0] ? t.error : curl_easy_strerror(code));
    // A proxy's 407 comes as the answer itself (plain http through the proxy) or to its CONNECT (a tunnel).
    if (connectStatus == 407 || (r.viaProxy && status == 407 && r.failure == Failure::None))
        r.failure = Failure::ProxyAuth;
    else if (connectStatus >= 300)
        r.failure = Failure::ProxyRefused;
    r.status = r.failure == Failure::None ? int(status) : 0;
    if (r.failure != Failure::None)
        r.detail += QStringLiteral(" (libcurl error %1, HTTP status %2, proxy status %3)")
                        .arg(int(code))
                        .arg(status)
                        .arg(connectStatus);
    Q_EMIT transferEnded(t.id);
}

void HttpTransport::checkIdle()
{
    const bool unserved = !m_lastIdleCheck.isValid() || m_lastIdleCheck.elapsed() > unservedGapMs;
    m_lastIdleCheck.start();
    if (m_endpoint.transferTimeoutMs <= 0)
        return;
    std::vector<Transfer*> timedOut;
    for (auto& [id, t] : m_transfers) {
        if (t->ended)
            continue;
        curl_off_t up = 0;
        curl_off_t down = 0;
        curl_easy_getinfo(t->easy, CURLINFO_SIZE_UPLOAD_T, &up);
        curl_easy_getinfo(t->easy, CURLINFO_SIZE_DOWNLOAD_T, &down);
        if (unserved || up + down != t->lastBytes) {
            t->lastBytes = up + down;
            t->idle.start();
        } else if (t->idle.elapsed() >= m_endpoint.transferTimeoutMs) {
            timedOut.push_back(t.get());
        }
    }
    for (Transfer* t : timedOut) {
        qstrncpy(t->error, "no data moved within the transfer timeout", sizeof t->error);
        endTransfer(*t, CURLE_OPERATION_TIMEDOUT);
    }
}

HttpTransport::Response HttpTransport::wait(Id id, const std::function<bool()>& isCanceled)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end()) {
        Response missing;
        missing.failure = Failure::Other;
        missing.detail = u"no such transfer"_s;
        return missing;
    }
    Transfer& t = *it->second;
    if (!t.ended) {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(cancelPollMs);
        connect(this, &HttpTransport::transferEnded, &loop, [&](Id ended) {
            if (ended == id)
                loop.quit();
        });
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isCanceled && isCanceled()) {
                curl_multi_remove_handle(multiOf(m_multi), t.easy);
                t.ended = true;
                t.response.failure = Failure::Canceled;
            } else {
                checkIdle();
            }
            if (t.ended)
                loop.quit();
        });
        poll.start();
        checkIdle();
        if (!t.ended)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Response r = std::move(t.response);
    m_transfers.erase(id);
    m_retired.clear();
    return r;
}

void HttpTransport::abort(Id id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    if (!it->second->ended)
        curl_multi_remove_handle(multiOf(m_multi), it->second->easy);
    m_transfers.erase(it);
}

void HttpTransport::pump()
{
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    checkIdle();
}

} // namespace Colvault
