// SPDX-License-Identifier: GPL-3.0-or-later
// Saved copies of sources: attach, de-duplication, the size limit, cancel,
// bytes read back as written, a flipped byte found by verify() and check,
// unlink and collection, and a dataset's copies carried into another
// database. Runs on SQLite and, as tst_savedcopies_pg, on PostgreSQL.
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/savedcopies.h"
#include "storagetesthelpers.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestSavedCopies : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> open(const QString &name)
    {
        QString message;
        auto db = openDatabase(m_dir.filePath(name), &message);
        if (!db)
            qWarning("open %s: %s", qPrintable(name), qPrintable(message));
        return db;
    }

    RowId addSource(Database &db, const QString &title)
    {
        Source source;
        source.title = title;
        source.url = QStringLiteral("https://example.org/") + title;
        StorageError error;
        if (!SourceRepository(db).insert(source, &error))
            qWarning("insert source: %s", qPrintable(error.message));
        return source.id;
    }

    /// A file of @p size pseudo-random bytes (seeded: the same each run).
    QString makeFile(const QString &name, qint64 size, quint32 seed = 1, const QByteArray &head = {})
    {
        QByteArray bytes = head;
        QRandomGenerator random(seed);
        while (bytes.size() < size)
            bytes.append(char(random.bounded(256)));
        bytes.truncate(size);
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    static QString sha256Of(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    static QByteArray stored(Database &db, const QString &sha256)
    {
        QByteArray bytes;
        StorageError error;
        if (!SavedCopies(db).read(
                sha256,
                [&](const QByteArray &chunk) {
                    bytes += chunk;
                    return true;
                },
                &error))
            qWarning("read: %s", qPrintable(error.message));
        return bytes;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (testingPostgres() && postgresSkipReason())
            QSKIP(postgresSkipReason());
        QVERIFY(m_dir.isValid());
    }

    void attachKeepsBytesAndDetails_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("empty") << qint64(0) << QStringLiteral("empty.txt") << QByteArray()
                               << QStringLiteral("text/plain");
        QTest::newRow("small pdf") << qint64(5000) << QStringLiteral("ruling.pdf") << QByteArray("%PDF-1.7\n")
                                   << QStringLiteral("application/pdf");
        // Several chunks and a partial last one.
        QTest::newRow("2.5 MiB png") << qint64(SavedCopies::chunkSize * 5 / 2) << QStringLiteral("capture.png")
                                     << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("image/png");
        QTest::newRow("exactly two chunks") << qint64(SavedCopies::chunkSize * 2) << QStringLiteral("page.html")
                                            << QByteArray("<!DOCTYPE html><html>") << QStringLiteral("text/html");
    }

    void attachKeepsBytesAndDetails()
    {
        QFETCH(qint64, size);
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, mediaType);
        auto db = open(QStringLiteral("attach-%1.frise").arg(QTest::currentDataTag()));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("article"));
        const QString path = makeFile(name, size, 7, head);
        const QDateTime modified = QDateTime(QDate(2024, 3, 1), QTime(12, 30), QTimeZone::UTC);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        const QByteArray bytes = fileBytes(path);
        StorageError error;
        QList<qint64> progress;
        SavedCopies::AttachOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            progress << done;
            return done <= total;
        };
        const auto attached = SavedCopies(*db).attachFile(source, path, options, &error);
        QVERIFY2(attached, qPrintable(error.message));
        QVERIFY(attached->newContent);
        QVERIFY(!attached->alreadyLinked);
        QCOMPARE(attached->copy.sha256, sha256Of(bytes));
        QCOMPARE(attached->copy.size, size);
        QCOMPARE(attached->copy.fileName, name);
        QCOMPARE(attached->copy.mediaType, mediaType);
        QCOMPARE(attached->copy.captured, modified);
        if (size > 0)
            QCOMPARE(progress.last(), 2 * size);

        const QList<SavedCopy> copies = SavedCopies(*db).forSource(source, &error);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first(), attached->copy);
        QCOMPARE(stored(*db, attached->copy.sha256), bytes);
        QCOMPARE(
            rowCount(*db, QStringLiteral("copy_chunk")), (size + SavedCopies::chunkSize - 1) / SavedCopies::chunkSize);
        QVERIFY(SavedCopies(*db).verify({}, &error).isEmpty());
        QVERIFY(!error.isError());
    }

    void sameBytesStoredOnce()
    {
        auto db = open(QStringLiteral("dedupe.frise"));
        QVERIFY(db);
        const RowId first = addSource(*db, QStringLiteral("first"));
        const RowId second = addSource(*db, QStringLiteral("second"));
        const QString a = makeFile(QStringLiteral("a.pdf"), 300000, 3);
        QVERIFY(QFile::copy(a, m_dir.filePath(QStringLiteral("renamed.pdf"))));
        StorageError error;
        SavedCopies copies(*db);
        const auto one = copies.attachFile(first, a, {}, &error);
        QVERIFY2(one, qPrintable(error.message));
        // The same file again, under another name: one copy, nothing new.
        const auto again = copies.attachFile(first, m_dir.filePath(QStringLiteral("renamed.pdf")), {}, &error);
        QVERIFY2(again, qPrintable(error.message));
        QVERIFY(again->alreadyLinked);
        QVERIFY(!again->newContent);
        QCOMPARE(again->copy.id, one->copy.id);
        QCOMPARE(again->copy.fileName, QStringLiteral("a.pdf"));
        // Another source: its own copy, the same stored bytes.
        const auto other = copies.attachFile(second, a, {}, &error);
        QVERIFY2(other, qPrintable(error.message));
        QVERIFY(!other->alreadyLinked);
        QVERIFY(!other->newContent);
        QCOMPARE(rowCount(*db, QStringLiteral("saved_copy")), 2);
        QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 1);
        QCOMPARE(rowCount(*db, QStringLiteral("copy_chunk")), 1);
    }

    void sizeLimitRefused()
    {
        auto db = open(QStringLiteral("limit.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("big"));
        StorageError error;
        // A lowered limit: one byte over is refused, the limit itself accepted.
        SavedCopies::AttachOptions options;
        options.maximumSize = 1000;
        QVERIFY(!SavedCopies(*db).attachFile(source, makeFile(QStringLiteral("over.bin"), 1001), options, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("over.bin")), qPrintable(error.message));
        QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 0);
        error = {};
        QVERIFY2(SavedCopies(*db).attachFile(source, makeFile(QStringLiteral("at.bin"), 1000), options, &error),
            qPrintable(error.message));

        // The real limit, on a sparse file one byte over 200 MiB: refused before a byte is read.
        const QString huge = m_dir.filePath(QStringLiteral("huge.warc"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(SavedCopy::maximumSize() + 1));
        }
        error = {};
        QVERIFY(!SavedCopies(*db).attachFile(source, huge, {}, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("200 MiB")), qPrintable(error.message));
        QFile::remove(huge);
        QCOMPARE(rowCount(*db, QStringLiteral("saved_copy")), 1);
    }

    void badInputRefused()
    {
        auto db = open(QStringLiteral("bad.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("s"));
        StorageError error;
        QVERIFY(!SavedCopies(*db).attachFile(source, m_dir.filePath(QStringLiteral("missing.pdf")), {}, &error));
        QCOMPARE(error.code, StorageError::Code::CannotOpen);
        QVERIFY(error.message.contains(QStringLiteral("missing.pdf")));
        error = {};
        QVERIFY(!SavedCopies(*db).attachFile(source, m_dir.path(), {}, &error));
        QCOMPARE(error.code, StorageError::Code::CannotOpen);
        error = {};
        QVERIFY(!SavedCopies(*db).attachFile(source + 1000, makeFile(QStringLiteral("x.pdf"), 10), {}, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 0);
    }

    void cancelStoresNothing()
    {
        auto db = open(QStringLiteral("cancel.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("s"));
        const QString path = makeFile(QStringLiteral("long.warc"), SavedCopies::chunkSize * 4, 5);
        for (qint64 stopAt : {SavedCopies::chunkSize, SavedCopies::chunkSize * 6}) { // while hashing, while storing
            SavedCopies::AttachOptions options;
            options.progress = [stopAt](qint64 done, qint64) { return done < stopAt; };
            StorageError error;
            QVERIFY(!SavedCopies(*db).attachFile(source, path, options, &error));
            QCOMPARE(error.code, StorageError::Code::Cancelled);
            QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 0);
            QCOMPARE(rowCount(*db, QStringLiteral("copy_chunk")), 0);
            QCOMPARE(rowCount(*db, QStringLiteral("saved_copy")), 0);
        }
    }

    void flippedByteFound()
    {
        auto db = open(QStringLiteral("flip.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("Leaked memo"));
        StorageError error;
        const QString uid = SourceRepository(*db).find(source, &error)->uid;
        const auto attached = SavedCopies(*db).attachFile(
            source, makeFile(QStringLiteral("memo.pdf"), SavedCopies::chunkSize + 10, 9), {}, &error);
        QVERIFY2(attached, qPrintable(error.message));
        QVERIFY(Maintenance(*db).check(&error).isOk());

        // One byte of the second chunk flipped behind Frise's back.
        QByteArray chunk = scalar(*db, QStringLiteral("SELECT data FROM copy_chunk WHERE seq = 1")).toByteArray();
        QCOMPARE(chunk.size(), 10);
        chunk[3] = char(chunk[3] ^ 0x01);
        QSqlQuery update(db->connection());
        QVERIFY(update.prepare(QStringLiteral("UPDATE copy_chunk SET data = ? WHERE seq = 1")));
        update.addBindValue(chunk);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));

        const QList<SavedCopyProblem> problems = SavedCopies(*db).verify({}, &error);
        QVERIFY(!error.isError());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().sourceUid, uid);
        QCOMPARE(problems.first().sourceTitle, QStringLiteral("Leaked memo"));
        QVERIFY(!problems.first().missing);
        QVERIFY(problems.first().actualSha256 != attached->copy.sha256);
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY(!report.isOk());
        QVERIFY2(report.problems.join(u'\n').contains(uid), qPrintable(report.problems.join(u'\n')));
        // Evidence never leaves altered.
        error = {};
        QVERIFY(!SavedCopies(*db).extractTo(attached->copy.sha256, m_dir.filePath(QStringLiteral("out.pdf")), &error));
        QCOMPARE(error.code, StorageError::Code::Corrupt);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.pdf"))));

        // A chunk gone: missing.
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DELETE FROM copy_chunk WHERE seq = 1")));
        const QList<SavedCopyProblem> gone = SavedCopies(*db).verify({}, &error);
        QCOMPARE(gone.size(), 1);
        QVERIFY(gone.first().missing);
    }

    void unlinkKeepsBytesUntilCollected()
    {
        auto db = open(QStringLiteral("unlink.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("s"));
        StorageError error;
        SavedCopies copies(*db);
        const auto attached = copies.attachFile(source, makeFile(QStringLiteral("u.png"), 4000, 11), {}, &error);
        QVERIFY2(attached, qPrintable(error.message));
        QVERIFY(copies.unlink(attached->copy.id, &error));
        QVERIFY(copies.forSource(source, &error).isEmpty());
        QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 1);
        // What undo does: the same row again.
        SavedCopy again = attached->copy;
        QVERIFY2(copies.link(&again, &error), qPrintable(error.message));
        QCOMPARE(copies.forSource(source, &error), QList<SavedCopy> {attached->copy});
        QCOMPARE(copies.collectUnused(&error), 0);
        QVERIFY(copies.unlink(attached->copy.id, &error));
        QCOMPARE(copies.collectUnused(&error), 1);
        QCOMPARE(rowCount(*db, QStringLiteral("copy_blob")), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("copy_chunk")), 0);
        SavedCopy late = attached->copy;
        QVERIFY(!copies.link(&late, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void capturedEditable()
    {
        auto db = open(QStringLiteral("captured.frise"));
        QVERIFY(db);
        const RowId source = addSource(*db, QStringLiteral("s"));
        StorageError error;
        SavedCopies::AttachOptions options;
        options.captured = QDateTime(QDate(2023, 4, 25), QTime(9, 15, 30, 250), QTimeZone::UTC);
        const auto attached
            = SavedCopies(*db).attachFile(source, makeFile(QStringLiteral("c.html"), 50), options, &error);
        QVERIFY2(attached, qPrintable(error.message));
        QCOMPARE(attached->copy.captured, options.captured);
        const QDateTime later(QDate(2023, 4, 26), QTime(0, 0), QTimeZone::UTC);
        QVERIFY(SavedCopies(*db).setCaptured(attached->copy.id, later, &error));
        QCOMPARE(SavedCopies(*db).find(attached->copy.id, &error)->captured, later);
    }

    void datasetCarriesCopies()
    {
        auto from = open(QStringLiteral("from.frise"));
        QVERIFY(from);
        const RowId a = addSource(*from, QStringLiteral("a"));
        const RowId b = addSource(*from, QStringLiteral("b"));
        StorageError error;
        const QString big = makeFile(QStringLiteral("big.warc"), SavedCopies::chunkSize * 3 + 17, 21);
        const QString small = makeFile(QStringLiteral("small.jpg"), 999, 22);
        for (const auto &[source, path] : {std::pair {a, big}, {a, small}, {b, big}})
            QVERIFY2(SavedCopies(*from).attachFile(source, path, {}, &error), qPrintable(error.message));
        Dataset dataset;
        QVERIFY(DatasetStore(*from).exportAll(&dataset, &error));
        QCOMPARE(dataset.savedCopies.size(), 3);

        auto to = open(QStringLiteral("to.frise"));
        QVERIFY(to);
        // Without the bytes: refused, nothing written.
        QVERIFY(!DatasetStore(*to).import(dataset, {}, {}, nullptr, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(rowCount(*to, QStringLiteral("source")), 0);
        error = {};
        DatasetStore::ImportOptions options;
        options.savedCopies = SavedCopies(*from).reader();
        QVERIFY2(DatasetStore(*to).import(dataset, options, {}, nullptr, &error), qPrintable(error.message));
        QCOMPARE(rowCount(*to, QStringLiteral("saved_copy")), 3);
        QCOMPARE(rowCount(*to, QStringLiteral("copy_blob")), 2);
        Dataset back;
        QVERIFY(DatasetStore(*to).exportAll(&back, &error));
        for (const SavedCopy &copy : back.savedCopies)
            QCOMPARE(stored(*to, copy.sha256), stored(*from, copy.sha256));
        QCOMPARE(stored(*to, back.savedCopies.first().sha256), fileBytes(big));

        // Bytes that do not match the hash: refused.
        auto bad = open(QStringLiteral("bad-import.frise"));
        QVERIFY(bad);
        options.savedCopies = [](const QString &, const ChunkSink &sink, QString *) { return sink("not it"); };
        QVERIFY(!DatasetStore(*bad).import(dataset, options, {}, nullptr, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(rowCount(*bad, QStringLiteral("copy_blob")), 0);
        QCOMPARE(rowCount(*bad, QStringLiteral("source")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedCopies)
#include "tst_savedcopies.moc"
