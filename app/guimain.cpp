// SPDX-License-Identifier: GPL-3.0-or-later
// `frise-gui`: the window. `frise` runs it (exec, same process) when it is given no command, so that the
// command line never loads QtWidgets and the window's other libraries; the arguments are `frise`'s own.
#include "launch.h"

#include "core/uilanguage.h"
#include "storage/database.h"
#include "ui/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QStringList args = Frise::App::argumentsOf(argc, argv);
    const QString databaseOption = Frise::App::takeDatabaseOption(&args);
    if (!Frise::App::hasDisplay())
        return Frise::App::refuseWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    Frise::App::setApplicationIdentity();
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
