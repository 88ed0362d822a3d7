// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Socket.h"

#include <algorithm>

#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#endif

namespace Emu::Net {

namespace {

// More than any caller gathers (HttpServer sends a head and a body).
constexpr int kMaxSlices = 4;

#ifdef Q_OS_WIN
using AddrLen = int;

SOCKET native(Handle socket)
{
    return static_cast<SOCKET>(socket);
}

std::string errorText(int code)
{
    char* text = nullptr;
    const DWORD n
        = ::FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
            nullptr, static_cast<DWORD>(code), 0, reinterpret_cast<LPSTR>(&text), 0, nullptr);
    std::string out = n != 0 && text ? std::string(text, n) : "error " + std::to_string(code);
    ::LocalFree(text);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ' || out.back() == '.'))
        out.pop_back();
    return out;
}

std::string lastErrorText()
{
    return errorText(::WSAGetLastError());
}

std::string resolveErrorText(int code)
{
    return errorText(code); // getaddrinfo returns WSA error codes
}

void setNotInherited(Handle socket)
{
    ::SetHandleInformation(reinterpret_cast<HANDLE>(native(socket)), HANDLE_FLAG_INHERIT, 0);
}

void setOption(Handle socket, int level, int name, int value)
{
    ::setsockopt(native(socket), level, name, reinterpret_cast<const char*>(&value), static_cast<int>(sizeof value));
}
#else
using AddrLen = socklen_t;

#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#else
constexpr int kSendFlags = 0; // macOS: SO_NOSIGPIPE is set on each socket instead
#endif

int native(Handle socket)
{
    return socket;
}

std::string lastErrorText()
{
    return std::strerror(errno);
}

std::string resolveErrorText(int code)
{
    return ::gai_strerror(code);
}

void setNotInherited(Handle fd)
{
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

void setOption(Handle socket, int level, int name, int value)
{
    ::setsockopt(socket, level, name, &value, sizeof value);
}
#endif

// Every connection, accepted or made: no Nagle delay for small answers, no SIGPIPE where a platform raises it per
// socket (macOS; Linux passes MSG_NOSIGNAL on each send, Windows has no SIGPIPE), not inherited by child processes.
void setConnectionOptions(Handle socket)
{
    setNotInherited(socket);
    setOption(socket, IPPROTO_TCP, TCP_NODELAY, 1);
#ifdef SO_NOSIGPIPE
    setOption(socket, SOL_SOCKET, SO_NOSIGPIPE, 1);
#endif
}

} // namespace

bool startup(std::string* error)
{
#ifdef Q_OS_WIN
    // Never paired with WSACleanup: the process's exit releases Winsock, and servers may live until then.
    static const int result = [] {
        WSADATA data;
        return ::WSAStartup(MAKEWORD(2, 2), &data);
    }();
    if (result != 0 && error)
        *error = "WSAStartup: " + errorText(result);
    return result == 0;
#else
    (void)error;
    return true;
#endif
}

Handle listenTcp(const std::string& host, uint16_t port, uint16_t* boundPort, std::string* error)
{
    if (!startup(error))
        return kInvalid;
    auto fail = [error](const std::string& what) {
        if (error)
            *error = what;
        return kInvalid;
    };
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* result = nullptr;
    const std::string portText = std::to_string(port);
    const int gai = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), portText.c_str(), &hints, &result);
    if (gai != 0)
        return fail("cannot resolve " + host + ": " + resolveErrorText(gai));

    Handle fd = kInvalid;
    std::string lastError = "no address";
    for (addrinfo* ai = result; ai; ai = ai->ai_next) {
        fd = static_cast<Handle>(::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol));
        if (fd == kInvalid) {
            lastError = lastErrorText();
            continue;
        }
        setNotInherited(fd);
#ifndef Q_OS_WIN
        setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1);
#endif
        if (::bind(native(fd), ai->ai_addr, static_cast<AddrLen>(ai->ai_addrlen)) == 0
            && ::listen(native(fd), 512) == 0)
            break;
        lastError = lastErrorText();
        closeSocket(fd);
        fd = kInvalid;
    }
    ::freeaddrinfo(result);
    if (fd == kInvalid)
        return fail("cannot listen on " + host + ":" + portText + ": " + lastError);

    sockaddr_storage addr {};
    AddrLen len = static_cast<AddrLen>(sizeof addr);
    ::getsockname(native(fd), reinterpret_cast<sockaddr*>(&addr), &len);
    uint16_t bound = 0;
    if (addr.ss_family == AF_INET)
        bound = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    else if (addr.ss_family == AF_INET6)
        bound = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    if (boundPort)
        *boundPort = bound;
    return fd;
}

Handle connectLoopback(uint16_t port)
{
    if (!startup(nullptr))
        return kInvalid;
    const Handle fd = static_cast<Handle>(::socket(AF_INET, SOCK_STREAM, 0));
    if (fd == kInvalid)
        return kInvalid;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(native(fd), reinterpret_cast<sockaddr*>(&addr), static_cast<AddrLen>(sizeof addr)) != 0) {
        closeSocket(fd);
        return kInvalid;
    }
    setConnectionOptions(fd);
    return fd;
}

Handle acceptConnection(Handle listener)
{
    const Handle fd = static_cast<Handle>(::accept(native(listener), nullptr, nullptr));
    if (fd == kInvalid)
        return kInvalid; // EINTR, ECONNABORTED, EMFILE (WSAE… on Windows)
    setConnectionOptions(fd);
    return fd;
}

void closeSocket(Handle socket)
{
    if (socket == kInvalid)
        return;
#ifdef Q_OS_WIN
    ::closesocket(native(socket));
#else
    ::close(socket);
#endif
}

void shutdownSend(Handle socket)
{
#ifdef Q_OS_WIN
    ::shutdown(native(socket), SD_SEND);
#else
    ::shutdown(socket, SHUT_WR);
#endif
}

void shutdownBoth(Handle socket)
{
#ifdef Q_OS_WIN
    ::shutdown(native(socket), SD_BOTH);
#else
    ::shutdown(socket, SHUT_RDWR);
#endif
}

void setAbortiveClose(Handle socket)
{
    linger l {};
    l.l_onoff = 1;
    l.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(native(socket), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&l), static_cast<int>(sizeof l));
#else
    ::setsockopt(socket, SOL_SOCKET, SO_LINGER, &l, sizeof l);
#endif
}

std::ptrdiff_t receive(Handle socket, char* buffer, size_t size, bool* reset)
{
    if (reset)
        *reset = false;
#ifdef Q_OS_WIN
    // recv takes an int length; callers loop until they have what they want, so a cap only splits a large read.
    const int n = ::recv(native(socket), buffer, static_cast<int>(std::min<size_t>(size, size_t {1} << 30)), 0);
    if (n == SOCKET_ERROR) {
        if (reset)
            *reset = ::WSAGetLastError() == WSAECONNRESET;
        return -1;
    }
    return n;
#else
    for (;;) {
        const ssize_t n = ::recv(socket, buffer, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && reset)
            *reset = errno == ECONNRESET;
        return n;
    }
#endif
}

bool sendAll(Handle socket, Slice* slices, int count)
{
    while (count > 0) {
        int batch = std::min(count, kMaxSlices);
        size_t sent = 0;
#ifdef Q_OS_WIN
        // WSABUF lengths are 32 bits: a larger slice is sent in parts, and nothing after it in the same call, so the
        // bytes stay in order.
        constexpr size_t kMaxLength = size_t {1} << 30;
        WSABUF buffers[kMaxSlices];
        for (int i = 0; i < batch; ++i) {
            buffers[i].buf = const_cast<char*>(slices[i].data);
            buffers[i].len = static_cast<ULONG>(std::min(slices[i].size, kMaxLength));
            if (slices[i].size > kMaxLength) {
                batch = i + 1;
                break;
            }
        }
        DWORD n = 0;
        if (::WSASend(native(socket), buffers, static_cast<DWORD>(batch), &n, 0, nullptr, nullptr) != 0)
            return false;
        sent = n;
#else
        iovec iov[kMaxSlices];
        for (int i = 0; i < batch; ++i)
            iov[i] = {const_cast<char*>(slices[i].data), slices[i].size};
        msghdr msg {};
        msg.msg_iov = iov;
        msg.msg_iovlen = static_cast<decltype(msg.msg_iovlen)>(batch);
        const ssize_t n = ::sendmsg(socket, &msg, kSendFlags);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        sent = static_cast<size_t>(n);
#endif
        while (count > 0 && sent >= slices->size) {
            sent -= slices->size;
            ++slices;
            --count;
        }
        if (count > 0) {
            slices->data += sent;
            slices->size -= sent;
        }
    }
    return true;
}

bool sendAll(Handle socket, std::string_view data)
{
    Slice slice {data.data(), data.size()};
    return sendAll(socket, &slice, 1);
}

int waitReadable(Handle socket, int timeoutMs)
{
#ifdef Q_OS_WIN
    WSAPOLLFD p {};
    p.fd = native(socket);
    p.events = POLLRDNORM;
    return ::WSAPoll(&p, 1, timeoutMs);
#else
    pollfd p {socket, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs);
#endif
}

bool Waker::open(std::string* error)
{
    close();
#ifdef Q_OS_WIN
    uint16_t port = 0;
    const Handle listener = listenTcp("127.0.0.1", 0, &port, error);
    if (listener == kInvalid)
        return false;
    m_write = connectLoopback(port);
    m_read = m_write == kInvalid ? kInvalid : acceptConnection(listener);
    closeSocket(listener);
    if (m_read == kInvalid) {
        if (error)
            *error = "waker: " + lastErrorText();
        close();
        return false;
    }
    return true;
#else
    int fds[2];
    if (::pipe(fds) != 0) {
        if (error)
            *error = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    setNotInherited(fds[0]);
    setNotInherited(fds[1]);
    m_read = fds[0];
    m_write = fds[1];
    return true;
#endif
}

void Waker::wake()
{
    const char byte = 'x';
#ifdef Q_OS_WIN
    ::send(native(m_write), &byte, 1, 0);
#else
    [[maybe_unused]] const ssize_t n = ::write(m_write, &byte, 1);
#endif
}

void Waker::close()
{
    closeSocket(m_read); // on POSIX a pipe's ends are closed the same way
    closeSocket(m_write);
    m_read = m_write = kInvalid;
}

Readiness waitForConnection(Handle listener, const Waker& waker)
{
#ifdef Q_OS_WIN
    WSAPOLLFD fds[2] {};
    fds[0].fd = native(listener);
    fds[0].events = POLLRDNORM;
    fds[1].fd = native(waker.readHandle());
    fds[1].events = POLLRDNORM;
    if (::WSAPoll(fds, 2, -1) == SOCKET_ERROR)
        return Readiness::Failed;
    const bool connection = (fds[0].revents & POLLRDNORM) != 0;
#else
    pollfd fds[2] = {{listener, POLLIN, 0}, {waker.readHandle(), POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0)
        return errno == EINTR ? Readiness::Nothing : Readiness::Failed;
    const bool connection = (fds[0].revents & POLLIN) != 0;
#endif
    if (fds[1].revents != 0)
        return Readiness::Woken;
    return connection ? Readiness::Connection : Readiness::Nothing;
}

} // namespace Emu::Net
