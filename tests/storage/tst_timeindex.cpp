// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite time index (duration classes over a B-tree, schema step 3):
// the stored class agrees with TimeIndex::classOf, every class branch of the
// window query uses the index, and window queries over random ranges give
// what a brute-force pass gives, for events of every duration (instants,
// fuzzy and circa dates, long and open-ended ranges), loaded in bulk or
// record by record, updated and deleted.
#include "storagetesthelpers.h"

#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/timeindex_p.h"
#include "storage/timelinerows.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

namespace {

constexpr qint64 minInt = std::numeric_limits<qint64>::min();
constexpr qint64 maxInt = std::numeric_limits<qint64>::max();

FuzzyDate randomPoint(QRandomGenerator &random, int firstYear, int lastYear)
{
    const int year = random.bounded(firstYear, lastYear + 1);
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
        return FuzzyDate::fromMinute(
            QDateTime(QDate(year, month, day), QTime(random.bounded(24), random.bounded(60)), QTimeZone::UTC));
    }
}

/// Events of every class: instants, days, months, years, circa dates,
/// ranges of a few days to centuries, a few around years 1 and 9999.
QList<Event> randomEvents(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Event> events;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.uid = QStringLiteral("span-%1-%2").arg(seed).arg(i);
        event.title = BilingualText::original(Language::French, QStringLiteral("Événement %1").arg(i));
        const bool extreme = random.bounded(50) == 0;
        event.start = extreme ? randomPoint(random, 1, 40) : randomPoint(random, 1900, 2030);
        switch (random.bounded(12)) {
        case 0:
            event.start.setCirca(true);
            break;
        case 1: // a few days to a few months, day precision
            event.end = FuzzyDate::fromDay(event.start.latest().date().addDays(random.bounded(1, 120)));
            break;
        case 2: // years to centuries
            event.end = FuzzyDate::fromYear(event.start.start().year + random.bounded(1, 300));
            break;
        case 3: // very long, to the end of the calendar
            if (random.bounded(4) == 0)
                event.end = FuzzyDate::fromYear(extreme ? 9999 : event.start.start().year + random.bounded(300, 2000));
            break;
        default:
            break;
        }
        events.append(event);
    }
    return events;
}

struct Span
{
    RowId id;
    qint64 tMin;
    qint64 tMax;
};

} // namespace

class TestTimeIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        QString message;
        auto db = openDatabase(m_dir.filePath(QStringLiteral("time-%1.frise").arg(++m_counter)), &message);
        if (!db)
            qWarning("%s", qPrintable(message));
        return db;
    }

    static QList<Span> storedSpans(Database &db)
    {
        QList<Span> spans;
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT id, t_min, t_max FROM event"));
        while (query.next())
            spans.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
        return spans;
    }

    /// Checks both window queries (maintenance and timeline) against a brute-force pass over @p spans.
    static bool windowMatches(Database &db, const QList<Span> &spans, const QHash<RowId, Span> &byId, qint64 from,
        qint64 to, QString *problem)
    {
        QList<RowId> expected;
        for (const Span &span : spans) {
            if (span.tMax >= from && span.tMin <= to)
                expected.append(span.id);
        }
        std::sort(expected.begin(), expected.end());
        StorageError error;
        const QList<EventSpan> found = Maintenance(db).eventsOverlapping(from, to, &error);
        QList<RowId> ids;
        for (const EventSpan &span : found) {
            ids.append(span.id);
            const auto stored = byId.constFind(span.id);
            if (stored == byId.cend() || stored->tMin != span.tMin || stored->tMax != span.tMax) {
                *problem = QStringLiteral("wrong span for event %1").arg(span.id);
                return false;
            }
        }
        std::sort(ids.begin(), ids.end());
        QList<RowId> rows;
        const bool ok = TimelineRows(db).forEachOverlapping(
            from, to,
            [&](const TimelineRow &row) {
                rows.append(row.id);
                return true;
            },
            &error);
        if (!ok || error.isError()) {
            *problem = error.message;
            return false;
        }
        if (ids != expected || rows != expected) {
            *problem = QStringLiteral("window [%1, %2]: %3 expected, %4 from eventsOverlapping, %5 from TimelineRows")
                           .arg(from)
                           .arg(to)
                           .arg(expected.size())
                           .arg(ids.size())
                           .arg(rows.size());
            return false;
        }
        return true;
    }

    static bool randomWindowsMatch(Database &db, quint32 seed, QString *problem)
    {
        const QList<Span> spans = storedSpans(db);
        if (spans.isEmpty()) {
            *problem = QStringLiteral("no events");
            return false;
        }
        const qint64 low = FuzzyDate::fromYear(1).earliestMinutes();
        const qint64 high = FuzzyDate::fromYear(9999).latestMinutes();
        const qint64 dense = FuzzyDate::fromYear(1895).earliestMinutes();
        QList<std::pair<qint64, qint64>> windows = {{minInt, maxInt}, {minInt, dense}, {dense, maxInt}, {low, low},
            {high, high}, {high + 1, maxInt}, {minInt, low - 1}};
        QRandomGenerator random(seed);
        const qint64 lengths[] = {0, 59, 1439, 1440 * 31, 1440 * 366, 1440 * 3660, 1440 * 366 * 200};
        for (int i = 0; i < 200; ++i) {
            const bool anywhere = random.bounded(10) == 0;
            const qint64 from = anywhere ? low + qint64(random.bounded(double(high - low)))
                                         : dense + qint64(random.bounded(double(1440) * 366 * 140));
            const qint64 length = lengths[random.bounded(int(std::size(lengths)))];
            windows.append({from, from + qint64(random.bounded(double(length + 1)))});
        }
        // Windows that start or end exactly on an event's bounds.
        for (int i = 0; i < 40; ++i) {
            const Span &span = spans.at(random.bounded(int(spans.size())));
            windows.append({span.tMax, span.tMax + 1440});
            windows.append({span.tMin - 1440, span.tMin});
        }
        QHash<RowId, Span> byId;
        for (const Span &span : spans)
            byId.insert(span.id, span);
        for (const auto &[from, to] : std::as_const(windows)) {
            if (!windowMatches(db, spans, byId, from, to, problem))
                return false;
        }
        qint64 first = 0;
        qint64 last = 0;
        StorageError error;
        if (!Maintenance(db).timeExtent(&first, &last, &error)) {
            *problem = QStringLiteral("no time extent");
            return false;
        }
        const auto [minSpan, maxSpan] = std::pair {
            std::min_element(spans.cbegin(), spans.cend(), [](auto &a, auto &b) { return a.tMin < b.tMin; })->tMin,
            std::max_element(spans.cbegin(), spans.cend(), [](auto &a, auto &b) { return a.tMax < b.tMax; })->tMax};
        if (first != minSpan || last != maxSpan) {
            *problem
                = QStringLiteral("time extent %1..%2, expected %3..%4").arg(first).arg(last).arg(minSpan).arg(maxSpan);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The class as SQL computes (classExpression()) is TimeIndex::classOf;
    // windowQueryUsesTheIndex checks that the stored index has that expression.
    void classMatchesSchema()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QList<qint64> durations = {1, 2, 1000, 1440 * 365 * 3000LL, 1LL << 40};
        for (const qint64 bound : TimeIndex::maxDurations)
            durations << bound << bound + 1 << (bound > 0 ? bound - 1 : 0);
        StorageError error;
        int n = 0;
        for (const qint64 duration : std::as_const(durations)) {
            const qint64 tMin = 26297280 - 7 * n;
            QVERIFY2(db->exec(QStringLiteral("INSERT INTO event (uid, start_date, t_min, t_max) VALUES "
                                             "('class-%1', '2020', %2, %3)")
                                  .arg(++n)
                                  .arg(tMin)
                                  .arg(tMin + duration),
                         &error),
                qPrintable(error.message));
            const int stored = scalar(*db,
                QStringLiteral("SELECT %1 FROM event WHERE uid = 'class-%2'").arg(TimeIndex::classExpression()).arg(n))
                                   .toInt();
            QVERIFY2(stored == TimeIndex::classOf(duration),
                qPrintable(QStringLiteral("duration %1: class %2 in SQL, %3 in C++")
                        .arg(duration)
                        .arg(stored)
                        .arg(TimeIndex::classOf(duration))));
            QVERIFY(stored >= 0 && stored < TimeIndex::classCount);
        }
        QCOMPARE(TimeIndex::classOf(0), 0);
        QCOMPARE(TimeIndex::classOf(maxInt), TimeIndex::classCount - 1);
    }

    // Each class branch is a search of the stored index alone (which needs
    // the same expression in the query and in the schema), never a scan.
    void windowQueryUsesTheIndex()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        QSqlQuery plan(db->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + TimeIndex::overlappingSql(QStringLiteral("id"))));
        for (const auto &[name, value] : TimeIndex::parameters(26297280, 26297280 + 44640))
            plan.bindValue(QString::fromLatin1(name), value);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        int searches = 0;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            QVERIFY2(!detail.startsWith(QLatin1String("SCAN event")), qPrintable(detail));
            if (detail.contains(QLatin1String("USING COVERING INDEX event_window")))
                ++searches;
        }
        QCOMPARE(searches, TimeIndex::classCount);
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + TimeIndex::latestSql()));
        searches = 0;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            QVERIFY2(!detail.startsWith(QLatin1String("SCAN event")), qPrintable(detail));
            if (detail.contains(QLatin1String("USING COVERING INDEX event_window")))
                ++searches;
        }
        QCOMPARE(searches, 2 * TimeIndex::classCount - 1);
    }

    void windowsMatchBruteForce_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("recordByRecord");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("bulk import") << 6000 << false << 1u;
        QTest::newRow("bulk import, other events") << 6000 << false << 2u;
        QTest::newRow("record by record, updated and deleted") << 1500 << true << 3u;
    }

    void windowsMatchBruteForce()
    {
        QFETCH(int, events);
        QFETCH(bool, recordByRecord);
        QFETCH(quint32, seed);
        auto db = freshDatabase();
        QVERIFY(db);
        StorageError error;
        QList<Event> generated = randomEvents(events, seed);
        if (recordByRecord) {
            EventRepository repository(*db);
            for (Event &event : generated)
                QVERIFY2(repository.insert(event, &error), qPrintable(error.message));
            // Moved in time (across classes) and deleted: the index follows.
            QRandomGenerator random(seed + 100);
            for (int i = 0; i < 300; ++i) {
                Event &event = generated[i * 3 + 1];
                event.start = randomPoint(random, 1800, 2030);
                event.end = random.bounded(2) ? FuzzyDate() : FuzzyDate::fromYear(event.start.start().year + 50);
                QVERIFY2(repository.update(event, &error), qPrintable(error.message));
            }
            for (int i = 0; i < 100; ++i)
                repository.removeAnyVersion(generated.at(i * 7).id, &error);
        } else {
            Dataset dataset;
            dataset.events = generated;
            ImportSummary summary;
            QVERIFY2(DatasetStore(*db).import(dataset, {}, {}, &summary, &error), qPrintable(error.message));
            // The bulk path built the index after the load.
            QVERIFY(std::any_of(summary.phases.cbegin(), summary.phases.cend(),
                [](const ImportPhase &phase) { return phase.name == QLatin1String("time index"); }));
        }
        QString problem;
        QVERIFY2(randomWindowsMatch(*db, seed, &problem), qPrintable(problem));
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTimeIndex)
#include "tst_timeindex.moc"
