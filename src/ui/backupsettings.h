// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QLocale>

namespace Frise::Ui {

/**
 * The rotating backup policy the user chose, for every database file the
 * window opens: how many backups are kept and how old the newest may get
 * before a new one is written on open. Kept in QSettings under
 * `backups/keep` and `backups/intervalHours`; the defaults are
 * Storage::BackupPolicy's (7 backups, one every 12 hours).
 */
class BackupSettings final
{
public:
    static constexpr int maxKeep = 100;
    static constexpr int maxIntervalHours = 24 * 30;

    /// The stored policy, clamped to sensible bounds.
    static Storage::BackupPolicy policy();
    /// Stores @p policy (clamped); the next open uses it.
    static void setPolicy(const Storage::BackupPolicy &policy);

private:
    BackupSettings() = delete;
};

/// How the time a backup was written is shown: in local time, the long date and the time to the second, in @p locale.
QString backupTimeText(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace Frise::Ui
