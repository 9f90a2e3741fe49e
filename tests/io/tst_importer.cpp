// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/backupjson.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "testdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Io;

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::newRow("backup") << QStringLiteral("backup.json") << Format::Backup;
        QTest::newRow("timelinejs") << QStringLiteral("timelinejs.json") << Format::TimelineJsJson;
        QTest::newRow("sheet") << QStringLiteral("sheet.csv") << Format::TimelineJsCsv;
        QTest::newRow("french excel") << QStringLiteral("french-excel.csv") << Format::Csv;
        QTest::newRow("utf-16") << QStringLiteral("utf16le.csv") << Format::Csv;
        QTest::newRow("truncated json") << QStringLiteral("truncated.json") << Format::TimelineJsJson;
        QTest::newRow("lenient timelinejs") << QStringLiteral("timelinejs-lenient.json") << Format::TimelineJsJson;
        QTest::newRow("unsorted sheet, CRLF") << QStringLiteral("sheet-unsorted.csv") << Format::TimelineJsCsv;
    }

    // The name and the content together; a .json that does not even start like JSON is still read as JSON (the
    // reader then says where it breaks), and taken for a backup only when it says so.
    void detectNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Format>("format");
        const QByteArray sheet = "Year,Headline\n2020,A\n";
        QTest::newRow("sheet named .csv") << QStringLiteral("a.csv") << sheet << Format::TimelineJsCsv;
        QTest::newRow("sheet named .json") << QStringLiteral("a.json") << sheet << Format::TimelineJsJson;
        QTest::newRow("broken backup named .json")
            << QStringLiteral("a.json") << QByteArray("\"format\": \"frise-backup\"") << Format::Backup;
        // A backup's keys come in alphabetical order: in a big one "format"
        // lies past the 64 KiB read to decide; its first key tells instead.
        const QByteArray bigBackup
            = "{\n    \"actors\": [\n" + QByteArray(70000, ' ') + "],\n    \"format\": \"frise-backup\"}";
        QTest::newRow("big backup, marker far") << QStringLiteral("a.json") << bigBackup << Format::Backup;
        QTest::newRow("big backup, no name") << QStringLiteral("backup") << bigBackup << Format::Backup;
        QTest::newRow("timelinejs opening with events")
            << QStringLiteral("a.json") << QByteArray("{\"events\": [" + QByteArray(70000, ' ') + "]}")
            << Format::TimelineJsJson;
        QTest::newRow("json named .csv") << QStringLiteral("a.csv") << QByteArray("{\"events\": []}")
                                         << Format::TimelineJsJson;
        QTest::newRow("ics") << QStringLiteral("a.ics") << QByteArray("{") << Format::Ics;
        QTest::newRow("claimreview") << QStringLiteral("a.jsonld") << QByteArray("[]") << Format::ClaimReview;
        QTest::newRow("ftm") << QStringLiteral("a.ftm.json") << QByteArray("{}") << Format::Ftm;
        QTest::newRow("ftm lines") << QStringLiteral("a.jsonl") << QByteArray("{}\n") << Format::Ftm;
        QTest::newRow("csl-json") << QStringLiteral("a.csl.json") << QByteArray("[]") << Format::CslJson;
    }

    void detectNamed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(Format, format);
        QCOMPARE(Importer::detectFormat(name, data), format);
    }

    void detect()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QCOMPARE(Importer::detectFormat(file, readIoData(file)), format);
        const ImportResult result = Importer::importFile(ioData(file));
        QCOMPARE(result.format, format);
    }

    // The backup Frise itself writes for a few thousand events, imported
    // without saying its format (seen: taken for TimelineJS, "events[0]:
    // missing start_date").
    void bigBackupWithoutFormat()
    {
        Dataset dataset;
        for (int i = 0; i < 2000; ++i) {
            Event event;
            event.uid = QStringLiteral("event-%1").arg(i);
            event.title = BilingualText::original(Language::French, QStringLiteral("Événement numéro %1").arg(i));
            event.start = FuzzyDate::fromYear(2000 + i % 20);
            dataset.events.append(event);
        }
        const QByteArray backup = BackupJson::write(dataset);
        QVERIFY(backup.size() > 65536);
        QVERIFY(!backup.left(65536).contains("frise-backup")); // the case: the marker lies further
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sauvegarde.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(backup);
        file.close();
        const ImportResult result = Importer::importFile(path);
        QVERIFY2(result.error.isNull(), qPrintable(result.error.toString()));
        QCOMPARE(result.format, Format::Backup);
        QCOMPARE(result.dataset.events.size(), 2000);
    }

    // Every broken file gives its own error, with where and what was expected.
    void broken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << 1 << 1 << QStringLiteral("empty");
        QTest::newRow("garbage") << QStringLiteral("garbage.bin") << 2 << 1 << QStringLiteral("binary");
        QTest::newRow("unbalanced quote")
            << QStringLiteral("unbalanced-quote.csv") << 3 << 19 << QStringLiteral("never closed");
        QTest::newRow("stray quote") << QStringLiteral("stray-quote.csv") << 3 << 4 << QStringLiteral("stray quote");
        QTest::newRow("after quote") << QStringLiteral("after-quote.csv") << 2 << 9
                                     << QStringLiteral("after a closing quote");
        QTest::newRow("bad date") << QStringLiteral("bad-date.csv") << 3 << 7 << QStringLiteral("31/02/2023");
        QTest::newRow("truncated json") << QStringLiteral("truncated.json") << 4 << 31
                                        << QStringLiteral("unterminated string");
        QTest::newRow("wrong types") << QStringLiteral("wrong-types.json") << 4 << 29
                                     << QStringLiteral("events[1].start_date.year");
        QTest::newRow("backup unknown key")
            << QStringLiteral("backup-unknown-key.json") << 28 << 16 << QStringLiteral("events[3].titel");
    }

    void broken()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty()); // contains(QString()) would hold for any message
        const ImportResult result = Importer::importFile(ioData(file));
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.error.file, ioData(file));
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.toString()));
        QVERIFY(!result.error.toString().isEmpty());
    }

    void errorText()
    {
        IoError error {QStringLiteral("a.csv"), 3, 7, QStringLiteral("stray quote"), QStringLiteral("a delimiter")};
        QCOMPARE(error.toString(), QStringLiteral("a.csv:3:7: stray quote (expected a delimiter)"));
        error.column = 0;
        error.expected.clear();
        QCOMPARE(error.toString(), QStringLiteral("a.csv:3: stray quote"));
    }

    void exportFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("backup") << QStringLiteral("out.json") << QByteArray("{");
        QTest::newRow("csv") << QStringLiteral("out.csv")
                             << QByteArray("\xEF\xBB\xBF"
                                           "date,end,title");
        QTest::newRow("ics") << QStringLiteral("out.ics") << QByteArray("BEGIN:VCALENDAR");
    }

    void exportFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const ImportResult source = Importer::importFile(ioData(QStringLiteral("timelinejs.json")));
        QVERIFY(source.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        IoError error;
        QVERIFY2(Exporter::exportFile(source.dataset, path, {}, &error), qPrintable(error.toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(start));
        // A file that cannot be written leaves nothing behind and says why.
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/") + name);
        QVERIFY(!Exporter::exportFile(source.dataset, missing, {}, &error));
        QCOMPARE(error.file, missing);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {name});

        // Cancelled before the bytes are committed: nothing written, no error, an existing file untouched.
        const std::atomic<bool> cancelled {true};
        const QString other = dir.filePath(QStringLiteral("cancelled-") + name);
        QVERIFY(!Exporter::exportFile(source.dataset, other, {}, &error, &cancelled));
        QVERIFY(error.isNull());
        QVERIFY(!QFile::exists(other));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        ExportOptions english;
        english.language = Language::English;
        QVERIFY(!Exporter::exportFile(source.dataset, path, english, &error, &cancelled));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {name});
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
