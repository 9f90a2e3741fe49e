// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/deletecommand.h"
#include "ui/editcommand.h"
#include "ui/labels.h"
#include "ui/navigatormodel.h"
#include "ui/roles.h"
#include "ui/searchresultsmodel.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Frise;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void navigatorGroups_data()
    {
        QTest::addColumn<int>("content");
        QTest::addColumn<QString>("disputeTitle");
        QTest::newRow("french") << int(Ui::ContentLanguage::French)
                                << QStringLiteral("Getty Images contre Stability AI");
        QTest::newRow("english") << int(Ui::ContentLanguage::English) << QStringLiteral("Getty Images vs Stability AI");
    }

    void navigatorGroups()
    {
        QFETCH(int, content);
        QFETCH(QString, disputeTitle);
        const QString path = m_dir.filePath(QStringLiteral("nav%1.frise").arg(content));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        Ui::NavigatorModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(session.open(path, false, nullptr));
        model.setContentLanguage(Ui::ContentLanguage(content));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3); // disputes
        QCOMPARE(model.rowCount(model.index(1, 0)), 5); // actors
        QVERIFY(model.rowCount(model.index(2, 0)) >= 4); // tags
        QCOMPARE(model.rowCount(model.index(3, 0)), 0); // eras: the test data has none
        QCOMPARE(model.rowCount(model.index(4, 0)), 0); // needs review: nothing

        const QModelIndex getty = model.indexOf(QStringLiteral("dispute"), ids.gettyVsStability);
        QVERIFY(getty.isValid());
        QCOMPARE(getty.data().toString(), disputeTitle);
        QCOMPARE(getty.data(Ui::IdRole).toLongLong(), ids.gettyVsStability);
        QCOMPARE(model.rowCount(getty), 1);
        QCOMPARE(model.index(0, 0, getty).data(Ui::EntityRole).toString(), QStringLiteral("event"));
        QCOMPARE(model.index(0, 0, getty).data(Ui::IdRole).toLongLong(), ids.gettyLondon);

        // Events of a dispute are in date order.
        const QModelIndex twitter = model.indexOf(QStringLiteral("dispute"), ids.twitterVsMicrosoft);
        QCOMPARE(model.index(0, 0, twitter).data(Ui::IdRole).toLongLong(), ids.drop);
        QCOMPARE(model.index(1, 0, twitter).data(Ui::IdRole).toLongLong(), ids.threat);

        // A dispute lists its status history first, oldest step first, then its events.
        StatusChange filed;
        filed.disputeId = ids.gettyVsStability;
        filed.to = Dispute::Status::Filed;
        filed.date = FuzzyDate::fromIsoText(QStringLiteral("2023-01-16"));
        StatusChange threatened = filed;
        threatened.to = Dispute::Status::Threatened;
        threatened.date = FuzzyDate::fromIsoText(QStringLiteral("2023-01"));
        QVERIFY(session.push(new Ui::CreateCommand<StatusChange>(&session, filed, QString())));
        QVERIFY(session.push(new Ui::CreateCommand<StatusChange>(&session, threatened, QString())));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.rowCount(model.indexOf(QStringLiteral("dispute"), ids.gettyVsStability)), 3, 30000);
        const QModelIndex history = model.indexOf(QStringLiteral("dispute"), ids.gettyVsStability);
        QCOMPARE(model.index(0, 0, history).data(Ui::EntityRole).toString(), QStringLiteral("status_change"));
        QVERIFY(model.index(0, 0, history).data().toString().startsWith(Ui::Labels::disputeStatus(threatened.to)));
        QVERIFY(model.index(1, 0, history).data().toString().startsWith(Ui::Labels::disputeStatus(filed.to)));
        QCOMPARE(model.index(2, 0, history).data(Ui::EntityRole).toString(), QStringLiteral("event"));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(
            model.rowCount(model.indexOf(QStringLiteral("dispute"), ids.gettyVsStability)), 1, 30000);

        // Changes through commands show up (the rebuild is queued).
        QVERIFY(session.push(new Ui::DeleteActorCommand(&session, *session.find<Actor>(ids.reddit), QString())));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(1, 0)), 4, 30000);
        session.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(1, 0)), 5, 30000);
        QVERIFY(model.indexOf(QStringLiteral("actor"), ids.reddit).isValid());

        session.close();
        QCOMPARE(model.rowCount(), 0);
    }

    // Records with a translation to review are listed together, events included; a fix takes them out.
    void navigatorNeedsReview()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        {
            Storage::StorageError error;
            const auto database = Storage::Database::open(path, {}, &error);
            QVERIFY2(database, qPrintable(error.message));
            Storage::Database &db = *database;
            Storage::EventRepository events(db);
            Event talks = *events.find(ids.talks, &error);
            talks.text.setText(Language::English, QStringLiteral("Talks fail"), TranslationStatus::NeedsReview);
            QVERIFY(events.update(talks, &error));
            Storage::ActorRepository actors(db);
            Actor reddit = *actors.find(ids.reddit, &error);
            reddit.description = BilingualText::both(QStringLiteral("Forum"), QStringLiteral("Forum site"));
            reddit.description.frStatus = TranslationStatus::NeedsReview;
            QVERIFY(actors.update(reddit, &error));
            Storage::ClaimRepository claims(db);
            Claim claim = *claims.find(ids.claim, &error);
            claim.text.enStatus = TranslationStatus::NeedsReview;
            QVERIFY(claims.update(claim, &error));
        }
        Ui::DatabaseSession session;
        Ui::NavigatorModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(session.open(path, false, nullptr));
        const QModelIndex review = model.index(4, 0);
        QVERIFY(review.data().toString().startsWith(QStringLiteral("Needs review")));
        auto listed = [&model] {
            QStringList rows;
            const QModelIndex group = model.index(4, 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex row = model.index(r, 0, group);
                rows.append(row.data(Ui::EntityRole).toString() + QLatin1Char('#')
                    + QString::number(row.data(Ui::IdRole).toLongLong()));
            }
            return rows;
        };
        auto entry = [](const char *entity, RowId id) {
            return QLatin1String(entity) + QLatin1Char('#') + QString::number(id);
        };
        QCOMPARE(
            listed(), (QStringList {entry("actor", ids.reddit), entry("claim", ids.claim), entry("event", ids.talks)}));

        // Reviewed: the claim's English text is marked translated, and leaves the group (and comes back on undo).
        const Claim before = *session.find<Claim>(ids.claim);
        Claim reviewed = before;
        reviewed.text.enStatus = TranslationStatus::Translated;
        QVERIFY(session.push(new Ui::EditCommand<Claim>(&session, before, reviewed, QString())));
        QTRY_COMPARE_WITH_TIMEOUT(
            listed(), (QStringList {entry("actor", ids.reddit), entry("event", ids.talks)}), 30000);
        session.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.index(4, 0)), 3, 30000);
    }

    void searchResults()
    {
        Ui::SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Storage::SearchHit hit;
        hit.entity = QStringLiteral("event");
        hit.id = 7;
        hit.titleFr = QStringLiteral("Échec des négociations");
        hit.snippet = QStringLiteral("les ") + Storage::SearchHit::highlightStart + QStringLiteral("négociations")
            + Storage::SearchHit::highlightEnd + QStringLiteral(" échouent");
        Storage::SearchHit english = hit;
        english.id = 8;
        english.titleFr.clear();
        english.titleEn = QStringLiteral("Talks fail");
        model.setHits({hit, english});
        QCOMPARE(model.rowCount(), 2);
        model.setContentLanguage(Ui::ContentLanguage::English);
        // No English title: the French one stands in.
        QCOMPARE(model.index(0).data().toString(), hit.titleFr);
        QCOMPARE(model.index(1).data().toString(), english.titleEn);
        QCOMPARE(model.index(1).data(Ui::IdRole).toLongLong(), 8);
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("les négociations échouent"));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
