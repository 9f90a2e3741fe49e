// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the GUI, or runs one command of the command-line contract.
#include "cli/commandline.h"
#include "core/uilanguage.h"
#include "ui/mainwindow.h"

#include <QApplication>

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

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (Frise::Cli::isCommand(args)) {
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
    Frise::UiLanguage language;
    language.apply(Frise::UiLanguage::systemLanguage());
    Frise::Ui::MainWindow window;
    window.show();
    return app.exec();
}
