// SPDX-License-Identifier: GPL-3.0-or-later
// tljs_exportset OUT.json fr|en: writes the TimelineJS export of
// FriseTest::timelineJsExportSet() through Io::Exporter, as `frise export`
// does, and prints what it holds as JSON ({"events", "eras", "title"}) for the
// client test to compare with what TimelineJS shows.
#include "exportset.h"
#include "io/exporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() != 2 || (args.at(1) != QLatin1String("fr") && args.at(1) != QLatin1String("en"))) {
        err << "usage: tljs_exportset OUT.json fr|en\n";
        return 2;
    }
    const Frise::Dataset set = FriseTest::timelineJsExportSet();
    Frise::Io::ExportOptions options;
    options.format = Frise::Io::Format::TimelineJsJson;
    options.language = args.at(1) == QLatin1String("fr") ? Frise::Language::French : Frise::Language::English;
    Frise::Io::IoError error;
    if (!Frise::Io::Exporter::exportFile(set, args.at(0), options, &error)) {
        err << error.toString() << '\n';
        return 2;
    }
    qsizetype events = 0;
    qsizetype eras = set.eras.size();
    for (const Frise::Event &event : set.events)
        ++(event.tags.contains(QLatin1String("era")) ? eras : events);
    const QJsonObject counts {{QLatin1String("events"), events}, {QLatin1String("eras"), eras},
        {QLatin1String("title"), set.title.textOrFallback(options.language)}};
    QTextStream(stdout) << QJsonDocument(counts).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
