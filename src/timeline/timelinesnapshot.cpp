// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinesnapshot.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <type_traits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Frise::Timeline {

namespace {

constexpr char magic[8] = {'F', 'R', 'I', 'S', 'E', 'T', 'L', 'S'};
constexpr quint32 formatVersion = 3; // 3: eras name the dispute status they draw
// Written raw: a snapshot from a machine of the other byte order reads back wrong here.
constexpr quint32 byteOrderMark = 0x01020304;
constexpr int modes = 4;
// Smallest an era (two ints, two minutes, two empty strings, a colour and its flag, a status) and an extent class
// take in a file.
constexpr quint64 eraMinBytes = 4 + 4 + 8 + 8 + 4 + 4 + 4 + 1 + 1;
constexpr quint64 classMinBytes = 8 + 8;

/**
 * Asks the kernel to back the untouched buffer at @p data with huge pages (where transparent huge
 * pages are on "madvise", Debian's default): a million-event snapshot's arrays then fault in 2 MiB
 * at a time instead of 4 KiB, which took about half of the read's CPU time.
 */
void askForHugePages(void *data, quint64 bytes)
{
#ifdef Q_OS_LINUX
    constexpr quint64 hugePage = quint64(2) << 20;
    if (bytes < hugePage)
        return;
    const auto pageSize = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr begin = quintptr(data) & ~(pageSize - 1);
    madvise(reinterpret_cast<void *>(begin), size_t(quintptr(data) + bytes - begin), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

class Writer
{
public:
    explicit Writer(QIODevice *device)
        : m_stream(device)
    {
        m_stream.setVersion(QDataStream::Qt_6_8);
    }
    template<typename T>
    void array(const std::vector<T> &values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_stream << quint64(values.size());
        m_stream.writeRawData(reinterpret_cast<const char *>(values.data()), qint64(values.size() * sizeof(T)));
    }
    /// Lanes as flat arrays: a hundred thousand actor lanes read in a few allocations, not a million.
    void lanes(const std::vector<LaneInfo> &lanes)
    {
        std::vector<char16_t> text;
        std::vector<quint32> ends; // of key, labelFr, labelEn, for each lane
        std::vector<QRgb> colours;
        std::vector<quint8> coloured;
        for (const LaneInfo &lane : lanes) {
            for (const QString *s : {&lane.key, &lane.labelFr, &lane.labelEn}) {
                text.insert(text.end(), s->utf16(), s->utf16() + s->size());
                ends.push_back(quint32(text.size()));
            }
            colours.push_back(lane.colour.isValid() ? lane.colour.rgba() : 0);
            coloured.push_back(lane.colour.isValid());
        }
        array(text);
        array(ends);
        array(colours);
        array(coloured);
    }
    QDataStream &stream() { return m_stream; }

private:
    QDataStream m_stream;
};

class Reader
{
public:
    explicit Reader(QIODevice *device)
        : m_device(device)
        , m_stream(device)
    {
        m_stream.setVersion(QDataStream::Qt_6_8);
    }
    bool ok() const { return m_stream.status() == QDataStream::Ok; }
    template<typename T>
    bool array(std::vector<T> *values)
    {
        quint64 size = 0;
        m_stream >> size;
        // A damaged size must not allocate more than the file can hold.
        if (!ok() || size > quint64(m_device->bytesAvailable()) / sizeof(T))
            return false;
        values->clear();
        values->reserve(size_t(size));
        askForHugePages(values->data(), size * sizeof(T));
        values->resize(size_t(size));
        const auto bytes = qint64(size * sizeof(T));
        return m_stream.readRawData(reinterpret_cast<char *>(values->data()), bytes) == bytes;
    }
    bool lanes(std::vector<LaneInfo> *lanes)
    {
        std::vector<char16_t> text;
        std::vector<quint32> ends;
        std::vector<QRgb> colours;
        std::vector<quint8> coloured;
        if (!array(&text) || !array(&ends) || !array(&colours) || !array(&coloured) || ends.size() != 3 * colours.size()
            || coloured.size() != colours.size() || !std::is_sorted(ends.begin(), ends.end())
            || (!ends.empty() && ends.back() > text.size()))
            return false;
        lanes->resize(colours.size());
        quint32 begin = 0;
        auto next = [&](size_t k) {
            const QString s(reinterpret_cast<const QChar *>(text.data() + begin), qsizetype(ends[k] - begin));
            begin = ends[k];
            return s;
        };
        for (size_t l = 0; l < colours.size(); ++l) {
            LaneInfo &lane = (*lanes)[l];
            lane.key = next(3 * l);
            lane.labelFr = next(3 * l + 1);
            lane.labelEn = next(3 * l + 2);
            lane.colour = coloured[l] ? QColor::fromRgba(colours[l]) : QColor();
        }
        return true;
    }
    /// Passes over an array as array() would read it, without reading it.
    template<typename T>
    bool skipArray()
    {
        quint64 size = 0;
        m_stream >> size;
        if (!ok() || size > quint64(m_device->bytesAvailable()) / sizeof(T))
            return false;
        const auto bytes = qint64(size * sizeof(T));
        return m_device->skip(bytes) == bytes;
    }
    bool skipLanes()
    {
        return skipArray<char16_t>() && skipArray<quint32>() && skipArray<QRgb>() && skipArray<quint8>();
    }
    /// A count of items each taking at least @p minBytes in the file.
    template<typename T>
    bool count(T *value, quint64 minBytes)
    {
        quint64 n = 0;
        m_stream >> n;
        // A damaged count must not allocate more than the file can hold.
        if (!ok() || n > quint64(m_device->bytesAvailable()) / minBytes)
            return false;
        *value = T(n);
        return true;
    }
    QDataStream &stream() { return m_stream; }
    bool atEnd() const { return m_device->atEnd(); }

private:
    QIODevice *m_device;
    QDataStream m_stream;
};

/// Offsets into an array of @p size: start at 0, never go down, end at @p size.
bool validOffsets(const std::vector<quint32> &offsets, size_t size)
{
    return !offsets.empty() && offsets.front() == 0 && offsets.back() == size
        && std::is_sorted(offsets.begin(), offsets.end());
}

template<typename T>
bool allBelow(const std::vector<T> &values, size_t limit)
{
    return std::all_of(values.begin(), values.end(), [limit](T v) { return size_t(v) < limit; });
}

} // namespace

bool TimelineSnapshot::write(const TimelineData &data, const QByteArray &key, QIODevice *device)
{
    Q_ASSERT(data.m_finished);
    // Data read for one lane mode would come back without the others.
    if (std::find(data.m_modeLeftOut.begin(), data.m_modeLeftOut.end(), true) != data.m_modeLeftOut.end())
        return false;
    Writer out(device);
    out.stream().writeRawData(magic, sizeof magic);
    out.stream() << formatVersion;
    out.stream().writeRawData(reinterpret_cast<const char *>(&byteOrderMark), sizeof byteOrderMark);
    out.stream() << key << data.m_min << data.m_max;
    out.array(data.m_ids);
    out.array(data.m_startEarliest);
    out.array(data.m_startLatest);
    out.array(data.m_endEarliest);
    out.array(data.m_latest);
    out.array(data.m_flags);
    out.array(data.m_importance);
    for (int m = 0; m < modes; ++m) {
        out.array(data.m_memberOffsets[size_t(m)]);
        out.array(data.m_members[size_t(m)]);
        out.lanes(data.m_lanes[size_t(m)]);
        const TimelineData::LaneIndex &index = data.m_index[size_t(m)];
        out.array(index.offsets);
        out.array(index.events);
        out.array(index.starts);
        out.array(index.latests);
        out.array(index.maxExtent);
    }
    out.stream() << quint64(data.m_eras.size());
    for (const EraBand &era : data.m_eras) {
        out.stream() << qint32(era.mode) << qint32(era.lane) << era.fromMinutes << era.toMinutes << era.labelFr
                     << era.labelEn << quint32(era.colour.isValid() ? era.colour.rgba() : 0)
                     << quint8(era.colour.isValid()) << qint8(era.status ? int(*era.status) : -1);
    }
    out.array(data.m_sortedIds);
    out.array(data.m_sortedIdIndex);
    out.stream() << quint64(data.m_classes.size());
    for (const TimelineData::ExtentClass &c : data.m_classes) {
        out.stream() << c.maxExtent;
        out.array(c.events);
    }
    return out.stream().status() == QDataStream::Ok;
}

std::optional<TimelineData> TimelineSnapshot::read(
    QIODevice *device, const QByteArray &key, QString *why, std::optional<LaneMode> onlyMode)
{
    auto refuse = [why](const char *reason) -> std::optional<TimelineData> {
        if (why)
            *why = QString::fromLatin1(reason);
        return std::nullopt;
    };
    Reader in(device);
    char header[sizeof magic] = {};
    quint32 version = 0;
    quint32 mark = 0;
    if (in.stream().readRawData(header, sizeof header) != qint64(sizeof header)
        || !std::equal(std::begin(header), std::end(header), std::begin(magic)))
        return refuse("not a timeline snapshot");
    in.stream() >> version;
    if (!in.ok() || version != formatVersion)
        return refuse("another snapshot format");
    if (in.stream().readRawData(reinterpret_cast<char *>(&mark), sizeof mark) != qint64(sizeof mark)
        || mark != byteOrderMark)
        return refuse("another byte order");
    QByteArray storedKey;
    in.stream() >> storedKey;
    if (!in.ok() || storedKey != key)
        return refuse("built from another state of the data");

    TimelineData data;
    in.stream() >> data.m_min >> data.m_max;
    bool ok = in.array(&data.m_ids) && in.array(&data.m_startEarliest) && in.array(&data.m_startLatest)
        && in.array(&data.m_endEarliest) && in.array(&data.m_latest) && in.array(&data.m_flags)
        && in.array(&data.m_importance);
    for (int m = 0; ok && m < modes; ++m) {
        if (onlyMode && LaneMode(m) != *onlyMode) {
            data.m_modeLeftOut[size_t(m)] = true;
            ok = in.skipArray<quint32>() && in.skipArray<quint32>() && in.skipLanes() && in.skipArray<quint32>()
                && in.skipArray<quint32>() && in.skipArray<qint64>() && in.skipArray<qint64>()
                && in.skipArray<qint64>();
            continue;
        }
        ok = in.array(&data.m_memberOffsets[size_t(m)]) && in.array(&data.m_members[size_t(m)]);
        ok = ok && in.lanes(&data.m_lanes[size_t(m)]);
        TimelineData::LaneIndex &index = data.m_index[size_t(m)];
        ok = ok && in.array(&index.offsets) && in.array(&index.events) && in.array(&index.starts)
            && in.array(&index.latests) && in.array(&index.maxExtent);
    }
    size_t eras = 0;
    ok = ok && in.count(&eras, eraMinBytes);
    data.m_eras.resize(ok ? eras : 0);
    for (size_t e = 0; ok && e < eras; ++e) {
        EraBand &era = data.m_eras[e];
        qint32 mode = 0;
        qint32 lane = 0;
        // The colour as plain integers: QColor's own stream form trusts its spec byte, which a damaged file breaks.
        quint32 rgba = 0;
        quint8 coloured = 0;
        qint8 status = -1; // a Dispute::Status, -1 for none
        in.stream() >> mode >> lane >> era.fromMinutes >> era.toMinutes >> era.labelFr >> era.labelEn >> rgba
            >> coloured >> status;
        ok = in.ok() && mode >= 0 && mode < modes && lane >= -1 && coloured <= 1 && status >= -1
            && status <= int(Dispute::Status::Dropped);
        era.status = status >= 0 ? std::optional(Dispute::Status(status)) : std::nullopt;
        era.colour = coloured ? QColor::fromRgba(rgba) : QColor();
        era.mode = LaneMode(mode);
        era.lane = lane;
    }
    // A mode's eras go with its lanes; those across all lanes (-1) stay. Only once every era read is known good.
    if (ok && onlyMode) {
        std::erase_if(
            data.m_eras, [&data](const EraBand &era) { return era.lane >= 0 && !data.hasLaneMode(era.mode); });
    }
    ok = ok && in.array(&data.m_sortedIds) && in.array(&data.m_sortedIdIndex);
    size_t classes = 0;
    ok = ok && in.count(&classes, classMinBytes);
    data.m_classes.resize(ok ? classes : 0);
    for (size_t c = 0; ok && c < classes; ++c) {
        in.stream() >> data.m_classes[c].maxExtent;
        ok = in.array(&data.m_classes[c].events);
    }
    if (!ok || !in.atEnd())
        return refuse("damaged snapshot");

    // Every index is checked against what it points into: a snapshot that
    // reads fine but holds nonsense must not send the painter out of bounds.
    const size_t n = data.m_ids.size();
    for (const auto *column : {&data.m_startEarliest, &data.m_startLatest, &data.m_endEarliest, &data.m_latest}) {
        if (column->size() != n)
            return refuse("inconsistent event arrays");
    }
    if (data.m_flags.size() != n || data.m_importance.size() != n || data.m_sortedIds.size() != n
        || data.m_sortedIdIndex.size() != n || !allBelow(data.m_sortedIdIndex, n))
        return refuse("inconsistent event arrays");
    for (int m = 0; m < modes; ++m) {
        if (!data.hasLaneMode(LaneMode(m)))
            continue;
        const auto &offsets = data.m_memberOffsets[size_t(m)];
        const auto &members = data.m_members[size_t(m)];
        const bool membersOk = m == 0 ? offsets.empty() && members.empty()
                                      : offsets.size() == n + 1 && validOffsets(offsets, members.size())
                && allBelow(members, data.m_lanes[size_t(m)].size());
        const TimelineData::LaneIndex &index = data.m_index[size_t(m)];
        const auto laneCount = size_t(data.laneCount(LaneMode(m)));
        const size_t entries = index.events.size();
        if (!membersOk || index.offsets.size() != laneCount + 1 || !validOffsets(index.offsets, entries)
            || index.starts.size() != entries || index.latests.size() != entries || index.maxExtent.size() != laneCount
            || !allBelow(index.events, n))
            return refuse("inconsistent lane index");
    }
    for (const EraBand &era : data.m_eras) {
        if (era.lane >= data.laneCount(era.mode))
            return refuse("era of an unknown lane");
    }
    for (const TimelineData::ExtentClass &c : data.m_classes) {
        if (!allBelow(c.events, n))
            return refuse("inconsistent extent classes");
    }
    data.m_finished = true;
    return data;
}

} // namespace Frise::Timeline
