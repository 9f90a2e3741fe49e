// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpipeline.h"

#include "io/importer.h"
#include "storage/database.h"
#include "storage/sqlitemigrations.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

#include <time.h>

namespace Frise::Cli {

namespace {

// Parts waiting between the reader and the writer: enough to ride out a
// slow transaction step, few enough that memory stays flat.
constexpr qsizetype queuedParts = 4;

// Whether @p location is a Frise SQLite file at the current schema: one
// that this import can write to without first migrating it. Read from the
// file's header (https://www.sqlite.org/fileformat.html: user_version at
// byte 60, application_id at 68, big-endian), not by opening it: even a
// read-only open may leave -wal and -shm files behind, and a refused file
// must leave the database as it was. A write-ahead log with content may
// hold a newer header: then the file is read first, as always.
bool isCurrentSqlite(const QString &location)
{
    if (Storage::Database::isServerUrl(location) || QFileInfo(location + QStringLiteral("-wal")).size() > 0)
        return false;
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    const auto number = [&header](int at) { return qFromBigEndian<quint32>(header.constData() + at); };
    return header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16))
        && number(68) == quint32(Storage::sqliteApplicationId) && number(60) == quint32(Storage::sqliteSchemaVersion());
}

} // namespace

std::unique_ptr<ImportPipeline> ImportPipeline::forFile(
    const QString &path, const Io::ImportOptions &options, const QString &location)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Io::Importer::maximumFileSize())
        return nullptr;
    // The format from the start of the file, before reading the rest.
    const Io::Format format
        = options.format != Io::Format::Unknown ? options.format : Io::Importer::detectFormat(path, file.peek(65536));
    if (format != Io::Format::TimelineJsCsv || !isCurrentSqlite(location))
        return nullptr;
    QByteArray data = file.readAll();
    if (data.size() != file.size())
        return nullptr;
    // As TimelineJsCsv counts them: line ends, whichever kind the file uses.
    const qint64 lines
        = std::max(std::count(data.cbegin(), data.cend(), '\n'), std::count(data.cbegin(), data.cend(), '\r'));
    if (lines < minimumLines)
        return nullptr;
    Io::ImportOptions reading = options;
    reading.format = format;
    return std::unique_ptr<ImportPipeline>(new ImportPipeline(std::move(data), path, reading, lines));
}

ImportPipeline::ImportPipeline(QByteArray data, const QString &path, const Io::ImportOptions &options, qint64 lines)
    : m_data(std::move(data))
    , m_path(path)
    , m_options(options)
    , m_lines(lines)
    , m_stream(queuedParts)
{ }

ImportPipeline::~ImportPipeline()
{
    m_stream.abandon();
    join();
}

void ImportPipeline::start()
{
    m_reader = std::thread([this] { read(); });
}

void ImportPipeline::read()
{
    const auto cpuSeconds = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    };
    const double cpu = cpuSeconds();
    Io::ImportOptions options = m_options;
    options.parts = [this](Dataset &&part) { return m_stream.push(std::move(part)); };
    m_result = Io::Importer::importData(m_data, m_path, options);
    m_data = {};
    // What remains after the last full part, with the title, is the last part.
    if (m_result.ok() && m_stream.push(std::move(m_result.dataset)))
        m_stream.finish();
    else
        m_stream.fail();
    m_result.dataset = {};
    m_readerCpu = cpuSeconds() - cpu;
}

bool ImportPipeline::write(Storage::Database &db, const Storage::DatasetStore::ImportOptions &options,
    Storage::ImportSummary *summary, Storage::StorageError *error, const Storage::ProgressCallback &progress)
{
    const bool ok = Storage::DatasetStore(db).importStream(m_stream, m_lines, options, progress, summary, error);
    join();
    return ok;
}

void ImportPipeline::discard()
{
    Dataset part;
    while (m_stream.next(&part) == DatasetStream::Next::Part) { }
    join();
}

void ImportPipeline::join()
{
    if (m_reader.joinable())
        m_reader.join();
}

} // namespace Frise::Cli
