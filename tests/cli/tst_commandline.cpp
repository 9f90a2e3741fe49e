// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract (SPEC.md), exercised through the real binary.
#include "friseprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

private Q_SLOTS:
    void version()
    {
        const Result r = frise({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("frise ")), qPrintable(r.out));
    }

    void help_data()
    {
        QTest::addColumn<QString>("mention");
        // Every command and GUI option of the contract in SPEC.md.
        for (const char *mention : {"frise [DB]", "frise --db DB", "frise new DB", "frise sample DB", "frise check DB",
                 "frise stats DB", "frise search DB", "frise import DB", "frise export DB", "frise export-timeline DB",
                 "frise export-graph DB", "frise export-web DB", "frise copy SRC DST"})
            QTest::newRow(mention) << QString::fromLatin1(mention);
    }

    void help()
    {
        QFETCH(QString, mention);
        const Result r = frise({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(mention), qPrintable(r.out));
    }

    void newCreatesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.frise"));
        QCOMPARE(frise({QStringLiteral("new"), path}).exitCode, 0);
        QVERIFY(QFileInfo::exists(path));
        // A second `new` on the same path is refused and leaves the file alone.
        const Result again = frise({QStringLiteral("new"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(path));
    }

    void newInMissingFolderCannotRun()
    {
        QTemporaryDir dir;
        const Result r = frise({QStringLiteral("new"), dir.filePath(QStringLiteral("no/such/folder/a.frise"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void unknownCommandCannotRun() { QCOMPARE(frise({QStringLiteral("--no-such-option")}).exitCode, 2); }

    // A word that is no command, followed by arguments, is named as an unknown command (not taken for the GUI).
    void unknownCommandWithArgumentsIsNamed()
    {
        const Result r = frise(
            {QStringLiteral("annotate"), QStringLiteral("db.frise"), QStringLiteral("x"), QStringLiteral("file.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("annotate")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("display")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
