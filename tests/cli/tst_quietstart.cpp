// SPDX-License-Identifier: GPL-3.0-or-later
// A French or English user's locale is honoured and frise starts quietly: no
// Qt warning ("Detected locale C...", qt.qpa...) on stderr, with or without a
// display (issue #22). The locales come from the build root (tools/dev
// generates fr_FR.UTF-8 and en_US.UTF-8 there).
#include "testpaths.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1; ///< -1: it crashed, or still ran when it should have ended
    QString out;
    QString err;
};

/// The environment of a user whose only locale setting is LANG=@p locale, in a fresh home.
QProcessEnvironment userEnvironment(const QString &locale, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("LC_")) || name == QLatin1String("LANGUAGE")
            || name.startsWith(QLatin1String("QT_")) || name == QLatin1String("DISPLAY")
            || name == QLatin1String("WAYLAND_DISPLAY"))
            env.remove(name);
    }
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

/// Runs frise to its end, or (@p runFor > 0) lets it run that long and stops it, as a GUI session ends.
Result run(const QStringList &args, const QProcessEnvironment &env, int runFor = 0)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(TestPaths::friseBinary(), args);
    if (!process.waitForStarted())
        return {};
    Result result;
    if (runFor > 0) {
        if (process.waitForFinished(runFor))
            result.exitCode = process.exitCode(); // it should not have ended by itself
        process.kill();
        process.waitForFinished();
    } else if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

} // namespace

class TestQuietStart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    static void addLocales()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("usage"); // how --help names the GUI's argument in that language
        QTest::addColumn<QString>("noDisplay"); // how the GUI without a display says so
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("frise [BASE]")
                               << QStringLiteral("frise\u00a0: aucun affichage");
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringLiteral("frise [DB]")
                               << QStringLiteral("frise: no display");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        m_database = m_dir.filePath(QStringLiteral("sample.frise"));
        const Result sample = run({QStringLiteral("sample"), m_database},
            userEnvironment(QStringLiteral("C.UTF-8"), m_dir.filePath(QStringLiteral("home"))));
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
    }

    void commandsWithoutDisplay_data() { addLocales(); }

    // A command of each kind: no application object, a core one, a GUI one (drawing), and the GUI without a display.
    void commandsWithoutDisplay()
    {
        QFETCH(QString, locale);
        QFETCH(QString, usage);
        QFETCH(QString, noDisplay);
        const QProcessEnvironment env = userEnvironment(locale, m_dir.filePath(QStringLiteral("home")));

        const Result version = run({QStringLiteral("--version")}, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("frise ")), qPrintable(version.out));
        QCOMPARE(version.err, QString());

        // The locale is honoured, not replaced by C: the help comes in its language.
        const Result help = run({QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.left(40).contains(usage), qPrintable(help.out.left(80)));
        QCOMPARE(help.err, QString());

        const Result stats = run({QStringLiteral("stats"), m_database, QStringLiteral("--json")}, env);
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.out.contains(QLatin1String("\"events\"")));
        QCOMPARE(stats.err, QString());

        const QString image = m_dir.filePath(QStringLiteral("timeline-%1.png").arg(locale));
        const Result draw = run({QStringLiteral("export-timeline"), m_database, QStringLiteral("-o"), image}, env);
        QCOMPARE(draw.exitCode, 0);
        QVERIFY(QFileInfo(image).size() > 1000);
        // Its own report, one line naming the image, and nothing else.
        QCOMPARE(draw.err.count(u'\n'), 1);
        QVERIFY2(draw.err.contains(image), qPrintable(draw.err));

        // Only frise's own line, in the user's language, no Qt warning before it.
        const Result gui = run({m_database}, env);
        QCOMPARE(gui.exitCode, 2);
        const QStringList lines = gui.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(noDisplay), qPrintable(gui.err));
    }

    void guiOnDisplay_data() { addLocales(); }

    // The GUI on an X display (Xvfb, a package of the build root), as a user starts it.
    void guiOnDisplay()
    {
        QFETCH(QString, locale);
        QProcess xvfb;
        // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        xvfb.start(QStringLiteral("Xvfb"),
            {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x800x24")});
        QVERIFY2(xvfb.waitForStarted(), "cannot start Xvfb (package xvfb)");
        QByteArray display;
        while (!display.endsWith('\n') && xvfb.waitForReadyRead(30000))
            display += xvfb.readAllStandardOutput();
        QVERIFY2(display.endsWith('\n'), qPrintable(QString::fromLocal8Bit(xvfb.readAllStandardError())));
        auto stopXvfb = qScopeGuard([&xvfb] {
            xvfb.terminate();
            if (!xvfb.waitForFinished(10000))
                xvfb.kill();
        });

        QProcessEnvironment env = userEnvironment(locale, m_dir.filePath(QStringLiteral("home")));
        // A database of its own: the window is killed, as a session that ends without closing it.
        const QString database = m_dir.filePath(QStringLiteral("gui-%1.frise").arg(locale));
        QCOMPARE(run({QStringLiteral("sample"), database}, env).exitCode, 0);
        env.insert(QStringLiteral("DISPLAY"), u':' + QString::fromLatin1(display.trimmed()));
        const Result gui = run({database}, env, 4000);
        QVERIFY2(gui.exitCode == -1, qPrintable(QStringLiteral("the GUI ended by itself: ") + gui.err));
        QVERIFY2(!gui.err.contains(QLatin1String("Detected locale")), qPrintable(gui.err));
        QVERIFY2(!gui.err.contains(QLatin1String("qt.qpa")), qPrintable(gui.err));
        QCOMPARE(gui.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestQuietStart)
#include "tst_quietstart.moc"
