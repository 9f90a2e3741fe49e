// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuschange.h"

#include <QHash>

namespace Frise {

/// One stretch of a dispute's history spent in one status.
struct StatusPeriod
{
    RowId disputeId = 0;
    RowId changeId = 0; ///< the change that opened the period
    Dispute::Status status = Dispute::Status::Brewing;
    FuzzyDate start; ///< the change's date
    FuzzyDate end; ///< the next change's date; null while it is the current status

    friend bool operator==(const StatusPeriod &, const StatusPeriod &) = default;
};

/**
 * The status changes of every dispute, each dispute's in date order: its
 * periods, its current status and the status it had at a given time.
 *
 * Changes are ordered by their date's earliest minute, then its latest,
 * then by id (the order they were recorded in), so that two changes on one
 * vague date keep the order the journalist entered them in.
 */
class StatusHistory final
{
public:
    StatusHistory() = default;
    explicit StatusHistory(const QList<StatusChange> &changes);

    bool isEmpty() const { return m_byDispute.isEmpty(); }
    /// The changes of @p disputeId, oldest first.
    QList<StatusChange> changes(RowId disputeId) const { return m_byDispute.value(disputeId); }
    /// The periods of @p disputeId, oldest first; the last one is open-ended.
    QList<StatusPeriod> periods(RowId disputeId) const;
    /// The `to` of the latest change; none when the dispute has no history.
    std::optional<Dispute::Status> current(RowId disputeId) const;
    /**
     * The status @p disputeId had at @p minutes (since the epoch): that of
     * the latest change certainly made by then (its date's latest minute is
     * not after @p minutes), so a vague date never makes a step look earlier
     * than the evidence allows. Before the first change: its `from` when
     * given, otherwise none.
     */
    std::optional<Dispute::Status> asOf(RowId disputeId, qint64 minutes) const;

private:
    QHash<RowId, QList<StatusChange>> m_byDispute;
};

/// Whether @p a comes before @p b in a dispute's history (see StatusHistory).
bool isEarlierChange(const StatusChange &a, const StatusChange &b);

} // namespace Frise
