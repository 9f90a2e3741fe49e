// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasetstream.h"
#include "io/importtypes.h"
#include "storage/datasetstore.h"

#include <memory>
#include <thread>

namespace Frise::Cli {

/**
 * `frise import` of a big TimelineJS sheet on both cores: a second thread
 * reads the file and hands the records over in parts (DatasetStream) while
 * this one writes those already read, in the import's one transaction
 * (Storage::DatasetStore::importStream).
 *
 * What the user sees is what reading it all first gives: a bad cell on any
 * row refuses the file with its line and column and writes nothing (the
 * transaction rolls back), the warnings come in the file's order once the
 * reading is done, a database that cannot be opened is reported after a
 * bad file's error, as when the file was read first.
 */
class ImportPipeline final
{
    Q_DISABLE_COPY_MOVE(ImportPipeline)

public:
    /// Lines from which a sheet is read and written at once; below, reading it first costs little.
    static constexpr qint64 minimumLines = 5000;

    /**
     * A pipeline for importing @p path into @p location, or nullptr when
     * the import reads the file first: not a TimelineJS sheet, a small or
     * too large file, PostgreSQL (whose writer looks every uid up first),
     * or a database that cannot be opened or is due a migration (which
     * must not happen before a bad file is refused).
     */
    static std::unique_ptr<ImportPipeline> forFile(
        const QString &path, const Io::ImportOptions &options, const QString &location);
    ~ImportPipeline();

    /// About how many records the file holds, at most (its lines).
    qint64 expectedRecords() const { return m_lines; }

    /// Starts reading, on the second thread.
    void start();
    /// Writes what the reader hands over into @p db (see DatasetStore::importStream), then waits for the reader.
    bool write(Storage::Database &db, const Storage::DatasetStore::ImportOptions &options,
        Storage::ImportSummary *summary, Storage::StorageError *error, const Storage::ProgressCallback &progress = {});
    /// Lets the reader go to the end with nowhere to write (to learn whether the file is good), and waits for it.
    void discard();
    /// What the reading gave once write() or discard() returned: an error, the warnings (no records).
    const Io::ImportResult &readResult() const { return m_result; }
    /// Processor seconds the reading thread took (for the benchmarks), once it ended.
    double readerCpuSeconds() const { return m_readerCpu; }

private:
    ImportPipeline(QByteArray data, const QString &path, const Io::ImportOptions &options, qint64 lines);
    void read();
    void join();

    QByteArray m_data;
    QString m_path;
    Io::ImportOptions m_options;
    qint64 m_lines = 0;
    DatasetStream m_stream;
    Io::ImportResult m_result;
    double m_readerCpu = 0;
    std::thread m_reader;
};

} // namespace Frise::Cli
