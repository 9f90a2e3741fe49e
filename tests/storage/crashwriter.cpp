// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crashsafety: edits the database given on the command line in
// a loop until it is killed, and reports every committed edit on stdout:
//   committed <uid>            after an event insert
//   updated <uid> <version>    after an event update
#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Frise;
using namespace Frise::Storage;

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
