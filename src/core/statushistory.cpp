// SPDX-License-Identifier: GPL-3.0-or-later
#include "statushistory.h"

#include <algorithm>

namespace Frise {

bool isEarlierChange(const StatusChange &a, const StatusChange &b)
{
    const auto key
        = [](const StatusChange &c) { return std::tuple(c.date.earliestMinutes(), c.date.latestMinutes(), c.id); };
    return key(a) < key(b);
}

StatusHistory::StatusHistory(const QList<StatusChange> &changes)
{
    for (const StatusChange &change : changes)
        m_byDispute[change.disputeId].append(change);
    for (QList<StatusChange> &list : m_byDispute)
        std::stable_sort(list.begin(), list.end(), isEarlierChange);
}

QList<StatusPeriod> StatusHistory::periods(RowId disputeId) const
{
    const QList<StatusChange> list = m_byDispute.value(disputeId);
    QList<StatusPeriod> result;
    result.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        StatusPeriod period;
        period.disputeId = disputeId;
        period.changeId = list[i].id;
        period.status = list[i].to;
        period.start = list[i].date;
        if (i + 1 < list.size())
            period.end = list[i + 1].date;
        result.append(period);
    }
    return result;
}

std::optional<Dispute::Status> StatusHistory::current(RowId disputeId) const
{
    const auto it = m_byDispute.constFind(disputeId);
    if (it == m_byDispute.cend() || it->isEmpty())
        return std::nullopt;
    return it->last().to;
}

std::optional<Dispute::Status> StatusHistory::asOf(RowId disputeId, qint64 minutes) const
{
    const auto it = m_byDispute.constFind(disputeId);
    if (it == m_byDispute.cend() || it->isEmpty())
        return std::nullopt;
    std::optional<Dispute::Status> status = it->first().from;
    for (const StatusChange &change : *it) {
        if (change.date.latestMinutes() <= minutes)
            status = change.to;
    }
    return status;
}

} // namespace Frise
