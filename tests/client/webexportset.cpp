// SPDX-License-Identifier: GPL-3.0-or-later
// webexport_set OUT.json [EVENTS]: writes FriseTest::webExportSet() (with
// EVENTS generated events more) as a Frise backup, for the web page's
// browser test and benchmark to import with `frise import`.
#include "webexportset.h"
#include "io/exporter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    bool ok = args.size() == 1;
    const int generated = args.size() == 2 ? args.at(1).toInt(&ok) : 0;
    if (!ok || generated < 0) {
        err << "usage: webexport_set OUT.json [EVENTS]\n";
        return 2;
    }
    Frise::Io::ExportOptions options;
    options.format = Frise::Io::Format::Backup;
    Frise::Io::IoError error;
    if (!Frise::Io::Exporter::exportFile(FriseTest::webExportSet(generated), args.at(0), options, &error)) {
        err << error.toString() << '\n';
        return 2;
    }
    return 0;
}
