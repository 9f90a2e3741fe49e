// SPDX-License-Identifier: GPL-3.0-or-later
// `frise copy SRC DST` through the real binary, between SQLite files (the
// PostgreSQL directions are in tests/storage/tst_postgres.cpp).
#include "friseprocess.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCopyCommand : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

private Q_SLOTS:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing") << QStringList {} << 1;
        QTest::newRow("one") << QStringList {QStringLiteral("a.frise")} << 1;
        QTest::newRow("three") << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << 1;
        QTest::newRow("same") << QStringList {QStringLiteral("a.frise"), QStringLiteral("a.frise")} << 1;
        QTest::newRow("missing source") << QStringList {QStringLiteral("/no/such/a.frise"), QStringLiteral("b.frise")}
                                        << 2;
        QTest::newRow("server gone") << QStringList {QStringLiteral(
                                                         "postgresql://nobody@127.0.0.1:1/frise?connect_timeout=2"),
            QStringLiteral("b.frise")}
                                     << 2;
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(TestPaths::friseBinary(), QStringList {QStringLiteral("copy")} + args);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY(!process.readAllStandardError().isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.frise"))));
    }

    void sqliteToSqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.frise"));
        const QString b = dir.filePath(QStringLiteral("b.frise"));
        const QString c = dir.filePath(QStringLiteral("c.frise"));
        QCOMPARE(frise({QStringLiteral("sample"), a}).exitCode, 0);
        const Result copied = frise({QStringLiteral("copy"), a, b});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY(!copied.out.isEmpty());
        // Never into a database that has records.
        QCOMPARE(frise({QStringLiteral("copy"), a, b}).exitCode, 1);
        QCOMPARE(frise({QStringLiteral("copy"), b, c}).exitCode, 0);
        // Same content: the JSON exports match.
        const QString ja = dir.filePath(QStringLiteral("a.json"));
        const QString jc = dir.filePath(QStringLiteral("c.json"));
        QCOMPARE(frise({QStringLiteral("export"), a, QStringLiteral("-o"), ja}).exitCode, 0);
        QCOMPARE(frise({QStringLiteral("export"), c, QStringLiteral("-o"), jc}).exitCode, 0);
        QFile fa(ja);
        QFile fc(jc);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fc.open(QIODevice::ReadOnly));
        // The export time differs when the two exports straddle a second.
        const auto withoutExportTime = [](QByteArray bytes) {
            const qsizetype at = bytes.indexOf("\"exportedAt\"");
            if (at >= 0)
                bytes.remove(at, bytes.indexOf('\n', at) - at);
            return bytes;
        };
        const QByteArray bytesA = withoutExportTime(fa.readAll());
        QVERIFY(bytesA.size() > 1000);
        QCOMPARE(withoutExportTime(fc.readAll()), bytesA);
        QCOMPARE(frise({QStringLiteral("stats"), c}).out, frise({QStringLiteral("stats"), a}).out);
    }
};

QTEST_GUILESS_MAIN(TestCopyCommand)
#include "tst_copycommand.moc"
