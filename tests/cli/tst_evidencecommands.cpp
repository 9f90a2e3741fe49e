// SPDX-License-Identifier: GPL-3.0-or-later
// frise attach, frise evidence, frise check on saved copies, and the copies
// through a JSON backup and `frise copy`, run as a script runs them. The
// `_pg` variant also copies SQLite -> PostgreSQL -> SQLite.
#include "../storage/storagetesthelpers.h"
#include "friseprocess.h"

#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/savedcopies.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::StorageTest;

class TestEvidenceCommands : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeFile(const QString &name, qint64 size, quint32 seed)
    {
        QByteArray bytes;
        QRandomGenerator random(seed);
        while (bytes.size() < size)
            bytes.append(char(random.bounded(256)));
        writeFile(path(name), bytes);
        return path(name);
    }

    static QString sha256Of(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    /// A new SQLite database with two sources; their uids.
    QStringList makeDatabase(const QString &name)
    {
        Storage::StorageError error;
        auto db = Storage::Database::open(path(name), {true}, &error);
        if (!db)
            return {};
        QStringList uids;
        for (const char *title : {"Court filing", "Leaked memo"}) {
            Source source;
            source.title = QString::fromLatin1(title);
            source.url = QStringLiteral("https://example.org/") + source.title;
            if (!Storage::SourceRepository(*db).insert(source, &error))
                return {};
            uids << source.uid;
        }
        return uids;
    }

    /// The copies written by `frise evidence`, by sha256: their bytes.
    QHash<QString, QByteArray> evidence(const QString &db, const QString &uid, const QString &folder)
    {
        const FriseCli::Result result
            = FriseCli::run({QStringLiteral("evidence"), db, uid, QStringLiteral("-o"), folder});
        if (result.exitCode != 0) {
            qWarning("evidence: %s", qPrintable(result.err));
            return {};
        }
        const QJsonObject manifest
            = QJsonDocument::fromJson(fileBytes(QDir(folder).filePath(QStringLiteral("manifest.json")))).object();
        QHash<QString, QByteArray> bytes;
        for (const QJsonValue &entry : manifest.value(QStringLiteral("copies")).toArray())
            bytes.insert(entry[QStringLiteral("sha256")].toString(),
                fileBytes(QDir(folder).filePath(entry[QStringLiteral("file")].toString())));
        return bytes;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void attachPrintsTheHash()
    {
        const QStringList uids = makeDatabase(QStringLiteral("attach.frise"));
        QCOMPARE(uids.size(), 2);
        const QString file = makeFile(QStringLiteral("filing.pdf"), 70000, 1);
        FriseCli::Result result
            = FriseCli::run({QStringLiteral("attach"), path(QStringLiteral("attach.frise")), uids[0], file});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), sha256Of(fileBytes(file)));
        // Again: the same copy, exit 0, nothing new.
        result = FriseCli::run({QStringLiteral("attach"), path(QStringLiteral("attach.frise")), uids[0], file});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), sha256Of(fileBytes(file)));
        QVERIFY2(result.err.contains(QStringLiteral("already")), qPrintable(result.err));
    }

    void attachRefusals_data()
    {
        QTest::addColumn<QString>("uid"); // "" = a real one
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown source") << QStringLiteral("source-nope") << QStringLiteral("ok.pdf") << 1
                                        << QStringLiteral("source-nope");
        QTest::newRow("missing file") << QString() << QStringLiteral("missing.pdf") << 1
                                      << QStringLiteral("missing.pdf");
        QTest::newRow("too big") << QString() << QStringLiteral("huge.warc") << 1 << QStringLiteral("200 MiB");
        QTest::newRow("a folder") << QString() << QStringLiteral("folder") << 1 << QStringLiteral("folder");
    }

    void attachRefusals()
    {
        QFETCH(QString, uid);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = path(QStringLiteral("refusals-%1.frise").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        const QStringList uids = makeDatabase(QFileInfo(db).fileName());
        QCOMPARE(uids.size(), 2);
        makeFile(QStringLiteral("ok.pdf"), 100, 2);
        QDir(m_dir.path()).mkpath(QStringLiteral("folder"));
        if (file == QLatin1String("huge.warc")) {
            QFile huge(path(file));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(SavedCopy::maximumSize() + 1)); // sparse: no disk used
        }
        const FriseCli::Result result
            = FriseCli::run({QStringLiteral("attach"), db, uid.isEmpty() ? uids[0] : uid, path(file)});
        QFile::remove(path(QStringLiteral("huge.warc")));
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        // Nothing stored.
        Storage::StorageError error;
        auto opened = Storage::Database::open(db, {}, &error);
        QVERIFY(opened);
        QCOMPARE(rowCount(*opened, QStringLiteral("copy_blob")), 0);
    }

    void checkNamesTheAlteredSource()
    {
        const QString db = path(QStringLiteral("check.frise"));
        const QStringList uids = makeDatabase(QStringLiteral("check.frise"));
        QCOMPARE(uids.size(), 2);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[1], makeFile(QStringLiteral("memo.pdf"), 5000, 3)})
                     .exitCode,
            0);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[0], makeFile(QStringLiteral("other.pdf"), 5000, 4)})
                     .exitCode,
            0);
        FriseCli::Result result = FriseCli::run({QStringLiteral("check"), db});
        QCOMPARE(result.exitCode, 0);
        {
            // A byte flipped by a raw SQL update, as damage or tampering would.
            Storage::StorageError error;
            auto opened = Storage::Database::open(db, {}, &error);
            QVERIFY(opened);
            const QVariant blob = scalar(*opened,
                QStringLiteral(
                    "SELECT c.blob_id FROM saved_copy c JOIN source s ON s.id = c.source_id WHERE s.uid = ?"),
                {uids[1]});
            QByteArray data = scalar(*opened, QStringLiteral("SELECT data FROM copy_chunk WHERE blob_id = ?"), {blob})
                                  .toByteArray();
            QCOMPARE(data.size(), 5000);
            data[100] = char(data[100] ^ 0x40);
            QSqlQuery update(opened->connection());
            QVERIFY(update.prepare(QStringLiteral("UPDATE copy_chunk SET data = ? WHERE blob_id = ?")));
            update.addBindValue(data);
            update.addBindValue(blob);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        }
        result = FriseCli::run({QStringLiteral("check"), db});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(uids[1]), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Leaked memo")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("memo.pdf")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(uids[0]), qPrintable(result.err));
    }

    void evidenceWritesCopiesAndManifest()
    {
        const QString db = path(QStringLiteral("evidence.frise"));
        const QStringList uids = makeDatabase(QStringLiteral("evidence.frise"));
        QCOMPARE(uids.size(), 2);
        // Two different files with one name, and a name that tries to leave the folder.
        QDir(m_dir.path()).mkpath(QStringLiteral("a"));
        QDir(m_dir.path()).mkpath(QStringLiteral("b"));
        const QString first = makeFile(QStringLiteral("a/page.html"), 3000, 5);
        const QString second = makeFile(QStringLiteral("b/page.html"), 4000, 6);
        for (const QString &file : {first, second})
            QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[0], file}).exitCode, 0);
        {
            RawConnection raw(db);
            QVERIFY(raw.exec(
                QStringLiteral("UPDATE saved_copy SET file_name = '../../escape.html' WHERE file_name = 'page.html' "
                               "AND id = (SELECT max(id) FROM saved_copy)")));
        }
        const QString out = path(QStringLiteral("out"));
        const FriseCli::Result result
            = FriseCli::run({QStringLiteral("evidence"), db, uids[0], QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("escape.html"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("../escape.html"))));
        const QJsonObject manifest
            = QJsonDocument::fromJson(fileBytes(QDir(out).filePath(QStringLiteral("manifest.json")))).object();
        QCOMPARE(manifest[QStringLiteral("source")][QStringLiteral("uid")].toString(), uids[0]);
        QCOMPARE(manifest[QStringLiteral("source")][QStringLiteral("url")].toString(),
            QStringLiteral("https://example.org/Court filing"));
        const QJsonArray copies = manifest[QStringLiteral("copies")].toArray();
        QCOMPARE(copies.size(), 2);
        QStringList files;
        for (const QJsonValue &entry : copies) {
            const QString file = entry[QStringLiteral("file")].toString();
            files << file;
            const QByteArray bytes = fileBytes(QDir(out).filePath(file));
            QCOMPARE(entry[QStringLiteral("sha256")].toString(), sha256Of(bytes));
            QCOMPARE(entry[QStringLiteral("size")].toInteger(), qint64(bytes.size()));
            QCOMPARE(entry[QStringLiteral("mediaType")].toString(), QStringLiteral("text/html"));
            QVERIFY(QDateTime::fromString(entry[QStringLiteral("captured")].toString(), Qt::ISODateWithMs).isValid());
            QCOMPARE(entry[QStringLiteral("sourceUid")].toString(), uids[0]);
        }
        files.sort();
        QCOMPARE(files, (QStringList {QStringLiteral("escape.html"), QStringLiteral("page.html")}));
        QCOMPARE(evidence(db, uids[0], out).size(), 2); // again: de-clashed beside the first run
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("page (2).html"))));

        QCOMPARE(FriseCli::run({QStringLiteral("evidence"), db, QStringLiteral("no-such"), QStringLiteral("-o"), out})
                     .exitCode,
            1);
        QCOMPARE(FriseCli::run({QStringLiteral("evidence"), db, uids[0]}).exitCode, 1);
    }

    void backupCarriesCopies()
    {
        const QString db = path(QStringLiteral("backup.frise"));
        const QStringList uids = makeDatabase(QStringLiteral("backup.frise"));
        QCOMPARE(uids.size(), 2);
        const QString big = makeFile(QStringLiteral("capture.wacz"), 3 * 1024 * 1024 + 5, 7);
        const QString small = makeFile(QStringLiteral("shot.png"), 2000, 8);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[0], big}).exitCode, 0);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[1], big}).exitCode, 0);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[1], small}).exitCode, 0);
        const QString json = path(QStringLiteral("save/news.json"));
        QDir(m_dir.path()).mkpath(QStringLiteral("save"));
        FriseCli::Result result = FriseCli::run({QStringLiteral("export"), db, QStringLiteral("-o"), json});
        QCOMPARE(result.exitCode, 0);
        const QString folder = path(QStringLiteral("save/news.copies"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QCOMPARE(fileBytes(QDir(folder).filePath(sha256Of(fileBytes(big)))), fileBytes(big));
        const QJsonObject root = QJsonDocument::fromJson(fileBytes(json)).object();
        QCOMPARE(root[QStringLiteral("formatVersion")].toInt(), 5);
        QCOMPARE(root[QStringLiteral("savedCopies")].toArray().size(), 3);

        // Restore into a new database: the same bytes.
        QCOMPARE(FriseCli::run({QStringLiteral("new"), path(QStringLiteral("restored.frise"))}).exitCode, 0);
        result = FriseCli::run({QStringLiteral("import"), path(QStringLiteral("restored.frise")), json});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(evidence(path(QStringLiteral("restored.frise")), uids[1], path(QStringLiteral("restored-out"))),
            evidence(db, uids[1], path(QStringLiteral("original-out"))));
        QCOMPARE(FriseCli::run({QStringLiteral("check"), path(QStringLiteral("restored.frise"))}).exitCode, 0);

        // Without its copies folder: refused, naming the missing hash, nothing imported.
        QVERIFY(QFile::remove(QDir(folder).filePath(sha256Of(fileBytes(small)))));
        QCOMPARE(FriseCli::run({QStringLiteral("new"), path(QStringLiteral("partial.frise"))}).exitCode, 0);
        result = FriseCli::run({QStringLiteral("import"), path(QStringLiteral("partial.frise")), json});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(sha256Of(fileBytes(small))), qPrintable(result.err));
        Storage::StorageError error;
        auto partial = Storage::Database::open(path(QStringLiteral("partial.frise")), {}, &error);
        QVERIFY(partial);
        QCOMPARE(rowCount(*partial, QStringLiteral("source")), 0);
    }

    void copyCarriesCopies()
    {
        const QString db = path(QStringLiteral("copy-from.frise"));
        const QStringList uids = makeDatabase(QStringLiteral("copy-from.frise"));
        QCOMPARE(uids.size(), 2);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[0],
                                   makeFile(QStringLiteral("c1.pdf"), 2 * 1024 * 1024 + 3, 9)})
                     .exitCode,
            0);
        QCOMPARE(FriseCli::run({QStringLiteral("attach"), db, uids[1], makeFile(QStringLiteral("c2.png"), 1234, 10)})
                     .exitCode,
            0);
        QString middle = path(QStringLiteral("copy-middle.frise"));
        if (testingPostgres()) {
            if (postgresSkipReason())
                QSKIP(postgresSkipReason());
            QString message;
            middle = createPostgresDatabase(&message);
            QVERIFY2(!middle.isEmpty(), qPrintable(message));
        }
        const QString back = path(QStringLiteral("copy-back.frise"));
        FriseCli::Result result = FriseCli::run({QStringLiteral("copy"), db, middle});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = FriseCli::run({QStringLiteral("copy"), middle, back});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QString &uid : uids) {
            const auto original = evidence(db, uid, path(QStringLiteral("copy-a-") + uid));
            QCOMPARE(original.size(), 1);
            QCOMPARE(evidence(middle, uid, path(QStringLiteral("copy-b-") + uid)), original);
            QCOMPARE(evidence(back, uid, path(QStringLiteral("copy-c-") + uid)), original);
        }
        QCOMPARE(FriseCli::run({QStringLiteral("check"), middle}).exitCode, 0);
        QCOMPARE(FriseCli::run({QStringLiteral("check"), back}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCommands)
#include "tst_evidencecommands.moc"
