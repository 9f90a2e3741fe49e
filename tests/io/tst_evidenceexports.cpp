// SPDX-License-Identifier: GPL-3.0-or-later
// Sources in every export format: a confidential source's identity never
// leaves in a publication format (nor in a publish-safe backup), a dead
// live URL is cited through its archived copy, and grades round-trip
// through the backup and the generic CSV.
#include "io/backupjson.h"
#include "io/exporter.h"
#include "io/importer.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

// Strings that name the informant: none may appear in a publication.
const QStringList identity = {
    QStringLiteral("Gorge Profonde"),
    QStringLiteral("Entretien au parking"),
    QStringLiteral("informant.example"),
    QStringLiteral("Suivez l'argent"),
    QStringLiteral("archive-of-informant"),
};
// JSON written with ' for " (moc misreads some raw strings).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

const QString deadUrl = QStringLiteral("https://dead.example/article");
const QString archivedUrl = QStringLiteral("https://web.archive.org/web/20240101000000/https://dead.example/article");

Dataset evidence()
{
    Dataset d;
    Source informant;
    informant.id = 1;
    informant.uid = QStringLiteral("source-1");
    informant.outlet = identity[0];
    informant.title = identity[1];
    informant.url = QStringLiteral("https://informant.example/secret");
    informant.excerpt = identity[3];
    informant.archives
        = {{QStringLiteral("https://archive-of-informant.example/1"), ArchivedUrl::Kind::Newsroom, {}, {}}};
    informant.grade = {QChar(u'B'), 2};
    informant.confidential = true;
    Source dead;
    dead.id = 2;
    dead.uid = QStringLiteral("source-2");
    dead.outlet = QStringLiteral("Le Quotidien");
    dead.title = QStringLiteral("Article disparu");
    dead.url = deadUrl;
    dead.urlDead = true;
    dead.archives = {{archivedUrl, ArchivedUrl::Kind::WebArchive, QStringLiteral("avant retrait"), QDate(2024, 1, 1)},
        {QStringLiteral("https://archive.ph/xyz"), ArchivedUrl::Kind::ArchiveToday, {}, {}}};
    dead.grade = {QChar(u'A'), 1};
    d.sources = {informant, dead};
    Event first;
    first.id = 1;
    first.uid = QStringLiteral("event-1");
    first.title = BilingualText::both(QStringLiteral("Rencontre"), QStringLiteral("Meeting"));
    first.start = FuzzyDate::fromIsoText(QStringLiteral("2024-03-05"));
    first.sourceIds = {1};
    Event second;
    second.id = 2;
    second.uid = QStringLiteral("event-2");
    second.title = BilingualText::both(QStringLiteral("Article"), QStringLiteral("Article"));
    second.start = FuzzyDate::fromIsoText(QStringLiteral("2024-03-06"));
    second.sourceIds = {2};
    Event both;
    both.id = 3;
    both.uid = QStringLiteral("event-3");
    both.title = BilingualText::both(QStringLiteral("Recoupement"), QStringLiteral("Cross-check"));
    both.start = FuzzyDate::fromIsoText(QStringLiteral("2024-03-07"));
    both.sourceIds = {1, 2};
    d.events = {first, second, both};
    AuditEntry entry;
    entry.entity = QStringLiteral("source");
    entry.entityId = 1;
    entry.action = QStringLiteral("update");
    entry.field = QStringLiteral("outlet");
    entry.oldValue = identity[0];
    entry.newValue = identity[0];
    entry.at = QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc());
    entry.who = QStringLiteral("alice");
    d.audit = {entry};
    return d;
}

} // namespace

class TestEvidenceExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicationsCarryNoIdentity_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<bool>("publishSafe");
        QTest::addColumn<bool>("citesUrls");
        for (const bool safe : {false, true}) {
            const char *suffix = safe ? " publish-safe" : "";
            QTest::addRow("timelinejs-json%s", suffix) << Format::TimelineJsJson << safe << true;
            QTest::addRow("timelinejs-csv%s", suffix) << Format::TimelineJsCsv << safe << true;
            QTest::addRow("csv%s", suffix) << Format::Csv << safe << true;
            QTest::addRow("ics%s", suffix) << Format::Ics << safe << true;
        }
        QTest::addRow("backup publish-safe") << Format::Backup << true << false;
    }

    void publicationsCarryNoIdentity()
    {
        QFETCH(Format, format);
        QFETCH(bool, publishSafe);
        QFETCH(bool, citesUrls);
        ExportOptions options;
        options.format = format;
        options.publishSafe = publishSafe;
        options.language = Language::French;
        const QString text = QString::fromUtf8(Exporter::exportData(evidence(), options));
        QVERIFY(!text.isEmpty());
        for (const QString &name : identity)
            QVERIFY2(!text.contains(name, Qt::CaseInsensitive), qPrintable(name + QStringLiteral(" in ") + text));
        if (citesUrls) {
            // The dead live URL is cited through its first archived copy (iCalendar folds long lines).
            QString unfolded = text;
            unfolded.remove(QStringLiteral("\r\n "));
            QVERIFY2(unfolded.contains(archivedUrl), qPrintable(text));
            // The archived URL ends with the live one: that is the only place the live one may appear.
            QVERIFY2(!unfolded.remove(archivedUrl).contains(deadUrl), qPrintable(text));
        }
    }

    void fullBackupKeepsEverything()
    {
        ExportOptions options;
        options.format = Format::Backup;
        const QByteArray data = Exporter::exportData(evidence(), options);
        QVERIFY(data.contains("\"formatVersion\": 5"));
        Dataset back;
        IoError error;
        QVERIFY2(BackupJson::read(data, &back, &error), qPrintable(error.message));
        const Dataset original = evidence();
        QCOMPARE(back.sources, original.sources);
        QCOMPARE(back.sources.at(0).grade.code(), QStringLiteral("B2"));
    }

    void publishSafeBackupKeepsGradesAndReferences()
    {
        ExportOptions options;
        options.format = Format::Backup;
        options.publishSafe = true;
        Dataset back;
        IoError error;
        QVERIFY2(BackupJson::read(Exporter::exportData(evidence(), options), &back, &error), qPrintable(error.message));
        QCOMPARE(back.sources.size(), 2);
        QVERIFY(back.sources.at(0).confidential);
        QCOMPARE(back.sources.at(0).grade.code(), QStringLiteral("B2"));
        QCOMPARE(back.events.at(0).sourceIds, QList<RowId> {1});
        QCOMPARE(back.sources.at(1), evidence().sources.at(1));
    }

    void olderBackupsRead()
    {
        const QByteArray v4 = json("{'format': 'frise-backup', 'formatVersion': 4, 'exportedAt': "
                                   "'2025-01-01T00:00:00Z', 'sources': [{'uid': 's', 'outlet': 'AFP', "
                                   "'url': 'https://afp.example'}]}");
        Dataset back;
        IoError error;
        QVERIFY2(BackupJson::read(v4, &back, &error), qPrintable(error.message));
        QCOMPARE(back.sources.size(), 1);
        QVERIFY(back.sources.first().grade.isEmpty());
        QVERIFY(!back.sources.first().confidential && !back.sources.first().urlDead);
        QVERIFY(back.sources.first().archives.isEmpty());
    }

    void badBackupValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("path");
        QTest::newRow("grade") << json("{'uid': 's', 'outlet': 'AFP', 'grade': 'G7'}")
                               << QStringLiteral("sources[0].grade");
        QTest::newRow("confidential") << json("{'uid': 's', 'outlet': 'AFP', 'confidential': 'yes'}")
                                      << QStringLiteral("sources[0].confidential");
        QTest::newRow("archive kind") << json(
            "{'uid': 's', 'outlet': 'AFP', 'archives': [{'url': 'https://a.example', 'kind': 'attic'}]}")
                                      << QStringLiteral("sources[0].archives[0].kind");
        QTest::newRow("archive url") << json("{'uid': 's', 'outlet': 'AFP', 'archives': [{'kind': 'other'}]}")
                                     << QStringLiteral("sources[0].archives[0].url");
        QTest::newRow("capture date") << json(
            "{'uid': 's', 'outlet': 'AFP', 'archives': [{'url': 'https://a.example', 'captured': 'hier'}]}")
                                      << QStringLiteral("sources[0].archives[0].captured");
    }

    void badBackupValuesAreRefused()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, path);
        const QByteArray data = json("{'format': 'frise-backup', 'formatVersion': 5, 'exportedAt': "
                                     "'2025-01-01T00:00:00Z',\n'sources': [")
            + source + "]}";
        Dataset back;
        IoError error;
        QVERIFY(!BackupJson::read(data, &back, &error));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(error.line > 0);
    }

    void gradesRoundTripThroughCsv()
    {
        Dataset set = evidence();
        set.sources[0].confidential = false; // its outlet goes out, so the source comes back
        ExportOptions options;
        options.format = Format::Csv;
        const QByteArray data = Exporter::exportData(set, options);
        const ImportResult back = Importer::importData(data, QStringLiteral("export.csv"), {});
        QVERIFY2(back.ok(), qPrintable(back.error.message));
        QCOMPARE(back.dataset.sources.size(), 2);
        QStringList grades;
        for (const Source &source : back.dataset.sources)
            grades.append(source.outlet + u' ' + source.grade.code());
        grades.sort();
        QCOMPARE(grades, (QStringList {QStringLiteral("Gorge Profonde B2"), QStringLiteral("Le Quotidien A1")}));
    }

    void badCsvGradeIsRefused()
    {
        const QByteArray data = "date,title,source,grade\n2024-01-02,Un,AFP,B2\n2024-01-03,Deux,AFP,Z9\n";
        const ImportResult result = Importer::importData(data, QStringLiteral("notes.csv"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error.line, 3);
        QCOMPARE(result.error.column, 21);
        QVERIFY2(result.error.message.contains(QLatin1String("Z9")), qPrintable(result.error.message));
        QVERIFY(result.dataset.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceExports)
#include "tst_evidenceexports.moc"
