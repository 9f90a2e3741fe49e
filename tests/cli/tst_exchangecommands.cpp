// SPDX-License-Identifier: GPL-3.0-or-later
// `frise import --dry-run` and `frise export --csv-dialect`, through the real binary.
#include "friseprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestExchangeCommands : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    static int events(const QString &db)
    {
        const Result r = frise({QStringLiteral("stats"), db, QStringLiteral("--json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("events")).toInt()
                               : -1;
    }

    QTemporaryDir m_dir;
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.frise"));
        const Result r = frise({QStringLiteral("sample"), m_sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(events(m_sample) > 30);
    }

    void exportExcelFr()
    {
        const QString csv = m_dir.filePath(QStringLiteral("excel-fr.csv"));
        const Result r = frise({QStringLiteral("export"), m_sample, QStringLiteral("-o"), csv,
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--csv-dialect"),
            QStringLiteral("excel-fr"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray data = readAll(csv);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "date;end;title;text;actors;tags;dispute;source;url;grade\r\n"));
        QVERIFY2(data.contains("\r\n11/12/2015;;"), data.left(400).constData()); // OpenAI founded, 2015-12-11
        QVERIFY(data.contains("\r\n03/2023;;"));
        QVERIFY(!data.contains("\r\n2023-04-25;"));
        // The generic import reads it back: as many events as the sample has.
        const QString db = m_dir.filePath(QStringLiteral("from-excel.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result imported
            = frise({QStringLiteral("import"), db, csv, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(events(db), events(m_sample));
    }

    void exportStandardByDefault()
    {
        const QString csv = m_dir.filePath(QStringLiteral("standard.csv"));
        const Result r = frise({QStringLiteral("export"), m_sample, QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF"
                                        "date,end,title,"));
        QVERIFY(readAll(csv).contains("\r\n2015-12-11,,"));
    }

    void badCsvDialect_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("unknown dialect") << QStringList {QStringLiteral("--csv-dialect"), QStringLiteral("excel-de")};
        QTest::newRow("not a csv export") << QStringList {QStringLiteral("--format"), QStringLiteral("timelinejs-json"),
            QStringLiteral("--csv-dialect"), QStringLiteral("excel-fr")};
        QTest::newRow("no value") << QStringList {QStringLiteral("--csv-dialect")};
    }

    void badCsvDialect()
    {
        QFETCH(QStringList, options);
        const QString out = m_dir.filePath(QStringLiteral("never.csv"));
        const Result r = frise(QStringList {QStringLiteral("export"), m_sample, QStringLiteral("-o"), out} + options);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--csv-dialect")) || r.err.contains(QLatin1String("usage")));
        QVERIFY(!QFile::exists(out));
    }

    // A dry run reports what the import would bring and changes nothing; its
    // exit codes are those of the import itself.
    void dryRun_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("report"); ///< lines expected on stdout
        QTest::addColumn<QString>("error"); ///< a part of stderr
        const QByteArray header = "date;title;actors;dispute;source\r\n";
        QTest::newRow("three events") << QByteArray(header
            + "25/04/2023;Plainte;Getty Images, Stability AI;Getty contre Stability;Le Monde\r\n"
              "03/05/2023;Réponse;Stability AI;Getty contre Stability;\r\n"
              "12/2023;Audience;;;Reuters\r\n")
                                      << 0
                                      << QStringList {QStringLiteral("  events: 3"), QStringLiteral("  actors: 2"),
                                             QStringLiteral("  disputes: 1"), QStringLiteral("  sources: 2"),
                                             QStringLiteral("  claims: 0"), QStringLiteral("  warnings: 0")}
                                      << QStringLiteral("Nothing was changed");
        QTest::newRow("a warning") << QByteArray(header + "25/04/2023;Plainte;;;\r\n26/04/2023;;Getty Images;;\r\n")
                                   << 0 << QStringList {QStringLiteral("  events: 1"), QStringLiteral("  warnings: 1")}
                                   << QStringLiteral("no title");
        QTest::newRow("refused") << QByteArray(header + "31/02/2023;Plainte;;;\r\n") << 1 << QStringList()
                                 << QStringLiteral(":2:1:");
    }

    void dryRun()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, exitCode);
        QFETCH(QStringList, report);
        QFETCH(QString, error);
        const QString input = m_dir.filePath(QStringLiteral("dry.csv"));
        QVERIFY(write(input, file));
        const QByteArray before = readAll(m_sample);
        const int eventsBefore = events(m_sample);
        const Result r = frise({QStringLiteral("import"), m_sample, input, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n');
        for (const QString &line : report)
            QVERIFY2(lines.contains(line), qPrintable(r.out));
        if (exitCode == 0)
            QVERIFY2(r.out.startsWith(QStringLiteral("Dry run: %1 (csv) would import:").arg(input)), qPrintable(r.out));
        QCOMPARE(readAll(m_sample), before); // byte-identical
        QCOMPARE(events(m_sample), eventsBefore);
    }

    void dryRunCannotOpen_data()
    {
        QTest::addColumn<bool>("missingDatabase");
        QTest::newRow("no such database") << true;
        QTest::newRow("no such file") << false;
    }

    void dryRunCannotOpen()
    {
        QFETCH(bool, missingDatabase);
        const QString input = m_dir.filePath(QStringLiteral("ok.csv"));
        QVERIFY(write(input, "date,title\r\n2023-04-25,Plainte\r\n"));
        const QString db = missingDatabase ? m_dir.filePath(QStringLiteral("missing.frise")) : m_sample;
        const QString file = missingDatabase ? input : m_dir.filePath(QStringLiteral("missing.csv"));
        const QByteArray before = readAll(m_sample);
        const Result r = frise({QStringLiteral("import"), db, file, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.frise"))));
        QCOMPARE(readAll(m_sample), before);
    }

    // A file too large to be read whole is refused before it is read (a
    // sparse file: no disk space, no time), with or without --dry-run.
    void tooLargeRefused_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("import") << false;
        QTest::newRow("dry run") << true;
    }

    void tooLargeRefused()
    {
        QFETCH(bool, dryRun);
        const QString input = m_dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("date,title\r\n2023-04-25,Plainte\r\n") > 0);
            QVERIFY(file.resize(qint64(513) * 1024 * 1024));
        }
        const QByteArray before = readAll(m_sample);
        QStringList args {QStringLiteral("import"), m_sample, input};
        if (dryRun)
            args.append(QStringLiteral("--dry-run"));
        const Result r = frise(args);
        QFile::remove(input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("too large")) && r.err.contains(QLatin1String("513 MiB")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(m_sample), before);
    }

    void importWithoutDryRunStillImports()
    {
        const QString db = m_dir.filePath(QStringLiteral("real.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const QString input = m_dir.filePath(QStringLiteral("real.csv"));
        QVERIFY(write(input, "date,title\r\n2023-04-25,Plainte\r\n2023-05-03,Réponse\r\n"));
        const Result r = frise({QStringLiteral("import"), db, input});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(events(db), 2);
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
