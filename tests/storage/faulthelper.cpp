// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_faults: imports N events into FILE in one DatasetStore
// import (one transaction) and reports its progress on stdout, so that the
// test can kill it with SIGKILL in the middle:
//   progress <done> <total>    every 1024 records
//   done                       after the import committed
// Usage: faulthelper FILE N
//
// Helper of tst_migrationcrash: opens FILE, an older schema, which migrates
// it to the current version; "start" is printed just before the open,
// "done VERSION operations N" once it returned (N: SQLite's file-changing
// operations, counted by CrashVfs). With --kill-at K the helper kills itself
// with SIGKILL just before operation K.
// Usage: faulthelper --migrate FILE [--kill-at K]
#include "crashvfs.h"
#include "storage/database.h"
#include "storage/datasetstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Frise;
using namespace Frise::Storage;

static int migrate(const QString &file, qint64 killAt)
{
    if (!CrashVfs::install(killAt)) {
        std::fprintf(stderr, "cannot install the crash VFS\n");
        return 2;
    }
    Database::OpenOptions options;
    options.exclusive = true; // the lock left by the kill must be taken over afterwards
    options.backups.keep = 0;
    std::fputs("start\n", stdout);
    std::fflush(stdout);
    StorageError error;
    auto db = Database::open(file, options, &error);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message));
        return 3;
    }
    std::printf("done %d operations %lld\n", db->schemaVersion(), static_cast<long long>(CrashVfs::operations()));
    std::fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if ((argc == 3 || (argc == 5 && QByteArray(argv[3]) == "--kill-at")) && QByteArray(argv[1]) == "--migrate")
        return migrate(QString::fromLocal8Bit(argv[2]), argc == 5 ? QByteArray(argv[4]).toLongLong() : 0);
    if (argc != 3) {
        std::fprintf(stderr, "usage: faulthelper FILE N | faulthelper --migrate FILE [--kill-at K]\n");
        return 2;
    }
    Database::OpenOptions options;
    options.exclusive = true;
    StorageError error;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options, &error);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message));
        return 3;
    }
    const int count = QByteArray(argv[2]).toInt();
    Dataset set;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = i + 1;
        event.uid = QStringLiteral("big-import-%1").arg(i);
        event.title = BilingualText::both(
            QStringLiteral("Événement importé %1").arg(i), QStringLiteral("Imported event %1").arg(i));
        event.start = FuzzyDate::fromYear(1990 + i % 35);
        set.events.append(event);
    }
    std::fputs("opened\n", stdout);
    std::fflush(stdout);
    const auto progress = [](qint64 done, qint64 total) {
        std::printf("progress %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
        std::fflush(stdout);
        return true;
    };
    if (!DatasetStore(*db).import(set, {}, progress, nullptr, &error)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error.message));
        return 4;
    }
    std::fputs("done\n", stdout);
    std::fflush(stdout);
    return 0;
}
