// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Frise::Storage {

namespace {

// Same layout as QLockFile's ("pid\napplication\nhost\n"), so an older Frise
// that used QLockFile still reads who holds the file.
QByteArray holderText()
{
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QCoreApplication::applicationName().toUtf8()
        + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
}

InstanceLock::Holder readHolder(int fd)
{
    QByteArray text(512, '\0');
    const ssize_t size = ::pread(fd, text.data(), text.size(), 0);
    text.truncate(size > 0 ? size : 0);
    const QList<QByteArray> lines = text.split('\n');
    InstanceLock::Holder holder;
    holder.pid = lines.value(0).toLongLong();
    holder.application = QString::fromUtf8(lines.value(1));
    holder.host = QString::fromUtf8(lines.value(2));
    return holder;
}

bool sameFile(int fd, const QByteArray &path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0 && opened.st_dev == named.st_dev
        && opened.st_ino == named.st_ino;
}

} // namespace

InstanceLock::InstanceLock(QString path)
    : m_path(std::move(path))
{ }

InstanceLock::~InstanceLock()
{
    unlock();
}

InstanceLock::Result InstanceLock::tryLock(Holder *holder)
{
    if (m_fd >= 0)
        return Result::Acquired;
    const QByteArray path = QFile::encodeName(m_path);
    // A releasing holder unlinks the file before unlocking it; if we locked
    // that unlinked file, try again on the new one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return Result::Failed;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int lockError = errno;
            if (holder)
                *holder = readHolder(fd);
            ::close(fd);
            return lockError == EWOULDBLOCK ? Result::HeldElsewhere : Result::Failed;
        }
        if (!sameFile(fd, path)) {
            ::close(fd);
            continue;
        }
        const QByteArray text = holderText();
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.constData(), size_t(text.size()), 0) != text.size()) {
            ::close(fd);
            return Result::Failed;
        }
        m_fd = fd;
        return Result::Acquired;
    }
    return Result::Failed;
}

void InstanceLock::unlock()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd); // releases the flock
    m_fd = -1;
}

} // namespace Frise::Storage
