// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's compact event stream, window query and title look-ups,
// checked against a brute-force pass over the same generated events.
#include "storagetesthelpers.h"

#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/timelinerows.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

namespace {

constexpr int eventCount = 3000;

FuzzyDate randomPoint(QRandomGenerator &random)
{
    const int year = random.bounded(1990, 2026);
    const int month = random.bounded(1, 13);
    const int day = random.bounded(1, 29);
    switch (random.bounded(4)) {
    case 0:
        return FuzzyDate::fromYear(year);
    case 1:
        return FuzzyDate::fromMonth(year, month);
    case 2:
        return FuzzyDate::fromDay(QDate(year, month, day));
    default:
        return FuzzyDate::fromMinute(QDateTime(QDate(year, month, day), QTime(random.bounded(24), 0), QTimeZone::UTC));
    }
}

/// Events of every precision, circa dates, ranges and spans, linked to a few disputes, actors and tags.
Dataset generate()
{
    QRandomGenerator random(7);
    Dataset dataset;
    for (int d = 1; d <= 8; ++d) {
        Dispute dispute;
        dispute.id = d;
        dispute.title = BilingualText::both(QStringLiteral("Litige %1").arg(d), QStringLiteral("Dispute %1").arg(d));
        dispute.colour = QStringLiteral("#%1").arg(0x203040 * d % 0xffffff, 6, 16, QLatin1Char('0'));
        dataset.disputes.append(dispute);
    }
    for (int a = 1; a <= 20; ++a) {
        Actor actor;
        actor.id = a;
        actor.kind = Actor::Kind::Company;
        actor.name = BilingualText::both(QStringLiteral("Acteur %1").arg(a), QStringLiteral("Actor %1").arg(a));
        dataset.actors.append(actor);
    }
    const QStringList tags {QStringLiteral("copyright"), QStringLiteral("scraping"), QStringLiteral("licence"),
        QStringLiteral("antitrust"), QStringLiteral("privacy"), QStringLiteral("api")};
    for (const QString &name : tags) {
        Tag tag;
        tag.name = name;
        dataset.tags.append(tag);
    }
    for (int i = 1; i <= eventCount; ++i) {
        Event event;
        event.id = i;
        event.title = BilingualText::both(QStringLiteral("Événement %1").arg(i), QStringLiteral("Event %1").arg(i));
        if (i % 11 == 0)
            event.title.en.clear(); // falls back to French
        event.text = BilingualText::both(QStringLiteral("Texte %1").arg(i), QStringLiteral("Text %1").arg(i));
        if (i % 13 == 0) // translations to review, in either field and language
            event.text.frStatus = TranslationStatus::NeedsReview;
        if (i % 17 == 0 && !event.title.en.isEmpty())
            event.title.enStatus = TranslationStatus::NeedsReview;
        event.start = randomPoint(random);
        const int shape = random.bounded(10);
        if (shape == 0)
            event.start.setCirca(true);
        else if (shape == 1)
            event.start = FuzzyDate::between(event.start, FuzzyDate::fromYear(event.start.start().year + 1));
        else if (shape == 2)
            event.end = FuzzyDate::fromYear(event.start.start().year + random.bounded(1, 4));
        event.importance = random.bounded(1, 6);
        for (int d = 1; d <= 8; ++d)
            if (random.bounded(5) == 0)
                event.disputeIds.append(d);
        for (int a = 1; a <= 20; ++a)
            if (random.bounded(8) == 0)
                event.actors.append({a, random.bounded(2) ? QStringLiteral("plaintiff") : QString()});
        for (const QString &tag : tags)
            if (random.bounded(4) == 0)
                event.tags.append(tag);
        dataset.events.append(event);
    }
    return dataset;
}

QList<RowId> sortedIds(QList<RowId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestTimelineRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Dataset m_stored; ///< as read back, with database ids
    QHash<QString, RowId> m_tagIds;

    QList<RowId> bruteForce(qint64 from, qint64 to) const
    {
        QList<RowId> ids;
        if (from > to)
            return ids;
        for (const Event &e : m_stored.events)
            if (e.latestMinutes() >= from && e.earliestMinutes() <= to)
                ids.append(e.id);
        return sortedIds(ids);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString message;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("rows.frise")), &message);
        QVERIFY2(m_db, qPrintable(message));
        StorageError error;
        QVERIFY2(DatasetStore(*m_db).import(generate(), {}, {}, nullptr, &error), qPrintable(error.message));
        QVERIFY2(DatasetStore(*m_db).exportAll(&m_stored, &error), qPrintable(error.message));
        QCOMPARE(m_stored.events.size(), eventCount);
        for (const Tag &tag : TagRepository(*m_db).all(&error))
            m_tagIds.insert(tag.name, tag.id);
        QVERIFY(!error);
    }

    void streamsEveryEvent()
    {
        QHash<RowId, const Event *> byId;
        for (const Event &e : m_stored.events)
            byId.insert(e.id, &e);
        StorageError error;
        RowId previous = 0;
        int rows = 0;
        const bool ok = TimelineRows(*m_db).forEach(
            [&](const TimelineRow &row) {
                ++rows;
                if (row.id <= previous)
                    return false; // not in id order: fails below
                previous = row.id;
                const Event *e = byId.value(row.id);
                if (!e)
                    return false;
                QSet<RowId> actors;
                for (const EventActor &a : e->actors)
                    actors.insert(a.actorId);
                QSet<RowId> tags;
                for (const QString &t : e->tags)
                    tags.insert(m_tagIds.value(t));
                const bool same = row.tMin == e->earliestMinutes() && row.tMax == e->latestMinutes()
                    && row.start == e->start && row.end == e->end && row.importance == e->importance
                    && QSet<RowId>(row.disputeIds.begin(), row.disputeIds.end())
                        == QSet<RowId>(e->disputeIds.begin(), e->disputeIds.end())
                    && QSet<RowId>(row.actorIds.begin(), row.actorIds.end()) == actors
                    && QSet<RowId>(row.tagIds.begin(), row.tagIds.end()) == tags;
                if (!same)
                    qWarning("event %lld differs", qint64(row.id));
                return same;
            },
            &error);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(ok);
        QCOMPARE(rows, eventCount);
    }

    void lanesListTheRecordsNames()
    {
        StorageError error;
        const LaneRows lanes = TimelineRows(*m_db).lanes(&error);
        QVERIFY2(!error, qPrintable(error.message));
        const QList<Dispute> disputes = DisputeRepository(*m_db).all(&error);
        const QList<Actor> actors = ActorRepository(*m_db).all(&error);
        const QList<Tag> tags = TagRepository(*m_db).all(&error);
        QVERIFY(!error);
        QCOMPARE(lanes.disputes.size(), disputes.size());
        for (qsizetype i = 0; i < disputes.size(); ++i) {
            const LaneRow &row = lanes.disputes.at(i);
            QCOMPARE(row.id, disputes.at(i).id);
            QCOMPARE(row.key, disputes.at(i).uid);
            QCOMPARE(row.labelFr, disputes.at(i).title.fr);
            QCOMPARE(row.labelEn, disputes.at(i).title.en);
            QCOMPARE(row.colour, disputes.at(i).colour);
        }
        QCOMPARE(lanes.actors.size(), actors.size());
        for (qsizetype i = 0; i < actors.size(); ++i) {
            QCOMPARE(lanes.actors.at(i).id, actors.at(i).id);
            QCOMPARE(lanes.actors.at(i).key, actors.at(i).uid);
            QCOMPARE(lanes.actors.at(i).labelFr, actors.at(i).name.fr);
            QCOMPARE(lanes.actors.at(i).labelEn, actors.at(i).name.en);
        }
        QCOMPARE(lanes.tags.size(), tags.size());
        for (qsizetype i = 0; i < tags.size(); ++i) {
            QCOMPARE(lanes.tags.at(i).id, tags.at(i).id);
            QCOMPARE(lanes.tags.at(i).key, tags.at(i).name);
            QCOMPARE(lanes.tags.at(i).labelFr, tags.at(i).label.fr);
            QCOMPARE(lanes.tags.at(i).labelEn, tags.at(i).label.en);
        }
        QVERIFY(!lanes.disputes.isEmpty() && !lanes.actors.isEmpty() && !lanes.tags.isEmpty());
    }

    void stopsWhenAsked()
    {
        StorageError error;
        int rows = 0;
        QVERIFY(!TimelineRows(*m_db).forEach([&](const TimelineRow &) { return ++rows < 10; }, &error));
        QVERIFY(!error);
        QCOMPARE(rows, 10);
    }

    void window_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const auto minutes = [](int y, int m, int d) { return FuzzyDate::fromDay(QDate(y, m, d)).earliestMinutes(); };
        QTest::newRow("one day") << minutes(2010, 6, 1) << minutes(2010, 6, 2) - 1;
        QTest::newRow("one year") << minutes(2001, 1, 1) << minutes(2002, 1, 1) - 1;
        QTest::newRow("decade") << minutes(2000, 1, 1) << minutes(2010, 1, 1);
        QTest::newRow("before all") << minutes(1900, 1, 1) << minutes(1950, 1, 1);
        QTest::newRow("everything") << std::numeric_limits<qint64>::min() << std::numeric_limits<qint64>::max();
        QTest::newRow("one minute") << minutes(2015, 3, 1) << minutes(2015, 3, 1);
        QTest::newRow("empty range") << minutes(2015, 3, 2) << minutes(2015, 3, 1);
        QRandomGenerator random(11);
        for (int i = 0; i < 8; ++i) {
            const qint64 from = minutes(1988, 1, 1) + qint64(random.bounded(40 * 365)) * 1440;
            const qint64 to = from + qint64(random.bounded(400)) * 1440 + random.bounded(1440);
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << from << to;
        }
    }

    void window()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const QList<RowId> expected = bruteForce(from, to);
        StorageError error;
        QList<RowId> ids;
        qsizetype withLinks = 0;
        QVERIFY(TimelineRows(*m_db).forEachOverlapping(
            from, to,
            [&](const TimelineRow &row) {
                ids.append(row.id);
                withLinks += row.disputeIds.empty() && row.actorIds.empty() && row.tagIds.empty() ? 0 : 1;
                return true;
            },
            &error));
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(ids, expected);
        // The links of the window's events come along.
        qsizetype expectedWithLinks = 0;
        for (const Event &e : m_stored.events)
            if (expected.contains(e.id) && (!e.disputeIds.isEmpty() || !e.actors.isEmpty() || !e.tags.isEmpty()))
                ++expectedWithLinks;
        QCOMPARE(withLinks, expectedWithLinks);
        // Same answer as the maintenance window query.
        if (from > to)
            return;
        QList<RowId> spans;
        for (const EventSpan &span : Maintenance(*m_db).eventsOverlapping(from, to, &error))
            spans.append(span.id);
        QCOMPARE(sortedIds(spans), expected);
    }

    void labels_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("a page") << 37;
        QTest::newRow("several batches") << 1234;
    }

    void labels()
    {
        QFETCH(int, count);
        std::vector<RowId> ids;
        for (int i = 0; i < count; ++i)
            ids.push_back(m_stored.events.at((i * 7919) % eventCount).id);
        ids.push_back(999999999); // unknown: left out
        StorageError error;
        const QHash<RowId, EventLabel> labels = TimelineRows(*m_db).labels(ids, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(labels.size(), QSet<RowId>(ids.begin(), ids.end() - 1).size());
        for (const Event &e : m_stored.events) {
            const auto it = labels.find(e.id);
            if (it == labels.end())
                continue;
            QCOMPARE(it->title(true), e.title.textOrFallback(Language::French));
            QCOMPARE(it->title(false), e.title.textOrFallback(Language::English));
            QCOMPARE(it->start, e.start);
            QCOMPARE(it->end, e.end);
            QCOMPARE(it->textFr, e.text.fr);
        }
    }

    void eventsOfOwner_data()
    {
        QTest::addColumn<int>("owner");
        QTest::newRow("dispute") << int(TimelineRows::Owner::Dispute);
        QTest::newRow("actor") << int(TimelineRows::Owner::Actor);
        QTest::newRow("tag") << int(TimelineRows::Owner::Tag);
    }

    void eventsOfOwner()
    {
        QFETCH(int, owner);
        const auto kind = TimelineRows::Owner(owner);
        StorageError error;
        const RowId ownerId = kind == TimelineRows::Owner::Dispute ? m_stored.disputes.at(2).id
            : kind == TimelineRows::Owner::Actor                   ? m_stored.actors.at(3).id
                                                                   : m_tagIds.value(QStringLiteral("licence"));
        QList<const Event *> expected;
        for (const Event &e : m_stored.events) {
            const bool cites = kind == TimelineRows::Owner::Dispute ? e.disputeIds.contains(ownerId)
                : kind == TimelineRows::Owner::Actor                ? std::any_of(e.actors.begin(), e.actors.end(),
                                                                          [&](const EventActor &a) { return a.actorId == ownerId; })
                                                                    : e.tags.contains(QStringLiteral("licence"));
            if (cites)
                expected.append(&e);
        }
        QVERIFY(expected.size() > 50);
        QList<RowId> expectedIds;
        for (const Event *e : expected)
            expectedIds.append(e->id);
        QCOMPARE(TimelineRows(*m_db).eventIdsOf(kind, ownerId, &error), sortedIds(expectedIds));
        QVERIFY(!error);

        std::stable_sort(expected.begin(), expected.end(), [](const Event *a, const Event *b) {
            return std::tuple(a->earliestMinutes(), a->latestMinutes(), a->id)
                < std::tuple(b->earliestMinutes(), b->latestMinutes(), b->id);
        });
        QList<RowId> paged;
        for (qint64 offset = 0;; offset += 17) {
            const QList<EventLabel> page = TimelineRows(*m_db).eventLabelsOf(kind, ownerId, offset, 17, &error);
            QVERIFY2(!error, qPrintable(error.message));
            for (const EventLabel &label : page)
                paged.append(label.id);
            if (page.size() < 17)
                break;
        }
        QList<RowId> expectedOrder;
        for (const Event *e : expected)
            expectedOrder.append(e->id);
        QCOMPARE(paged, expectedOrder);
    }

    void eventsNeedingReview()
    {
        auto toReview = [](const BilingualText &text) {
            return text.frStatus == TranslationStatus::NeedsReview || text.enStatus == TranslationStatus::NeedsReview;
        };
        QList<const Event *> expected;
        for (const Event &e : m_stored.events)
            if (toReview(e.title) || toReview(e.text))
                expected.append(&e);
        QVERIFY(expected.size() > 50);
        std::stable_sort(expected.begin(), expected.end(), [](const Event *a, const Event *b) {
            return std::tuple(a->earliestMinutes(), a->latestMinutes(), a->id)
                < std::tuple(b->earliestMinutes(), b->latestMinutes(), b->id);
        });
        QList<RowId> expectedOrder;
        for (const Event *e : expected)
            expectedOrder.append(e->id);
        StorageError error;
        QList<RowId> paged;
        for (qint64 offset = 0;; offset += 17) {
            const QList<EventLabel> page = TimelineRows(*m_db).eventLabelsNeedingReview(offset, 17, &error);
            QVERIFY2(!error, qPrintable(error.message));
            for (const EventLabel &label : page)
                paged.append(label.id);
            if (page.size() < 17)
                break;
        }
        QCOMPARE(paged, expectedOrder);
    }

    void revisionFollowsTimelineWrites_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("renewed");
        QTest::newRow("event retitled") << QStringLiteral("event") << true;
        QTest::newRow("event deleted") << QStringLiteral("event-delete") << true;
        // Link tables are WITHOUT ROWID (no update hook): their edits go with the event row's.
        QTest::newRow("event tags changed") << QStringLiteral("event-tags") << true;
        QTest::newRow("event actors changed") << QStringLiteral("event-actors") << true;
        QTest::newRow("event disputes changed") << QStringLiteral("event-disputes") << true;
        QTest::newRow("dispute retitled") << QStringLiteral("dispute") << true;
        QTest::newRow("actor renamed") << QStringLiteral("actor") << true;
        QTest::newRow("tag relabelled") << QStringLiteral("tag") << true;
        QTest::newRow("claim edited") << QStringLiteral("claim") << false;
        QTest::newRow("source edited") << QStringLiteral("source") << false;
        QTest::newRow("event edit rolled back") << QStringLiteral("rollback") << false;
    }
    void revisionFollowsTimelineWrites()
    {
        QFETCH(QString, change);
        QFETCH(bool, renewed);
        QTemporaryDir dir;
        QString message;
        std::unique_ptr<Database> db = openDatabase(dir.filePath(QStringLiteral("revision.frise")), &message);
        QVERIFY2(db, qPrintable(message));
        StorageError error;
        Dispute dispute;
        dispute.title = BilingualText::both(QStringLiteral("Litige"), QStringLiteral("Dispute"));
        Actor actor;
        actor.name = BilingualText::both(QStringLiteral("Reddit"), QStringLiteral("Reddit"));
        Source source;
        source.outlet = QStringLiteral("Reuters");
        QVERIFY(DisputeRepository(*db).insert(dispute, &error) && ActorRepository(*db).insert(actor, &error)
            && SourceRepository(*db).insert(source, &error));
        Event event;
        event.title = BilingualText::both(QStringLiteral("Annonce"), QStringLiteral("Announcement"));
        event.start = FuzzyDate::fromIsoText(QStringLiteral("2023-04-18"));
        event.disputeIds = {dispute.id};
        event.tags = {QStringLiteral("api")};
        QVERIFY(EventRepository(*db).insert(event, &error));
        Claim claim;
        claim.text = BilingualText::both(QStringLiteral("Affirmation"), QStringLiteral("Claim"));
        QVERIFY2(ClaimRepository(*db).insert(claim, &error), qPrintable(error.message));

        const QByteArray before = TimelineRows(*db).revision(&error);
        QVERIFY(!error);
        if (db->isPostgres()) { // other clients write at any time: no key, no cached timeline
            QVERIFY(before.isEmpty());
            return;
        }
        QVERIFY(before.contains("revision=") && !before.contains("revision=;"));
        QCOMPARE(TimelineRows(*db).revision(&error), before); // reading changes nothing

        if (change == QStringLiteral("event")) {
            event.title.en = QStringLiteral("Paid API announced");
            QVERIFY(EventRepository(*db).update(event, &error));
        } else if (change == QStringLiteral("event-tags")) {
            event.tags = {QStringLiteral("scraping")};
            QVERIFY(EventRepository(*db).update(event, &error));
        } else if (change == QStringLiteral("event-actors")) {
            event.actors = {{actor.id, QStringLiteral("plaintiff")}};
            QVERIFY(EventRepository(*db).update(event, &error));
        } else if (change == QStringLiteral("event-disputes")) {
            event.disputeIds.clear();
            QVERIFY(EventRepository(*db).update(event, &error));
        } else if (change == QStringLiteral("event-delete")) {
            QVERIFY(EventRepository(*db).removeAnyVersion(event.id, &error));
        } else if (change == QStringLiteral("dispute")) {
            dispute.title.en = QStringLiteral("Reddit vs AI");
            QVERIFY(DisputeRepository(*db).update(dispute, &error));
        } else if (change == QStringLiteral("actor")) {
            actor.name.en = QStringLiteral("Reddit, Inc.");
            QVERIFY(ActorRepository(*db).update(actor, &error));
        } else if (change == QStringLiteral("tag")) {
            QVERIFY(TagRepository(*db).setLabel(
                QStringLiteral("api"), BilingualText::both(QStringLiteral("API"), QStringLiteral("API")), &error));
        } else if (change == QStringLiteral("claim")) {
            claim.text.en = QStringLiteral("A claim");
            QVERIFY(ClaimRepository(*db).update(claim, &error));
        } else if (change == QStringLiteral("source")) {
            source.outlet = QStringLiteral("AFP");
            QVERIFY(SourceRepository(*db).update(source, &error));
        } else {
            QVERIFY(!db->write(
                [&](StorageError *e) {
                    event.title.en = QStringLiteral("Never stored");
                    return EventRepository(*db).update(event, e) && false;
                },
                &error));
            error = {};
        }
        const QByteArray after = TimelineRows(*db).revision(&error);
        QVERIFY(!error);
        QCOMPARE(after != before, renewed);

        // Another connection, as the timeline's loader has, sees the same key.
        db.reset();
        Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        db = Database::open(dir.filePath(QStringLiteral("revision.frise")), readOnly, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(TimelineRows(*db).revision(&error), after);
    }

    void importRenewsRevision()
    {
        QTemporaryDir dir;
        QString message;
        std::unique_ptr<Database> db = openDatabase(dir.filePath(QStringLiteral("import.frise")), &message);
        QVERIFY2(db, qPrintable(message));
        StorageError error;
        const QByteArray empty = TimelineRows(*db).revision(&error);
        QVERIFY(DatasetStore(*db).import(generate(), {}, {}, nullptr, &error));
        const QByteArray imported = TimelineRows(*db).revision(&error);
        QVERIFY(!error);
        if (db->isPostgres()) {
            QVERIFY(imported.isEmpty());
            return;
        }
        QVERIFY(imported != empty);
        QVERIFY(imported.endsWith(";last=3000"));
        QVERIFY(!imported.contains("events=")); // a current schema: every writer renews the token, no count
    }
};

QTEST_GUILESS_MAIN(TestTimelineRows)
#include "tst_timelinerows.moc"
