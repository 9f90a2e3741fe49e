// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #24: commands load only what they need. `frise` runs every command without loading the window's
// libraries (QtWidgets, KSyntaxHighlighting and the network stack it brings), whether linked or loaded later
// (the dynamic loader's own record of what it mapped, LD_DEBUG=files); given no command, it becomes frise-gui
// in the same process, with the same arguments; without frise-gui it says so.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

/// Libraries only the window may load.
const char *const windowLibraries[] = {"libQt6Widgets.so", "libKF6SyntaxHighlighting.so", "libQt6Network.so"};

QProcessEnvironment commandEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

} // namespace

class TestLeanStart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Runs frise with @p args; its exit code, or -1.
    int runFrise(const QStringList &args, const QProcessEnvironment &env, QString *err = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestPaths::friseBinary(), args);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (err)
            *err = QString::fromLocal8Bit(process.readAllStandardError());
        return process.exitCode();
    }

    /// Waits until process @p pid runs @p executable; what it runs at the end.
    /// Waits until process @p pid runs @p executable with its arguments in
    /// place: the kernel switches /proc/PID/exe during exec before it sets up
    /// the new arguments, so cmdline can briefly read empty. @p argv gets them.
    static QString waitForExecutable(qint64 pid, const QString &executable, QList<QByteArray> *argv)
    {
        const QString link = QStringLiteral("/proc/%1/exe").arg(pid);
        QString running;
        for (int i = 0; i < 600; ++i) {
            running = QFileInfo(link).symLinkTarget();
            if (running == executable) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly))
                    *argv = cmdline.readAll().split('\0');
                if (argv->size() >= 2)
                    break;
            }
            QTest::qWait(50);
        }
        return running;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(path(QStringLiteral("home")));
        m_database = path(QStringLiteral("sample.frise"));
        QString err;
        QCOMPARE(
            runFrise({QStringLiteral("sample"), m_database}, commandEnvironment(path(QStringLiteral("home"))), &err),
            0);
    }

    void commandsLoadNoWindowLibrary_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("version") << QStringList {QStringLiteral("--version")};
        QTest::newRow("help") << QStringList {QStringLiteral("--help")};
        QTest::newRow("stats") << QStringList {QStringLiteral("stats"), QStringLiteral("DB")};
        QTest::newRow("export-timeline png") << QStringList {
            QStringLiteral("export-timeline"), QStringLiteral("DB"), QStringLiteral("-o"), QStringLiteral("OUT/t.png")};
        QTest::newRow("export-timeline pdf") << QStringList {
            QStringLiteral("export-timeline"), QStringLiteral("DB"), QStringLiteral("-o"), QStringLiteral("OUT/t.pdf")};
        QTest::newRow("export-graph svg") << QStringList {
            QStringLiteral("export-graph"), QStringLiteral("DB"), QStringLiteral("-o"), QStringLiteral("OUT/g.svg")};
        QTest::newRow("export ics") << QStringList {
            QStringLiteral("export"), QStringLiteral("DB"), QStringLiteral("-o"), QStringLiteral("OUT/e.ics")};
        QTest::newRow("search") << QStringList {
            QStringLiteral("search"), QStringLiteral("DB"), QStringLiteral("Reddit")};
    }

    void commandsLoadNoWindowLibrary()
    {
        QFETCH(QStringList, args);
        const QString out = path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(out));
        for (QString &arg : args)
            arg.replace(QLatin1String("DB"), m_database).replace(QLatin1String("OUT"), out);
        // The loader writes what it maps (linked libraries, then plugins and whatever they bring) to PREFIX.PID.
        QProcessEnvironment env = commandEnvironment(path(QStringLiteral("home")));
        const QString trace = out + QStringLiteral("/loader");
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), trace);
        QString err;
        QCOMPARE(runFrise(args, env, &err), 0);

        QByteArray loaded;
        for (const QFileInfo &file : QDir(out).entryInfoList({QStringLiteral("loader.*")}, QDir::Files)) {
            QFile log(file.filePath());
            QVERIFY(log.open(QIODevice::ReadOnly));
            loaded += log.readAll();
        }
        // The trace names the libraries it maps: it must at least show the ones every command links.
        QVERIFY2(loaded.contains("file=libQt6Core.so"), loaded.left(2000).constData());
        for (const char *library : windowLibraries)
            QVERIFY2(!loaded.contains(QByteArray(QByteArray("file=") + library)), library);
    }

    void windowIsFriseGuiInTheSameProcess()
    {
        const QString gui = QFileInfo(TestPaths::friseGuiBinary()).canonicalFilePath();
        QVERIFY2(QFileInfo::exists(gui), qPrintable(gui));
        QProcessEnvironment env = commandEnvironment(path(QStringLiteral("home")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestPaths::friseBinary(), {m_database});
        QVERIFY(process.waitForStarted());
        QList<QByteArray> argv;
        const QString running = waitForExecutable(process.processId(), gui, &argv);
        process.kill();
        process.waitForFinished();
        QCOMPARE(running, gui);
        // argv[0] as frise was started (it names the X11 window class), then frise's own arguments.
        QVERIFY(argv.size() >= 2);
        QCOMPARE(QString::fromLocal8Bit(argv.at(0)), TestPaths::friseBinary());
        QCOMPARE(QString::fromLocal8Bit(argv.at(1)), m_database);
    }

    void missingWindowIsReported()
    {
        // A frise with no frise-gui where it looks for it.
        const QString lone = path(QStringLiteral("lone/bin/frise"));
        QVERIFY(QDir().mkpath(QFileInfo(lone).path()));
        QVERIFY(QFile::copy(TestPaths::friseBinary(), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::ReadOwner | QFile::ExeOwner));
        QProcessEnvironment env = commandEnvironment(path(QStringLiteral("home")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(lone, {m_database});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cannot start the window")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("frise-gui")), qPrintable(err));
        // Commands need no frise-gui.
        QProcess version;
        version.setProcessEnvironment(env);
        version.start(lone, {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(60000));
        QCOMPARE(version.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeanStart)
#include "tst_leanstart.moc"
