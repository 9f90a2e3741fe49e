// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/savedcopy.h"
#include "storageerror.h"

#include <QList>

#include <functional>
#include <optional>

namespace Frise::Storage {

class Database;

/// Bytes done of total; returning false cancels.
using ByteProgress = std::function<bool(qint64 done, qint64 total)>;

/// A saved copy whose stored bytes no longer match its hash, or are gone.
struct SavedCopyProblem
{
    SavedCopy copy;
    QString sourceUid;
    QString sourceTitle;
    bool missing = false; ///< no bytes, or fewer than recorded (else: altered)
    QString actualSha256; ///< the hash of what is stored, when altered
};

/**
 * The saved copies of sources (evidence files) in the database, on SQLite
 * and PostgreSQL alike.
 *
 * Bytes are stored once per content, addressed by their SHA-256, in chunks
 * of chunkSize bytes, so that attaching, reading or verifying a 200 MiB
 * file holds one chunk in memory at a time, and loading records never
 * reads them. A source links a given content at most once; removing a link
 * keeps the bytes until collectUnused(), so that undo can link them again.
 */
class SavedCopies final
{
public:
    /// Bytes per stored chunk.
    static constexpr qint64 chunkSize = 1024 * 1024;

    explicit SavedCopies(Database &db);

    /// Whether @p db's schema has saved copies (a test may open an older one).
    static bool isAvailable(const Database &db);

    /// The id of the source with @p uid; 0 when there is none.
    RowId sourceWithUid(const QString &uid, StorageError *error) const;
    /// The copies of @p sourceId, oldest capture first; no bytes read.
    QList<SavedCopy> forSource(RowId sourceId, StorageError *error) const;
    /// Every copy of every source (backups, copies between databases).
    QList<SavedCopy> all(StorageError *error) const;
    std::optional<SavedCopy> find(RowId copyId, StorageError *error) const;

    struct AttachOptions
    {
        QDateTime captured; ///< invalid: the file's modification time
        qint64 maximumSize = SavedCopy::maximumSize(); ///< larger files are refused (tests lower it)
        ByteProgress progress; ///< over the bytes read (the file is read twice: hash, then store)
    };
    struct Attached
    {
        SavedCopy copy;
        bool newContent = false; ///< the bytes were not stored before
        bool alreadyLinked = false; ///< the source already had this copy: nothing changed
    };
    /**
     * Keeps the file @p path as a copy of source @p sourceId, in one write
     * transaction: hashed first (no lock held), then stored unless the same
     * bytes already are, and linked. Refused with Invalid (nothing changed)
     * for a file larger than the limit, NotFound for an unknown source, and
     * CannotOpen for a file that cannot be read or that changed meanwhile.
     */
    std::optional<Attached> attachFile(
        RowId sourceId, const QString &path, const AttachOptions &options, StorageError *error);

    /**
     * Stores the bytes @p reader gives for @p sha256 unless already stored,
     * checking their size and hash (Invalid when they differ). For imports
     * and copies between databases; joins the caller's transaction.
     */
    bool storeContent(const QString &sha256, qint64 size, const SavedCopyReader &reader, StorageError *error);
    /**
     * Links @p copy to its source (its content must be stored; its size is
     * the stored one). Keeps copy->id when set (undo re-links the same
     * row), else fills it in. Joins the caller's transaction.
     */
    bool link(SavedCopy *copy, StorageError *error);
    /// Removes one copy from its source; the bytes stay until collectUnused().
    bool unlink(RowId copyId, StorageError *error);
    bool setCaptured(RowId copyId, const QDateTime &captured, StorageError *error);

    /// Streams the stored bytes of @p sha256 into @p sink, chunk by chunk.
    bool read(const QString &sha256, const ChunkSink &sink, StorageError *error) const;
    /// read() as a SavedCopyReader, for a backup or a copy; valid while this database is open, in its thread.
    SavedCopyReader reader() const;
    /// Writes the bytes of @p sha256 to @p path through QSaveFile, checked against the hash.
    bool extractTo(const QString &sha256, const QString &path, StorageError *error) const;

    /// Re-hashes every stored copy; the ones that do not match, by source.
    QList<SavedCopyProblem> verify(const ByteProgress &progress, StorageError *error) const;
    /// Total stored bytes (each content once), for the progress of verify().
    qint64 storedBytes(StorageError *error) const;

    /// Deletes the stored contents that no copy links any more; how many.
    qint64 collectUnused(StorageError *error);

private:
    RowId blobId(const QString &sha256, qint64 *size, StorageError *error) const;
    bool writeChunks(RowId blobId, const std::function<bool(const ChunkSink &)> &produce, QString *sha256, qint64 *size,
        StorageError *error);
    QList<SavedCopy> select(const QString &where, const QVariant &value, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
