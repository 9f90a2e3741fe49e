// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: the SQLite time index (schema step 3). Events fall into classes
// by duration (t_max - t_min, see classExpression()) and an index on
// (class, t_min, t_max) holds them. Every event of class c lasts at most
// maxDuration(c) minutes, so the events of class c that overlap [from, to]
// are those with t_min in [from - maxDuration(c), to] and t_max >= from:
// one range scan of the index per class, answered from the index alone.
// Unlike the R*Tree it replaces, a B-tree index is built by one sort after
// a bulk import (measured on 1M events: 2.0 CPU-s instead of 10.2 for the
// R*Tree inserts) and needs no trigger.

#include <QString>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>
#include <vector>

namespace Frise::Storage::TimeIndex {

/// Longest duration, in minutes, of each class but the last (unbounded):
/// an instant, a day, a week, a month, a quarter, a year, then x4 steps.
/// The index in sqlitemigrations.cpp (step 3) spells classExpression() with
/// these numbers: a file stores it, so changing them needs a new migration
/// (tst_timeindex checks that queries use the stored index).
inline constexpr std::array<qint64, 10> maxDurations
    = {0, 1439, 11519, 44639, 132479, 527039, 2108159, 8432639, 33730559, 134922239};

/// Number of classes, the unbounded last one included.
inline constexpr int classCount = int(maxDurations.size()) + 1;

/// The class of an event as SQL, the first column of the index
/// event_window. A query uses the index only when it spells the expression
/// exactly like this.
inline QString classExpression()
{
    QString sql = QStringLiteral("CASE");
    for (size_t c = 0; c < maxDurations.size(); ++c)
        sql += QStringLiteral(" WHEN t_max - t_min <= %1 THEN %2").arg(maxDurations[c]).arg(c);
    return sql + QStringLiteral(" ELSE %1 END").arg(maxDurations.size());
}

/// The class of an event lasting @p duration minutes (t_max - t_min).
inline int classOf(qint64 duration)
{
    return int(std::lower_bound(maxDurations.cbegin(), maxDurations.cend(), duration) - maxDurations.cbegin());
}

/// SELECT @p columns (of event, unqualified) for the events overlapping
/// [:from, :to], one UNION ALL branch per class; bind with parameters().
inline QString overlappingSql(const QString &columns)
{
    QString sql;
    for (int c = 0; c < classCount; ++c) {
        if (c > 0)
            sql += QStringLiteral(" UNION ALL ");
        sql += QStringLiteral("SELECT %1 FROM event WHERE (%2) = %3 AND t_min <= :to AND t_max >= :from")
                   .arg(columns, classExpression())
                   .arg(c);
        if (c < classCount - 1)
            sql += QStringLiteral(" AND t_min >= :lo%1").arg(c);
    }
    return sql;
}

/// Named parameters of overlappingSql() for the window [@p from, @p to].
inline std::vector<std::pair<QByteArray, qint64>> parameters(qint64 from, qint64 to)
{
    std::vector<std::pair<QByteArray, qint64>> values
        = {{QByteArrayLiteral(":from"), from}, {QByteArrayLiteral(":to"), to}};
    for (int c = 0; c < classCount - 1; ++c) {
        const qint64 duration = maxDurations[size_t(c)];
        // Saturated: an unbounded window starts at the smallest qint64.
        const qint64 low = from < std::numeric_limits<qint64>::min() + duration ? std::numeric_limits<qint64>::min()
                                                                                : from - duration;
        values.emplace_back(QByteArrayLiteral(":lo") + QByteArray::number(c), low);
    }
    return values;
}

/// SELECT max(t_max) of all events, a few index seeks per class.
inline QString latestSql()
{
    QString sql = QStringLiteral("SELECT max(m) FROM (");
    for (int c = 0; c < classCount; ++c) {
        if (c > 0)
            sql += QStringLiteral(" UNION ALL ");
        sql += QStringLiteral("SELECT max(t_max) AS m FROM event WHERE (%1) = %2").arg(classExpression()).arg(c);
        if (c < classCount - 1) {
            sql += QStringLiteral(" AND t_min >= (SELECT max(t_min) FROM event WHERE (%1) = %2) - %3")
                       .arg(classExpression())
                       .arg(c)
                       .arg(maxDurations[size_t(c)]);
        }
    }
    return sql + u')';
}

} // namespace Frise::Storage::TimeIndex
