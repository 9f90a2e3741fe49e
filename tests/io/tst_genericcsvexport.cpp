// SPDX-License-Identifier: GPL-3.0-or-later
// The generic CSV export in both dialects, read back by the generic CSV import.
#include "io/exporter.h"
#include "io/genericcsv.h"
#include "io/importer.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

FuzzyDate iso(const char *text)
{
    return FuzzyDate::fromIsoText(QString::fromLatin1(text));
}

// Every precision, circa, ranges, spans, an ambiguous day (4 May), and texts
// that need quoting in a `;`-separated file.
Dataset frenchDataset()
{
    Dataset d;
    Actor getty;
    getty.id = 1;
    getty.uid = QStringLiteral("getty");
    getty.name = BilingualText::original(Language::French, QStringLiteral("Getty Images"));
    Actor stability;
    stability.id = 2;
    stability.uid = QStringLiteral("stability");
    stability.name = BilingualText::original(Language::French, QStringLiteral("Stability AI"));
    d.actors = {getty, stability};
    Dispute dispute;
    dispute.id = 1;
    dispute.uid = QStringLiteral("getty-stability");
    dispute.title = BilingualText::original(Language::French, QStringLiteral("Getty contre Stability"));
    d.disputes = {dispute};
    Source source;
    source.id = 1;
    source.uid = QStringLiteral("le-monde");
    source.outlet = QStringLiteral("Le Monde");
    source.url = QStringLiteral("https://example.org/le-monde?a=1;b=2");
    d.sources = {source};
    d.tags = {Tag {0, QStringLiteral("justice"), {}}};
    const struct
    {
        const char *start;
        const char *end;
        const char *title;
        const char *text;
    } rows[] = {
        {"2023-04-25", "", "Plainte déposée", "Le texte dit : « non » ; puis\r\nsur deux lignes"},
        {"2023-05-04", "", "Un 4 mai", "Il a dit \"jamais\""},
        {"2023-12", "", "Un mois", "=1+1"},
        {"2024", "", "Une année", ""},
        {"2023-04-18T09:05", "", "Une minute", ""},
        {"~2015", "", "Vers 2015", ""},
        {"~2019-07", "", "Vers juillet 2019", ""},
        {"2023-04-17/2023-04-19", "", "Entre deux jours", ""},
        {"2021-06-01", "2021-06-30", "Du 1er au 30 juin", ""},
        {"2010", "2012-09", "D’une année à un mois", ""},
    };
    RowId id = 0;
    for (const auto &row : rows) {
        Event e;
        e.id = ++id;
        e.uid = QStringLiteral("e%1").arg(id);
        e.title = BilingualText::original(Language::French, QString::fromUtf8(row.title));
        if (*row.text)
            e.text = BilingualText::original(Language::French, QString::fromUtf8(row.text));
        e.start = iso(row.start);
        if (*row.end)
            e.end = iso(row.end);
        d.events.append(e);
    }
    d.events[0].actors = {{1, {}}, {2, {}}};
    d.events[0].tags = {QStringLiteral("justice")};
    d.events[0].disputeIds = {1};
    d.events[0].sourceIds = {1};
    return d;
}

} // namespace

class TestGenericCsvExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excelFrDates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("excel");
        QTest::newRow("day") << QStringLiteral("2023-04-05") << QStringLiteral("05/04/2023");
        QTest::newRow("minute") << QStringLiteral("2023-04-05T09:05") << QStringLiteral("05/04/2023 09:05");
        QTest::newRow("month") << QStringLiteral("2023-04") << QStringLiteral("04/2023");
        QTest::newRow("year") << QStringLiteral("2023") << QStringLiteral("2023");
        QTest::newRow("circa") << QStringLiteral("~2015") << QStringLiteral("~2015");
        QTest::newRow("range") << QStringLiteral("2023-04/2023-06") << QStringLiteral("2023-04/2023-06");
        QTest::newRow("before 1000") << QStringLiteral("0800-12-25") << QStringLiteral("0800-12-25");
    }

    void excelFrDates()
    {
        QFETCH(QString, iso);
        QFETCH(QString, excel);
        QCOMPARE(GenericCsv::excelFrDate(FuzzyDate::fromIsoText(iso)), excel);
        QVERIFY(GenericCsv::excelFrDate(FuzzyDate()).isEmpty());
    }

    void excelFrShape()
    {
        ExportOptions options;
        options.format = Format::Csv;
        options.language = Language::French;
        options.csvDialect = CsvDialect::ExcelFr;
        options.csvByteOrderMark = false; // the dialect wants one anyway: Excel reads UTF-8 only with it
        const QByteArray data = Exporter::exportData(frenchDataset(), options);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "date;end;title;text;actors;tags;dispute;source;url;grade\r\n"));
        QVERIFY2(data.contains("\r\n25/04/2023;;Plainte déposée;\"Le texte dit : « non » ; puis\r\nsur deux lignes\";"
                               "Getty Images, Stability AI;justice;Getty contre Stability;Le Monde;"
                               "\"https://example.org/le-monde?a=1;b=2\";\r\n"),
            data.constData());
        QVERIFY(data.contains("\r\n12/2023;;Un mois;'=1+1;"));
        QVERIFY(data.contains("\r\n18/04/2023 09:05;;Une minute;"));
        QVERIFY(data.contains("\r\n01/06/2021;30/06/2021;Du 1er au 30 juin;"));
        QVERIFY(data.contains("\r\n2010;09/2012;"));
        // Every line ends with CRLF; none is a bare LF (outside the quoted text).
        QCOMPARE(data.count("\r\n"), 1 + 10 + 1);
        QCOMPARE(data.count('\n'), data.count("\r\n"));
    }

    void standardUnchanged()
    {
        ExportOptions options;
        options.format = Format::Csv;
        options.language = Language::French;
        const QByteArray data = Exporter::exportData(frenchDataset(), options);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "date,end,title,text,actors,tags,dispute,source,url,grade\r\n"));
        QVERIFY(data.contains("\r\n2023-04-25,,Plainte déposée,"));
    }

    // The generic import reads both dialects back to the same events, in either import language.
    void roundTrip_data()
    {
        QTest::addColumn<CsvDialect>("dialect");
        QTest::addColumn<Language>("importLanguage");
        QTest::newRow("excel-fr, read as French") << CsvDialect::ExcelFr << Language::French;
        QTest::newRow("excel-fr, read as English") << CsvDialect::ExcelFr << Language::English;
        QTest::newRow("standard") << CsvDialect::Standard << Language::French;
    }

    void roundTrip()
    {
        QFETCH(CsvDialect, dialect);
        QFETCH(Language, importLanguage);
        const Dataset original = frenchDataset();
        ExportOptions options;
        options.format = Format::Csv;
        options.language = Language::French;
        options.csvDialect = dialect;
        const QByteArray data = Exporter::exportData(original, options);
        ImportOptions importOptions;
        importOptions.language = importLanguage;
        const ImportResult back = Importer::importData(data, QStringLiteral("export.csv"), importOptions);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.format, Format::Csv);
        QCOMPARE(back.delimiter, dialect == CsvDialect::ExcelFr ? QChar(u';') : QChar(u','));
        QCOMPARE(back.dateOrder, dialect == CsvDialect::ExcelFr ? DateOrder::Dmy : DateOrder::Ymd);
        QVERIFY(back.warnings.isEmpty());
        QCOMPARE(back.dataset.events.size(), original.events.size());
        for (qsizetype i = 0; i < original.events.size(); ++i) {
            const Event &want = original.events.at(i);
            const Event &got = back.dataset.events.at(i);
            QCOMPARE(got.title.text(importLanguage), want.title.fr);
            QCOMPARE(got.text.text(importLanguage), want.text.fr);
            QCOMPARE(got.start, want.start);
            QCOMPARE(got.end, want.end);
            QCOMPARE(got.tags, want.tags);
        }
        const Event &first = back.dataset.events.at(0);
        QCOMPARE(first.actors.size(), 2);
        QCOMPARE(back.dataset.actors.at(1).name.text(importLanguage), QStringLiteral("Stability AI"));
        QCOMPARE(back.dataset.disputes.value(0).title.text(importLanguage), QStringLiteral("Getty contre Stability"));
        QCOMPARE(back.dataset.sources.value(0).url, QStringLiteral("https://example.org/le-monde?a=1;b=2"));
        QCOMPARE(back.dataset.sources.value(0).outlet, QStringLiteral("Le Monde"));
    }
};

QTEST_GUILESS_MAIN(TestGenericCsvExport)
#include "tst_genericcsvexport.moc"
