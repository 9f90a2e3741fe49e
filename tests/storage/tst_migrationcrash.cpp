// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed with SIGKILL while it migrates a schema-v1 file to the
// current schema, at moments spread from the start of the open to its end:
// steps of SQLite's file work (the helper kills itself just before its N-th
// write, truncate, sync or delete; CrashVfs), so the moments are the same on
// a fast machine and on a busy one.
// After each kill the file must pass an integrity check, be at v1 or at a
// later version with every step up to it complete (steps commit one by one)
// and every row intact, and open normally afterwards.
#include "storage/database.h"
#include "storage/sqlitemigrations.h"
#include "storagetesthelpers.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestMigrationCrash : public QObject
{
    Q_OBJECT

private:
    // Enough rows that the migration (backup copy, full-text index build)
    // has many steps, small enough for a quick test.
    static constexpr int bulkEvents = 10000;
    static constexpr int kills = 12;

    /// What must survive: row counts and sums over every table with data.
    static QString fingerprint(RawConnection &raw)
    {
        QStringList parts;
        const QStringList queries = {
            QStringLiteral("SELECT count(*) || '/' || sum(id) || '/' || sum(length(title_fr)) || '/' || "
                           "sum(length(text_en)) || '/' || sum(t_min % 1000003) FROM event"),
            QStringLiteral("SELECT count(*) || '/' || group_concat(uid || name_fr || aliases, '|') FROM actor"),
            QStringLiteral("SELECT count(*) || '/' || sum(t_max % 1000003) FROM event"),
            QStringLiteral("SELECT count(*) FROM event_actor"),
            QStringLiteral("SELECT count(*) FROM event_tag"),
            QStringLiteral("SELECT count(*) || '/' || group_concat(uid, '|') FROM claim"),
            QStringLiteral("SELECT count(*) FROM relation"),
            QStringLiteral("SELECT count(*) FROM audit"),
            QStringLiteral("SELECT group_concat(key || '=' || value, '|') FROM meta"),
        };
        for (const QString &sql : queries)
            parts << raw.scalar(sql).toString();
        return parts.join(u';');
    }

    static QStringList tablesNamed(RawConnection &raw, const QString &pattern)
    {
        QSqlQuery query(raw.database());
        query.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE name LIKE ? ORDER BY name"));
        query.addBindValue(pattern);
        QStringList names;
        if (query.exec())
            while (query.next())
                names << query.value(0).toString();
        return names;
    }

    /**
     * Runs the helper on @p file; it kills itself before its @p killAt-th file
     * operation (0: never). Returns whether it was killed before it finished;
     * @p operations: what an unkilled run counted.
     */
    static bool runHelper(const QString &file, qint64 killAt, qint64 *operations, QString *problem)
    {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args {QStringLiteral("--migrate"), file};
        if (killAt > 0)
            args << QStringLiteral("--kill-at") << QString::number(killAt);
        helper.start(QStringLiteral(FRISE_FAULTHELPER), args);
        if (!helper.waitForStarted(60000)) {
            *problem = helper.errorString();
            return false;
        }
        // Generous: it always ends by itself, killed or done.
        if (!helper.waitForFinished(300000)) {
            helper.kill();
            helper.waitForFinished();
            *problem = QStringLiteral("the helper did not end");
            return false;
        }
        const QByteArray output = helper.readAllStandardOutput();
        if (!output.contains("start\n")) {
            *problem = QStringLiteral("the helper did not start: %1").arg(QString::fromUtf8(output));
            return false;
        }
        const QByteArray done = QByteArray("done ") + QByteArray::number(sqliteSchemaVersion()) + " operations ";
        if (helper.exitStatus() == QProcess::CrashExit && !output.contains("done"))
            return true;
        const qsizetype at = output.indexOf(done);
        if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0 || at < 0) {
            *problem = QStringLiteral("the helper failed: %1").arg(QString::fromUtf8(output));
            return false;
        }
        *operations = output.mid(at + done.size()).trimmed().toLongLong();
        return false;
    }

    QTemporaryDir m_dir;
    QString m_prepared; ///< the v1 fixture with the bulk rows added
    QString m_fingerprint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_prepared = m_dir.filePath(QStringLiteral("prepared-v1.frise"));
        QVERIFY(QFile::copy(TestPaths::source(u"tests/data/storage/schema-v1.frise"), m_prepared));
        QFile::setPermissions(m_prepared, QFile::ReadOwner | QFile::WriteOwner);
        RawConnection raw(m_prepared);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        // Plain SQL valid at v1: many events with text, linked to actors and a tag.
        QVERIFY2(raw.exec(QStringLiteral("BEGIN")), qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO event (id, uid, title_fr, title_fr_status, title_en, title_en_status, "
                     "text_en, text_en_status, start_date, t_min, t_max, importance) "
                     "SELECT 100 + i, 'bulk-' || i, 'Événement massif numéro ' || i, 'original', "
                     "'Bulk event number ' || i, 'translated', "
                     "'A longer English text about the negotiation, the fine and the appeal, row ' || i, "
                     "'original', '2020', 26297280 + i * 7, 26297280 + i * 7 + 60, 1 + i % 5 FROM n")
                         .arg(bulkEvents)),
            qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO event_actor (event_id, actor_id, role, position) "
                                         "SELECT id, 1 + id % 3, 'partie', 0 FROM event WHERE id > 100")),
            qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO event_tag (event_id, tag_id, position) "
                                         "SELECT id, 1, 0 FROM event WHERE id > 100 AND id % 2 = 0")),
            qPrintable(raw.lastError()));
        QVERIFY2(raw.exec(QStringLiteral("COMMIT")), qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), bulkEvents + 3);
        m_fingerprint = fingerprint(raw);
    }

    void killedDuringMigration()
    {
        // How many file operations an undisturbed migration makes: the kills are spread over them.
        qint64 operations = 0;
        QString problem;
        {
            const QString reference = m_dir.filePath(QStringLiteral("reference.frise"));
            QVERIFY(QFile::copy(m_prepared, reference));
            QVERIFY(!runHelper(reference, 0, &operations, &problem));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            RawConnection raw(reference);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), sqliteSchemaVersion());
            QCOMPARE(fingerprint(raw), m_fingerprint);
        }
        qInfo("undisturbed migration of %d events: %lld file operations", bulkEvents + 3, operations);
        QVERIFY2(operations >= 2 * kills, "the migration makes too few file operations to be killed in the middle");

        int killed = 0;
        int stillV1 = 0;
        int migrated = 0;
        int between = 0;
        // Kill points from 2 % to 90 % of the operations, then the last two
        // (the final commit). The same file migrates the same way each
        // time, so every run is killed.
        for (int attempt = 0; attempt < kills; ++attempt) {
            const qint64 killAt = attempt >= kills - 2
                ? operations - (kills - 1 - attempt)
                : std::max<qint64>(1, operations * (2 + attempt * 88 / (kills - 3)) / 100);
            const QString file = m_dir.filePath(QStringLiteral("killed-%1.frise").arg(attempt));
            QVERIFY(QFile::copy(m_prepared, file));
            qint64 unused = 0;
            const bool wasKilled = runHelper(file, killAt, &unused, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            if (wasKilled)
                ++killed;

            int versionAfterKill = 0;
            {
                RawConnection raw(file);
                QVERIFY(raw.isOpen());
                QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
                versionAfterKill = raw.scalar(QStringLiteral("PRAGMA user_version")).toInt();
                QCOMPARE(fingerprint(raw), m_fingerprint);
                const QStringList fts = tablesNamed(raw, QStringLiteral("%_fts"));
                const QStringList layout = tablesNamed(raw, QStringLiteral("layout_position"));
                if (versionAfterKill == 1) {
                    // Nothing of step 2 may be there.
                    QCOMPARE(fts, QStringList());
                    QCOMPARE(layout, QStringList());
                    ++stillV1;
                } else {
                    // Each step commits on its own: a kill between two leaves a complete earlier version.
                    QVERIFY2(versionAfterKill >= 2 && versionAfterKill <= sqliteSchemaVersion(),
                        qPrintable(QString::number(versionAfterKill)));
                    QCOMPARE(fts.size(), 4);
                    QCOMPARE(layout.size(), 1);
                    // Step 3 swaps the R*Tree for the B-tree time index, all or nothing.
                    const auto named = [&raw](const char *name) {
                        return raw
                            .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                    .arg(QLatin1String(name)))
                            .toInt();
                    };
                    QCOMPARE(named("event_window"), versionAfterKill >= 3 ? 1 : 0);
                    QCOMPARE(named("event_span"), versionAfterKill >= 3 ? 0 : 1);
                    ++(versionAfterKill == sqliteSchemaVersion() ? migrated : between);
                }
            }
            // Any migration backup left under its real name is complete.
            const QDir dir(m_dir.path());
            for (const QString &name :
                dir.entryList({QFileInfo(file).fileName() + QStringLiteral(".before-v*.backup")}, QDir::Files)) {
                RawConnection backup(dir.filePath(name), true);
                QCOMPARE(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
                QCOMPARE(fingerprint(backup), m_fingerprint);
            }

            // A normal open finishes the job (and takes over the stale lock).
            {
                Database::OpenOptions options;
                options.exclusive = true;
                options.backups.keep = 0;
                StorageError error;
                auto db = Database::open(file, options, &error);
                QVERIFY2(db, qPrintable(error.message));
                QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
                QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM event_fts WHERE event_fts MATCH ?"),
                             {QStringLiteral("massif")})
                             .toInt(),
                    bulkEvents);
            }
            // Half backups of the killed run are gone, one complete backup is there.
            QCOMPARE(
                dir.entryList({QFileInfo(file).fileName() + QStringLiteral("*.partial")}, QDir::Files), QStringList());
            if (versionAfterKill == 1)
                QVERIFY(!dir.entryList({QFileInfo(file).fileName() + QStringLiteral(".before-v*.backup")}, QDir::Files)
                        .isEmpty());
            {
                RawConnection raw(file);
                QCOMPARE(fingerprint(raw), m_fingerprint);
                QVERIFY2(raw.exec(QStringLiteral("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')")),
                    qPrintable(raw.lastError()));
            }
            qInfo("kill before operation %lld of %lld (%s): file at v%d", killAt, operations,
                wasKilled ? "killed" : "finished first", versionAfterKill);
            QFile::remove(file);
        }
        qInfo("%d kills, %d left at v1, %d between steps, %d found migrated", killed, stillV1, between, migrated);
        QVERIFY2(killed == kills, qPrintable(QStringLiteral("only %1 runs were killed in the middle").arg(killed)));
    }
};

QTEST_GUILESS_MAIN(TestMigrationCrash)
#include "tst_migrationcrash.moc"
