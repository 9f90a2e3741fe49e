// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedcopies.h"

#include "auditlog.h"
#include "database.h"
#include "postgresmigrations.h"
#include "sqlitemigrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::SavedCopies)
public:
    static QString tooBig(const QString &path, qint64 size, qint64 limit)
    {
        return tr("%1 is %2 MiB; a saved copy can be at most %3 MiB. Nothing was attached.")
            .arg(path)
            .arg(QLocale().toString(double(size) / (1024 * 1024), 'f', 1))
            .arg(limit / (1024 * 1024));
    }
    static QString cannotRead(const QString &path, const QString &reason)
    {
        return tr("Cannot read %1: %2. Nothing was attached.").arg(path, reason);
    }
    static QString notAFile(const QString &path) { return tr("%1 is not a file. Nothing was attached.").arg(path); }
    static QString changed(const QString &path)
    {
        return tr("%1 changed while it was being attached. Nothing was attached; try again.").arg(path);
    }
    static QString unknownSource(RowId id) { return tr("There is no source #%1.").arg(id); }
    static QString notStored(const QString &sha256)
    {
        return tr("The saved copy %1 is no longer stored in this database; attach the file again.").arg(sha256);
    }
    static QString mismatch(const QString &sha256)
    {
        return tr("The bytes given for the saved copy %1 do not match its hash or size.").arg(sha256);
    }
    static QString storedMismatch(const QString &sha256)
    {
        return tr("The stored saved copy %1 is damaged: its bytes no longer match its hash. "
                  "Run frise check, and restore it from a backup.")
            .arg(sha256);
    }
    static QString cannotWrite(const QString &path, const QString &reason)
    {
        return tr("Cannot write %1: %2").arg(path, reason);
    }
    static QString cancelled() { return tr("Cancelled; nothing was attached."); }
};

QString capturedText(const QDateTime &captured)
{
    return captured.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime capturedFrom(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

const QString copyColumns
    = QStringLiteral("c.id, c.source_id, b.sha256, c.file_name, c.media_type, b.size, c.captured FROM saved_copy c "
                     "JOIN copy_blob b ON b.id = c.blob_id");

SavedCopy copyFrom(const QSqlQuery &query)
{
    SavedCopy copy;
    copy.id = query.value(0).toLongLong();
    copy.sourceId = query.value(1).toLongLong();
    copy.sha256 = query.value(2).toString();
    copy.fileName = query.value(3).toString();
    copy.mediaType = query.value(4).toString();
    copy.size = query.value(5).toLongLong();
    copy.captured = capturedFrom(query.value(6).toString());
    return copy;
}

QMap<QString, QString> auditFields(const SavedCopy &copy)
{
    return {{QStringLiteral("source_id"), QString::number(copy.sourceId)}, {QStringLiteral("file_name"), copy.fileName},
        {QStringLiteral("media_type"), copy.mediaType}, {QStringLiteral("size"), QString::number(copy.size)},
        {QStringLiteral("captured"), capturedText(copy.captured)}};
}

/// Reads @p file to its end in chunks, handing each to @p sink; false with @p reason when reading fails.
bool readFile(QFile &file, const ChunkSink &sink, QString *reason)
{
    for (;;) {
        const QByteArray chunk = file.read(SavedCopies::chunkSize);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *reason = file.errorString();
                return false;
            }
            return true;
        }
        if (!sink(chunk))
            return false;
    }
}

} // namespace

SavedCopies::SavedCopies(Database &db)
    : m_db(db)
{ }

bool SavedCopies::isAvailable(const Database &db)
{
    return db.schemaVersion() >= (db.isPostgres() ? postgresSavedCopiesStep : sqliteSavedCopiesStep);
}

QList<SavedCopy> SavedCopies::select(const QString &where, const QVariant &value, StorageError *error) const
{
    QList<SavedCopy> copies;
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT ") + copyColumns + where, error))
        return copies;
    if (value.isValid())
        query.addBindValue(value);
    if (!m_db.exec(query, error))
        return copies;
    while (query.next())
        copies.append(copyFrom(query));
    return copies;
}

RowId SavedCopies::sourceWithUid(const QString &uid, StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT id FROM source WHERE uid = ?"), error))
        return 0;
    query.addBindValue(uid);
    if (!m_db.exec(query, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<SavedCopy> SavedCopies::forSource(RowId sourceId, StorageError *error) const
{
    return select(QStringLiteral(" WHERE c.source_id = ? ORDER BY c.captured, c.file_name, c.id"), sourceId, error);
}

QList<SavedCopy> SavedCopies::all(StorageError *error) const
{
    return select(QStringLiteral(" ORDER BY c.id"), QVariant(), error);
}

std::optional<SavedCopy> SavedCopies::find(RowId copyId, StorageError *error) const
{
    const QList<SavedCopy> copies = select(QStringLiteral(" WHERE c.id = ?"), copyId, error);
    if (copies.isEmpty()) {
        if (!error->isError())
            *error = {StorageError::Code::NotFound, QString()};
        return std::nullopt;
    }
    return copies.first();
}

RowId SavedCopies::blobId(const QString &sha256, qint64 *size, StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT id, size FROM copy_blob WHERE sha256 = ?"), error))
        return -1;
    query.addBindValue(sha256);
    if (!m_db.exec(query, error))
        return -1;
    if (!query.next())
        return 0;
    if (size)
        *size = query.value(1).toLongLong();
    return query.value(0).toLongLong();
}

bool SavedCopies::writeChunks(RowId blobId, const std::function<bool(const ChunkSink &)> &produce, QString *sha256,
    qint64 *size, StorageError *error)
{
    QSqlQuery insert;
    if (!m_db.prepare(insert, QStringLiteral("INSERT INTO copy_chunk (blob_id, seq, data) VALUES (?, ?, ?)"), error))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray pending;
    int seq = 0;
    *size = 0;
    const auto flush = [&](qsizetype bytes) {
        insert.bindValue(0, blobId);
        insert.bindValue(1, seq++);
        insert.bindValue(2, pending.left(bytes));
        pending.remove(0, bytes);
        return m_db.exec(insert, error);
    };
    const bool produced = produce([&](const QByteArray &piece) {
        hash.addData(piece);
        *size += piece.size();
        pending += piece;
        while (pending.size() >= chunkSize) {
            if (!flush(chunkSize))
                return false;
        }
        return true;
    });
    if (!produced || error->isError())
        return false;
    if (!pending.isEmpty() && !flush(pending.size()))
        return false;
    *sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

std::optional<SavedCopies::Attached> SavedCopies::attachFile(
    RowId sourceId, const QString &path, const AttachOptions &options, StorageError *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = {StorageError::Code::CannotOpen, Messages::notAFile(path)};
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {StorageError::Code::CannotOpen, Messages::cannotRead(path, file.errorString())};
        return std::nullopt;
    }
    const qint64 size = file.size();
    if (size > options.maximumSize) {
        *error = {StorageError::Code::Invalid, Messages::tooBig(path, size, options.maximumSize)};
        return std::nullopt;
    }
    QSqlQuery source;
    if (!m_db.prepare(source, QStringLiteral("SELECT uid FROM source WHERE id = ?"), error))
        return std::nullopt;
    source.addBindValue(sourceId);
    if (!m_db.exec(source, error))
        return std::nullopt;
    if (!source.next()) {
        *error = {StorageError::Code::NotFound, Messages::unknownSource(sourceId)};
        return std::nullopt;
    }

    // First pass, outside the transaction: the hash decides whether the bytes are needed at all.
    const qint64 total = 2 * size;
    bool cancelled = false;
    qint64 done = 0;
    const auto step = [&](qint64 bytes) {
        done += bytes;
        if (options.progress && !options.progress(std::min(done, total), total)) {
            cancelled = true;
            return false;
        }
        return true;
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 hashed = 0;
    QString reason;
    const bool read = readFile(
        file,
        [&](const QByteArray &chunk) {
            hash.addData(chunk);
            hashed += chunk.size();
            return hashed <= options.maximumSize && step(chunk.size());
        },
        &reason);
    if (cancelled) {
        *error = {StorageError::Code::Cancelled, Messages::cancelled()};
        return std::nullopt;
    }
    if (hashed > options.maximumSize) {
        *error = {StorageError::Code::Invalid, Messages::tooBig(path, hashed, options.maximumSize)};
        return std::nullopt;
    }
    if (!read) {
        *error = {StorageError::Code::CannotOpen, Messages::cannotRead(path, reason)};
        return std::nullopt;
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());

    Attached attached;
    attached.copy.sourceId = sourceId;
    attached.copy.sha256 = sha256;
    attached.copy.fileName = info.fileName();
    attached.copy.mediaType = QMimeDatabase().mimeTypeForFile(info).name();
    attached.copy.size = hashed;
    attached.copy.captured = options.captured.isValid() ? options.captured.toUTC() : info.lastModified().toUTC();
    const bool ok = m_db.write(
        [&](StorageError *e) {
            RowId blob = blobId(sha256, nullptr, e);
            if (blob < 0)
                return false;
            if (blob == 0) {
                QSqlQuery insert;
                if (!m_db.prepare(insert, QStringLiteral("INSERT INTO copy_blob (sha256, size) VALUES (?, ?)"), e))
                    return false;
                insert.addBindValue(sha256);
                insert.addBindValue(hashed);
                if (!m_db.exec(insert, e))
                    return false;
                blob = blobId(sha256, nullptr, e);
                if (blob <= 0)
                    return false;
                if (!file.seek(0)) {
                    *e = {StorageError::Code::CannotOpen, Messages::cannotRead(path, file.errorString())};
                    return false;
                }
                QString stored;
                qint64 storedSize = 0;
                QString readReason;
                bool readOk = true;
                const bool written = writeChunks(
                    blob,
                    [&](const ChunkSink &sink) {
                        readOk = readFile(
                            file, [&](const QByteArray &chunk) { return step(chunk.size()) && sink(chunk); },
                            &readReason);
                        return readOk;
                    },
                    &stored, &storedSize, e);
                if (cancelled) {
                    *e = {StorageError::Code::Cancelled, Messages::cancelled()};
                    return false;
                }
                if (!readOk && !e->isError()) {
                    *e = {StorageError::Code::CannotOpen, Messages::cannotRead(path, readReason)};
                    return false;
                }
                if (!written)
                    return false;
                if (stored != sha256 || storedSize != hashed) {
                    *e = {StorageError::Code::CannotOpen, Messages::changed(path)};
                    return false;
                }
                attached.newContent = true;
            }
            QSqlQuery existing;
            if (!m_db.prepare(existing,
                    QStringLiteral("SELECT ") + copyColumns
                        + QStringLiteral(" WHERE c.source_id = ? AND c.blob_id = ?"),
                    e))
                return false;
            existing.addBindValue(sourceId);
            existing.addBindValue(blob);
            if (!m_db.exec(existing, e))
                return false;
            if (existing.next()) {
                attached.copy = copyFrom(existing);
                attached.alreadyLinked = true;
                return true;
            }
            return link(&attached.copy, e);
        },
        error);
    if (!ok)
        return std::nullopt;
    return attached;
}

bool SavedCopies::storeContent(const QString &sha256, qint64 size, const SavedCopyReader &reader, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            const RowId existing = blobId(sha256, nullptr, e);
            if (existing != 0)
                return existing > 0;
            QSqlQuery insert;
            if (!m_db.prepare(insert, QStringLiteral("INSERT INTO copy_blob (sha256, size) VALUES (?, ?)"), e))
                return false;
            insert.addBindValue(sha256);
            insert.addBindValue(size);
            if (!m_db.exec(insert, e))
                return false;
            const RowId blob = blobId(sha256, nullptr, e);
            if (blob <= 0)
                return false;
            QString readError;
            QString stored;
            qint64 storedSize = 0;
            const bool written = writeChunks(
                blob,
                [&](const ChunkSink &sink) {
                    // A reader that goes on past the size it announced is stopped there.
                    qint64 given = 0;
                    return reader(
                        sha256, [&](const QByteArray &chunk) { return (given += chunk.size()) <= size && sink(chunk); },
                        &readError);
                },
                &stored, &storedSize, e);
            if (e->isError())
                return false;
            if (!written && !readError.isEmpty()) {
                *e = {StorageError::Code::Invalid, readError};
                return false;
            }
            if (!written || stored != sha256 || storedSize != size) {
                *e = {StorageError::Code::Invalid, Messages::mismatch(sha256)};
                return false;
            }
            return true;
        },
        error);
}

bool SavedCopies::link(SavedCopy *copy, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            qint64 size = 0;
            const RowId blob = blobId(copy->sha256, &size, e);
            if (blob < 0)
                return false;
            if (blob == 0) {
                *e = {StorageError::Code::NotFound, Messages::notStored(copy->sha256)};
                return false;
            }
            copy->size = size;
            QSqlQuery insert;
            const QString columns = QStringLiteral("source_id, blob_id, file_name, media_type, captured");
            if (!m_db.prepare(insert,
                    copy->id ? QStringLiteral("INSERT INTO saved_copy (id, %1) VALUES (?, ?, ?, ?, ?, ?)").arg(columns)
                             : QStringLiteral("INSERT INTO saved_copy (%1) VALUES (?, ?, ?, ?, ?)").arg(columns),
                    e))
                return false;
            if (copy->id)
                insert.addBindValue(copy->id);
            insert.addBindValue(copy->sourceId);
            insert.addBindValue(blob);
            insert.addBindValue(copy->fileName);
            insert.addBindValue(copy->mediaType);
            insert.addBindValue(capturedText(copy->captured));
            if (!m_db.exec(insert, e))
                return false;
            if (!copy->id) {
                QSqlQuery id;
                if (!m_db.prepare(
                        id, QStringLiteral("SELECT id FROM saved_copy WHERE source_id = ? AND blob_id = ?"), e))
                    return false;
                id.addBindValue(copy->sourceId);
                id.addBindValue(blob);
                if (!m_db.exec(id, e) || !id.next())
                    return false;
                copy->id = id.value(0).toLongLong();
            }
            return AuditLog(m_db).recordInsert(
                       QStringLiteral("saved_copy"), copy->id, copy->sha256, auditFields(*copy), e)
                && m_db.notifyChange(QStringLiteral("source"), copy->sourceId, e);
        },
        error);
}

bool SavedCopies::unlink(RowId copyId, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            const std::optional<SavedCopy> copy = find(copyId, e);
            if (!copy)
                return false;
            QSqlQuery remove;
            if (!m_db.prepare(remove, QStringLiteral("DELETE FROM saved_copy WHERE id = ?"), e))
                return false;
            remove.addBindValue(copyId);
            return m_db.exec(remove, e)
                && AuditLog(m_db).recordDelete(
                    QStringLiteral("saved_copy"), copyId, copy->sha256, auditFields(*copy), e)
                && m_db.notifyChange(QStringLiteral("source"), copy->sourceId, e);
        },
        error);
}

bool SavedCopies::setCaptured(RowId copyId, const QDateTime &captured, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            const std::optional<SavedCopy> copy = find(copyId, e);
            if (!copy)
                return false;
            QSqlQuery update;
            if (!m_db.prepare(update, QStringLiteral("UPDATE saved_copy SET captured = ? WHERE id = ?"), e))
                return false;
            update.addBindValue(capturedText(captured));
            update.addBindValue(copyId);
            SavedCopy after = *copy;
            after.captured = captured.toUTC();
            return m_db.exec(update, e)
                && AuditLog(m_db).recordUpdate(
                    QStringLiteral("saved_copy"), copyId, copy->sha256, auditFields(*copy), auditFields(after), e)
                && m_db.notifyChange(QStringLiteral("source"), copy->sourceId, e);
        },
        error);
}

bool SavedCopies::read(const QString &sha256, const ChunkSink &sink, StorageError *error) const
{
    const RowId blob = blobId(sha256, nullptr, error);
    if (blob < 0)
        return false;
    if (blob == 0) {
        *error = {StorageError::Code::NotFound, Messages::notStored(sha256)};
        return false;
    }
    // One chunk per query: PostgreSQL's driver would otherwise fetch the whole result into memory.
    QSqlQuery chunk;
    if (!m_db.prepare(chunk, QStringLiteral("SELECT data FROM copy_chunk WHERE blob_id = ? AND seq = ?"), error))
        return false;
    for (int seq = 0;; ++seq) {
        chunk.bindValue(0, blob);
        chunk.bindValue(1, seq);
        if (!m_db.exec(chunk, error))
            return false;
        if (!chunk.next())
            return true;
        const QByteArray data = chunk.value(0).toByteArray();
        chunk.finish();
        if (!sink(data))
            return false;
    }
}

SavedCopyReader SavedCopies::reader() const
{
    Database *db = &m_db;
    return [db](const QString &sha256, const ChunkSink &sink, QString *message) {
        StorageError error;
        const bool ok = SavedCopies(*db).read(sha256, sink, &error);
        if (error.isError())
            *message = error.message;
        return ok;
    };
}

bool SavedCopies::extractTo(const QString &sha256, const QString &path, StorageError *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = {StorageError::Code::ReadOnly, Messages::cannotWrite(path, file.errorString())};
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool written = true;
    if (!read(
            sha256,
            [&](const QByteArray &chunk) {
                hash.addData(chunk);
                written = file.write(chunk) == chunk.size();
                return written;
            },
            error))
        return false;
    if (!written) {
        *error = {StorageError::Code::DiskFull, Messages::cannotWrite(path, file.errorString())};
        return false;
    }
    // Evidence leaves the database only as it came in.
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        *error = {StorageError::Code::Corrupt, Messages::storedMismatch(sha256)};
        return false;
    }
    if (!file.commit()) {
        *error = {StorageError::Code::DiskFull, Messages::cannotWrite(path, file.errorString())};
        return false;
    }
    return true;
}

qint64 SavedCopies::storedBytes(StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT coalesce(sum(size), 0) FROM copy_blob"), error)
        || !m_db.exec(query, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<SavedCopyProblem> SavedCopies::verify(const ByteProgress &progress, StorageError *error) const
{
    QList<SavedCopyProblem> problems;
    QSqlQuery blobs;
    if (!m_db.prepare(blobs,
            QStringLiteral("SELECT sha256, size FROM copy_blob b WHERE EXISTS "
                           "(SELECT 1 FROM saved_copy c WHERE c.blob_id = b.id) ORDER BY b.id"),
            error)
        || !m_db.exec(blobs, error))
        return problems;
    QList<std::pair<QString, qint64>> contents;
    qint64 total = 0;
    while (blobs.next()) {
        contents.append({blobs.value(0).toString(), blobs.value(1).toLongLong()});
        total += contents.last().second;
    }
    blobs.finish();
    qint64 done = 0;
    for (const auto &[sha256, size] : std::as_const(contents)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 stored = 0;
        bool cancelled = false;
        if (!read(
                sha256,
                [&](const QByteArray &chunk) {
                    hash.addData(chunk);
                    stored += chunk.size();
                    done += chunk.size();
                    cancelled = progress && !progress(done, total);
                    return !cancelled;
                },
                error)) {
            if (cancelled)
                *error = {StorageError::Code::Cancelled, QString()};
            return problems;
        }
        const QString actual = QString::fromLatin1(hash.result().toHex());
        if (stored == size && actual == sha256)
            continue;
        QSqlQuery owners;
        if (!m_db.prepare(owners,
                QStringLiteral("SELECT ") + copyColumns
                    + QStringLiteral(", source s WHERE s.id = c.source_id AND b.sha256 = ? ORDER BY s.uid"),
                error))
            return problems;
        owners.addBindValue(sha256);
        if (!m_db.exec(owners, error))
            return problems;
        const QList<SavedCopy> copies = [&] {
            QList<SavedCopy> list;
            while (owners.next())
                list.append(copyFrom(owners));
            return list;
        }();
        for (const SavedCopy &copy : copies) {
            QSqlQuery source;
            if (!m_db.prepare(source, QStringLiteral("SELECT uid, title FROM source WHERE id = ?"), error))
                return problems;
            source.addBindValue(copy.sourceId);
            if (!m_db.exec(source, error) || !source.next())
                return problems;
            SavedCopyProblem problem;
            problem.copy = copy;
            problem.sourceUid = source.value(0).toString();
            problem.sourceTitle = source.value(1).toString();
            problem.missing = stored < size;
            if (!problem.missing)
                problem.actualSha256 = actual;
            problems.append(problem);
        }
    }
    return problems;
}

qint64 SavedCopies::collectUnused(StorageError *error)
{
    qint64 removed = 0;
    m_db.write(
        [&](StorageError *e) {
            QSqlQuery remove;
            if (!m_db.prepare(remove,
                    QStringLiteral("DELETE FROM copy_blob WHERE NOT EXISTS "
                                   "(SELECT 1 FROM saved_copy c WHERE c.blob_id = copy_blob.id)"),
                    e)
                || !m_db.exec(remove, e))
                return false;
            removed = remove.numRowsAffected();
            return true;
        },
        error);
    return removed;
}

} // namespace Frise::Storage
