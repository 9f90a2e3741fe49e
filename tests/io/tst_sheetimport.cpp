// SPDX-License-Identifier: GPL-3.0-or-later
// A TimelineJS sheet big enough for every fast path of `frise import` (the
// bulk writer, the search index deferred to SearchBacklog, the file read on
// a second thread while its rows are written) is parsed and stored, and
// leaves exactly what the small-import path leaves (record by record,
// indexed in the transaction): rows, links, search hits. Streamed, a bad
// last row, a cancel or a failed write leave the database as it was.
#include "cli/importpipeline.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/searchbacklog.h"
#include "storage/searchindex.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Frise;

namespace {

// Above SearchBacklog's default threshold (50,000 records), so the default
// options take the deferred path.
constexpr int sheetRows = 60000;

// Rows with what a real sheet holds: accents, end dates and times, display
// dates, groups, media with credits, repeated titles (uids with a suffix), an
// era, a title row, and cells that the CSV reader must unquote.
QByteArray makeSheet()
{
    QByteArray data = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                      "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
                      ",,,,,,,,,Grand litige,\"Chronologie, générée\",,,,,title,,\r\n"
                      "2019,1,1,,2020,12,31,,,Période de négociation,,,,,,era,,\r\n";
    data.reserve(qsizetype(sheetRows) * 160);
    for (int i = 0; i < sheetRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += QByteArray::number(1990 + i % 35) + ',' + QByteArray::number(i / 28 % 12 + 1) + ','
            + (i % 11 == 0 ? QByteArray() : QByteArray::number(i % 28 + 1)) + ','
            + (i % 13 == 0 ? QByteArrayLiteral("14:30") : QByteArray()) + ','
            + (i % 7 == 0 ? QByteArray::number(2025 + i % 3) + ",6,," : QByteArrayLiteral(",,,")) + ','
            + (i % 17 == 0 ? QByteArrayLiteral("\"début de l'année\"") : QByteArray()) + ','
            + (i % 101 == 0 ? QByteArrayLiteral("Négociation sans fin")
                            : "Événement " + n + " accord" + QByteArray::number(i % 97))
            + ",\"<p>Texte, sur le litige " + QByteArray::number(i % 40) + " — données n" + n + "</p>\","
            + (i % 5 == 0 ? QByteArray() : "https://example.org/" + QByteArray::number(i % 1000)) + ','
            + (i % 5 == 0 ? QByteArray() : QByteArrayLiteral("Reuters")) + ",,,,"
            + (i % 9 == 0 ? QByteArray() : "Litige " + QByteArray::number(i % 40)) + ",\r\n";
    }
    return data;
}

// Every row of every table but the audit log and the full-text tables, and
// the schema, sorted: equal dumps, equal databases.
QStringList tableDump(Storage::Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        const QString name = tables.value(1).toString();
        lines << QStringLiteral("schema|%1|%2|%3").arg(tables.value(0).toString(), name, tables.value(2).toString());
        if (tables.value(0).toString() == QLatin1String("table") && name != QLatin1String("audit")
            && !name.startsWith(QLatin1String("sqlite_")) && !name.contains(QLatin1String("_fts")))
            names << name;
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(name));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
            // A random token per write (TimelineRows::revision()): only its presence compares.
            if (name == QLatin1String("meta") && values.value(0) == QLatin1String("timeline_revision"))
                values[1] = QStringLiteral("(token)");
            lines << name + u'|' + values.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

// A sheet of @p rows events whose warnings fall in several parts of a
// streamed read: end dates skipped, duplicates of rows parts earlier, an
// unknown column, and a column Frise drops.
QByteArray makeWarningSheet(int rows)
{
    QByteArray data = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                      "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Remarks\r\n";
    for (int i = 0; i < rows; ++i) {
        // Row i repeats row i - 5000's title and date every 1009 rows: a duplicate from an earlier part.
        const int same = i >= 5000 && i % 1009 == 0 ? i - 5000 : i;
        data += QByteArray::number(1990 + same % 35) + ',' + QByteArray::number(same / 28 % 12 + 1) + ','
            + QByteArray::number(same % 28 + 1) + ",," + (i % 997 == 0 ? QByteArrayLiteral("2030,x,,") : ",,,")
            + ",,Event " + QByteArray::number(same) + ",Text " + QByteArray::number(i) + ",,,,,,,"
            + (i % 3001 == 0 ? QByteArrayLiteral("#fff") : QByteArray()) + ",note\r\n";
    }
    return data;
}

QStringList searchKeys(Storage::Database &db, const QString &text)
{
    Storage::SearchQuery query;
    query.text = text;
    query.limit = 100000;
    Storage::StorageError error;
    QStringList keys;
    for (const Storage::SearchHit &hit : Storage::SearchIndex(db).search(query, &error))
        keys << hit.entity + u':' + QString::number(hit.id) + u':' + hit.snippet;
    if (error.isError())
        keys << QStringLiteral("error: ") + error.message;
    keys.sort();
    return keys;
}

} // namespace

class TestSheetImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_smallRows; ///< the small path's dump of makeSheet()
    qint64 m_smallInserted = 0; ///< and its count of records

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static Io::ImportOptions sheetOptions()
    {
        Io::ImportOptions parse;
        parse.format = Io::Format::TimelineJsCsv;
        parse.language = Language::French;
        return parse;
    }

    // A new database, and the pipeline that imports @p sheet into it (chosen
    // while the file is closed, as `frise import` does: an open write-ahead
    // log may hold a newer schema than the file's header says).
    std::pair<std::unique_ptr<Storage::Database>, std::unique_ptr<Cli::ImportPipeline>> pipelineInto(
        const QString &name, const QString &sheet)
    {
        if (!open(name))
            return {};
        auto pipeline = Cli::ImportPipeline::forFile(sheet, sheetOptions(), m_dir.filePath(name));
        return {open(name), std::move(pipeline)};
    }

    std::unique_ptr<Storage::Database> open(const QString &name)
    {
        Storage::Database::OpenOptions options;
        options.create = true;
        Storage::StorageError error;
        auto db = Storage::Database::open(m_dir.filePath(name), options, &error);
        if (!db)
            qWarning("open %s: %s", qPrintable(name), qPrintable(error.message));
        return db;
    }

private Q_SLOTS:
    void fastPathMatchesSmallPath()
    {
        QVERIFY(m_dir.isValid());
        Io::ImportOptions parse;
        parse.format = Io::Format::TimelineJsCsv;
        parse.language = Language::French;
        const Io::ImportResult result = Io::Importer::importData(makeSheet(), QStringLiteral("big.csv"), parse);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), sheetRows);
        QCOMPARE(result.dataset.eras.size(), 1);
        QVERIFY(std::any_of(result.dataset.events.cbegin(), result.dataset.events.cend(),
            [](const Event &event) { return event.uid == QLatin1String("negociation-sans-fin-2"); }));

        // The fast path, as `frise import` takes it: bulk rows, index deferred, then built.
        auto fast = open(QStringLiteral("fast.frise"));
        QVERIFY(fast);
        Storage::StorageError error;
        Storage::ImportSummary fastSummary;
        QVERIFY2(Storage::DatasetStore(*fast).import(result.dataset, {}, {}, &fastSummary, &error),
            qPrintable(error.message));
        QVERIFY(Storage::SearchBacklog(*fast).isPending(&error));
        QVERIFY(searchKeys(*fast, QStringLiteral("negociation")).size() < 10);
        QVERIFY2(Storage::SearchBacklog(*fast).build({}, &error), qPrintable(error.message));
        QVERIFY(!Storage::SearchBacklog(*fast).isPending(&error));

        // The small-import path: record by record, indexed in the transaction.
        auto small = open(QStringLiteral("small.frise"));
        QVERIFY(small);
        Storage::DatasetStore::ImportOptions recordByRecord;
        recordByRecord.allowBulk = false;
        recordByRecord.deferSearchIndexFrom = std::numeric_limits<qint64>::max();
        Storage::ImportSummary smallSummary;
        QVERIFY2(Storage::DatasetStore(*small).import(result.dataset, recordByRecord, {}, &smallSummary, &error),
            qPrintable(error.message));
        QCOMPARE(fastSummary.inserted, smallSummary.inserted);
        QCOMPARE(fastSummary.reused, smallSummary.reused);

        const QStringList fastRows = tableDump(*fast);
        const QStringList smallRows = tableDump(*small);
        m_smallRows = smallRows;
        m_smallInserted = smallSummary.inserted;
        QVERIFY(fastRows.size() > 2 * sheetRows); // events and their links
        QCOMPARE(fastRows.size(), smallRows.size());
        for (qsizetype i = 0; i < fastRows.size(); ++i)
            QCOMPARE(fastRows.at(i), smallRows.at(i));

        for (const QString &words :
            {QStringLiteral("negociation"), QStringLiteral("donnees n5999"), QStringLiteral("accord4"),
                QStringLiteral("reuters"), QStringLiteral("litige 7"), QStringLiteral("evenement 59999")}) {
            const QStringList hits = searchKeys(*fast, words);
            QVERIFY2(!hits.isEmpty(), qPrintable(words));
            QCOMPARE(hits, searchKeys(*small, words));
        }
        for (Storage::Database *db : {fast.get(), small.get()}) {
            const Storage::CheckReport report = Storage::Maintenance(*db).check(&error);
            QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        }
    }

    // `frise import`'s pipeline: the sheet read on a second thread, parts
    // written as they come; the same rows and search hits as the small path.
    void streamedMatchesSmallPath()
    {
        QVERIFY2(!m_smallRows.isEmpty(), "fastPathMatchesSmallPath runs first");
        const QString sheet = write(QStringLiteral("streamed.csv"), makeSheet());
        auto [db, pipeline] = pipelineInto(QStringLiteral("streamed.frise"), sheet);
        QVERIFY(db);
        QVERIFY2(pipeline, "a big sheet into a current SQLite file is streamed");
        QVERIFY(pipeline->expectedRecords() >= sheetRows);
        pipeline->start();
        Storage::StorageError error;
        Storage::ImportSummary summary;
        QVERIFY2(pipeline->write(*db, {}, &summary, &error), qPrintable(error.message));
        QVERIFY(pipeline->readResult().ok());
        QCOMPARE(summary.inserted, m_smallInserted);
        QVERIFY(std::any_of(summary.phases.cbegin(), summary.phases.cend(),
            [](const Storage::ImportPhase &phase) { return phase.name == QLatin1String("rows"); }));
        QVERIFY(Storage::SearchBacklog(*db).isPending(&error));
        QVERIFY2(Storage::SearchBacklog(*db).build({}, &error), qPrintable(error.message));

        const QStringList rows = tableDump(*db);
        QCOMPARE(rows.size(), m_smallRows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i), m_smallRows.at(i));
        auto small = open(QStringLiteral("small.frise"));
        QVERIFY(small);
        for (const QString &words : {QStringLiteral("negociation"), QStringLiteral("donnees n5999"),
                 QStringLiteral("litige 7"), QStringLiteral("evenement 59999")})
            QCOMPARE(searchKeys(*db, words), searchKeys(*small, words));
        const Storage::CheckReport report = Storage::Maintenance(*db).check(&error);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    }

    // Warnings come out as reading the whole file first gives them: same text, same order.
    void streamedWarningsInOrder()
    {
        const QByteArray data = makeWarningSheet(20000);
        const Io::ImportResult whole = Io::Importer::importData(data, QStringLiteral("warned.csv"), sheetOptions());
        QVERIFY2(whole.ok(), qPrintable(whole.error.toString()));
        QVERIFY(whole.warnings.size() > 30);
        const QString sheet = write(QStringLiteral("warned.csv"), data);
        auto [db, pipeline] = pipelineInto(QStringLiteral("warned.frise"), sheet);
        QVERIFY(db && pipeline);
        pipeline->start();
        Storage::StorageError error;
        QVERIFY2(pipeline->write(*db, {}, nullptr, &error), qPrintable(error.message));
        QCOMPARE(pipeline->readResult().warnings, whole.warnings);
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM event")) && count.next());
        QCOMPARE(count.value(0).toInt(), 20000);
    }

    // A bad cell in the last row, read after most rows were written: the
    // file is refused with its line and column, and nothing stays written,
    // not even the search backlog's marker.
    void streamedBadLastRowWritesNothing()
    {
        const QByteArray data = makeSheet() + "20x5,1,1,,,,,,,Last,,,,,,,,\r\n";
        const QString sheet = write(QStringLiteral("bad.csv"), data);
        auto [db, pipeline] = pipelineInto(QStringLiteral("bad.frise"), sheet);
        QVERIFY(db && pipeline);
        const QStringList before = tableDump(*db);
        pipeline->start();
        Storage::StorageError error;
        QVERIFY(!pipeline->write(*db, {}, nullptr, &error));
        QCOMPARE(error.code, Storage::StorageError::Code::Invalid);
        const Io::IoError &bad = pipeline->readResult().error;
        QCOMPARE(bad.line, sheetRows + 4); // header, title and era rows, then the events
        QCOMPARE(bad.column, 1);
        QVERIFY2(bad.message.contains(QLatin1String("Year")), qPrintable(bad.message));
        QCOMPARE(tableDump(*db), before);
        QVERIFY(!Storage::SearchBacklog(*db).isPending(&error));
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // Cancelled while writing: nothing written, and the reader, waiting for room, stops too.
    void streamedCancelWritesNothing()
    {
        const QString sheet = write(QStringLiteral("cancelled.csv"), makeSheet());
        auto [db, pipeline] = pipelineInto(QStringLiteral("cancelled.frise"), sheet);
        QVERIFY(db && pipeline);
        const QStringList before = tableDump(*db);
        pipeline->start();
        Storage::StorageError error;
        qint64 seen = 0;
        QVERIFY(!pipeline->write(*db, {}, nullptr, &error, [&](qint64 done, qint64) {
            seen = done;
            return done < 10000;
        }));
        QVERIFY(seen >= 10000 && seen < sheetRows);
        QCOMPARE(error.code, Storage::StorageError::Code::Other);
        // The reader cannot be more than the queue's few parts ahead: it was stopped, not finished.
        QVERIFY(pipeline->readResult().cancelled);
        QCOMPARE(tableDump(*db), before);
        QVERIFY(!Storage::SearchBacklog(*db).isPending(&error));
    }

    // The write fails (here: the database is read-only): the reader stops.
    void streamedWriteFailureStopsReader()
    {
        const QString sheet = write(QStringLiteral("readonly.csv"), makeSheet());
        auto [db, pipeline] = pipelineInto(QStringLiteral("readonly.frise"), sheet);
        QVERIFY(db && pipeline);
        db.reset();
        Storage::Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        Storage::StorageError error;
        auto reader = Storage::Database::open(m_dir.filePath(QStringLiteral("readonly.frise")), readOnly, &error);
        QVERIFY(reader);
        pipeline->start();
        QVERIFY(!pipeline->write(*reader, {}, nullptr, &error));
        QCOMPARE(error.code, Storage::StorageError::Code::ReadOnly);
        QVERIFY(pipeline->readResult().cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
