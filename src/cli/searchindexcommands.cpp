// SPDX-License-Identifier: GPL-3.0-or-later
// The search index a big import leaves to build: build-search-index, and
// what import and search do about it (see Storage::SearchBacklog).
#include "searchindexcommands.h"

#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"

#include "storage/instancelock.h"
#include "storage/searchbacklog.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

namespace Frise::Cli {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString incomplete(int percent)
    {
        return tr("search index %1 % built; results may be incomplete").arg(percent);
    }
    static QString building(qint64 pid)
    {
        return tr("Building the search index in the background (process %1); until it is complete, search says so.")
            .arg(pid);
    }
    static QString notStarted()
    {
        return tr("The search index build could not be started; it resumes at the next open.");
    }
    static QString progress(int percent) { return tr("Search index: %1 %").arg(percent); }
    static QString complete() { return tr("Search index complete."); }
    static QString failed(const QString &why) { return tr("frise build-search-index: %1").arg(why); }
};

// Test hook: rows per transaction of a build (small, to stop one midway).
qint64 sliceRows()
{
    bool ok = false;
    const qint64 rows = qEnvironmentVariable("FRISE_SEARCH_SLICE_ROWS").toLongLong(&ok);
    return ok && rows > 0 ? rows : Storage::SearchBacklog::defaultSliceRows;
}

// Builds the backlog of @p db under the build lock; while another process
// holds the lock, waits for it (and takes over if it dies).
bool buildUnderLock(Storage::Database &db, bool printProgress, Storage::StorageError *error)
{
    Storage::SearchBacklog backlog(db);
    Storage::InstanceLock lock(Storage::SearchBacklog::buildLockPath(db.path()));
    // Failed (a folder we cannot write): build without the lock, one
    // transaction per slice keeps two builders from indexing a row twice.
    while (lock.tryLock() == Storage::InstanceLock::Result::HeldElsewhere) {
        const Storage::SearchIndexState state = backlog.state(error);
        if (error->isError())
            return false;
        if (state.isComplete())
            return true;
        QThread::msleep(100);
    }
    int shown = -1;
    return backlog.build(
        [&](qint64 indexed, qint64 total) {
            const int percent = Storage::SearchIndexState {indexed, total}.percent() / 10 * 10;
            if (printProgress && percent != shown && percent < 100) {
                err() << Messages::progress(percent) << Qt::endl;
                shown = percent;
            }
            return true;
        },
        error, sliceRows());
}

} // namespace

bool startSearchIndexBuild(const QString &location)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("build-search-index"), location});
    // Nothing of the caller's output: a script reading it is not kept waiting.
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        err() << Messages::notStarted() << Qt::endl;
        return false;
    }
    err() << Messages::building(pid) << Qt::endl;
    return true;
}

int completeSearchIndex(Storage::Database &db, bool wait)
{
    Storage::SearchBacklog backlog(db);
    Storage::StorageError error;
    if (!backlog.isPending(&error))
        return error.isError() ? CannotRun : Done;
    if (!wait) {
        if (!Storage::SearchBacklog::isBuildRunning(db.path()))
            startSearchIndexBuild(db.path());
        return Done;
    }
    if (!buildUnderLock(db, true, &error)) {
        err() << Messages::failed(error.message) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::complete() << Qt::endl;
    return Done;
}

void noteSearchIndexState(Storage::Database &db)
{
    Storage::SearchBacklog backlog(db);
    Storage::StorageError error;
    const Storage::SearchIndexState state = backlog.state(&error);
    if (error.isError() || state.isComplete())
        return;
    err() << Messages::incomplete(state.percent()) << Qt::endl;
    // The next open resumes a build a crash or a quit interrupted.
    if (!db.isPostgres() && !Storage::SearchBacklog::isBuildRunning(db.path()))
        startSearchIndexBuild(db.path());
}

int buildSearchIndexCommand(const QStringList &args)
{
    const QString command = QStringLiteral("build-search-index");
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid())
        return refuse(CommonMessages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(CommonMessages::missingArgument(command));
    int code = Done;
    auto db = openForCommand(command, arguments.positional(0), {}, &code);
    if (!db)
        return code;
    return completeSearchIndex(*db, true);
}

} // namespace Frise::Cli
