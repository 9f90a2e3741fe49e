// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the benchmarks: percentiles, peak memory, JSON output.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <ctime>

namespace Frise::Bench {

/// The p-th percentile (0-100) of @p samples (nearest rank).
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank
        = qBound<qsizetype>(0, qsizetype(std::ceil(p / 100.0 * samples.size())) - 1, samples.size() - 1);
    return samples.at(rank);
}

/// Peak resident memory of this process in MiB (VmHWM).
inline double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Current resident memory in MiB (VmRSS).
inline double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Writes @p results to @p path (pretty JSON) and prints it.
inline bool writeResults(const QString &path, const QJsonObject &results)
{
    const QByteArray json = QJsonDocument(results).toJson(QJsonDocument::Indented);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
}

/// CPU seconds of this process (all threads): wall time alone misleads on a shared machine.
inline double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// The 1, 5 and 15 minute load averages: what else the machine was doing.
inline QJsonArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    QJsonArray load;
    if (!file.open(QIODevice::ReadOnly))
        return load;
    const QList<QByteArray> fields = file.readAll().split(' ');
    for (int i = 0; i < 3 && i < fields.size(); ++i)
        load.append(fields.at(i).toDouble());
    return load;
}

} // namespace Frise::Bench
