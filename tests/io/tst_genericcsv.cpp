// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exporter.h"
#include "io/genericcsv.h"
#include "io/importer.h"
#include "testdata.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Io;

class TestGenericCsv final : public QObject
{
    Q_OBJECT

private:
    static ImportResult import(const QString &name, ImportOptions options = {})
    {
        if (options.format == Format::Unknown)
            options.format = Format::Csv;
        return Importer::importFile(ioData(name), options);
    }

private Q_SLOTS:
    void frenchExcel()
    {
        ImportOptions options;
        options.language = Language::French;
        const ImportResult result = import(QStringLiteral("french-excel.csv"), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.delimiter, QChar(u';'));
        QCOMPARE(result.dateOrder, DateOrder::Dmy);
        QVERIFY(result.dateOrderReason.contains(QLatin1String("25/04/2023")));
        const Dataset &d = result.dataset;
        QCOMPARE(d.events.size(), 4);
        const Event &first = d.events.at(0);
        QCOMPARE(first.title.fr, QStringLiteral("Plainte déposée"));
        QCOMPARE(first.title.frStatus, TranslationStatus::Original);
        QCOMPARE(first.text.fr, QStringLiteral("Le texte dit : « non »\r\nsur deux lignes"));
        QCOMPARE(first.start.toIsoText(), QStringLiteral("2023-04-25"));
        QCOMPARE(d.events.at(1).start.toIsoText(), QStringLiteral("2023-05-03"));
        QCOMPARE(d.events.at(1).text.fr, QStringLiteral("Il a dit \"jamais\""));
        QCOMPARE(d.events.at(2).start.toIsoText(), QStringLiteral("2023-12"));
        QCOMPARE(d.events.at(3).start.toIsoText(), QStringLiteral("2024"));
        QCOMPARE(d.events.at(3).text.fr, QStringLiteral("=1+1")); // kept as text, never evaluated
        // Actors are created once and reused by name.
        QCOMPARE(d.actors.size(), 2);
        QCOMPARE(d.actors.at(0).name.fr, QStringLiteral("Getty Images"));
        QCOMPARE(first.actors.size(), 2);
        QCOMPARE(d.events.at(1).actors.value(0).actorId, d.actors.at(1).id);
        QCOMPARE(d.events.at(2).actors.value(0).actorId, d.actors.at(0).id);
        QCOMPARE(first.tags, (QStringList {QStringLiteral("droit-d-auteur"), QStringLiteral("justice")}));
        QCOMPARE(d.tags.size(), 2);
        QCOMPARE(d.disputes.size(), 1);
        QCOMPARE(first.disputeIds, QList<RowId> {1});
        QCOMPARE(d.sources.size(), 2);
        QCOMPARE(d.sources.at(0).outlet, QStringLiteral("Le Monde"));
        QCOMPARE(d.sources.at(0).url, QStringLiteral("https://example.org/1"));
    }

    void utf16_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("le") << QStringLiteral("utf16le.csv");
        QTest::newRow("be") << QStringLiteral("utf16be.csv");
    }

    void utf16()
    {
        QFETCH(QString, file);
        const ImportResult result = import(file);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), 2);
        QCOMPARE(result.dataset.events.at(0).title.en, QStringLiteral("Événement ünïcode"));
        QCOMPARE(result.dataset.actors.size(), 2);
        QCOMPARE(result.dateOrder, DateOrder::Ymd);
    }

    void quotesAndNewlines()
    {
        const ImportResult result = import(QStringLiteral("quotes-newlines.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), 3);
        QCOMPARE(result.dataset.events.at(0).title.en, QStringLiteral("Comma, inside"));
        QCOMPARE(result.dataset.events.at(0).text.en, QStringLiteral("Line one\nline two\r\nline three"));
        QCOMPARE(result.dataset.events.at(1).title.en, QStringLiteral("He said \"hi\""));
        QCOMPARE(result.dataset.events.at(2).title.en, QStringLiteral("Tab\tinside"));
        QVERIFY(result.dataset.events.at(2).text.isEmpty());
    }

    void crOnlyAndDayFirst()
    {
        const ImportResult result = import(QStringLiteral("cr-only.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dateOrder, DateOrder::Dmy);
        QCOMPARE(result.dataset.events.at(0).start.toIsoText(), QStringLiteral("2023-02-01"));
    }

    void monthFirst()
    {
        const ImportResult result = import(QStringLiteral("mdy.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dateOrder, DateOrder::Mdy);
        QCOMPARE(result.dataset.events.at(0).start.toIsoText(), QStringLiteral("2023-04-25"));
        QCOMPARE(result.dataset.events.at(1).end.toIsoText(), QStringLiteral("2023-05-03"));
        // The order can be forced.
        ImportOptions options;
        options.dateOrder = DateOrder::Dmy;
        QVERIFY(!import(QStringLiteral("mdy.csv"), options).ok()); // 04/25 has no month 25
    }

    void ambiguousDefaults()
    {
        const ImportResult comma = import(QStringLiteral("ambiguous-comma.csv"));
        QVERIFY(comma.ok());
        QCOMPARE(comma.dateOrder, DateOrder::Mdy);
        QCOMPARE(comma.dataset.events.at(0).start.toIsoText(), QStringLiteral("2023-04-05"));
        ImportOptions french;
        french.language = Language::French;
        const ImportResult fr = import(QStringLiteral("ambiguous-comma.csv"), french);
        QCOMPARE(fr.dateOrder, DateOrder::Dmy);
        QCOMPARE(fr.dataset.events.at(0).start.toIsoText(), QStringLiteral("2023-05-04"));
    }

    void detectDateOrder_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<DateOrder>("order");
        QTest::newRow("iso") << QStringList {"2023-04-25", "2023", "2023-05"} << QChar(u';') << DateOrder::Ymd;
        QTest::newRow("day over 12") << QStringList {"01/02/2023", "25/04/2023"} << QChar(u',') << DateOrder::Dmy;
        QTest::newRow("month first") << QStringList {"01/02/2023", "04/25/2023"} << QChar(u';') << DateOrder::Mdy;
        QTest::newRow("semicolon default") << QStringList {"01/02/2023"} << QChar(u';') << DateOrder::Dmy;
        QTest::newRow("comma default") << QStringList {"01/02/2023"} << QChar(u',') << DateOrder::Mdy;
        QTest::newRow("year first slashes")
            << QStringList {"2023/02/01", "2023/12/31"} << QChar(u',') << DateOrder::Mdy;
    }

    void detectDateOrder()
    {
        QFETCH(QStringList, cells);
        QFETCH(QChar, delimiter);
        QFETCH(DateOrder, order);
        QString reason;
        QCOMPARE(GenericCsv::detectDateOrder(cells, delimiter, Language::English, &reason), order);
        QVERIFY(!reason.isEmpty());
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QString>("iso");
        QTest::newRow("dmy") << "25/04/2023" << DateOrder::Dmy << "2023-04-25";
        QTest::newRow("mdy") << "04/25/2023" << DateOrder::Mdy << "2023-04-25";
        QTest::newRow("dots") << "25.04.2023" << DateOrder::Dmy << "2023-04-25";
        QTest::newRow("two-digit year") << "25/04/23" << DateOrder::Dmy << "2023-04-25";
        QTest::newRow("year first wins") << "2023/04/05" << DateOrder::Dmy << "2023-04-05";
        QTest::newRow("month/year") << "04/2023" << DateOrder::Dmy << "2023-04";
        QTest::newRow("time") << "25/04/2023 10:30" << DateOrder::Dmy << "2023-04-25T10:30";
        QTest::newRow("canonical range") << "~2023-04/2023-06" << DateOrder::Mdy << "~2023-04/2023-06";
        QTest::newRow("bad day") << "31/02/2023" << DateOrder::Dmy << "";
        QTest::newRow("words") << "last week" << DateOrder::Dmy << "";
        QTest::newRow("empty") << "" << DateOrder::Dmy << "";
    }

    void parseDate()
    {
        QFETCH(QString, cell);
        QFETCH(DateOrder, order);
        QFETCH(QString, iso);
        QString error;
        const FuzzyDate date = GenericCsv::parseDate(cell, order, &error);
        QCOMPARE(date.toIsoText(), iso);
        QCOMPARE(error.isEmpty(), !iso.isEmpty());
    }

    void explicitMapping()
    {
        ColumnMapping mapping;
        QString error;
        QVERIFY(parseColumnMapping(QStringLiteral("Titre=text,Date=date,Texte=title"), &mapping, &error));
        ImportOptions options;
        options.mapping = mapping;
        const ImportResult result = import(QStringLiteral("french-excel.csv"), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.at(1).title.en, QStringLiteral("Il a dit \"jamais\""));
        QVERIFY(result.dataset.actors.isEmpty());
        QVERIFY(!parseColumnMapping(QStringLiteral("Titre=heading"), &mapping, &error));
        QVERIFY(error.contains(QLatin1String("heading")));
        QVERIFY(!parseColumnMapping(QStringLiteral("Titre"), &mapping, &error));
        QVERIFY(parseColumnMapping(QStringLiteral("Nope=title,Date=date"), &mapping, &error));
        options.mapping = mapping;
        const ImportResult missing = import(QStringLiteral("french-excel.csv"), options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error.line, 1);
        QVERIFY(missing.error.message.contains(QLatin1String("nope")));
    }

    void autoMapping()
    {
        const ColumnMapping mapping = GenericCsv::autoMapping(
            {"Début", "Fin", "Intitulé", "Résumé", "Qui", "Mots-clés", "Affaire", "Média", "Lien", "Other"});
        QCOMPARE(mapping.value(QStringLiteral("début")), CsvField::Date);
        QCOMPARE(mapping.value(QStringLiteral("fin")), CsvField::End);
        QCOMPARE(mapping.value(QStringLiteral("intitulé")), CsvField::Title);
        QCOMPARE(mapping.value(QStringLiteral("résumé")), CsvField::Text);
        QCOMPARE(mapping.value(QStringLiteral("qui")), CsvField::Actors);
        QCOMPARE(mapping.value(QStringLiteral("mots-clés")), CsvField::Tags);
        QCOMPARE(mapping.value(QStringLiteral("affaire")), CsvField::Dispute);
        QCOMPARE(mapping.value(QStringLiteral("média")), CsvField::Source);
        QCOMPARE(mapping.value(QStringLiteral("lien")), CsvField::Url);
        QVERIFY(!mapping.contains(QStringLiteral("other")));
    }

    void errorsAndDuplicates()
    {
        const ImportResult bad = import(QStringLiteral("bad-date.csv"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error.line, 3);
        QVERIFY(bad.error.message.contains(QLatin1String("31/02/2023")));
        QVERIFY(bad.error.expected.contains(QLatin1String("day first")));
        QCOMPARE(bad.error.column, 7);
        QVERIFY(bad.error.toString().contains(QLatin1String("bad-date.csv:3:7:")));

        // A bad end date is located at its own cell, even after a quoted line break earlier in the record.
        const ImportResult badEnd
            = Importer::importData("title,date,end\n\"A\nB\",2023-01-01,2023-13-45\n", QStringLiteral("e.csv"), {});
        QVERIFY(!badEnd.ok());
        QCOMPARE(badEnd.error.line, 3);
        QCOMPARE(badEnd.error.column, 15);
        QVERIFY2(badEnd.error.message.contains(QLatin1String("2023-13-45")), qPrintable(badEnd.error.message));

        const ImportResult noDate = Importer::importData("title,moment\nA,2023\n", QStringLiteral("x.csv"), {});
        QVERIFY(!noDate.ok());
        QCOMPARE(noDate.error.line, 1);

        const ImportResult dup = Importer::importData(
            "title,date\nA,2023-01-01\nB,2023-01-01\na ,2023-01-01\n", QStringLiteral("d.csv"), {});
        QVERIFY(dup.ok());
        QCOMPARE(dup.dataset.events.size(), 3);
        QCOMPARE(dup.warnings.size(), 1);
        QVERIFY2(dup.warnings.at(0).contains(QLatin1String("d.csv:4")), qPrintable(dup.warnings.at(0)));
        QVERIFY(dup.warnings.at(0).contains(QLatin1String("d.csv:2")));
    }

    void exportRoundTrip()
    {
        ImportOptions options;
        options.language = Language::French;
        const ImportResult first = import(QStringLiteral("french-excel.csv"), options);
        QVERIFY(first.ok());
        ExportOptions exportOptions;
        exportOptions.format = Format::Csv;
        exportOptions.language = Language::French;
        const QByteArray written = Exporter::exportData(first.dataset, exportOptions);
        QVERIFY(written.contains("'=1+1")); // neutralised
        const ImportResult second = Importer::importData(written, QStringLiteral("again.csv"), options);
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(second.dataset.events.size(), first.dataset.events.size());
        for (qsizetype i = 0; i < first.dataset.events.size(); ++i) {
            QCOMPARE(second.dataset.events.at(i).title, first.dataset.events.at(i).title);
            QCOMPARE(second.dataset.events.at(i).text, first.dataset.events.at(i).text);
            QCOMPARE(second.dataset.events.at(i).start, first.dataset.events.at(i).start);
            QCOMPARE(second.dataset.events.at(i).actors, first.dataset.events.at(i).actors);
            QCOMPARE(second.dataset.events.at(i).tags, first.dataset.events.at(i).tags);
        }
    }

    void cancel()
    {
        QByteArray data = "title,date\n";
        for (int i = 0; i < 20000; ++i)
            data += "Event " + QByteArray::number(i) + ",2023-01-01\n";
        std::atomic_bool cancelled {false};
        qint64 lastDone = -1;
        ImportOptions options;
        options.cancel = &cancelled;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            lastDone = done;
            cancelled = true;
        };
        const ImportResult result = Importer::importData(data, QStringLiteral("big.csv"), options);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(lastDone > 0);
    }
};

QTEST_GUILESS_MAIN(TestGenericCsv)
#include "tst_genericcsv.moc"
