// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: what DatasetImporter asks of a write path (record by record, or
// in bulk, on SQLite or PostgreSQL), and the small types they share.

#include "core/dataset.h"
#include "datasetstore.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <ctime>
#include <variant>

#include <time.h>

namespace Frise::Storage {

class Database;

/// The messages of an import, under DatasetStore's translation context.
class ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::DatasetStore)
public:
    static QString cancelled() { return tr("Import cancelled; nothing was changed."); }
    static QString dangling(const QString &what, const QString &uid, RowId id)
    {
        return tr("%1 %2 refers to a record (#%3) that is not in the file.").arg(what, uid).arg(id);
    }
    static QString invalidRecord(const QString &what, const QString &uid, const QString &reason)
    {
        return tr("%1 %2: %3").arg(what, uid, reason);
    }
    static QString noIds(const QString &table) { return tr("The server gave no new ids for table %1.").arg(table); }
};

/// Processor seconds of the calling thread: an import's writer, apart from
/// a reader working beside it in the same process (DatasetStream).
inline double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// Times the phases of an import (rows of a table, an index...) into the summary, for the benchmarks.
class ImportPhases final
{
public:
    explicit ImportPhases(QList<ImportPhase> *phases)
        : m_phases(phases)
        , m_cpu(threadCpuSeconds())
    {
        m_wall.start();
    }

    /// Ends the phase running since the last call (or the start) as @p name.
    void done(const QString &name)
    {
        const double cpu = threadCpuSeconds();
        m_phases->append({name, m_wall.nsecsElapsed() / 1e9, cpu - m_cpu});
        m_wall.start();
        m_cpu = cpu;
    }
    void done(const char *name) { done(QString::fromLatin1(name)); }
    /// A phase measured elsewhere (the wait for a reader), listed now.
    void add(const char *name, double seconds, double cpuSeconds)
    {
        m_phases->append({QString::fromLatin1(name), seconds, cpuSeconds});
    }

private:
    QList<ImportPhase> *m_phases;
    QElapsedTimer m_wall;
    double m_cpu;
};

/// How many records of each kind an import brings; for a streamed import
/// (DatasetStream), about how many at most.
struct ImportCounts
{
    qint64 actors = 0;
    qint64 sources = 0;
    qint64 disputes = 0;
    qint64 events = 0;
    qint64 claims = 0;
    qint64 relations = 0;
    qint64 eras = 0;
    qint64 statusChanges = 0;

    static ImportCounts of(const Dataset &dataset)
    {
        return {dataset.actors.size(), dataset.sources.size(), dataset.disputes.size(), dataset.events.size(),
            dataset.claims.size(), dataset.relations.size(), dataset.eras.size(), dataset.statusChanges.size()};
    }
    qint64 total() const { return actors + sources + disputes + events + claims + relations + eras + statusChanges; }
};

/**
 * Tables whose uids are looked up in memory instead of in the database: a
 * table empty when the import starts (its only uids are this import's), or
 * every table once the writer has read the existing rows with the dataset's
 * uids. The rows the import adds are noted here.
 */
class KnownUids final
{
public:
    /// The import's own uids never repeat (DatasetStore::ImportOptions::uidsUnique).
    void setUniqueWithin(bool unique) { m_uniqueWithin = unique; }
    /// From now on, @p table's uids are the ones noted here; returns them, to fill.
    QHash<QString, RowId> &track(const QString &table) { return m_tables[table]; }
    /// @p table has no rows yet: its uids are this import's, of about @p records records.
    void trackEmpty(const QString &table, qsizetype records)
    {
        if (m_uniqueWithin)
            m_empty.insert(table);
        else // sized once: a million uids would otherwise rehash the table twenty times
            m_tables[table].reserve(records);
    }
    /// Whether no row of @p table can have a uid of this import: it was empty, and they never repeat.
    bool startedEmpty(const QString &table) const { return m_empty.contains(table); }
    /// The noted uids of @p table, or nullptr when it is looked up in the database.
    const QHash<QString, RowId> *find(const QString &table) const
    {
        const auto it = m_tables.constFind(table);
        return it == m_tables.cend() ? nullptr : &it.value();
    }
    void noteAdded(const QString &table, const QString &uid, RowId id)
    {
        const auto it = m_tables.find(table);
        if (it != m_tables.end())
            it->insert(uid, id);
    }

private:
    QHash<QString, QHash<QString, RowId>> m_tables;
    QSet<QString> m_empty;
    bool m_uniqueWithin = false;
};

/**
 * The rows a new record adds to one link table: (owner, other, position),
 * or for event_actor (event_id, actor_id, role, position). A new record
 * has no links yet: writers insert, the first of duplicates winning, and
 * delete nothing first.
 */
struct LinkRows
{
    QString table;
    QString ownerColumn;
    QString otherColumn;
    RowId owner = 0;
    QList<RowId> others;
    QList<EventActor> actors; ///< event_actor: the others, each with its role

    bool hasRoles() const { return !actors.isEmpty(); }
    qsizetype size() const { return hasRoles() ? actors.size() : others.size(); }
    RowId other(qsizetype i) const { return hasRoles() ? actors.at(i).actorId : others.at(i); }
    QStringList columns() const
    {
        QStringList names {ownerColumn, otherColumn};
        if (hasRoles())
            names.append(QStringLiteral("role"));
        names.append(QStringLiteral("position"));
        return names;
    }
    /// Binds row @p i (1-based parameters, as RawStatement and PostgresBatch take them).
    template<typename Sink>
    void bindRow(Sink &sink, qsizetype i) const
    {
        int column = 1;
        sink.bind(column++, owner);
        sink.bind(column++, other(i));
        if (hasRoles())
            sink.bindText(column++, actors.at(i).role);
        sink.bind(column, qint64(i));
    }
};

/// Binds 1-based, the way RawStatement does, into a QSqlQuery's positional placeholders.
class QueryBinder final
{
public:
    explicit QueryBinder(QSqlQuery &query)
        : m_query(query)
    { }
    void bind(int index, qint64 value) { m_query.bindValue(index - 1, value); }
    /// '' for a null text: the text columns are NOT NULL.
    void bindText(int index, const QString &value)
    {
        m_query.bindValue(index - 1, value.isNull() ? QStringLiteral("") : value);
    }

private:
    QSqlQuery &m_query;
};

/// A new record handed to a writer, which sets its id once stored.
using NewRecord = std::variant<Actor *, Source *, Dispute *, Event *, Claim *, Relation *, Era *, StatusChange *>;

/**
 * One way of writing an import's rows, inside the import's transaction.
 * DatasetImporter decides what is written (reuse, remapping, order); a
 * writer decides how: statements, batches, indexes set aside meanwhile.
 */
class ImportWriter
{
    Q_DISABLE_COPY_MOVE(ImportWriter)

public:
    ImportWriter(Database &db, ImportPhases &phases)
        : m_db(db)
        , m_phases(phases)
    { }
    virtual ~ImportWriter() = default;

    /// Before the first row of @p dataset (@p counts: how many of each
    /// kind; a streamed import gives an empty @p dataset and the counts it
    /// expects); lists in @p uids the tables whose uids need no lookup in
    /// the database.
    virtual bool begin(const Dataset &dataset, const ImportCounts &counts, KnownUids *uids, StorageError *error) = 0;
    /// The id of @p table's row with @p uid: 0 when there is none, -1 on error.
    virtual RowId findUid(const QString &table, const QString &uid, StorageError *error) = 0;
    /// Stores a new record (its uid set, its id 0 or kept) and sets its id.
    /// @p upcoming counts the records of its table from this one on (new or
    /// reused): ids are not worth reserving beyond.
    virtual bool insert(NewRecord record, qint64 upcoming, StorageError *error) = 0;
    virtual bool insertLinks(const LinkRows &links, StorageError *error) = 0;
    /// Sets @p column of rows written earlier, as (id, value) pairs: the
    /// references that may point forward (parents, rebuttals).
    virtual bool setReferences(
        const QString &table, const QString &column, const QList<QPair<RowId, RowId>> &values, StorageError *error);
    /// Writes what is still gathered: the end of one table's records.
    virtual bool flush(StorageError *) { return true; }
    /// After the last row: what begin() set aside comes back.
    virtual bool finish(StorageError *) { return true; }

protected:
    /// The rows of a catalog query's two columns: each a name and its SQL.
    bool selectDefinitions(const QString &sql, QList<QPair<QString, QString>> *rows, StorageError *error);

    Database &m_db;
    ImportPhases &m_phases;
};

} // namespace Frise::Storage
