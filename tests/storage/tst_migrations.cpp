// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"
#include "storage/sqlitemigrations.h"
#include "storagetesthelpers.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QString fixture() { return TestPaths::source(u"tests/data/storage/schema-v1.frise"); }

    // A writable copy of the v1 fixture in its own folder.
    QString copyFixture(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        if (!QDir().mkpath(folder))
            return {};
        const QString target = folder + QStringLiteral("/") + name + QStringLiteral(".frise");
        if (!QFile::copy(fixture(), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return target;
    }

    QStringList hitUids(Database &db, const QString &text)
    {
        SearchQuery query;
        query.text = text;
        StorageError error;
        QStringList uids;
        for (const SearchHit &hit : SearchIndex(db).search(query, &error))
            uids.append(
                scalar(db, QStringLiteral("SELECT uid FROM %1 WHERE id = ?").arg(hit.entity), {hit.id}).toString());
        uids.sort();
        return uids;
    }

    // The schema step that added the actor role vocabulary.
    static constexpr int rolesStep = 6;

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(fixture()), qPrintable(fixture()));
        QVERIFY(sqliteSchemaVersion() >= 2);
        // Read from the header: opening the fixture in place, even read-only,
        // would leave -wal and -shm files in the source tree.
        const QByteArray header = fileBytes(fixture()).left(100);
        QVERIFY(header.startsWith("SQLite format 3"));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), 1u); // user_version
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), quint32(sqliteApplicationId));
    }

    void upgradesWithBackup()
    {
        const QString file = copyFixture(QStringLiteral("upgrade"));
        QVERIFY(!file.isEmpty());
        StorageError error;
        auto db = Database::open(file, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), sqliteSchemaVersion());

        // The backup sits next to the file, named after the step it precedes.
        const QFileInfo info(file);
        const QStringList backups
            = info.dir().entryList({info.fileName() + QStringLiteral(".before-v2-*.backup")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(db->migrationBackupPath(), info.dir().filePath(backups.first()));

        // The backup is the v1 database, whole.
        {
            RawConnection backup(db->migrationBackupPath(), true);
            QVERIFY(backup.isOpen());
            QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(backup.scalar(QStringLiteral("PRAGMA application_id")).toInt(), sqliteApplicationId);
            QCOMPARE(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            for (const auto &[table, count] :
                {std::pair {"actor", 3}, std::pair {"event", 3}, std::pair {"claim", 2}, std::pair {"source", 1},
                    std::pair {"dispute", 1}, std::pair {"relation", 1}, std::pair {"audit", 1}}) {
                QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt(), count);
            }
            QVERIFY(!backup.scalar(QStringLiteral("SELECT count(*) FROM event_fts")).isValid());
        }

        // Data preserved, links included.
        const Counts counts = Maintenance(*db).counts(&error);
        QCOMPARE(counts.actors, 3);
        QCOMPARE(counts.events, 3);
        QCOMPARE(counts.claims, 2);
        QCOMPARE(counts.sources, 1);
        QCOMPARE(counts.disputes, 1);
        QCOMPARE(counts.relations, 1);
        const std::optional<Event> negotiation = EventRepository(*db).find(1, &error);
        QVERIFY(negotiation);
        QCOMPARE(negotiation->uid, QStringLiteral("event-negociation"));
        QCOMPARE(negotiation->title.fr, QStringLiteral("Échec de la négociation"));
        QCOMPARE(negotiation->start.toIsoText(), QStringLiteral("2020-04"));
        QCOMPARE(negotiation->start.wording(), QStringLiteral("le mois dernier"));
        QCOMPARE(negotiation->start.referenceDate(), QDate(2020, 5, 2));
        QCOMPARE(negotiation->disputeIds, QList<RowId> {1});
        QCOMPARE(negotiation->actors.size(), 2);
        QCOMPARE(negotiation->tags, QStringList {QStringLiteral("presse")});
        QCOMPARE(ActorRepository(*db).find(2, &error)->parentId, 1);
        QCOMPARE(ClaimRepository(*db).find(2, &error)->rebutsClaimId, 1);
        QCOMPARE(ClaimRepository(*db).find(2, &error)->evidenceSourceIds, QList<RowId> {1});
        QCOMPARE(DatasetStore(*db).title(&error).fr, QStringLiteral("Droits voisins"));
        QCOMPARE(AuditLog(*db).entries(QString(), 0, &error).size(), 1);

        // The v2 step indexed the rows that were already there.
        QCOMPARE(hitUids(*db, QStringLiteral("negociation")), QStringList {QStringLiteral("event-negociation")});
        QCOMPARE(hitUids(*db, QStringLiteral("etats-unis")), QStringList {QStringLiteral("event-etats-unis")});
        QCOMPARE(hitUids(*db, QStringLiteral("gogol")), QStringList {QStringLiteral("actor-alphabet")});
        QCOMPARE(hitUids(*db, QStringLiteral("bonne foi")),
            (QStringList {QStringLiteral("claim-bonne-foi"), QStringLiteral("claim-mauvaise-foi")}));
        QCOMPARE(hitUids(*db, QStringLiteral("sanctionne")), QStringList {QStringLiteral("source-lemonde")});
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM layout_position")).isValid());
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));

        // New writes work and are searchable.
        Event added = makeEvent(QStringLiteral("Nouvelle négociation"));
        QVERIFY2(EventRepository(*db).insert(added, &error), qPrintable(error.message));
        QCOMPARE(hitUids(*db, QStringLiteral("negociation")).size(), 2);

        // Reopening does not migrate or back up again.
        db.reset();
        db = Database::open(file, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->migrationBackupPath().isEmpty());
        QCOMPARE(info.dir().entryList({QStringLiteral("*.backup")}, QDir::Files).size(), 1);
    }

    void stepByStep()
    {
        const QString file = copyFixture(QStringLiteral("steps"));
        QVERIFY(!file.isEmpty());
        Database::OpenOptions options;
        options.targetVersion = 1;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(db->migrationBackupPath().isEmpty());
        db.reset();
        db = Database::open(file, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
        QVERIFY(!db->migrationBackupPath().isEmpty());
    }

    // The role vocabulary step: free-text roles that read as a built-in role
    // in either language take its name (two spellings on one link keep one
    // link), others stay as typed and join the vocabulary untranslated.
    void upgradesFreeTextRolesToTheVocabulary()
    {
        const QString file = copyFixture(QStringLiteral("roles"));
        QVERIFY(!file.isEmpty());
        Database::OpenOptions options;
        options.targetVersion = rolesStep - 1;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        Actor getty;
        getty.name = BilingualText::both(QStringLiteral("Getty Images"), QStringLiteral("Getty Images"));
        Actor twitter;
        twitter.name = BilingualText::both(QStringLiteral("Twitter"), QStringLiteral("Twitter"));
        QVERIFY2(ActorRepository(*db).insert(getty, &error) && ActorRepository(*db).insert(twitter, &error),
            qPrintable(error.message));
        Event lawsuit = makeEvent(QStringLiteral("Getty assigne Stability AI"));
        lawsuit.actors = {{getty.id, QStringLiteral("Plaintiff")}, {getty.id, QStringLiteral("demandeur")},
            {twitter.id, QStringLiteral("dropped platform")}};
        Event accusation = makeEvent(QStringLiteral("Twitter accuse Microsoft"));
        accusation.actors = {{twitter.id, QStringLiteral("Accusateur")}};
        QVERIFY2(EventRepository(*db).insert(lawsuit, &error) && EventRepository(*db).insert(accusation, &error),
            qPrintable(error.message));
        db.reset();

        db = Database::open(file, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
        const QList<EventActor> expected
            = {{getty.id, QStringLiteral("plaintiff")}, {twitter.id, QStringLiteral("dropped platform")}};
        QCOMPARE(EventRepository(*db).find(lawsuit.id, &error)->actors, expected);
        QCOMPARE(EventRepository(*db).find(accusation.id, &error)->actors,
            QList<EventActor>({{twitter.id, QStringLiteral("accuser")}}));
        QStringList names;
        for (const ActorRole &role : ActorRoleRepository(*db).all(&error))
            names.append(role.name);
        QVERIFY(names.contains(QStringLiteral("dropped platform")));
        QVERIFY(!names.contains(QStringLiteral("Plaintiff")));
        QVERIFY(!names.contains(QStringLiteral("demandeur")));
        // Every built-in role is there, and no name is another spelling of a known role.
        for (const ActorRole &builtin : builtinActorRoles())
            QVERIFY2(names.contains(builtin.name), qPrintable(builtin.name));
        for (const QString &name : std::as_const(names))
            QCOMPARE(canonicalRoleName(name), name);
    }

    // Step 3 replaces the R*Tree (event_span, kept by triggers) with the
    // duration-class index: a v2 file with events in it keeps answering the
    // same windows, exactly, and edits afterwards are indexed.
    void upgradesTimeIndexFromVersion2()
    {
        const QString file = copyFixture(QStringLiteral("timeindex"));
        QVERIFY(!file.isEmpty());
        Database::OpenOptions options;
        options.targetVersion = 2;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), 2);
        const QStringList dates = {QStringLiteral("2020"), QStringLiteral("2020-06-20"), QStringLiteral("~1789"),
            QStringLiteral("2019-12/2020-06-10"), QStringLiteral("1850/2150"), QStringLiteral("9999"),
            QStringLiteral("2023-04-25T10:00"), QStringLiteral("0001/9999")};
        for (const QString &date : dates) {
            Event event = makeEvent(date, date);
            QVERIFY2(event.start.isValid(), qPrintable(date));
            QVERIFY2(EventRepository(*db).insert(event, &error), qPrintable(error.message));
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM event_span")).toInt(), 3 + int(dates.size()));
        db.reset();

        db = Database::open(file, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
        QCOMPARE(rowCount(*db, QStringLiteral("sqlite_schema WHERE name LIKE 'event_span%'")), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("sqlite_schema WHERE name = 'event_window'")), 1);
        const auto windowUids = [&](const QString &from, const QString &to) {
            QStringList uids;
            StorageError windowError;
            for (const EventSpan &span :
                Maintenance(*db).eventsOverlapping(FuzzyDate::fromIsoText(from).earliestMinutes(),
                    FuzzyDate::fromIsoText(to).latestMinutes(), &windowError)) {
                uids << scalar(*db, QStringLiteral("SELECT title_fr FROM event WHERE id = ?"), {span.id}).toString();
            }
            return uids;
        };
        // Fixture events: 2020-04 (négociation), ~2019, 2021-07-13/2021-09 (amende).
        QCOMPARE(windowUids(QStringLiteral("2020-06-11"), QStringLiteral("2020-06-19")),
            (QStringList {QStringLiteral("0001/9999"), QStringLiteral("1850/2150"),
                QStringLiteral("Les États-Unis saisissent la justice"), QStringLiteral("2020")}));
        QCOMPARE(windowUids(QStringLiteral("1790"), QStringLiteral("1790")),
            (QStringList {QStringLiteral("0001/9999"), QStringLiteral("~1789")}));
        QCOMPARE(windowUids(QStringLiteral("9999-12-31"), QStringLiteral("9999-12-31")),
            (QStringList {QStringLiteral("0001/9999"), QStringLiteral("9999")}));
        qint64 first = 0;
        qint64 last = 0;
        QVERIFY(Maintenance(*db).timeExtent(&first, &last, &error));
        QCOMPARE(first, FuzzyDate::fromYear(1).earliestMinutes());
        QCOMPARE(last, FuzzyDate::fromYear(9999).latestMinutes());
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));

        Event added = makeEvent(QStringLiteral("1790-05"), QStringLiteral("1790-05"));
        QVERIFY2(EventRepository(*db).insert(added, &error), qPrintable(error.message));
        QCOMPARE(windowUids(QStringLiteral("1790"), QStringLiteral("1790")),
            (QStringList {QStringLiteral("0001/9999"), QStringLiteral("~1789"), QStringLiteral("1790-05")}));
    }

    void readOnlyOldFileIsNotMigrated()
    {
        const QString file = copyFixture(QStringLiteral("readonly"));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        Database::OpenOptions options;
        options.readOnly = true;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFileInfo(file).dir().entryList({QStringLiteral("*.backup")}, QDir::Files).size(), 0);
    }

    void backupFailureLeavesFileAlone()
    {
        // A folder where the backup is written (before it gets its name) makes
        // VACUUM INTO fail. The name holds the second of the open: block this
        // one and the next few, and try again on a fresh copy in the unlikely
        // case the open still came later (a very busy machine).
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QString file = copyFixture(QStringLiteral("backupfails%1").arg(attempt));
            QVERIFY(!file.isEmpty());
            const QByteArray before = fileBytes(file);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QStringList blocked;
            for (int second = 0; second < 5; ++second) {
                const QString stamp = now.addSecs(second).toString(QStringLiteral("yyyyMMdd-HHmmss"));
                blocked << file + QStringLiteral(".before-v2-") + stamp + QStringLiteral(".backup");
                QVERIFY(QDir().mkpath(blocked.last() + QStringLiteral(".partial")));
            }
            StorageError error;
            auto db = Database::open(file, {}, &error);
            QVERIFY2(!db || !blocked.contains(db->migrationBackupPath()),
                "the migration went ahead although its backup could not be written");
            if (db) {
                qInfo("attempt %d: the open came after the blocked seconds (%s)", attempt,
                    qPrintable(db->migrationBackupPath()));
                continue;
            }
            QVERIFY2(error.message.contains(QStringLiteral("backup")), qPrintable(error.message));
            QCOMPARE(fileBytes(file), before);
            return;
        }
        QFAIL("every open came after the blocked seconds");
    }

    void newerSchemaRefusedUnchanged()
    {
        const QString file = copyFixture(QStringLiteral("newer"));
        QVERIFY(!file.isEmpty());
        {
            RawConnection raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(sqliteSchemaVersion() + 1)));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileBytes(file);
        const QStringList filesBefore = QFileInfo(file).dir().entryList(QDir::Files);
        for (bool readOnly : {false, true}) {
            Database::OpenOptions options;
            options.readOnly = readOnly;
            options.exclusive = true;
            StorageError error;
            auto db = Database::open(file, options, &error);
            QVERIFY(!db);
            QCOMPARE(error.code, StorageError::Code::NewerSchema);
            QVERIFY2(error.message.contains(QString::number(sqliteSchemaVersion() + 1)), qPrintable(error.message));
        }
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFileInfo(file).dir().entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
