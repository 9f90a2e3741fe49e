// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"

namespace Frise::Ui {

/**
 * Builds the search index a big import left for later
 * (Storage::SearchBacklog), in a thread of its own over a writable
 * connection of its own, a slice per transaction: the window keeps editing
 * meanwhile. When another process builds it (`frise build-search-index`),
 * it only follows that one's progress, and takes over if it ends early.
 * Cancelling (quit, another file) stops between slices; the marker stays
 * in the file and the next open resumes.
 */
class SearchIndexBuilder final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexBuilder)

public:
    /// The destructor cancels and waits for a running build.
    explicit SearchIndexBuilder(QObject *parent = nullptr);

    /// Builds the backlog of the file @p path, of which @p indexed of @p total rows are done.
    void start(const QString &path, qint64 indexed, qint64 total);

Q_SIGNALS:
    /// Whole percents of the backlog indexed, now and then while it runs.
    void progress(int percent);
    /// The index covers every row.
    void finished();

protected:
    void reportProgress(qint64 done, qint64 total) override;
};

} // namespace Frise::Ui
