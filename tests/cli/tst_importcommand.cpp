// SPDX-License-Identifier: GPL-3.0-or-later
// `frise import` through the real binary: exit codes 0/1/2, messages located as file:line:column, and a
// refused import that leaves the database as it was, byte for byte.
#include "cli/commandline.h"
#include "friseprocess.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestImportCommand final : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }
    static QString fixture(const QString &name) { return TestPaths::source(u"tests/data/io/") + name; }

    // Every file of the database (main file, and -wal/-shm when left), by name.
    static QMap<QString, QByteArray> snapshot(const QString &db)
    {
        QMap<QString, QByteArray> files;
        const QFileInfo info(db);
        for (const QFileInfo &entry : info.dir().entryInfoList({info.fileName() + u'*'}, QDir::Files)) {
            QFile file(entry.filePath());
            if (file.open(QIODevice::ReadOnly))
                files.insert(entry.fileName(), file.readAll());
        }
        return files;
    }

    // A TimelineJS sheet of @p rows events, big enough to be read and written
    // at once (ImportPipeline): some end dates skipped, some duplicates of
    // rows thousands of lines before, a column Frise drops.
    static QByteArray bigSheet(int rows)
    {
        QByteArray data = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                          "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n";
        for (int i = 0; i < rows; ++i) {
            const int same = i >= 5000 && i % 1009 == 0 ? i - 5000 : i;
            data += QByteArray::number(1990 + same % 35) + ',' + QByteArray::number(same / 28 % 12 + 1) + ','
                + QByteArray::number(same % 28 + 1) + ",," + (i % 997 == 0 ? QByteArrayLiteral("2030,x,,") : ",,,")
                + ",,Event " + QByteArray::number(same) + ",Text " + QByteArray::number(i) + ",,,,,,,Dispute "
                + QByteArray::number(i % 7) + ',' + (i % 3001 == 0 ? QByteArrayLiteral("#fff") : QByteArray()) + "\r\n";
        }
        return data;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return file.fileName();
    }

    // The lines of @p err that name @p file: the warnings, in order.
    static QStringList linesNaming(const QString &err, const QString &file)
    {
        QStringList lines;
        for (const QString &line : err.split(u'\n')) {
            if (line.startsWith(file + u':'))
                lines.append(line);
        }
        return lines;
    }

    static qint64 events(const QString &db)
    {
        const Result r = frise({QStringLiteral("stats"), db, QStringLiteral("--json")});
        if (r.exitCode != 0)
            return -1;
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("events")).toInteger(-1);
    }

private Q_SLOTS:
    // A big input makes `frise import` start again with huge pages for
    // malloc (app/main.cpp): the input is the file imported, wherever the
    // options stand, never the database (big databases take small imports).
    void importInputIsTheFileImported_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("input");
        const QString db = QStringLiteral("big.frise");
        const QString file = QStringLiteral("sheet.csv");
        const QString import = QStringLiteral("import");
        QTest::newRow("database, file") << QStringList {import, db, file} << file;
        QTest::newRow("options first") << QStringList {import, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--wait-index"), db, file}
                                       << file;
        QTest::newRow("options between") << QStringList {import, db, QStringLiteral("--lang"), QStringLiteral("fr"),
            file, QStringLiteral("--dry-run")}
                                         << file;
        QTest::newRow("no file") << QStringList {import, db} << QString();
        QTest::newRow("an unknown option") << QStringList {import, QStringLiteral("--fast"), db, file} << QString();
        QTest::newRow("another command") << QStringList {QStringLiteral("export"), db, file} << QString();
    }

    void importInputIsTheFileImported()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, input);
        QCOMPARE(Frise::Cli::importInput(args), input);
    }

    // Claims stored before the claim rules (a confirmed claim without evidence, a refuted one without a rebuttal)
    // import as they are; `frise check` notes which rule each breaks and still passes the file.
    void claimsBreakingRulesImportAndCheck()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("old.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "frise-backup", "formatVersion": 1, "exportedAt": "2026-01-01T00:00:00Z",
 "sources": [{"uid": "gazette", "outlet": "Gazette", "title": "", "language": "fr"}],
 "actors": [{"uid": "twitter", "kind": "company", "name": {"en": "Twitter"}}],
 "claims": [
  {"uid": "bare-confirmed", "text": {"en": "True"}, "status": "confirmed", "evidence": []},
  {"uid": "bare-refuted", "text": {"en": "False"}, "status": "refuted", "evidence": []},
  {"uid": "sourced", "text": {"en": "Checked"}, "status": "confirmed", "evidence": ["gazette"]},
  {"uid": "answered", "text": {"en": "Contested"}, "status": "disputed", "evidence": []},
  {"uid": "answer", "text": {"en": "Wrong"}, "claimant": "twitter", "rebuts": "answered", "status": "unverified"}]})");
        file.close();
        const QString db = dir.filePath(QStringLiteral("old.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result imported
            = frise({QStringLiteral("import"), db, backup, QStringLiteral("--format"), QStringLiteral("backup")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const Result checked = frise({QStringLiteral("check"), db});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err + checked.out));
        const QString note = db + QStringLiteral(": note: claim %1 (%2) breaks the editing rule %3\n");
        QVERIFY2(checked.out.contains(note.arg(QStringLiteral("bare-confirmed"), QStringLiteral("confirmed"),
                     QStringLiteral("evidence-required"))),
            qPrintable(checked.out));
        QVERIFY(checked.out.contains(
            note.arg(QStringLiteral("bare-refuted"), QStringLiteral("refuted"), QStringLiteral("evidence-required"))));
        QVERIFY(checked.out.contains(
            note.arg(QStringLiteral("bare-refuted"), QStringLiteral("refuted"), QStringLiteral("rebuttal-required"))));
        QCOMPARE(checked.out.count(QStringLiteral(": note: claim ")), 3);
        QVERIFY(checked.out.contains(db + QStringLiteral(": ok\n")));
    }

    // A TimelineJS file with null, empty and mistyped optional fields is imported; each warning is printed as
    // file:line:column, and the summary counts them.
    void lenientImport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const QString file = fixture(QStringLiteral("timelinejs-lenient.json"));
        const Result r = frise({QStringLiteral("import"), db, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(file + QStringLiteral(":7:83: events[0].media.credit: null, skipped\n")), qPrintable(r.err));
        QVERIFY(r.err.contains(
            file + QStringLiteral(":9:14: events[0].foo: unknown key, ignored (1 more like this at events[].foo)\n")));
        QVERIFY(r.err.contains(
            file + QStringLiteral(":15:16: events[1].media: wrong type (string), skipped; expected an object\n")));
        QCOMPARE(r.err.count(file + u':'), 16);
        QVERIFY2(r.err.contains(QLatin1String("16 warning")), qPrintable(r.err));
        QCOMPARE(events(db), 3);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where"); // line:column
        QTest::addColumn<QString>("message");
        QTest::newRow("year beyond range") << QStringLiteral("timelinejs-year-beyond.json") << QStringLiteral("4:29")
                                           << QStringLiteral("events[1].start_date.year: year out of supported range");
        QTest::newRow("era without end") << QStringLiteral("timelinejs-era-no-end.json") << QStringLiteral("7:5")
                                         << QStringLiteral("eras[1]: an era needs an end_date");
        QTest::newRow("year not a number") << QStringLiteral("wrong-types.json") << QStringLiteral("4:29")
                                           << QStringLiteral("events[1].start_date.year: not a whole number");
        QTest::newRow("truncated") << QStringLiteral("truncated.json") << QStringLiteral("4:31")
                                   << QStringLiteral("unterminated string");
        QTest::newRow("sheet year beyond range") << QStringLiteral("sheet-year-beyond.csv") << QStringLiteral("3:1")
                                                 << QStringLiteral("Year: year out of supported range");
        QTest::newRow("sheet era without end") << QStringLiteral("sheet-era-no-end.csv") << QStringLiteral("4:14")
                                               << QStringLiteral("End Year: missing; an era needs an end");
    }

    // A file that cannot be imported is refused (exit 1) with file:line:column, and the database is untouched.
    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result first = frise({QStringLiteral("import"), db, fixture(QStringLiteral("timelinejs.json"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QMap<QString, QByteArray> before = snapshot(db);
        QVERIFY(before.contains(QStringLiteral("a.frise")));

        const Result r = frise({QStringLiteral("import"), db, fixture(file)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(fixture(file) + u':' + where + QStringLiteral(": ") + message), qPrintable(r.err));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(events(db), 4);
    }

    // A big sheet is read on a second thread while its rows are written: the
    // warnings are those, in the order, that reading it first gives (a dry
    // run still reads first), and every row is in.
    void bigSheetWarnings()
    {
        QTemporaryDir dir;
        const QString sheet = writeFile(dir, QStringLiteral("big.csv"), bigSheet(12000));
        QVERIFY(!sheet.isEmpty());
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result dry = frise({QStringLiteral("import"), db, sheet, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        const Result r = frise({QStringLiteral("import"), db, sheet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList warnings = linesNaming(r.err, sheet);
        QVERIFY(warnings.size() > 15);
        QCOMPARE(warnings, linesNaming(dry.err, sheet));
        QVERIFY2(r.err.contains(QStringLiteral("%1 warning").arg(warnings.size())), qPrintable(r.err));
        QCOMPARE(events(db), 12000);
    }

    // A bad cell in the last row of a big sheet, met when most rows are
    // written: refused with file:line:column, the database file as it was
    // byte for byte, no search backlog left (a low threshold puts one in the
    // transaction).
    void bigSheetRefusedAtTheEnd()
    {
        QTemporaryDir dir;
        const int rows = 12000;
        const QString sheet
            = writeFile(dir, QStringLiteral("bad.csv"), bigSheet(rows) + "2020,13,1,,,,,,,Last,,,,,,,,\r\n");
        QVERIFY(!sheet.isEmpty());
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result first = frise({QStringLiteral("import"), db, fixture(QStringLiteral("timelinejs.json"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QMap<QString, QByteArray> before = snapshot(db);

        qputenv("FRISE_SEARCH_DEFER_FROM", "1000");
        const Result r = frise({QStringLiteral("import"), db, sheet});
        qunsetenv("FRISE_SEARCH_DEFER_FROM");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(sheet + u':' + QString::number(rows + 2) + QStringLiteral(":1: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Imported")), qPrintable(r.err));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(events(db), 4);
        const Result search = frise({QStringLiteral("search"), db, QStringLiteral("event")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(!search.err.contains(QLatin1String("incomplete")), qPrintable(search.err));
    }

    // A file of 32 MiB or more makes `frise import` start again with huge
    // pages (app/main.cpp): the arguments, the messages and the exit codes
    // come through the second start as they were, for a good file and a bad one.
    void bigFileThroughTheRestart()
    {
        QTemporaryDir dir;
        const QByteArray padded
            = bigSheet(6000) + "1990,1,1,,,,,,,Padded,,,,,,,,#" + QByteArray(33 * 1024 * 1024, 'f') + "\r\n";
        const QString sheet = writeFile(dir, QStringLiteral("padded.csv"), padded);
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"), padded + "2020,13,1,,,,,,,Last,,,,,,,,\r\n");
        QVERIFY(!sheet.isEmpty() && !bad.isEmpty());
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);

        const QMap<QString, QByteArray> before = snapshot(db);
        const Result refused = frise({QStringLiteral("import"), db, bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(bad + QStringLiteral(":6003:1: ")), qPrintable(refused.err.left(300)));
        QCOMPARE(snapshot(db), before);

        const Result r = frise({QStringLiteral("import"), db, sheet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(300)));
        QVERIFY(!linesNaming(r.err, sheet).isEmpty());
        QCOMPARE(events(db), 6001);
    }

    // Cannot run: the input cannot be read, or the database cannot be opened (exit 2); nothing is created.
    void cannotRun()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const QMap<QString, QByteArray> before = snapshot(db);
        const Result missing = frise({QStringLiteral("import"), db, dir.filePath(QStringLiteral("no-such.json"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("no-such.json")), qPrintable(missing.err));
        QCOMPARE(snapshot(db), before);

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/b.frise"));
        const Result noDb
            = frise({QStringLiteral("import"), nowhere, fixture(QStringLiteral("timelinejs-lenient.json"))});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
