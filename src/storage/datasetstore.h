// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "storageerror.h"

#include <functional>

namespace Frise {
class DatasetStream;
}

namespace Frise::Storage {

class Database;

/// Reports progress (done of total records); returning false cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/// Time spent in one phase of an import (rows of a table, an index...).
struct ImportPhase
{
    QString name;
    double seconds = 0; ///< wall time
    double cpuSeconds = 0; ///< processor time of the thread that writes
};

/// What an import did.
struct ImportSummary
{
    qint64 inserted = 0; ///< records written
    qint64 reused = 0; ///< records whose uid (or actor name) already existed
    QStringList reusedUids; ///< the first few of those, for the report
    /// The phases of the import in order, for benchmarks; the last is the commit.
    QList<ImportPhase> phases;
};

/**
 * Moves whole Datasets in and out of a database: imports (all-or-nothing,
 * one transaction), backups, the sample.
 */
class DatasetStore final
{
public:
    struct ImportOptions
    {
        /// Reuse an existing actor with the same name (FR, EN or alias) when the uid is new.
        bool matchActorsByName = true;
        /// Keep the dataset's audit entries (a restore) instead of dropping them.
        bool keepAudit = false;
        /// Describes the import in the audit log ("import of file.csv").
        QString auditNote;
        /// Keep the dataset's ids (a copy into an empty database) instead of
        /// numbering new rows: audit rows keep pointing at the right records.
        bool keepIds = false;
        /// Add the audit row describing the import (a copy does not).
        bool recordImport = true;
        /// Big imports take the bulk path (SQLite: indexes set aside and
        /// rebuilt; PostgreSQL: rows in batches); false writes record by record
        /// whatever the size (tests compare both).
        bool allowBulk = true;
        /// Where the bytes of the dataset's saved copies come from (a backup's
        /// copies folder, the database copied from); a dataset with saved
        /// copies and no reader is refused.
        SavedCopyReader savedCopies;
        /// SQLite: an import of at least this many records commits its rows
        /// without their full-text index, which SearchBacklog then builds
        /// (tests lower it; the maximum never defers). PostgreSQL: such an
        /// import is followed by a VACUUM of the tables it filled.
        qint64 deferSearchIndexFrom = 50000;
        /// No two records of a kind share a uid (Io::DatasetBuilder makes
        /// them so): on SQLite, a table empty when the import starts then
        /// needs no lookup of each uid among those written before, and the
        /// uid's UNIQUE constraint refuses a repeat, as an error.
        /// (PostgreSQL's bulk writer reads every uid first: a repeat is reused.)
        bool uidsUnique = false;
    };

    explicit DatasetStore(Database &db);

    /**
     * Writes @p dataset in one transaction. Ids inside the dataset are
     * remapped to new rows; records whose uid already exists are reused, not
     * overwritten. Nothing is written when anything fails or is cancelled.
     */
    bool import(const Dataset &dataset, const ImportOptions &options, const ProgressCallback &progress,
        ImportSummary *summary, StorageError *error);

    /**
     * As import(), with the dataset arriving in parts from @p stream, which
     * another thread fills as it reads a file: on SQLite each part is
     * written as it comes, in the same one transaction, so that reading
     * and writing share the time. @p expectedRecords, about how many
     * records will come (at most), chooses the write path and the deferred
     * search index as a dataset's size does. When the reader fails (a bad
     * row anywhere in the file), nothing is written and the error is
     * Code::Invalid; when this fails or @p progress cancels, the stream is
     * abandoned, which stops the reader. PostgreSQL, whose bulk writer
     * looks every uid up first, gathers the parts, then imports them.
     */
    bool importStream(DatasetStream &stream, qint64 expectedRecords, const ImportOptions &options,
        const ProgressCallback &progress, ImportSummary *summary, StorageError *error);

    /// Everything in the database, with database ids.
    bool exportAll(Dataset *dataset, StorageError *error) const;

    /// Title of the database (meta table), bilingual.
    BilingualText title(StorageError *error) const;
    bool setTitle(const BilingualText &title, StorageError *error);
    /// The timeline's introduction (meta table), bilingual.
    BilingualText description(StorageError *error) const;
    bool setDescription(const BilingualText &description, StorageError *error);

private:
    void vacuumImported(ImportSummary *summary);
    bool writeStream(DatasetStream &stream, qint64 expectedRecords, const ImportOptions &options,
        const ProgressCallback &progress, ImportSummary *summary, StorageError *error);
    /// What follows the records of an import, in its transaction.
    bool finishImport(const Dataset &dataset, StorageError *error);
    bool importSavedCopies(const Dataset &dataset, const SavedCopyReader &reader, StorageError *error);
    BilingualText metaText(const QString &key, StorageError *error) const;
    bool setMetaText(const QString &key, const BilingualText &text, StorageError *error);

    Database &m_db;
};

} // namespace Frise::Storage
