// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "storageerror.h"

#include <QList>
#include <QStringList>

namespace Frise::Storage {

class Database;

/// Record counts (the keys of `frise stats --json`).
struct Counts
{
    qint64 events = 0;
    qint64 actors = 0;
    qint64 disputes = 0;
    qint64 claims = 0;
    qint64 sources = 0;
    qint64 relations = 0;
};

/// Result of an integrity check: ok, or a list of problems in words.
struct CheckReport
{
    QStringList problems;
    QStringList notes; ///< what was checked, for the report
    bool isOk() const { return problems.isEmpty(); }
};

/// An event's place in time, as the timeline index stores it.
struct EventSpan
{
    RowId id = 0;
    qint64 tMin = 0; ///< first minute
    qint64 tMax = 0; ///< last minute
};

/// Counts, checks and the timeline's window query.
class Maintenance final
{
public:
    explicit Maintenance(Database &db);

    Counts counts(StorageError *error) const;
    /// SQLite integrity and foreign-key checks, FTS index checks,
    /// schema version, every stored date parses, and every saved copy
    /// matches its SHA-256.
    CheckReport check(StorageError *error) const;
    /// Events overlapping [fromMinutes, toMinutes], through the time index (SQLite) or GiST (PostgreSQL).
    QList<EventSpan> eventsOverlapping(qint64 fromMinutes, qint64 toMinutes, StorageError *error) const;
    /// Earliest and latest minute of all events; false when there are none.
    bool timeExtent(qint64 *fromMinutes, qint64 *toMinutes, StorageError *error) const;

private:
    void checkDates(CheckReport &report, StorageError *error) const;
    /// Every saved copy's bytes against its SHA-256; problems named by source.
    void checkSavedCopies(CheckReport &report, StorageError *error) const;
    void checkSearchIndex(CheckReport &report, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
