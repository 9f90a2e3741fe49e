// SPDX-License-Identifier: GPL-3.0-or-later
// Archived URLs, dead-link mark, grade and confidential flag of sources, in
// storage: stored and read back, imported and exported, filtered in search,
// and kept out of the timeline's credits. Runs on SQLite, and on PostgreSQL
// as tst_sourceevidence_pg.
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"
#include "storage/timelinerows.h"
#include "storagetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestSourceEvidence : public QObject
{
    Q_OBJECT

private:
    RowId addSource(const QString &outlet, const QString &grade, bool confidential = false)
    {
        Source source;
        source.outlet = outlet;
        source.title = QStringLiteral("Dossier %1").arg(outlet);
        source.excerpt = QStringLiteral("gradation vérifiée");
        source.grade = *SourceGrade::fromCode(grade);
        source.confidential = confidential;
        StorageError error;
        if (!SourceRepository(*m_db).insert(source, &error))
            qFatal("insert source: %s", qPrintable(error.message));
        m_names.insert(source.id, outlet);
        return source.id;
    }

    QStringList found(const SearchQuery &query)
    {
        StorageError error;
        QStringList names;
        for (const SearchHit &hit : SearchIndex(*m_db).search(query, &error)) {
            if (hit.entity == QLatin1String("source"))
                names.append(m_names.value(hit.id));
            else
                names.append(hit.entity);
        }
        if (!error.message.isEmpty())
            names.append(QStringLiteral("error: ") + error.message);
        names.sort();
        return names;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<RowId, QString> m_names;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int round = 0;
        QString message;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("evidence%1.frise").arg(++round)), &message);
        QVERIFY2(m_db, qPrintable(message));
        m_names.clear();
    }

    void cleanup() { m_db.reset(); }

    void storedAndReadBack()
    {
        Source source;
        source.outlet = QStringLiteral("Le Monde");
        source.url = QStringLiteral("https://lemonde.example/article");
        source.archives = {{QStringLiteral("https://web.archive.org/web/20240101/https://lemonde.example/article"),
                               ArchivedUrl::Kind::WebArchive, QStringLiteral("avant correction"), QDate(2024, 1, 1)},
            {QStringLiteral("https://archive.ph/AbCd"), ArchivedUrl::Kind::ArchiveToday, {}, {}}};
        source.urlDead = true;
        source.grade = {QChar(u'C'), 3};
        source.confidential = true;
        StorageError error;
        SourceRepository sources(*m_db);
        QVERIFY2(sources.insert(source, &error), qPrintable(error.message));
        std::optional<Source> stored = sources.find(source.id, &error);
        QVERIFY2(stored, qPrintable(error.message));
        QCOMPARE(*stored, source);
        // Edited, then ungraded again.
        stored->grade = {};
        stored->archives.removeFirst();
        stored->urlDead = false;
        QVERIFY2(sources.update(*stored, &error), qPrintable(error.message));
        QCOMPARE(*sources.find(source.id, &error), *stored);
        // What the repositories refuse, the server refuses too: no grade outside the scale.
        Source bad = *stored;
        bad.grade.reliability = QChar(u'G');
        QVERIFY(!sources.update(bad, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE source SET credibility = 7"), &error));
        QCOMPARE(*sources.find(source.id, &error), *stored);
    }

    void importedAndExported()
    {
        Dataset set;
        Source source;
        source.id = 1;
        source.uid = QStringLiteral("source-informant");
        source.outlet = QStringLiteral("Informateur");
        source.archives = {{QStringLiteral("https://newsroom.example/archive/1"), ArchivedUrl::Kind::Newsroom,
            QStringLiteral("copie interne"), QDate(2025, 2, 3)}};
        source.urlDead = true;
        source.grade = {QChar(u'A'), 0};
        source.confidential = true;
        set.sources << source;
        ImportSummary summary;
        StorageError error;
        QVERIFY2(DatasetStore(*m_db).import(set, {}, {}, &summary, &error), qPrintable(error.message));
        Dataset back;
        QVERIFY2(DatasetStore(*m_db).exportAll(&back, &error), qPrintable(error.message));
        QCOMPARE(back.sources.size(), 1);
        Source expected = source;
        expected.id = back.sources.first().id;
        QCOMPARE(back.sources.first(), expected);
    }

    void searchFiltersByGrade_data()
    {
        QTest::addColumn<QString>("reliability");
        QTest::addColumn<int>("credibility");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char *names) { return QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts); };
        QTest::newRow("no filter") << QString() << 0 << list("A1 B2 C3 E5 F1 ungraded");
        QTest::newRow("reliability at least A") << "A" << 0 << list("A1");
        QTest::newRow("reliability at least B") << "B" << 0 << list("A1 B2");
        QTest::newRow("reliability at least E") << "E" << 0 << list("A1 B2 C3 E5");
        QTest::newRow("credibility at least 2") << QString() << 2 << list("A1 B2 F1");
        QTest::newRow("B and 1") << "B" << 1 << list("A1");
        QTest::newRow("C and 3") << "C" << 3 << list("A1 B2 C3");
    }

    void searchFiltersByGrade()
    {
        QFETCH(QString, reliability);
        QFETCH(int, credibility);
        QFETCH(QStringList, expected);
        for (const char *grade : {"A1", "B2", "C3", "E5", "F1"})
            addSource(QString::fromLatin1(grade), QString::fromLatin1(grade));
        addSource(QStringLiteral("ungraded"), QString());
        Event event = makeEvent(QStringLiteral("gradation de l'événement"));
        StorageError error;
        QVERIFY(EventRepository(*m_db).insert(event, &error));
        SearchQuery query;
        query.text = QStringLiteral("gradation");
        if (!reliability.isEmpty())
            query.minReliability = reliability.front();
        query.minCredibility = credibility;
        if (reliability.isEmpty() && credibility == 0)
            expected.append(QStringLiteral("event")); // no grade filter: every kind of record
        expected.sort();
        QCOMPARE(found(query), expected);
    }

    void confidentialSourcesAreNotCredited()
    {
        const RowId secret = addSource(QStringLiteral("Gorge Profonde"), QStringLiteral("B2"), true);
        const RowId open = addSource(QStringLiteral("Reuters"), QString());
        Event event = makeEvent(QStringLiteral("Rencontre"));
        event.sourceIds = {secret, open};
        StorageError error;
        QVERIFY(EventRepository(*m_db).insert(event, &error));
        for (const bool publishSafe : {false, true})
            QCOMPARE(TimelineRows(*m_db).creditedOutlets(publishSafe, &error), QStringList {QStringLiteral("Reuters")});
    }
};

QTEST_GUILESS_MAIN(TestSourceEvidence)
#include "tst_sourceevidence.moc"
