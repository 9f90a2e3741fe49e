// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "core/fuzzydate.h"
#include "database.h"
#include "postgresmigrations.h"
#include "rawstatement_p.h"
#include "savedcopies.h"
#include "searchbacklog.h"
#include "sqlitemigrations.h"
#include "timeindex_p.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    static QString copyMissing(const QString &uid, const QString &title, const QString &file, const QString &sha256)
    {
        return tr("Source %1 (%2): saved copy %3 is missing or incomplete (SHA-256 %4).").arg(uid, title, file, sha256);
    }
    static QString copyAltered(
        const QString &uid, const QString &title, const QString &file, const QString &sha256, const QString &actual)
    {
        return tr("Source %1 (%2): saved copy %3 was altered (SHA-256 %4 expected, %5 stored).")
            .arg(uid, title, file, sha256, actual);
    }
    static QString copiesChecked(qsizetype count)
    {
        return tr("Checked: %n saved copies against their SHA-256.", nullptr, int(count));
    }
    static QString searchBuilding(int percent)
    {
        return tr("Search index %1 % built; a build is running.").arg(percent);
    }
    static QString searchIncomplete(int percent)
    {
        return tr("Search index %1 % built and no build is running; opening the database resumes it.").arg(percent);
    }
    static QString searchNotChecked(const QString &why) { return tr("Full-text indexes not checked: %1").arg(why); }
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
        checkSavedCopies(report, error);
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
    if (m_db.schemaVersion() >= 2)
        checkSearchIndex(report, error);
    checkDates(report, error);
    checkSavedCopies(report, error);
    return report;
}

void Maintenance::checkSavedCopies(CheckReport &report, StorageError *error) const
{
    if (error->isError() || !SavedCopies::isAvailable(m_db))
        return;
    SavedCopies copies(m_db);
    const qsizetype count = copies.all(error).size();
    if (error->isError())
        return;
    const QList<SavedCopyProblem> problems = copies.verify({}, error);
    for (const SavedCopyProblem &problem : problems) {
        const QString title = problem.sourceTitle;
        report.problems << (problem.missing
                ? Messages::copyMissing(problem.sourceUid, title, problem.copy.fileName, problem.copy.sha256)
                : Messages::copyAltered(
                      problem.sourceUid, title, problem.copy.fileName, problem.copy.sha256, problem.actualSha256));
    }
    if (!error->isError())
        report.notes << Messages::copiesChecked(count);
}

// FTS5's integrity check is an INSERT: a read-only connection (`frise
// check`) runs it on a second one, opened at the same schema version so
// that nothing migrates; with rank 1 it also compares the index with the
// rows, except for tables whose backlog is still to be indexed.
void Maintenance::checkSearchIndex(CheckReport &report, StorageError *error) const
{
    SearchBacklog backlog(m_db);
    const QStringList pending = backlog.pendingTables(error);
    if (error->isError())
        return;
    if (!pending.isEmpty()) {
        const int percent = backlog.state(error).percent();
        if (SearchBacklog::isBuildRunning(m_db.path()))
            report.notes << Messages::searchBuilding(percent);
        else
            report.problems << Messages::searchIncomplete(percent);
    }
    std::unique_ptr<Database> writable;
    Database *checker = &m_db;
    if (m_db.isReadOnly()) {
        Database::OpenOptions options;
        options.targetVersion = m_db.schemaVersion();
        StorageError openError;
        writable = Database::open(m_db.path(), options, &openError);
        if (!writable) {
            report.notes << Messages::searchNotChecked(openError.message);
            return;
        }
        checker = writable.get();
    }
    for (const char *table : {"event", "claim", "actor", "source"}) {
        const QString name = s(table) + s("_fts");
        QSqlQuery fts(checker->connection());
        // FTS5 reports a damaged index as an error of this statement.
        if (!fts.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', %2)")
                    .arg(name)
                    .arg(pending.contains(s(table)) ? 0 : 1)))
            report.problems << Messages::index(name, checker->errorFrom(fts).message);
    }
    report.notes << Messages::checked(s("full-text indexes"));
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
    // Read through the C API and sorted here: a QSqlQuery costs more than
    // the index search.
    sqlite3 *handle = RawStatement::handleOf(m_db.connection());
    RawStatement candidates;
    if (!handle || !candidates.prepare(handle, TimeIndex::overlappingSql(s("id, t_min, t_max")))) {
        *error = {StorageError::Code::Other, handle ? candidates.errorMessage() : s("not a SQLite connection")};
        return spans;
    }
    for (const auto &[name, value] : TimeIndex::parameters(fromMinutes, toMinutes))
        candidates.bind(candidates.parameterIndex(name.constData()), value);
    int rc = SQLITE_ROW;
    while ((rc = candidates.step()) == SQLITE_ROW)
        spans.append({candidates.columnInt64(0), candidates.columnInt64(1), candidates.columnInt64(2)});
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
    // is one step in its index, max(t_max) a few steps per duration class
    // of the time index.
    if (!m_db.prepare(query, s("SELECT min(t_min) FROM event"), error) || !m_db.exec(query, error) || !query.next()
        || query.isNull(0))
        return false;
    *fromMinutes = query.value(0).toLongLong();
    if (!m_db.prepare(query, TimeIndex::latestSql(), error) || !m_db.exec(query, error) || !query.next()
        || query.isNull(0))
        return false;
    *toMinutes = query.value(0).toLongLong();
    return true;
}
} // namespace Frise::Storage
