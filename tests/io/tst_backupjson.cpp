// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/backupjson.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "testdata.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

// Renumbers every record 1, 2, 3... in list order, as a fresh read does.
Dataset normalised(Dataset d)
{
    const auto renumber = [](auto &list) {
        QHash<RowId, RowId> map;
        for (qsizetype i = 0; i < list.size(); ++i) {
            map.insert(list[i].id, i + 1);
            list[i].id = i + 1;
        }
        return map;
    };
    const auto actors = renumber(d.actors);
    const auto sources = renumber(d.sources);
    renumber(d.tags);
    const auto disputes = renumber(d.disputes);
    const auto events = renumber(d.events);
    const auto claims = renumber(d.claims);
    const auto relations = renumber(d.relations);
    renumber(d.eras);
    renumber(d.statusChanges);
    const auto mapList = [](const QHash<RowId, RowId> &map, QList<RowId> *ids) {
        for (RowId &id : *ids)
            id = map.value(id);
    };
    for (Actor &a : d.actors) {
        a.parentId = actors.value(a.parentId);
        a.version = 1;
    }
    for (Source &s : d.sources)
        s.version = 1;
    for (Dispute &x : d.disputes) {
        mapList(actors, &x.partyIds);
        x.version = 1;
    }
    for (Event &e : d.events) {
        mapList(disputes, &e.disputeIds);
        mapList(sources, &e.sourceIds);
        for (EventActor &link : e.actors)
            link.actorId = actors.value(link.actorId);
        e.version = 1;
    }
    for (Claim &c : d.claims) {
        c.claimantId = actors.value(c.claimantId);
        c.madeInSourceId = sources.value(c.madeInSourceId);
        c.disputeId = disputes.value(c.disputeId);
        c.rebutsClaimId = claims.value(c.rebutsClaimId);
        mapList(sources, &c.evidenceSourceIds);
        c.version = 1;
    }
    for (Relation &r : d.relations) {
        r.fromActorId = actors.value(r.fromActorId);
        r.toActorId = actors.value(r.toActorId);
        mapList(sources, &r.sourceIds);
        r.version = 1;
    }
    for (Era &e : d.eras) {
        e.disputeId = disputes.value(e.disputeId);
        e.version = 1;
    }
    for (StatusChange &c : d.statusChanges) {
        c.disputeId = disputes.value(c.disputeId);
        mapList(sources, &c.sourceIds);
        c.version = 1;
    }
    for (qsizetype i = 0; i < d.audit.size(); ++i) {
        AuditEntry &a = d.audit[i];
        a.id = i + 1;
        if (a.entity == QLatin1String("event"))
            a.entityId = events.value(a.entityId);
        else if (a.entity == QLatin1String("claim"))
            a.entityId = claims.value(a.entityId);
        else if (a.entity == QLatin1String("relation"))
            a.entityId = relations.value(a.entityId);
        else if (a.entity == QLatin1String("actor"))
            a.entityId = actors.value(a.entityId);
    }
    return d;
}

Dataset readFixture()
{
    Dataset d;
    IoError error;
    if (!BackupJson::read(readIoData(QStringLiteral("backup.json")), &d, &error))
        qWarning("%s", qPrintable(error.toString()));
    return d;
}

} // namespace

class TestBackupJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read()
    {
        const Dataset d = readFixture();
        QCOMPARE(d.title.enStatus, TranslationStatus::NeedsReview);
        QCOMPARE(d.actors.size(), 4);
        QCOMPARE(d.actors.at(0).parentId, 2); // a reference forward
        QCOMPARE(d.actors.at(2).aliases, (QStringList {QStringLiteral("Twitter"), QStringLiteral("X Corp.")}));
        QCOMPARE(d.actors.at(2).kind, Actor::Kind::Platform);
        QCOMPARE(d.actors.at(3).name.frStatus, TranslationStatus::Translated);
        QCOMPARE(d.sources.at(1).published.wording(), QStringLiteral("plus tôt cette semaine"));
        QCOMPARE(d.sources.at(1).published.referenceDate(), QDate(2023, 4, 20));
        QVERIFY(d.sources.at(1).published.isRange());
        QCOMPARE(d.sources.at(0).accessed, QDate(2026, 11, 1));
        QCOMPARE(d.disputes.at(0).partyIds, (QList<RowId> {3, 2}));
        QCOMPARE(d.disputes.at(0).status, Dispute::Status::Threatened);
        const Event &e = d.events.at(0);
        QCOMPARE(e.start.toIsoText(), QStringLiteral("2023-04-19T23:15"));
        QCOMPARE(e.importance, 4);
        QCOMPARE(e.actors.size(), 2);
        QCOMPARE(e.actors.at(0).role, QStringLiteral("threatener"));
        QCOMPARE(e.sourceIds, (QList<RowId> {1, 2}));
        QCOMPARE(d.events.at(1).importance, 3);
        QVERIFY(d.events.at(1).start.isCirca());
        QCOMPARE(d.claims.at(0).rebutsClaimId, 2);
        QCOMPARE(d.claims.at(1).status, Claim::Status::Unverified);
        QCOMPARE(d.relations.at(0).type, Relation::Type::ThreatensToSue);
        QCOMPARE(d.description.en, QStringLiteral("Who fought whom, and when."));
        QCOMPARE(d.eras.size(), 2);
        QCOMPARE(d.eras.at(0).title.fr, QStringLiteral("Querelle de l’API"));
        QCOMPARE(d.eras.at(0).start.toIsoText(), QStringLiteral("2023-04"));
        QVERIFY(d.eras.at(0).end.isCirca());
        QCOMPARE(d.eras.at(0).end.wording(), QStringLiteral("début de l’été"));
        QCOMPARE(d.eras.at(0).disputeId, d.disputes.at(0).id);
        QCOMPARE(d.eras.at(1).disputeId, RowId(0));
        QCOMPARE(d.eras.at(1).title.frStatus, TranslationStatus::Missing);
        QCOMPARE(d.statusChanges.size(), 2);
        const StatusChange &threat = d.statusChanges.at(0);
        QCOMPARE(threat.disputeId, d.disputes.at(0).id);
        QCOMPARE(threat.from, Dispute::Status::Brewing);
        QCOMPARE(threat.to, Dispute::Status::Threatened);
        QCOMPARE(threat.date.toIsoText(), QStringLiteral("2023-04-19"));
        QCOMPARE(threat.sourceIds, (QList<RowId> {1, 2}));
        QCOMPARE(threat.note.enStatus, TranslationStatus::Original);
        QCOMPARE(d.statusChanges.at(1).from, std::nullopt); // a dispute's first recorded status
        QVERIFY(d.statusChanges.at(1).date.isCirca());
        QCOMPARE(d.audit.size(), 2);
        QCOMPARE(d.audit.at(0).entityId, 1);
        QCOMPARE(d.audit.at(0).oldValue, QStringLiteral("Musk threat"));
        QVERIFY(d.audit.at(1).oldValue.isNull());
        QCOMPARE(d.audit.at(1).at, QDateTime(QDate(2026, 11, 26), QTime(8, 1), QTimeZone::UTC));
    }

    // Free-text roles of older files read as the role they name, in either
    // language; roles and their labels round-trip from format 4 on.
    void rolesReadAsTheVocabulary()
    {
        const QByteArray json = QByteArrayLiteral(R"({"format": "frise-backup", "formatVersion": 3,
            "actors": [{"uid": "getty", "kind": "company", "name": {"en": "Getty Images"}}],
            "roles": [{"name": "rights holder", "label": {"fr": "titulaire des droits", "en": "rights holder"}}],
            "events": [{"uid": "e1", "title": {"en": "Getty sues"}, "start": "2023-02-03",
                "actors": [{"actor": "getty", "role": " Demandeur"}, {"actor": "getty", "role": "titulaire des droits"},
                    {"actor": "getty", "role": "image library"}]}]})");
        Dataset d;
        IoError error;
        QVERIFY2(BackupJson::read(json, &d, &error), qPrintable(error.toString()));
        QCOMPARE(d.events.at(0).actors.at(0).role, QStringLiteral("plaintiff"));
        QCOMPARE(d.events.at(0).actors.at(1).role, QStringLiteral("rights holder"));
        QCOMPARE(d.events.at(0).actors.at(2).role, QStringLiteral("image library"));
        QStringList names;
        for (const ActorRole &role : std::as_const(d.roles))
            names.append(role.name);
        QCOMPARE(names,
            (QStringList {
                QStringLiteral("rights holder"), QStringLiteral("plaintiff"), QStringLiteral("image library")}));
        QCOMPARE(d.roles.at(0).label.fr, QStringLiteral("titulaire des droits")); // the file's, not the built-in
        QCOMPARE(d.roles.at(1).label.fr, QStringLiteral("demandeur"));
        QVERIFY(d.roles.at(2).label.isEmpty());

        const QByteArray written = BackupJson::write(d);
        QVERIFY(written.contains("\"formatVersion\": 5"));
        Dataset again;
        QVERIFY2(BackupJson::read(written, &again, &error), qPrintable(error.toString()));
        QCOMPARE(again.roles, d.roles);
        QCOMPARE(again.events, d.events);
    }

    void roundTrip()
    {
        const Dataset d = readFixture();
        QVERIFY(!d.events.isEmpty());
        const QDateTime at(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC);
        const QByteArray written = BackupJson::write(d, at);
        Dataset again;
        IoError error;
        QVERIFY2(BackupJson::read(written, &again, &error), qPrintable(error.toString()));
        QCOMPARE(again, d);
        QCOMPARE(BackupJson::write(again, at), written);
    }

    // Dates before AD 1 and in deep time are kept as canonical text (a JSON
    // number would lose minutes beyond 2^53 and years beyond 2^53 too).
    void deepTimeRoundTrip()
    {
        Dataset d;
        IoError error;
        QVERIFY2(BackupJson::read(readIoData(QStringLiteral("backup-deep-time.json")), &d, &error),
            qPrintable(error.toString()));
        QCOMPARE(d.events.size(), 11);
        QHash<QString, Event> byUid;
        for (const Event &event : std::as_const(d.events))
            byUid.insert(event.uid, event);
        QCOMPARE(byUid.value(QStringLiteral("big-bang")).start.toIsoText(), QStringLiteral("~-13800000000"));
        QCOMPARE(byUid.value(QStringLiteral("big-bang")).start.start().year, Q_INT64_C(-13800000000));
        QCOMPARE(byUid.value(QStringLiteral("ides")).start.toIsoText(), QStringLiteral("-0044-03-15"));
        QCOMPARE(byUid.value(QStringLiteral("ides")).start.wording(), QStringLiteral("15 mars 44 av. J.-C."));
        QCOMPARE(byUid.value(QStringLiteral("augustus")).end.toIsoText(), QStringLiteral("0014-08-19"));
        QVERIFY(byUid.value(QStringLiteral("one-bce")).latestMinutes()
            < byUid.value(QStringLiteral("year-one")).earliestMinutes());
        const QDateTime at(QDate(2026, 12, 6), QTime(18, 0), QTimeZone::UTC);
        const QByteArray written = BackupJson::write(d, at);
        QVERIFY(written.contains("\"~-13800000000\""));
        QVERIFY(written.contains("\"-0753-04-21\""));
        Dataset again;
        QVERIFY2(BackupJson::read(written, &again, &error), qPrintable(error.toString()));
        QCOMPARE(again, d);
        QCOMPARE(BackupJson::write(again, at), written);
    }

    void deepTimeRefusals_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("before the first year")
            << QByteArray("-17000000001") << QStringLiteral("year out of supported range");
        QTest::newRow("after the last year")
            << QByteArray("+17000000001") << QStringLiteral("year out of supported range");
        QTest::newRow("year 0") << QByteArray("-0000") << QStringLiteral("there is no year 0");
    }

    void deepTimeRefusals()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, message);
        const QByteArray json = QByteArrayLiteral("{\"format\": \"frise-backup\", \"formatVersion\": 1, \"events\": "
                                                  "[{\"uid\": \"e1\", \"title\": {\"en\": \"x\"}, \"start\": \"")
            + date + QByteArrayLiteral("\"}]}");
        Dataset d;
        IoError error;
        QVERIFY(!BackupJson::read(json, &d, &error));
        QVERIFY2(error.toString().contains(message), qPrintable(error.toString()));
    }

    void losslessFromDatabaseIds()
    {
        // A dataset as storage would hand it over: database ids, bumped versions.
        Dataset d = readFixture();
        for (Actor &a : d.actors) {
            a.id += 100;
            a.version = 4;
        }
        for (Actor &a : d.actors)
            a.parentId = a.parentId ? a.parentId + 100 : 0;
        for (Dispute &x : d.disputes) {
            for (RowId &id : x.partyIds)
                id += 100;
        }
        for (Event &e : d.events) {
            for (EventActor &link : e.actors)
                link.actorId += 100;
        }
        for (Claim &c : d.claims)
            c.claimantId = c.claimantId ? c.claimantId + 100 : 0;
        for (Relation &r : d.relations) {
            r.fromActorId += 100;
            r.toActorId += 100;
        }
        for (Dispute &x : d.disputes)
            x.id += 100;
        for (Event &e : d.events) {
            for (RowId &id : e.disputeIds)
                id += 100;
        }
        for (Claim &c : d.claims)
            c.disputeId = c.disputeId ? c.disputeId + 100 : 0;
        for (Era &e : d.eras)
            e.disputeId = e.disputeId ? e.disputeId + 100 : 0;
        for (StatusChange &c : d.statusChanges)
            c.disputeId += 100;
        Dataset back;
        IoError error;
        QVERIFY(BackupJson::read(BackupJson::write(d), &back, &error));
        const Dataset expected = normalised(d);
        QCOMPARE(back.actors, expected.actors);
        QCOMPARE(back.sources, expected.sources);
        QCOMPARE(back.tags, expected.tags);
        QCOMPARE(back.disputes, expected.disputes);
        QCOMPARE(back.events, expected.events);
        QCOMPARE(back.claims, expected.claims);
        QCOMPARE(back.relations, expected.relations);
        QCOMPARE(back.eras, expected.eras);
        QCOMPARE(back.statusChanges, expected.statusChanges);
        QCOMPARE(back.audit, expected.audit);
        QCOMPARE(back, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // Content errors are located at the value their path names, like syntax errors.
        QTest::newRow("unknown key") << QStringLiteral("backup-unknown-key.json") << 28 << 16
                                     << QStringLiteral("events[3].titel");
        QTest::newRow("bad reference") << QStringLiteral("backup-bad-reference.json") << 14 << 20
                                       << QStringLiteral("events[0].actors[0].actor");
        QTest::newRow("newer") << QStringLiteral("backup-newer.json") << 1 << 45 << QStringLiteral("newer");
        QTest::newRow("bad date") << QStringLiteral("backup-bad-date.json") << 1 << 104
                                  << QStringLiteral("events[0].start");
        QTest::newRow("truncated") << QStringLiteral("truncated.json") << 4 << 31
                                   << QStringLiteral("unterminated string");
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty()); // contains(QString()) would hold for any message
        ImportOptions options;
        options.format = Format::Backup;
        const ImportResult result = Importer::importFile(ioData(file), options);
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.toString()));
        QVERIFY(result.error.toString().startsWith(ioData(file) + u':'));
    }

    void publishSafe()
    {
        ExportOptions options;
        options.format = Format::Backup;
        options.publishSafe = true;
        const QByteArray written = Exporter::exportData(readFixture(), options);
        Dataset safe;
        IoError error;
        QVERIFY(BackupJson::read(written, &safe, &error));
        QCOMPARE(safe.claims.size(), 1); // the unverified one is gone
        QCOMPARE(safe.claims.at(0).rebutsClaimId, 0);
        QVERIFY(safe.events.at(0).notes.isEmpty());
        QVERIFY(safe.audit.isEmpty());
        QVERIFY(!written.contains("the tweet"));
        QVERIFY(!written.contains("internal"));
    }
};

QTEST_GUILESS_MAIN(TestBackupJson)
#include "tst_backupjson.moc"
