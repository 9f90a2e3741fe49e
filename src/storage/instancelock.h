// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Storage {

/**
 * The "FILE.lock" that keeps a second Frise from opening a database that is
 * already open. The lock is a kernel lock on that file (flock), so it goes
 * away with the process that held it, whatever killed it: no stale lock to
 * guess about, and no confusion when a dead holder's process id is reused.
 * The file also names its holder (pid, application, host), for the message.
 */
class InstanceLock final
{
public:
    enum class Result {
        Acquired,
        HeldElsewhere, ///< another open file description holds it
        Failed, ///< the lock file cannot be created or locked (folder not writable...)
    };

    /// Who holds the lock, as its holder wrote it.
    struct Holder
    {
        qint64 pid = 0;
        QString application;
        QString host;
    };

    explicit InstanceLock(QString path);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    /// Takes the lock without waiting; on HeldElsewhere, fills @p holder.
    Result tryLock(Holder *holder = nullptr);
    /// Removes the file and releases the lock (also done by the destructor).
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace Frise::Storage
