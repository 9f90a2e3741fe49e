// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerows.h"

#include "core/claim.h"
#include "database.h"
#include "timeindex_p.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <limits>
#include <memory>
#include <vector>

namespace Frise::Storage {

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

/// A forward-only result set with named parameters, over SQLite's C API or QSqlQuery.
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual void bind(const char *name, qint64 value) = 0;
    virtual void bindNull(const char *name) = 0;
    virtual void bindText(const char *name, const QString &value) = 0;
    virtual bool start(StorageError *error) = 0;
    /// The next row; false at the end or on error (see failed()).
    virtual bool next() = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    /// Sets @p error when the last next() stopped on an error.
    virtual bool failed(StorageError *error) const = 0;
};

class SqliteCursor final : public Cursor
{
public:
    explicit SqliteCursor(sqlite3 *db)
        : m_db(db)
    { }
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    bool prepare(const QString &sql, StorageError *error)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
            *error = {StorageError::Code::Other, QString::fromUtf8(sqlite3_errmsg(m_db))};
            return false;
        }
        return true;
    }
    void bind(const char *name, qint64 value) override
    {
        sqlite3_bind_int64(m_stmt, sqlite3_bind_parameter_index(m_stmt, name), value);
    }
    void bindNull(const char *name) override { sqlite3_bind_null(m_stmt, sqlite3_bind_parameter_index(m_stmt, name)); }
    void bindText(const char *name, const QString &value) override
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(
            m_stmt, sqlite3_bind_parameter_index(m_stmt, name), utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    bool start(StorageError *) override { return true; }
    bool next() override
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    bool failed(StorageError *error) const override
    {
        if (m_rc == SQLITE_DONE || m_rc == SQLITE_ROW)
            return false;
        *error = {m_rc == SQLITE_BUSY ? StorageError::Code::Busy : StorageError::Code::Other,
            QString::fromUtf8(sqlite3_errmsg(m_db))};
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_DONE;
};

class QueryCursor final : public Cursor
{
public:
    explicit QueryCursor(const Database &db)
        : m_db(db)
    { }
    bool prepare(const QString &sql, StorageError *error) { return m_db.prepare(m_query, sql, error); }
    void bind(const char *name, qint64 value) override { m_query.bindValue(QLatin1String(name), value); }
    void bindNull(const char *name) override
    {
        m_query.bindValue(QLatin1String(name), QVariant(QMetaType::fromType<qint64>()));
    }
    void bindText(const char *name, const QString &value) override { m_query.bindValue(QLatin1String(name), value); }
    bool start(StorageError *error) override
    {
        m_query.setForwardOnly(true);
        return m_db.exec(m_query, error);
    }
    bool next() override { return m_query.next(); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    bool failed(StorageError *error) const override
    {
        if (m_query.isActive() && !m_query.lastError().isValid())
            return false;
        *error = m_db.errorFrom(m_query);
        return error->isError();
    }

private:
    const Database &m_db;
    QSqlQuery m_query;
};

sqlite3 *sqliteHandle(const Database &db)
{
    if (db.isPostgres())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

std::unique_ptr<Cursor> openCursor(const Database &db, const QString &sql, StorageError *error)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        auto cursor = std::make_unique<SqliteCursor>(handle);
        if (!cursor->prepare(sql, error))
            return nullptr;
        return cursor;
    }
    auto cursor = std::make_unique<QueryCursor>(db);
    if (!cursor->prepare(sql, error))
        return nullptr;
    return cursor;
}

/// Binds the window parameters of windowIds() (SQLite) or the GiST range test (PostgreSQL).
void bindWindow(const Database &db, Cursor &cursor, qint64 from, qint64 to)
{
    if (db.isPostgres()) {
        // Half-open ranges so that no bound overflows; NULL is unbounded.
        if (from == std::numeric_limits<qint64>::min())
            cursor.bindNull(":from");
        else
            cursor.bind(":from", from);
        if (to == std::numeric_limits<qint64>::max())
            cursor.bindNull(":to");
        else
            cursor.bind(":to", to + 1);
        return;
    }
    for (const auto &[name, value] : TimeIndex::parameters(from, to))
        cursor.bind(name.constData(), value);
}

/// Ids of the events overlapping the window.
QString windowIds(const Database &db)
{
    if (db.isPostgres())
        return s("SELECT id FROM event WHERE int8range(t_min, t_max, '[]') && int8range(:from, :to, '[)')");
    return TimeIndex::overlappingSql(s("id"));
}

/// One link table read alongside the events, both in event id order.
struct LinkStream
{
    std::unique_ptr<Cursor> cursor;
    std::vector<RowId> values;
    RowId pendingEvent = 0;
    RowId pendingValue = 0;
    bool hasPending = false;
    bool done = false;

    bool advance()
    {
        if (done || !cursor->next()) {
            done = true;
            hasPending = false;
            return false;
        }
        pendingEvent = cursor->integer(0);
        pendingValue = cursor->integer(1);
        hasPending = true;
        return true;
    }
    /// Gathers the values of @p event (links of smaller ids, orphans, are skipped).
    void collect(RowId event)
    {
        values.clear();
        while (hasPending && pendingEvent < event)
            advance();
        while (hasPending && pendingEvent == event) {
            values.push_back(pendingValue);
            advance();
        }
    }
};

const char *const linkTables[3][2] = {
    {"event_dispute", "dispute_id"},
    {"event_actor", "actor_id"},
    {"event_tag", "tag_id"},
};

FuzzyDate parseDate(const QString &text)
{
    return text.isEmpty() ? FuzzyDate() : FuzzyDate::fromIsoText(text);
}

const char *labelColumns
    = "e.id, e.title_fr, e.title_en, e.start_date, e.end_date, substr(e.text_fr, 1, 280), substr(e.text_en, 1, 280)";

EventLabel readLabel(const Cursor &cursor)
{
    EventLabel label;
    label.id = cursor.integer(0);
    label.titleFr = cursor.text(1);
    label.titleEn = cursor.text(2);
    label.start = parseDate(cursor.text(3));
    label.end = parseDate(cursor.text(4));
    label.textFr = cursor.text(5);
    label.textEn = cursor.text(6);
    return label;
}

} // namespace

QString EventLabel::title(bool french) const
{
    const QString &first = french ? titleFr : titleEn;
    return first.isEmpty() ? (french ? titleEn : titleFr) : first;
}

TimelineRows::TimelineRows(Database &db)
    : m_db(db)
{ }

QByteArray TimelineRows::revision(StorageError *error) const
{
    if (m_db.isPostgres())
        return {};
    // Every Frise that can write schema 7 or later renews the token (the cache came before step 7);
    // an older file may have been written by an older Frise since, which the event count catches at
    // the price of a scan of an index (a tenth of a second at a million events).
    constexpr int firstSchemaOfRenewingWriters = 7;
    const bool counted = m_db.schemaVersion() < firstSchemaOfRenewingWriters;
    std::unique_ptr<Cursor> cursor = openCursor(m_db,
        s("SELECT coalesce((SELECT value FROM meta WHERE key = 'timeline_revision'), ''), ")
            + (counted ? s("(SELECT count(*) FROM event), ") : s("-1, "))
            + s("(SELECT coalesce(max(id), 0) FROM event)"),
        error);
    if (!cursor || !cursor->start(error))
        return {};
    if (!cursor->next()) {
        cursor->failed(error);
        return {};
    }
    const QString events = counted ? QStringLiteral("events=%1;").arg(cursor->integer(1)) : QString();
    return QStringLiteral("schema=%1;revision=%2;%3last=%4")
        .arg(m_db.schemaVersion())
        .arg(cursor->text(0), events)
        .arg(cursor->integer(2))
        .toUtf8();
}

LaneRows TimelineRows::lanes(StorageError *error) const
{
    LaneRows lanes;
    const std::pair<const char *, QList<LaneRow> *> queries[] = {
        {"SELECT id, uid, title_fr, title_en, colour FROM dispute ORDER BY id", &lanes.disputes},
        {"SELECT id, uid, name_fr, name_en, '' FROM actor ORDER BY id", &lanes.actors},
        {"SELECT id, name, label_fr, label_en, '' FROM tag ORDER BY name", &lanes.tags},
    };
    for (const auto &[sql, rows] : queries) {
        std::unique_ptr<Cursor> cursor = openCursor(m_db, QLatin1String(sql), error);
        if (!cursor || !cursor->start(error))
            return {};
        while (cursor->next())
            rows->append({cursor->integer(0), cursor->text(1), cursor->text(2), cursor->text(3), cursor->text(4)});
        if (cursor->failed(error))
            return {};
    }
    return lanes;
}

bool TimelineRows::forEach(const Visitor &visit, StorageError *error) const
{
    return stream(false, 0, 0, visit, error);
}

bool TimelineRows::forEachOverlapping(
    qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const
{
    if (fromMinutes > toMinutes)
        return true;
    return stream(true, fromMinutes, toMinutes, visit, error);
}

bool TimelineRows::stream(
    bool window, qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const
{
    if (!sqliteHandle(m_db))
        return streamAggregated(window, fromMinutes, toMinutes, visit, error);
    QString eventSql = s("SELECT e.id, e.t_min, e.t_max, e.start_date, e.end_date, e.importance FROM event e");
    if (window)
        eventSql += s(" WHERE e.id IN (") % windowIds(m_db) % s(") AND e.t_max >= :from AND e.t_min <= :to");
    eventSql += s(" ORDER BY e.id");
    std::unique_ptr<Cursor> events = openCursor(m_db, eventSql, error);
    if (!events)
        return false;
    if (window)
        bindWindow(m_db, *events, fromMinutes, toMinutes);

    // Each link table is read in one pass, merged with the events by id:
    // no per-event query and no Event struct.
    LinkStream links[3];
    for (int l = 0; l < 3; ++l) {
        QString sql = QStringLiteral("SELECT event_id, %1 FROM %2").arg(s(linkTables[l][1]), s(linkTables[l][0]));
        if (window)
            sql += s(" WHERE event_id IN (") % windowIds(m_db) % s(")");
        sql += s(" ORDER BY event_id");
        links[l].cursor = openCursor(m_db, sql, error);
        if (!links[l].cursor)
            return false;
        if (window)
            bindWindow(m_db, *links[l].cursor, fromMinutes, toMinutes);
        if (!links[l].cursor->start(error))
            return false;
        links[l].advance();
    }
    if (!events->start(error))
        return false;

    TimelineRow row;
    while (events->next()) {
        row.id = events->integer(0);
        row.tMin = events->integer(1);
        row.tMax = events->integer(2);
        row.start = parseDate(events->text(3));
        row.end = parseDate(events->text(4));
        row.importance = int(events->integer(5));
        for (LinkStream &link : links)
            link.collect(row.id);
        row.disputeIds = links[0].values;
        row.actorIds = links[1].values;
        row.tagIds = links[2].values;
        if (!visit(row))
            return false;
    }
    if (events->failed(error))
        return false;
    for (const LinkStream &link : links)
        if (link.cursor->failed(error))
            return false;
    return true;
}

bool TimelineRows::streamAggregated(
    bool window, qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const
{
    // One result set at a time on a PostgreSQL connection: the links come
    // aggregated into each event row instead of as parallel streams.
    QString sql = s("SELECT e.id, e.t_min, e.t_max, e.start_date, e.end_date, e.importance");
    for (const auto &link : linkTables)
        sql += QStringLiteral(", (SELECT string_agg(%1::text, ',') FROM %2 l WHERE l.event_id = e.id)")
                   .arg(s(link[1]), s(link[0]));
    sql += s(" FROM event e");
    if (window)
        sql += s(" WHERE int8range(e.t_min, e.t_max, '[]') && int8range(:from, :to, '[)')");
    sql += s(" ORDER BY e.id");
    std::unique_ptr<Cursor> events = openCursor(m_db, sql, error);
    if (!events)
        return false;
    if (window)
        bindWindow(m_db, *events, fromMinutes, toMinutes);
    if (!events->start(error))
        return false;
    std::vector<RowId> values[3];
    TimelineRow row;
    while (events->next()) {
        row.id = events->integer(0);
        row.tMin = events->integer(1);
        row.tMax = events->integer(2);
        row.start = parseDate(events->text(3));
        row.end = parseDate(events->text(4));
        row.importance = int(events->integer(5));
        for (int l = 0; l < 3; ++l) {
            values[l].clear();
            const QString list = events->text(6 + l);
            for (const QStringView part : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
                values[l].push_back(part.toLongLong());
        }
        row.disputeIds = values[0];
        row.actorIds = values[1];
        row.tagIds = values[2];
        if (!visit(row))
            return false;
    }
    return !events->failed(error);
}

QHash<RowId, EventLabel> TimelineRows::labels(std::span<const RowId> ids, StorageError *error) const
{
    QHash<RowId, EventLabel> result;
    constexpr size_t batch = 500;
    for (size_t first = 0; first < ids.size(); first += batch) {
        // Integers only, so writing them into the statement is safe.
        QString list;
        for (size_t i = first; i < std::min(ids.size(), first + batch); ++i) {
            if (!list.isEmpty())
                list += QLatin1Char(',');
            list += QString::number(ids[i]);
        }
        std::unique_ptr<Cursor> cursor = openCursor(
            m_db, s("SELECT ") % s(labelColumns) % s(" FROM event e WHERE e.id IN (") % list % s(")"), error);
        if (!cursor || !cursor->start(error))
            return result;
        while (cursor->next()) {
            EventLabel label = readLabel(*cursor);
            result.insert(label.id, std::move(label));
        }
        if (cursor->failed(error))
            return result;
    }
    return result;
}

namespace {

/// Placeholders ":<prefix>0, :<prefix>1..." for @p count values.
QString placeholders(const char *prefix, qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names.append(QLatin1Char(':') + s(prefix) + QString::number(i));
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList TimelineRows::creditedOutlets(bool publishSafe, StorageError *error) const
{
    QStringList outlets;
    // A confidential source is never credited (its outlet is its identity).
    QString sql = s("SELECT outlet FROM %1 WHERE outlet <> '' AND confidential = 0").arg(m_db.sourceTable());
    QStringList unsafe; // the statuses a publish-safe export leaves out, as core defines them
    for (Claim::Status status : {Claim::Status::Unverified, Claim::Status::Disputed, Claim::Status::Confirmed,
             Claim::Status::Refuted, Claim::Status::Retracted}) {
        if (isUnsafeToPublish(status))
            unsafe.append(claimStatusCode(status));
    }
    const char *const prefixes[] = {"a", "b", "c", "d"};
    if (publishSafe && !unsafe.isEmpty()) {
        // Withheld: cited by a left-out claim and by nothing published (an
        // event, a relation, a kept claim). Uncorrelated NOT IN lists are
        // built once; event_source has an index on source_id.
        sql += s(" AND id NOT IN (SELECT u.source_id FROM ("
                 "SELECT made_in_source_id AS source_id FROM claim"
                 " WHERE made_in_source_id IS NOT NULL AND status IN (%1)"
                 " UNION SELECT ce.source_id FROM claim_evidence ce JOIN claim c ON c.id = ce.claim_id"
                 " WHERE c.status IN (%2)) u"
                 " WHERE NOT EXISTS (SELECT 1 FROM event_source es WHERE es.source_id = u.source_id)"
                 " AND u.source_id NOT IN (SELECT source_id FROM relation_source)"
                 " AND u.source_id NOT IN (SELECT source_id FROM status_change_source)"
                 " AND u.source_id NOT IN (SELECT made_in_source_id FROM claim"
                 " WHERE made_in_source_id IS NOT NULL AND status NOT IN (%3)"
                 " UNION SELECT ce.source_id FROM claim_evidence ce JOIN claim c ON c.id = ce.claim_id"
                 " WHERE c.status NOT IN (%4)))")
                   .arg(placeholders(prefixes[0], unsafe.size()), placeholders(prefixes[1], unsafe.size()),
                       placeholders(prefixes[2], unsafe.size()), placeholders(prefixes[3], unsafe.size()));
    }
    sql += s(" ORDER BY id");
    std::unique_ptr<Cursor> cursor = openCursor(m_db, sql, error);
    if (!cursor)
        return outlets;
    if (publishSafe) {
        for (const char *prefix : prefixes) {
            for (qsizetype i = 0; i < unsafe.size(); ++i) {
                const QByteArray name = ':' + QByteArray(prefix) + QByteArray::number(i);
                cursor->bindText(name.constData(), unsafe[i]);
            }
        }
    }
    if (!cursor->start(error))
        return outlets;
    while (cursor->next())
        outlets.append(cursor->text(0));
    cursor->failed(error);
    return outlets;
}

namespace {

QString ownerFilter(TimelineRows::Owner owner)
{
    switch (owner) {
    case TimelineRows::Owner::Dispute:
        return s("SELECT event_id FROM event_dispute WHERE dispute_id = :owner");
    case TimelineRows::Owner::Actor:
        return s("SELECT event_id FROM event_actor WHERE actor_id = :owner");
    case TimelineRows::Owner::Tag:
        break;
    }
    return s("SELECT event_id FROM event_tag WHERE tag_id = :owner");
}

} // namespace

QList<RowId> TimelineRows::eventIdsOf(Owner owner, RowId ownerId, StorageError *error) const
{
    QList<RowId> ids;
    std::unique_ptr<Cursor> cursor = openCursor(
        m_db, s("SELECT DISTINCT event_id FROM (") % ownerFilter(owner) % s(") o ORDER BY event_id"), error);
    if (!cursor)
        return ids;
    cursor->bind(":owner", ownerId);
    if (!cursor->start(error))
        return ids;
    while (cursor->next())
        ids.append(cursor->integer(0));
    cursor->failed(error);
    return ids;
}

QList<EventLabel> TimelineRows::eventLabelsOf(
    Owner owner, RowId ownerId, qint64 offset, qint64 limit, StorageError *error) const
{
    QList<EventLabel> labels;
    std::unique_ptr<Cursor> cursor = openCursor(m_db,
        s("SELECT ") % s(labelColumns) % s(" FROM event e WHERE e.id IN (") % ownerFilter(owner)
            % s(") ORDER BY e.t_min, e.t_max, e.id LIMIT :limit OFFSET :offset"),
        error);
    if (!cursor)
        return labels;
    cursor->bind(":owner", ownerId);
    cursor->bind(":limit", limit);
    cursor->bind(":offset", offset);
    if (!cursor->start(error))
        return labels;
    while (cursor->next())
        labels.append(readLabel(*cursor));
    cursor->failed(error);
    return labels;
}

QList<EventLabel> TimelineRows::eventLabelsNeedingReview(qint64 offset, qint64 limit, StorageError *error) const
{
    QList<EventLabel> labels;
    // A scan, read a page at a time as the navigator's group is expanded.
    std::unique_ptr<Cursor> cursor = openCursor(m_db,
        s("SELECT ") % s(labelColumns)
            % s(" FROM event e WHERE 'needs_review' IN (e.title_fr_status, e.title_en_status, e.text_fr_status, "
                "e.text_en_status) ORDER BY e.t_min, e.t_max, e.id LIMIT :limit OFFSET :offset"),
        error);
    if (!cursor)
        return labels;
    cursor->bind(":limit", limit);
    cursor->bind(":offset", offset);
    if (!cursor->start(error))
        return labels;
    while (cursor->next())
        labels.append(readLabel(*cursor));
    cursor->failed(error);
    return labels;
}

} // namespace Frise::Storage
