// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crashsafety: edits the database given on the command line in
// a loop until it is killed, and reports every committed edit on stdout:
//   committed <uid>            after an event insert
//   updated <uid> <version>    after an event update
// With "import" as second argument it imports batches of events instead,
// one DatasetStore transaction each:
//   imported <batch>           after batch <batch> (events "<batch>-0"...) committed
// Options (CrashVfs): --kill-at N kills the process with SIGKILL just before
// SQLite's N-th file-changing operation; --stop-after N stops by itself after
// N reports and prints "operations <count>", which is how the test learns
// how many operations that many edits take.
//   crashwriter FILE [import] [--kill-at N] [--stop-after N]
#include "crashvfs.h"
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
    QStringList args = app.arguments().mid(1);
    qint64 killAt = 0;
    int stopAfter = -1;
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--kill-at")) {
            killAt = args.at(i + 1).toLongLong();
            args.remove(i, 2);
        } else if (args.at(i) == QLatin1String("--stop-after")) {
            stopAfter = args.at(i + 1).toInt();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: crashwriter FILE [import] [--kill-at N] [--stop-after N]\n");
        return 2;
    }
    if (!CrashVfs::install(killAt)) {
        std::fprintf(stderr, "cannot install the crash VFS\n");
        return 2;
    }
    int reports = 0;
    // After each report: true when it is time to stop by ourselves.
    const auto reported = [&] {
        std::fflush(stdout);
        if (stopAfter < 0 || ++reports < stopAfter)
            return false;
        std::printf("operations %lld\n", static_cast<long long>(CrashVfs::operations()));
        std::fflush(stdout);
        return true;
    };
    Database::OpenOptions options;
    options.exclusive = true; // the lock left by the previous, killed writer must be taken over
    StorageError error;
    auto db = Database::open(args.at(0), options, &error);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message));
        return 3;
    }
    std::fputs("opened\n", stdout);
    std::fflush(stdout);

    if (args.value(1) == QLatin1String("import")) {
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
            if (reported())
                return 0;
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
        if (reported())
            return 0;
    }
}
