// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// The socket calls of the emulator's HTTP transport (HttpServer) and of its tests' and benchmark's raw clients, written
// twice: BSD sockets (Linux, macOS) and Winsock (Windows). Everything above this layer is one portable code path, so
// the fault injection (drops, resets, half bodies) behaves alike on every platform. Blocking sockets, one thread per
// connection; every function may be called from any thread. The Windows side has not been compiled on this project's
// CI machine (see docs/emulator.md).
//
// Usage: Net::startup(&error); Handle l = Net::listenTcp("127.0.0.1", 0, &port, &error);
//        Handle c = Net::acceptConnection(l); Net::receive(c, buf, n); Net::sendAll(c, text); Net::closeSocket(c);
namespace Emu::Net {

#ifdef Q_OS_WIN
using Handle = std::uintptr_t; // SOCKET
inline constexpr Handle kInvalid = ~Handle {0}; // INVALID_SOCKET
#else
using Handle = int;
inline constexpr Handle kInvalid = -1;
#endif

// One piece of a gathered send.
struct Slice
{
    const char* data;
    size_t size;
};

// Winsock must be started before any other call (WSAStartup, once per process); a no-op on POSIX. Thread-safe.
bool startup(std::string* error);

// A listening TCP socket on host:port (0 = ephemeral; "" = every address), not inherited by child processes. POSIX
// sets SO_REUSEADDR so that a stopped server can listen on its port again at once (TIME_WAIT); Windows allows that
// without an option, and its SO_REUSEADDR would let a second server take a port in use. kInvalid with `error` set.
Handle listenTcp(const std::string& host, uint16_t port, uint16_t* boundPort, std::string* error);
// A connection to 127.0.0.1:port, with TCP_NODELAY and no SIGPIPE (tests, benchmark, Windows' waker). kInvalid on
// failure.
Handle connectLoopback(uint16_t port);
// Accepts one connection: TCP_NODELAY, no SIGPIPE, not inherited. kInvalid on failure (try again on the next
// readiness).
Handle acceptConnection(Handle listener);

void closeSocket(Handle socket);
// Stop sending (a FIN); the peer can still send to us.
void shutdownSend(Handle socket);
// Stop both directions: threads blocked in receive() or sendAll() on this socket return at once.
void shutdownBoth(Handle socket);
// Makes the coming close an RST instead of a FIN (SO_LINGER 0): what a crashed or killed server looks like.
void setAbortiveClose(Handle socket);

// Receives up to `size` bytes, retrying interrupted calls: > 0 bytes read, 0 at the peer's FIN, < 0 on an error,
// with `*reset` set when the error was a reset by the peer.
std::ptrdiff_t receive(Handle socket, char* buffer, size_t size, bool* reset = nullptr);
// Sends every slice (gathered, one system call where the kernel takes it all); false when the peer went away or the
// socket was shut down. Updates the slices as it goes.
bool sendAll(Handle socket, Slice* slices, int count);
bool sendAll(Handle socket, std::string_view data);
// Waits until the socket is readable (data, FIN or error pending): 1 readable, 0 after `timeoutMs`, < 0 on error.
int waitReadable(Handle socket, int timeoutMs);

// Wakes a thread in waitForConnection() from another thread. POSIX: a pipe. Windows: a connected loopback socket pair,
// since WSAPoll only polls sockets. Not copyable; open() before use, close() after the waiting thread is joined.
class Waker
{
public:
    Waker() = default;
    Waker(const Waker&) = delete;
    Waker& operator=(const Waker&) = delete;
    ~Waker() { close(); }

    bool open(std::string* error);
    void wake();
    void close();
    Handle readHandle() const { return m_read; }

private:
    Handle m_read = kInvalid;
    Handle m_write = kInvalid;
};

enum class Readiness
{
    Connection, // the listener has a connection to accept
    Woken, // the waker was woken
    Nothing, // interrupted or spurious: wait again
    Failed
};
// Waits, without a timeout, for a connection on `listener` or for `waker`.
Readiness waitForConnection(Handle listener, const Waker& waker);

} // namespace Emu::Net
