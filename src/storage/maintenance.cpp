// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "core/fuzzydate.h"
#include "database.h"
#include "postgresmigrations.h"
#include "rawstatement_p.h"
#include "sqlitemigrations.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::Maintenance)
public:
    static QString integrity(const QString &detail) { return tr("SQLite integrity check: %1").arg(detail); }
    static QString foreignKey(const QString &table, qint64 row, const QString &parent)
    {
        return tr("Table %1, row %2 refers to a missing %3 record.").arg(table).arg(row).arg(parent);
    }
    static QString index(const QString &name, const QString &detail)
    {
        return tr("Index %1 is inconsistent: %2").arg(name, detail);
    }
    static QString badDate(const QString &table, qint64 row, const QString &text)
    {
        return tr("Table %1, row %2: unreadable date \"%3\".").arg(table).arg(row).arg(text);
    }
    static QString schema(int version, int current)
    {
        return tr("Schema version %1 (this Frise writes %2).").arg(version).arg(current);
    }
    static QString checked(const QString &what) { return tr("Checked: %1.").arg(what); }
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

Maintenance::Maintenance(Database &db)
    : m_db(db)
{ }

Counts Maintenance::counts(StorageError *error) const
{
    Counts counts;
    QSqlQuery query;
    if (!m_db.prepare(query,
            s("SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM actor), "
              "(SELECT count(*) FROM dispute), (SELECT count(*) FROM claim), "
              "(SELECT count(*) FROM source), (SELECT count(*) FROM relation)"),
            error)
        || !m_db.exec(query, error) || !query.next())
        return counts;
    counts.events = query.value(0).toLongLong();
    counts.actors = query.value(1).toLongLong();
    counts.disputes = query.value(2).toLongLong();
    counts.claims = query.value(3).toLongLong();
    counts.sources = query.value(4).toLongLong();
    counts.relations = query.value(5).toLongLong();
    return counts;
}

CheckReport Maintenance::check(StorageError *error) const
{
    CheckReport report;
    QSqlQuery query;
    if (m_db.isPostgres()) {
        // The server guards its own pages and foreign keys; what is left to
        // check is ours: the schema version and the stored dates.
        report.notes << Messages::schema(m_db.schemaVersion(), postgresSchemaVersion());
        checkDates(report, error);
        return report;
    }
    report.notes << Messages::schema(m_db.schemaVersion(), sqliteSchemaVersion());
    if (!m_db.prepare(query, s("PRAGMA integrity_check"), error) || !m_db.exec(query, error))
        return report;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << Messages::integrity(line);
    }
    report.notes << Messages::checked(s("PRAGMA integrity_check"));
    if (!m_db.prepare(query, s("PRAGMA foreign_key_check"), error) || !m_db.exec(query, error))
        return report;
    while (query.next()) {
        report.problems << Messages::foreignKey(
            query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString());
    }
    report.notes << Messages::checked(s("PRAGMA foreign_key_check"));
    if (m_db.schemaVersion() >= 2) {
        for (const char *table : {"event_fts", "claim_fts", "actor_fts", "source_fts"}) {
            QSqlQuery fts(m_db.connection());
            // FTS5 reports a damaged index as an error of this statement.
            if (!fts.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(s(table)))) {
                if (m_db.isReadOnly())
                    break;
                report.problems << Messages::index(s(table), m_db.errorFrom(fts).message);
            }
        }
        report.notes << Messages::checked(s("full-text indexes"));
    }
    if (m_db.prepare(query, s("SELECT rtreecheck('event_span')"), error) && m_db.exec(query, error) && query.next()) {
        if (query.value(0).toString() != QLatin1String("ok"))
            report.problems << Messages::index(s("event_span"), query.value(0).toString());
        report.notes << Messages::checked(s("time index"));
    }
    checkDates(report, error);
    return report;
}

void Maintenance::checkDates(CheckReport &report, StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, s("SELECT id, start_date, end_date FROM event"), error))
        return;
    query.setForwardOnly(true);
    if (!m_db.exec(query, error))
        return;
    while (query.next()) {
        for (int column = 1; column <= 2; ++column) {
            const QString text = query.value(column).toString();
            if (!(column == 2 && text.isEmpty()) && !FuzzyDate::fromIsoText(text).isValid())
                report.problems << Messages::badDate(s("event"), query.value(0).toLongLong(), text);
        }
    }
    report.notes << Messages::checked(s("event dates"));
}

QList<EventSpan> Maintenance::eventsOverlapping(qint64 fromMinutes, qint64 toMinutes, StorageError *error) const
{
    QList<EventSpan> spans;
    QSqlQuery query;
    if (m_db.isPostgres()) {
        if (fromMinutes > toMinutes)
            return spans;
        // Half-open ranges, so that no bound overflows; NULL is unbounded. The
        // GiST index is on int8range(t_min, t_max, '[]').
        if (!m_db.prepare(query,
                s("SELECT id, t_min, t_max FROM event WHERE int8range(t_min, t_max, '[]') && "
                  "int8range(:from, :to, '[)') ORDER BY t_min"),
                error))
            return spans;
        const QVariant unbounded(QMetaType::fromType<qint64>());
        query.bindValue(
            s(":from"), fromMinutes == std::numeric_limits<qint64>::min() ? unbounded : QVariant(fromMinutes));
        query.bindValue(
            s(":to"), toMinutes == std::numeric_limits<qint64>::max() ? unbounded : QVariant(toMinutes + 1));
        query.setForwardOnly(true);
        if (!m_db.exec(query, error))
            return spans;
        while (query.next())
            spans.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
        return spans;
    }
    // The R*Tree holds the exact minutes of every date from year -2113 to
    // 6053 (32-bit); only a row clamped at those limits needs its exact
    // values from the event table. Read through the C API and sorted here:
    // a QSqlQuery and a join per row cost more than the index search.
    sqlite3 *handle = RawStatement::handleOf(m_db.connection());
    RawStatement candidates;
    RawStatement exact;
    if (!handle
        || !candidates.prepare(handle, s("SELECT id, t_min, t_max FROM event_span WHERE t_max >= ?1 AND t_min <= ?2"))
        || !exact.prepare(handle, s("SELECT t_min, t_max FROM event WHERE id = ?1"))) {
        *error = {StorageError::Code::Other, handle ? candidates.errorMessage() : s("not a SQLite connection")};
        return spans;
    }
    const qint64 lo = std::numeric_limits<qint32>::min();
    const qint64 hi = std::numeric_limits<qint32>::max();
    candidates.bind(1, std::clamp(fromMinutes, lo, hi));
    candidates.bind(2, std::clamp(toMinutes, lo, hi));
    int rc = SQLITE_ROW;
    while ((rc = candidates.step()) == SQLITE_ROW) {
        EventSpan span {candidates.columnInt64(0), candidates.columnInt64(1), candidates.columnInt64(2)};
        if (span.tMin <= lo || span.tMax >= hi) {
            exact.bind(1, span.id);
            if (exact.step() != SQLITE_ROW) {
                exact.reset();
                continue;
            }
            span.tMin = exact.columnInt64(0);
            span.tMax = exact.columnInt64(1);
            exact.reset();
        }
        if (span.tMax >= fromMinutes && span.tMin <= toMinutes)
            spans.append(span);
    }
    if (rc != SQLITE_DONE) {
        *error = {StorageError::Code::Other, candidates.errorMessage()};
        return {};
    }
    std::sort(spans.begin(), spans.end(),
        [](const EventSpan &a, const EventSpan &b) { return a.tMin != b.tMin ? a.tMin < b.tMin : a.id < b.id; });
    return spans;
}

bool Maintenance::timeExtent(qint64 *fromMinutes, qint64 *toMinutes, StorageError *error) const
{
    QSqlQuery query;
    if (m_db.isPostgres()) {
        if (!m_db.prepare(query, s("SELECT min(t_min), max(t_max) FROM event"), error) || !m_db.exec(query, error)
            || !query.next() || query.isNull(0))
            return false;
        *fromMinutes = query.value(0).toLongLong();
        *toMinutes = query.value(1).toLongLong();
        return true;
    }
    // Asked together, min and max scan the whole table; min(t_min) alone
    // is one step in its index. max(t_max) has no index of its own: the
    // R*Tree's root says where the latest event ends (see latestInTimeIndex).
    if (!m_db.prepare(query, s("SELECT min(t_min) FROM event"), error) || !m_db.exec(query, error) || !query.next()
        || query.isNull(0))
        return false;
    *fromMinutes = query.value(0).toLongLong();
    qint64 latest = 0;
    if (latestInTimeIndex(&latest)) {
        *toMinutes = latest;
        return true;
    }
    if (!m_db.prepare(query, s("SELECT max(t_max) FROM event"), error) || !m_db.exec(query, error) || !query.next()
        || query.isNull(0))
        return false;
    *toMinutes = query.value(0).toLongLong();
    return true;
}

bool Maintenance::latestInTimeIndex(qint64 *toMinutes) const
{
    // The root node of an rtree_i32 with one dimension: 2 bytes depth, 2
    // bytes cell count, then cells of an 8-byte id and two big-endian 32-bit
    // coordinates. Its largest upper bound is a candidate only (bounds may
    // stay loose after deletions): an index search confirms it.
    QSqlQuery node(m_db.connection());
    if (!node.exec(s("SELECT data FROM event_span_node WHERE nodeno = 1")) || !node.next())
        return false;
    const QByteArray data = node.value(0).toByteArray();
    if (data.size() < 4)
        return false;
    const int cells = qFromBigEndian<quint16>(data.constData() + 2);
    constexpr int cellSize = 16;
    if (cells == 0 || data.size() < 4 + cells * cellSize)
        return false;
    qint32 candidate = std::numeric_limits<qint32>::min();
    for (int i = 0; i < cells; ++i)
        candidate = std::max(candidate, qFromBigEndian<qint32>(data.constData() + 4 + i * cellSize + 12));
    // At the 32-bit limit the stored value is clamped: the event row knows.
    if (candidate == std::numeric_limits<qint32>::max())
        return false;
    QSqlQuery confirm(m_db.connection());
    if (!confirm.prepare(s("SELECT max(t_max) FROM event_span WHERE t_max >= ?")))
        return false;
    confirm.addBindValue(qint64(candidate));
    if (!confirm.exec() || !confirm.next() || confirm.isNull(0))
        return false;
    *toMinutes = confirm.value(0).toLongLong();
    return true;
}

} // namespace Frise::Storage
