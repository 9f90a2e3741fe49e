// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstore.h"

#include "auditlog.h"
#include "columns_p.h"
#include "database.h"
#include "datasetimporter_p.h"
#include "repositories.h"
#include "savedcopies.h"

#include "core/datasetstream.h"

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Frise::Storage {

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Every record of one kind, into @p records; false once @p failure is set.
template<typename Repository, typename Record>
bool readAll(const Repository &repository, QList<Record> *records, StorageError *failure)
{
    *records = repository.all(failure);
    return !failure->isError();
}

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::DatasetStore)
public:
    static QString noCopies(const QString &sha256)
    {
        return tr("The data has saved copies (%1 …) but not their files; nothing was imported.").arg(sha256);
    }
    static QString badCopy(const QString &source, const QString &sha256)
    {
        return tr("Saved copy %1 of source %2: not a SHA-256 or an unknown source; nothing was imported.")
            .arg(sha256, source);
    }
    static QString readerFailed() { return tr("The file could not be read to the end; nothing was imported."); }
};

// Adds @p part's records to @p whole (a streamed import gathered at once).
void append(Dataset *whole, Dataset &&part)
{
    if (!part.title.isEmpty())
        whole->title = part.title;
    if (!part.description.isEmpty())
        whole->description = part.description;
    whole->actors += std::move(part.actors);
    whole->sources += std::move(part.sources);
    whole->tags += std::move(part.tags);
    whole->roles += std::move(part.roles);
    whole->disputes += std::move(part.disputes);
    whole->events += std::move(part.events);
    whole->claims += std::move(part.claims);
    whole->relations += std::move(part.relations);
    whole->eras += std::move(part.eras);
    whole->statusChanges += std::move(part.statusChanges);
    whole->audit += std::move(part.audit);
    whole->savedCopies += std::move(part.savedCopies);
}

} // namespace

DatasetStore::DatasetStore(Database &db)
    : m_db(db)
{ }

bool DatasetStore::import(const Dataset &dataset, const ImportOptions &options, const ProgressCallback &progress,
    ImportSummary *summary, StorageError *error)
{
    ImportSummary local;
    ImportSummary *target = summary ? summary : &local;
    *target = {};
    QElapsedTimer commit;
    double commitCpu = 0;
    const qint64 records = dataset.events.size() + dataset.claims.size() + dataset.actors.size()
        + dataset.sources.size() + dataset.relations.size();
    // SQLite's check of each link's two rows costs as much as writing the link (measured on 1M events: 0.7 s
    // of 1.1 s); the importer refuses dangling references itself.
    const auto write
        = records >= DatasetImporter::bulkRecords ? &Database::writeWithoutForeignKeyChecks : &Database::write;
    const bool ok = (m_db.*write)(
        [&](StorageError *e) {
            DatasetImporter importer(m_db, options, progress, target);
            if (!importer.run(dataset, e) || !importSavedCopies(dataset, options.savedCopies, e)
                || !finishImport(dataset, e))
                return false;
            commit.start();
            commitCpu = threadCpuSeconds();
            return true;
        },
        error);
    if (!ok) {
        *target = {};
        return false;
    }
    target->phases.append({s("commit"), commit.nsecsElapsed() / 1e9, threadCpuSeconds() - commitCpu});
    if (m_db.isPostgres() && records >= options.deferSearchIndexFrom)
        vacuumImported(target);
    return true;
}

bool DatasetStore::finishImport(const Dataset &dataset, StorageError *error)
{
    // One notification for the lot: other clients reload everything.
    if (!m_db.notifyChange(s("dataset"), 0, error))
        return false;
    if (!dataset.title.isEmpty() && !setTitle(dataset.title, error))
        return false;
    return dataset.description.isEmpty() || setDescription(dataset.description, error);
}

bool DatasetStore::importStream(DatasetStream &stream, qint64 expectedRecords, const ImportOptions &options,
    const ProgressCallback &progress, ImportSummary *summary, StorageError *error)
{
    if (m_db.isPostgres()) {
        Dataset whole;
        Dataset part;
        for (DatasetStream::Next next; (next = stream.next(&part)) != DatasetStream::Next::End;) {
            if (next == DatasetStream::Next::Failed) {
                *error = {StorageError::Code::Invalid, Messages::readerFailed()};
                return false;
            }
            append(&whole, std::move(part));
        }
        return import(whole, options, progress, summary, error);
    }
    const bool ok = writeStream(stream, expectedRecords, options, progress, summary, error);
    // Stops a reader still going (a failure here); after the end, a no-op.
    stream.abandon();
    return ok;
}

bool DatasetStore::writeStream(DatasetStream &stream, qint64 expectedRecords, const ImportOptions &options,
    const ProgressCallback &progress, ImportSummary *summary, StorageError *error)
{
    ImportSummary local;
    ImportSummary *target = summary ? summary : &local;
    *target = {};
    QElapsedTimer commit;
    double commitCpu = 0;
    // A stream is a big import (see import()).
    const bool ok = m_db.writeWithoutForeignKeyChecks(
        [&](StorageError *e) {
            DatasetImporter importer(m_db, options, progress, target);
            ImportCounts expected;
            expected.events = std::max<qint64>(expectedRecords, 0);
            if (!importer.begin(expected, e))
                return false;
            Dataset part;
            Dataset ending; // the title and description, as the last part that has them says
            for (DatasetStream::Next next; (next = stream.next(&part)) != DatasetStream::Next::End;) {
                if (next == DatasetStream::Next::Failed) {
                    *e = {StorageError::Code::Invalid, Messages::readerFailed()};
                    return false;
                }
                if (!importer.addPart(part, e) || !importSavedCopies(part, options.savedCopies, e))
                    return false;
                if (!part.title.isEmpty())
                    ending.title = part.title;
                if (!part.description.isEmpty())
                    ending.description = part.description;
                stream.recycle(std::move(part));
            }
            if (!importer.end(e) || !finishImport(ending, e))
                return false;
            commit.start();
            commitCpu = threadCpuSeconds();
            return true;
        },
        error);
    if (!ok) {
        *target = {};
        return false;
    }
    target->phases.append({s("waiting for the reader (within rows)"), stream.secondsWaited(), 0});
    target->phases.append({s("commit"), commit.nsecsElapsed() / 1e9, threadCpuSeconds() - commitCpu});
    return true;
}

void DatasetStore::vacuumImported(ImportSummary *summary)
{
    // Rows fresh from a bulk import are not yet marked visible to all: until
    // autovacuum comes by (a minute or more later), every read checks each
    // row's transaction and the span index's index-only scans go to the heap
    // for every event. Measured at 1M events: a year's window took 151 ms of
    // server CPU right after the import, 23 ms once vacuumed. VACUUM runs
    // outside the import's transaction and blocks neither readers nor
    // writers; the rows are committed, so a failure here (a role that does
    // not own the tables is skipped with a warning) only costs speed.
    QElapsedTimer watch;
    watch.start();
    const double cpu = threadCpuSeconds();
    QSqlQuery vacuum(m_db.connection());
    if (!vacuum.exec(s("VACUUM (ANALYZE) actor, source, dispute, event, event_dispute, event_actor, event_tag, "
                       "event_source, claim, claim_evidence, relation, relation_source")))
        qWarning("frise: VACUUM after the import failed: %s", qPrintable(vacuum.lastError().text()));
    summary->phases.append({s("vacuum"), watch.nsecsElapsed() / 1e9, threadCpuSeconds() - cpu});
}

bool DatasetStore::exportAll(Dataset *dataset, StorageError *error) const
{
    // Failures are detected through the error, so start from a clear one: a
    // caller's leftover error must not make a good export fail.
    StorageError failure;
    Dataset result;
    result.title = title(&failure);
    if (!failure.isError())
        result.description = description(&failure);
    const bool ok = !failure.isError() && readAll(ActorRepository(m_db), &result.actors, &failure)
        && readAll(SourceRepository(m_db), &result.sources, &failure)
        && readAll(TagRepository(m_db), &result.tags, &failure)
        && readAll(ActorRoleRepository(m_db), &result.roles, &failure)
        && readAll(DisputeRepository(m_db), &result.disputes, &failure)
        && readAll(EventRepository(m_db), &result.events, &failure)
        && readAll(ClaimRepository(m_db), &result.claims, &failure)
        && readAll(RelationRepository(m_db), &result.relations, &failure)
        && readAll(EraRepository(m_db), &result.eras, &failure)
        && readAll(StatusChangeRepository(m_db), &result.statusChanges, &failure);
    if (ok)
        result.audit = AuditLog(m_db).entries(QString(), 0, &failure);
    if (!failure.isError() && SavedCopies::isAvailable(m_db))
        result.savedCopies = SavedCopies(m_db).all(&failure);
    if (failure.isError()) {
        *error = failure;
        return false;
    }
    *dataset = std::move(result);
    return true;
}

bool DatasetStore::importSavedCopies(const Dataset &dataset, const SavedCopyReader &reader, StorageError *error)
{
    if (dataset.savedCopies.isEmpty())
        return true;
    if (!reader) {
        *error = {StorageError::Code::Invalid, Messages::noCopies(dataset.savedCopies.first().sha256)};
        return false;
    }
    // Sources are matched by uid: the import kept or reused each one under its uid.
    QSqlQuery sourceId;
    if (!m_db.prepare(sourceId, s("SELECT id FROM source WHERE uid = ?"), error))
        return false;
    QHash<RowId, const Source *> sources;
    for (const Source &source : dataset.sources)
        sources.insert(source.id, &source);
    SavedCopies copies(m_db);
    for (const SavedCopy &copy : dataset.savedCopies) {
        const Source *source = sources.value(copy.sourceId);
        RowId storedSource = 0;
        if (source) {
            sourceId.bindValue(0, source->uid);
            if (!m_db.exec(sourceId, error))
                return false;
            if (sourceId.next())
                storedSource = sourceId.value(0).toLongLong();
            sourceId.finish();
        }
        if (!storedSource || !SavedCopy::isHash(copy.sha256)) {
            *error = {StorageError::Code::Invalid, Messages::badCopy(source ? source->uid : QString(), copy.sha256)};
            return false;
        }
        if (!copies.storeContent(copy.sha256, copy.size, reader, error))
            return false;
        // A source that already had these bytes keeps its own link.
        const QList<SavedCopy> existing = copies.forSource(storedSource, error);
        if (error->isError())
            return false;
        if (std::any_of(existing.cbegin(), existing.cend(),
                [&](const SavedCopy &other) { return other.sha256 == copy.sha256; }))
            continue;
        SavedCopy stored = copy;
        stored.id = 0;
        stored.sourceId = storedSource;
        if (!copies.link(&stored, error))
            return false;
    }
    return true;
}

BilingualText DatasetStore::title(StorageError *error) const
{
    return metaText(s("title"), error);
}

bool DatasetStore::setTitle(const BilingualText &title, StorageError *error)
{
    return setMetaText(s("title"), title, error);
}

BilingualText DatasetStore::description(StorageError *error) const
{
    return metaText(s("description"), error);
}

bool DatasetStore::setDescription(const BilingualText &description, StorageError *error)
{
    return setMetaText(s("description"), description, error);
}

// A bilingual text kept as two meta rows, KEY_fr and KEY_en.
BilingualText DatasetStore::metaText(const QString &key, StorageError *error) const
{
    BilingualText text;
    QSqlQuery query;
    if (!m_db.prepare(query, s("SELECT key, value FROM meta WHERE key IN (?, ?)"), error))
        return text;
    query.addBindValue(QString(key + s("_fr")));
    query.addBindValue(QString(key + s("_en")));
    if (!m_db.exec(query, error))
        return text;
    while (query.next()) {
        const QString value = query.value(1).toString();
        if (query.value(0).toString().endsWith(QLatin1String("_fr")))
            text.setText(Language::French, value, TranslationStatus::Original);
        else
            text.setText(Language::English, value, TranslationStatus::Original);
    }
    return text;
}

bool DatasetStore::setMetaText(const QString &key, const BilingualText &text, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            QSqlQuery query;
            const QString sql = m_db.isPostgres() ? s("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                                      "DO UPDATE SET value = excluded.value")
                                                  : s("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
            if (!m_db.prepare(query, sql, e))
                return false;
            for (const auto &[suffix, value] : {std::pair {s("_fr"), text.fr}, std::pair {s("_en"), text.en}}) {
                query.bindValue(0, QString(key + suffix));
                query.bindValue(1, nonNull(value));
                if (!m_db.exec(query, e))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace Frise::Storage
