// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbacklog.h"

#include "database.h"
#include "instancelock.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::SearchBacklog)
public:
    static QString unexpected(const QString &what) { return tr("Unexpected full-text index object: %1").arg(what); }
    static QString stopped() { return tr("The search index build was stopped; it resumes at the next open."); }
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString key(const char *part, const QString &table)
{
    return s("fts_backlog_") + QLatin1String(part) + u'_' + table;
}

// A slice is one transaction: FTS5 flushes its in-memory terms at each
// commit anyway, and a bigger buffer saves the merges of small segments
// within a slice (see SqliteBulkWriter). Back to the default before commit.
constexpr qint64 sliceFtsHashSize = 128 * 1024 * 1024;

// The full-text tables a backlog can concern.
constexpr const char *indexedTables[] = {"actor", "source", "event", "claim"};

} // namespace

int SearchIndexState::percent() const
{
    if (isComplete())
        return 100;
    return int(std::min<qint64>(99, indexed * 100 / std::max<qint64>(total, 1)));
}

SearchBacklog::SearchBacklog(Database &db)
    : m_db(db)
{ }

QString SearchBacklog::buildLockPath(const QString &databasePath)
{
    return databasePath + s(".search-index.lock");
}

bool SearchBacklog::isBuildRunning(const QString &databasePath)
{
    InstanceLock lock(buildLockPath(databasePath));
    return lock.tryLock() == InstanceLock::Result::HeldElsewhere;
}

// NOT BETWEEN is null while there is no marker: the trigger then runs.
QString SearchBacklog::triggerGuard(const QString &table, const QString &id)
{
    return QStringLiteral(" WHEN coalesce(%1 NOT BETWEEN "
                          "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = '%2') AND "
                          "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = '%3'), 1)")
        .arg(id, key("next", table), key("last", table));
}

bool SearchBacklog::defer(const QString &table, qint64 first, qint64 last, StorageError *error)
{
    if (m_db.isPostgres() || first > last)
        return true;
    const QList<Range> existing = ranges(error);
    if (error->isError())
        return false;
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const Range &range) { return range.table == table; })) {
        *error = {StorageError::Code::Other, Messages::unexpected(key("first", table))};
        return false;
    }
    return setMeta(key("first", table), first, error) && setMeta(key("next", table), first, error)
        && setMeta(key("last", table), last, error) && guardTriggers(table, true, error);
}

bool SearchBacklog::isPending(StorageError *error) const
{
    return !pendingTables(error).isEmpty();
}

SearchIndexState SearchBacklog::state(StorageError *error) const
{
    SearchIndexState state;
    for (const Range &range : ranges(error)) {
        state.total += range.last - range.first + 1;
        state.indexed += range.next - range.first;
    }
    return state;
}

QStringList SearchBacklog::pendingTables(StorageError *error) const
{
    QStringList tables;
    for (const Range &range : ranges(error)) {
        if (range.next <= range.last)
            tables.append(range.table);
    }
    return tables;
}

QList<SearchBacklog::Range> SearchBacklog::ranges(StorageError *error) const
{
    if (m_db.isPostgres())
        return {};
    QSqlQuery query;
    if (!m_db.prepare(query,
            s("SELECT key, value FROM meta WHERE key > 'fts_backlog_' AND key < 'fts_backlog`' ORDER BY key"), error)
        || !m_db.exec(query, error))
        return {};
    QHash<QString, Range> byTable;
    QStringList order;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString part = name.section(u'_', 2, 2);
        const QString table = name.section(u'_', 3);
        if (!byTable.contains(table))
            order.append(table);
        Range &range = byTable[table];
        range.table = table;
        const qint64 value = query.value(1).toLongLong();
        if (part == QLatin1String("first"))
            range.first = value;
        else if (part == QLatin1String("next"))
            range.next = value;
        else if (part == QLatin1String("last"))
            range.last = value;
    }
    QList<Range> result;
    for (const QString &table : std::as_const(order))
        result.append(byTable.value(table));
    return result;
}

bool SearchBacklog::setMeta(const QString &name, qint64 value, StorageError *error)
{
    QSqlQuery query;
    if (!m_db.prepare(query, s("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), error))
        return false;
    query.bindValue(0, name);
    query.bindValue(1, QString::number(value));
    return m_db.exec(query, error);
}

bool SearchBacklog::guardTriggers(const QString &table, bool guarded, StorageError *error)
{
    QSqlQuery query;
    if (!m_db.prepare(query,
            s("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? "
              "AND name IN (? || '_fts_insert', ? || '_fts_delete', ? || '_fts_update')"),
            error))
        return false;
    for (int i = 0; i < 4; ++i)
        query.bindValue(i, table);
    if (!m_db.exec(query, error))
        return false;
    QList<QPair<QString, QString>> triggers;
    while (query.next())
        triggers.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    for (const auto &[name, sql] : std::as_const(triggers)) {
        const QString guard = triggerGuard(table, name.endsWith(QLatin1String("_insert")) ? s("new.id") : s("old.id"));
        QString plain = sql;
        plain.remove(guard);
        QString changed = plain;
        if (guarded) {
            const qsizetype begin = plain.indexOf(s(" BEGIN "));
            if (begin < 0) {
                *error = {StorageError::Code::Other, Messages::unexpected(name)};
                return false;
            }
            changed.insert(begin, guard);
        }
        if (changed == sql)
            continue;
        if (!m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(name), error) || !m_db.exec(changed, error))
            return false;
    }
    return true;
}

bool SearchBacklog::indexSlice(const Range &range, qint64 rows, StorageError *error)
{
    const QString &table = range.table;
    const qint64 end = std::min(range.last, range.next + rows - 1);
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT name FROM pragma_table_info('%1_fts')").arg(table), error)
        || !m_db.exec(query, error))
        return false;
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (names.isEmpty()) {
        *error = {StorageError::Code::Other, Messages::unexpected(table + s("_fts"))};
        return false;
    }
    const QString columns = names.join(QStringLiteral(", "));
    if (!m_db.exec(
            QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('hashsize', %2)").arg(table).arg(sliceFtsHashSize),
            error))
        return false;
    if (!m_db.prepare(query,
            QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT id, %2 FROM %1 WHERE id BETWEEN ? AND ?")
                .arg(table, columns),
            error))
        return false;
    query.bindValue(0, range.next);
    query.bindValue(1, end);
    if (!m_db.exec(query, error)
        || !m_db.exec(QStringLiteral("DELETE FROM %1_fts_config WHERE k = 'hashsize'").arg(table), error))
        return false;
    if (!setMeta(key("next", table), end + 1, error))
        return false;
    // A finished table keeps its marker (next past last: its triggers run
    // again) until the last one is done, so that the progress keeps its total.
    const QList<Range> all = ranges(error);
    if (error->isError())
        return false;
    if (std::any_of(all.cbegin(), all.cend(), [](const Range &r) { return r.next <= r.last; }))
        return true;
    QSqlQuery remove;
    if (!m_db.prepare(remove, s("DELETE FROM meta WHERE key > 'fts_backlog_' AND key < 'fts_backlog`'"), error)
        || !m_db.exec(remove, error))
        return false;
    for (const Range &done : all) {
        if (!guardTriggers(done.table, false, error))
            return false;
    }
    return true;
}

bool SearchBacklog::buildSlice(qint64 rows, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            // Read inside the transaction: another builder may have gone further.
            const QList<Range> pending = ranges(e);
            if (e->isError())
                return false;
            const auto next = std::find_if(
                pending.cbegin(), pending.cend(), [](const Range &range) { return range.next <= range.last; });
            return next == pending.cend() || indexSlice(*next, std::max<qint64>(rows, 1), e);
        },
        error);
}

bool SearchBacklog::build(const ProgressCallback &progress, StorageError *error, qint64 sliceRows)
{
    bool built = false;
    for (;;) {
        const SearchIndexState now = state(error);
        if (error->isError())
            return false;
        if (progress && !progress(now.indexed, now.total)) {
            *error = {StorageError::Code::Cancelled, Messages::stopped()};
            return false;
        }
        if (now.isComplete()) {
            // Complete, searchable: what follows only makes lookups cheaper.
            return !built || mergeSegments([&] { return !progress || progress(now.indexed, now.total); }, error);
        }
        if (!buildSlice(sliceRows, error))
            return false;
        built = true;
    }
}

bool SearchBacklog::mergeSegments(const std::function<bool()> &keepGoing, StorageError *error, int pagesPerStep)
{
    // FTS5's 'merge' with a negative page count puts every segment on one
    // level and merges them, a step at a time, even two; a step that found
    // nothing to merge changes fewer than two rows (FTS5's documentation).
    for (const char *name : indexedTables) {
        const QString table = QLatin1String(name);
        QSqlQuery exists;
        if (!m_db.prepare(exists, s("SELECT count(*) FROM sqlite_schema WHERE name = ?"), error))
            return false;
        exists.addBindValue(QString(table + s("_fts")));
        if (!m_db.exec(exists, error) || !exists.next())
            return false;
        if (exists.value(0).toInt() == 0)
            continue;
        for (bool merged = true; merged;) {
            if (keepGoing && !keepGoing()) {
                *error = {StorageError::Code::Cancelled, Messages::stopped()};
                return false;
            }
            const bool done = m_db.write(
                [&](StorageError *e) {
                    const auto changes = [&](qint64 *count) {
                        QSqlQuery query;
                        if (!m_db.prepare(query, s("SELECT total_changes()"), e) || !m_db.exec(query, e)
                            || !query.next())
                            return false;
                        *count = query.value(0).toLongLong();
                        return true;
                    };
                    qint64 before = 0;
                    qint64 after = 0;
                    if (!changes(&before)
                        || !m_db.exec(QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('merge', %2)")
                                          .arg(table)
                                          .arg(-std::max(pagesPerStep, 1)),
                            e)
                        || !changes(&after))
                        return false;
                    merged = after - before >= 2;
                    return true;
                },
                error);
            if (!done)
                return false;
        }
    }
    return true;
}

} // namespace Frise::Storage
