// SPDX-License-Identifier: GPL-3.0-or-later
// A TimelineJS sheet big enough for every fast path of `frise import` (the
// bulk writer, the search index deferred to SearchBacklog) is parsed and
// stored, and leaves exactly what the small-import path leaves (record by
// record, indexed in the transaction): rows, links, search hits.
#include "io/importer.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/searchbacklog.h"
#include "storage/searchindex.h"

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
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
