// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crashsafety: edits the database given on the command line in
// a loop until it is killed, and reports every committed edit on stdout:
//   committed <uid>            after an event insert
//   updated <uid> <version>    after an event update
// With "import" as second argument it imports batches of events instead,
// one DatasetStore transaction each:
//   imported <batch>           after batch <batch> (events "<batch>-0"...) committed
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Frise;
using namespace Frise::Storage;

constexpr int importBatchSize = 300; // keep in sync with tst_crashsafety

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crashwriter FILE\n");
        return 2;
    }
    Database::OpenOptions options;
    options.exclusive = true; // the lock left by the previous, killed writer must be taken over
    StorageError error;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options, &error);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message));
        return 3;
    }
    std::fputs("opened\n", stdout);
    std::fflush(stdout);

    if (argc > 2 && qstrcmp(argv[2], "import") == 0) {
        DatasetStore store(*db);
        for (int batch = 0;; ++batch) {
            const QString name = QStringLiteral("import-%1-%2").arg(QCoreApplication::applicationPid()).arg(batch);
            Dataset set;
            for (int i = 0; i < importBatchSize; ++i) {
                Event event;
                event.id = i + 1;
                event.uid = name + u'-' + QString::number(i);
                event.title = BilingualText::original(Language::English, QStringLiteral("Imported %1").arg(i));
                event.start = FuzzyDate::fromYear(1990 + i % 30);
                set.events.append(event);
            }
            if (!store.import(set, {}, {}, nullptr, &error)) {
                std::fprintf(stderr, "import: %s\n", qPrintable(error.message));
                return 4;
            }
            std::printf("imported %s\n", qPrintable(name));
            std::fflush(stdout);
        }
    }

    EventRepository events(*db);
    QList<Event> written;
    const QString prefix = QStringLiteral("crash-%1-").arg(QCoreApplication::applicationPid());
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    for (int n = 0;; ++n) {
        if (!written.isEmpty() && random.bounded(4) == 0) {
            Event &event = written[random.bounded(int(written.size()))];
            event.title.en = QStringLiteral("Edited %1").arg(n);
            event.importance = 1 + int(random.bounded(5));
            event.tags = {QStringLiteral("edit-%1").arg(n % 7)};
            if (!events.update(event, &error)) {
                std::fprintf(stderr, "update: %s\n", qPrintable(error.message));
                return 4;
            }
            std::printf("updated %s %d\n", qPrintable(event.uid), event.version);
        } else {
            Event event;
            event.uid = prefix + QString::number(n);
            event.title = BilingualText::both(QStringLiteral("Événement %1").arg(n), QStringLiteral("Event %1").arg(n));
            event.text
                = BilingualText::original(Language::French, QStringLiteral("Écrit avant une panne. ").repeated(8));
            event.start = FuzzyDate::fromDay(QDate(2000, 1, 1).addDays(random.bounded(9000)));
            event.tags = {QStringLiteral("crash")};
            if (!events.insert(event, &error)) {
                std::fprintf(stderr, "insert: %s\n", qPrintable(error.message));
                return 4;
            }
            written.append(event);
            std::printf("committed %s\n", qPrintable(event.uid));
        }
        std::fflush(stdout);
    }
}
