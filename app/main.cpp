// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the GUI, or runs one command of the command-line contract.
#include "cli/commandline.h"
#include "core/uilanguage.h"
#include "storage/database.h"
#include "ui/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Frise"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("frise.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("frise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRISE_VERSION));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// `frise --db DB` (or `--db=DB`) is the GUI on DB, a file or a postgresql:// URL,
// like `frise DB`: takes the option out of @p args and returns DB.
QString takeDatabaseOption(QStringList *args)
{
    if (args->isEmpty())
        return {};
    const QString first = args->constFirst();
    if (first == QLatin1String("--db") && args->size() >= 2) {
        const QString location = args->at(1);
        args->remove(0, 2);
        return location;
    }
    if (first.startsWith(QLatin1String("--db="))) {
        args->removeFirst();
        return first.mid(5);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QString databaseOption = takeDatabaseOption(&args);

    // Scripts probe the binary with --version: answered before Qt's application object and the
    // translators, leaving little more than the loading of the libraries.
    if (args.size() == 1
        && (args.constFirst() == QLatin1String("--version") || args.constFirst() == QLatin1String("-v"))) {
        setApplicationIdentity();
        return Frise::Cli::run(args);
    }

    // `frise [DB]` takes one argument: more, with no known command first, is an unknown command, not the GUI.
    if (databaseOption.isEmpty() && (Frise::Cli::isCommand(args) || args.size() > 1)) {
        setApplicationIdentity();
        if (Frise::Cli::needsGui(args)) {
            // Drawing needs fonts, hence a QGuiApplication; commands never show a window.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            Frise::UiLanguage language;
            language.apply(Frise::UiLanguage::systemLanguage());
            return Frise::Cli::run(args);
        }
        QCoreApplication app(argc, argv);
        Frise::UiLanguage language;
        language.apply(Frise::UiLanguage::systemLanguage());
        return Frise::Cli::run(args);
    }

    if (!hasDisplay()) {
        fprintf(stderr, "frise: no display (DISPLAY/WAYLAND_DISPLAY unset); see frise --help for commands\n");
        return Frise::Cli::CannotRun;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    Frise::Language chosen = Frise::UiLanguage::systemLanguage();
    Frise::languageFromCode(QSettings().value(QStringLiteral("view/uiLanguage")).toString(), &chosen);
    Frise::UiLanguage language;
    language.apply(chosen);
    Frise::Ui::MainWindow window;
    window.setUiLanguage(&language);
    window.show();

    // frise [DB] / frise --db DB: the file or server given, else the last one used, else (first run) the sample.
    QString path = databaseOption;
    if (path.isEmpty() && !args.isEmpty())
        path = args.constFirst();
    if (path.isEmpty()) {
        const QString last = Frise::Storage::Database::redacted(
            QSettings().value(QStringLiteral("recentDatabases")).toStringList().value(0));
        if (Frise::Storage::Database::isServerUrl(last)) {
            // The server may want a password: connect through the dialog, without freezing the window.
            QTimer::singleShot(0, &window, [&window, last] { window.showConnectDialog(last, true); });
            return app.exec();
        }
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    QString error;
    if (path.isEmpty() && !Frise::Ui::ensureSampleDatabase(&path, &error)) {
        path.clear();
        window.messageBar()->showMessage(error);
    }
    if (!path.isEmpty())
        window.openDatabase(path);
    return app.exec();
}
