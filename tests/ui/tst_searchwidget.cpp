// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/databasesession.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/navigatormodel.h"
#include "ui/recordeditor.h"
#include "ui/roles.h"
#include "ui/searchresultsmodel.h"
#include "ui/searchwidget.h"
#include "uitestdata.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Frise;

class TestSearchWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    UiTestData::Ids m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("search.frise"));
        m_ids = UiTestData::fill(m_path);
        QVERIFY(m_ids.talks);
    }

    void findsAccentFoldedTerms_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<int>("which");
        // French text, typed without accents.
        QTest::newRow("negociation") << QStringLiteral("negociation") << QStringLiteral("event") << 0;
        QTest::newRow("echec") << QStringLiteral("echec des") << QStringLiteral("event") << 0;
        QTest::newRow("entrainer") << QStringLiteral("entrainer une IA") << QStringLiteral("event") << 1;
        // English text; case ignored.
        QTest::newRow("advertising") << QStringLiteral("ADVERTISING platform") << QStringLiteral("event") << 2;
        QTest::newRow("copyrighted") << QStringLiteral("copyrighted photos") << QStringLiteral("event") << 3;
    }

    void findsAccentFoldedTerms()
    {
        QFETCH(QString, typed);
        QFETCH(QString, entity);
        QFETCH(int, which);
        const RowId expected = QList<RowId> {m_ids.talks, m_ids.threat, m_ids.drop, m_ids.gettyLondon}.at(which);
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchWidget *search = window.searchWidget();
        QTest::keyClicks(search->searchField(), typed);
        // Typing searches after a short pause.
        QTRY_VERIFY_WITH_TIMEOUT(search->resultsModel()->rowCount() > 0, 30000);
        const QList<Storage::SearchHit> &hits = search->resultsModel()->hits();
        const auto hit = std::find_if(hits.cbegin(), hits.cend(),
            [&](const Storage::SearchHit &h) { return h.entity == entity && h.id == expected; });
        QVERIFY2(hit != hits.cend(), qPrintable(typed));
        QVERIFY(hit->snippet.contains(Storage::SearchHit::highlightStart));

        // Picking the result selects the record everywhere.
        QSignalSpy current(&window, &Ui::MainWindow::currentEventChanged);
        const QModelIndex index = search->resultsModel()->index(int(hit - hits.cbegin()));
        search->resultsView()->setCurrentIndex(index);
        Q_EMIT search->resultsView()->activated(index);
        QCOMPARE(window.currentEntity(), entity);
        QCOMPARE(window.currentId(), expected);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.first().first().value<RowId>(), expected);
        QVERIFY(window.inspector()->currentEditor());
        QCOMPARE(window.inspector()->currentEditor()->recordId(), expected);
        const QModelIndex selected = window.navigatorView()->currentIndex();
        QCOMPARE(selected.data(Ui::IdRole).toLongLong(), expected);
        QCOMPARE(selected.data(Ui::EntityRole).toString(), entity);
    }

    void filtersNarrowResults()
    {
        Ui::DatabaseSession session;
        QVERIFY(session.open(m_path, false, nullptr));
        Ui::SearchWidget search(&session);
        search.searchField()->setText(QStringLiteral("api"));
        search.search();
        const qsizetype all = search.resultsModel()->rowCount();
        QVERIFY(all >= 1);
        Storage::SearchQuery query;
        query.text = QStringLiteral("twitter");
        query.disputeId = m_ids.gettyVsStability;
        QString message;
        QVERIFY(session.search(query, &message).isEmpty());
        QVERIFY(message.isEmpty());
    }

    void tagFilterKeepsTaggedEvents_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("expected");
        QTest::newRow("any") << QString() << 3; // two events and the Mashable source
        QTest::newRow("advertising") << QStringLiteral("advertising") << 1;
        QTest::newRow("data") << QStringLiteral("data") << 1;
        QTest::newRow("copyright") << QStringLiteral("copyright") << 0;
    }

    void tagFilterKeepsTaggedEvents()
    {
        QFETCH(QString, tag);
        QFETCH(int, expected);
        Ui::DatabaseSession session;
        QVERIFY(session.open(m_path, false, nullptr));
        Ui::SearchWidget search(&session);
        const int index = search.tagFilter()->findData(tag);
        QVERIFY(index >= 0);
        search.tagFilter()->setCurrentIndex(index);
        search.searchField()->setText(QStringLiteral("microsoft twitter"));
        search.search();
        const QList<Storage::SearchHit> &hits = search.resultsModel()->hits();
        int events = 0;
        for (const Storage::SearchHit &hit : hits)
            events += hit.entity == QLatin1String("event") ? 1 : 0;
        if (!tag.isEmpty())
            QCOMPARE(int(hits.size()), events); // only events carry tags
        QCOMPARE(tag.isEmpty() ? int(hits.size()) >= expected : events == expected, true);
    }

    void nothingFound()
    {
        Ui::DatabaseSession session;
        QVERIFY(session.open(m_path, false, nullptr));
        Ui::SearchWidget search(&session);
        search.searchField()->setText(QStringLiteral("zzzzqqq"));
        search.search();
        QCOMPARE(search.resultsModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSearchWidget)
#include "tst_searchwidget.moc"
