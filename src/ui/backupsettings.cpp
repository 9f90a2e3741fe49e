// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsettings.h"

#include <QSettings>

#include <algorithm>

namespace Frise::Ui {

namespace {

const auto keepKey = QStringLiteral("backups/keep");
const auto intervalKey = QStringLiteral("backups/intervalHours");

Storage::BackupPolicy clamped(Storage::BackupPolicy policy)
{
    policy.keep = std::clamp(policy.keep, 0, BackupSettings::maxKeep);
    policy.intervalSeconds
        = std::clamp<qint64>(policy.intervalSeconds, 3600, qint64(BackupSettings::maxIntervalHours) * 3600);
    return policy;
}

} // namespace

Storage::BackupPolicy BackupSettings::policy()
{
    const Storage::BackupPolicy defaults;
    const QSettings settings;
    Storage::BackupPolicy policy;
    bool ok = false;
    policy.keep = settings.value(keepKey, defaults.keep).toInt(&ok);
    if (!ok)
        policy.keep = defaults.keep;
    const qint64 hours = settings.value(intervalKey, defaults.intervalSeconds / 3600).toLongLong(&ok);
    policy.intervalSeconds = ok ? hours * 3600 : defaults.intervalSeconds;
    return clamped(policy);
}

QString backupTimeText(const QDateTime &when, const QLocale &locale)
{
    // The locale's short time, with seconds: backups can be a few seconds apart
    // (the one written on open, the one before a restore).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss")))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + locale.toString(local.time(), timeFormat);
}

void BackupSettings::setPolicy(const Storage::BackupPolicy &policy)
{
    const Storage::BackupPolicy value = clamped(policy);
    QSettings settings;
    settings.setValue(keepKey, value.keep);
    settings.setValue(intervalKey, value.intervalSeconds / 3600);
}

} // namespace Frise::Ui
