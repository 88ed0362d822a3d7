// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

// Shared by the libFuzzer targets: quiet logging (a failed parse logs a warning, which would dominate the run
// time) and an in-memory file for the code that reads archives by path.
namespace FuzzSupport {

inline void silenceLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

// One memfd for the whole run, rewritten per input. Its /proc/self/fd path opens like a regular file, so
// ArchiveReader sees exactly the bytes libFuzzer produced, with no disk I/O and nothing left behind.
class MemoryFile
{
public:
    MemoryFile()
        : m_fd(::memfd_create("colvault-fuzz", 0))
    {
        if (m_fd < 0)
            std::abort();
        m_path = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    }

    const QString& write(const uint8_t* data, size_t size)
    {
        if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0)
            std::abort();
        size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size - done);
            if (n <= 0)
                std::abort();
            done += size_t(n);
        }
        return m_path;
    }

private:
    int m_fd;
    QString m_path;
};

} // namespace FuzzSupport
