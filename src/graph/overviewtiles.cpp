// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtiles.h"

#include <QLineF>
#include <QPainter>
#include <QRegion>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace Frise::Graph {

namespace {

// Calls @p box with boxes (zoomed pixels) that together hold every pixel of the segment from @p a to @p b: a
// line across a tile changes a thin band of it, not its whole bounding box.
template<typename Box>
void forEachPiece(QPoint a, QPoint b, Box &&box)
{
    constexpr int pieceLength = 32;
    const QPointF delta(b - a);
    const int steps = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
    const int pieces = std::max(1, (steps + pieceLength - 1) / pieceLength);
    for (int k = 0; k < pieces; ++k) {
        const QPointF p = QPointF(a) + delta * (double(k) / pieces);
        const QPointF q = QPointF(a) + delta * (double(k + 1) / pieces);
        // Each pixel of the piece lies within a pixel of the segment from p to q (rounding along the minor
        // axis): two pixels of margin hold it.
        const QRect bounds(QPoint(int(std::floor(std::min(p.x(), q.x()))), int(std::floor(std::min(p.y(), q.y())))),
            QPoint(int(std::ceil(std::max(p.x(), q.x()))), int(std::ceil(std::max(p.y(), q.y())))));
        box(bounds.adjusted(-2, -2, 2, 2));
    }
}

void insertSorted(std::vector<int> *items, int value)
{
    const auto at = std::lower_bound(items->begin(), items->end(), value);
    if (at == items->end() || *at != value)
        items->insert(at, value);
}

} // namespace

QThreadPool *OverviewTiles::workerPool()
{
    // Destroyed at exit after waiting for its work, which stops at the next tile once its tiles object is gone.
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized)
    return &pool;
}

OverviewTiles::OverviewTiles(OverviewScene scene)
    : m_snapshot(std::make_shared<OverviewSnapshot>())
    , m_receiver(std::make_unique<QObject>())
{
    m_snapshot->index = std::make_shared<const OverviewIndex>(scene);
    m_snapshot->scene = std::move(scene);
}

OverviewTiles::~OverviewTiles()
{
    ++*m_generation; // workers still drawing for this object stop at their next tile
}

void OverviewTiles::drawOnWorker(QObject *context, std::function<void()> arrived)
{
    m_context = context;
    m_arrived = std::move(arrived);
}

void OverviewTiles::startOver()
{
    ++*m_generation;
    m_requested.clear();
}

OverviewSnapshot &OverviewTiles::ownSnapshot()
{
    if (m_snapshot.use_count() > 1) // a worker draws from it: changes go to a copy (its lists shared until written)
        m_snapshot = std::make_shared<OverviewSnapshot>(*m_snapshot);
    return *m_snapshot;
}

void OverviewTiles::paint(
    QPainter *painter, const OverviewMapping &mapping, const QRect &view, int longestEdge, qreal opacity)
{
    const OverviewRasterKey key {mapping.scale, longestEdge, mapping.devicePixelRatio};
    if (!(key == m_key)) {
        // The tiles of the zoom left stand in for the new ones while workers draw them (when nothing of this
        // zoom came back before the next change, the zoom before stays).
        if (!m_tiles.isEmpty())
            m_backdrop = Backdrop {m_key, std::move(m_tiles)};
        m_tiles.clear();
        m_dirty.clear();
        m_redrawing.clear();
        m_stale.clear();
        startOver();
        m_key = key;
        m_lastOrigin.reset();
        m_rendered = 0;
        m_settled = false;
    }
    // The tiles in sight, in the zoomed scene's pixels (the device's less the origin).
    const QRect zoomedView = view.translated(-mapping.origin);
    const QRect needed(QPoint(OverviewRaster::tileOf(zoomedView.left()), OverviewRaster::tileOf(zoomedView.top())),
        QPoint(OverviewRaster::tileOf(zoomedView.right()), OverviewRaster::tileOf(zoomedView.bottom())));
    m_lastNeeded = needed;
    if (!m_dirty.isEmpty()) {
        if (m_context)
            redrawDirtyOnWorkers(needed);
        else
            redrawDirty(needed);
    }
    if (!m_stale.isEmpty())
        redrawStale(needed);
    QList<QPoint> missing;
    for (int row = needed.top(); row <= needed.bottom(); ++row) {
        for (int column = needed.left(); column <= needed.right(); ++column) {
            if (!m_tiles.contains(QPoint(column, row)))
                missing.append(QPoint(column, row));
        }
    }
    // A new zoom is drawn on workers when there is something to show meanwhile; a pan at a zoom whose
    // tiles are all in, or a changed scene, is drawn here (a strip of tiles, or the right picture at once).
    const bool onWorker = m_context && m_backdrop && !m_settled;
    if (!missing.isEmpty() && !onWorker) {
        render(missing);
        missing.clear();
    }

    painter->save();
    painter->setOpacity(opacity);
    if (!missing.isEmpty()) {
        request(missing, QRectF(needed).center());
        paintBackdrop(painter, mapping, missing);
    }
    for (int row = needed.top(); row <= needed.bottom(); ++row) {
        for (int column = needed.left(); column <= needed.right(); ++column) {
            const auto tile = m_tiles.constFind(QPoint(column, row));
            if (tile == m_tiles.cend())
                continue;
            const QPoint topLeft = mapping.origin + QPoint(column, row) * tileSize;
            painter->drawImage(QPointF(topLeft) / mapping.devicePixelRatio, *tile);
        }
    }
    painter->restore();
    m_sharp = missing.isEmpty() && m_stale.isEmpty() && m_dirty.isEmpty() && m_redrawing.isEmpty();
    if (m_sharp && !m_settled) {
        m_settled = true;
        m_backdrop.reset();
    }
    if (m_sharp && m_lastOrigin && *m_lastOrigin != mapping.origin)
        prefetch(needed, mapping.origin - *m_lastOrigin);
    m_lastOrigin = mapping.origin;

    // Tiles more than half a view's width or height away are dropped: memory stays a few views' worth
    // (a 1,600 × 1,000 view: 40 tiles of 256 KiB in sight, at most 4 times that kept).
    if (m_tiles.size() > 3 * (needed.width() * needed.height()) + 8) {
        const int columns = (needed.width() + 1) / 2;
        const int rows = (needed.height() + 1) / 2;
        const QRect kept = needed.adjusted(-columns, -rows, columns, rows);
        for (auto it = m_tiles.begin(); it != m_tiles.end();) {
            if (kept.contains(it.key())) {
                ++it;
                continue;
            }
            m_stale.remove(it.key());
            m_dirty.remove(it.key());
            m_redrawing.remove(it.key());
            it = m_tiles.erase(it);
        }
    }
}

void OverviewTiles::paintBackdrop(QPainter *painter, const OverviewMapping &mapping, const QList<QPoint> &missing) const
{
    if (!m_backdrop || m_backdrop->tiles.isEmpty())
        return;
    const qreal ratio = mapping.devicePixelRatio;
    QRegion clip;
    for (const QPoint &tile : missing) {
        const QRectF device(QPointF(mapping.origin + tile * tileSize), QSizeF(tileSize, tileSize));
        clip += QRectF(device.topLeft() / ratio, device.size() / ratio).toAlignedRect();
    }
    const QRectF area = clip.boundingRect();
    // A tile of the old zoom covers its zoomed pixels there, scene units times that zoom's scale.
    const qreal factor = m_key.scale / m_backdrop->key.scale;
    painter->save();
    painter->setClipRegion(clip, Qt::IntersectClip);
    for (auto it = m_backdrop->tiles.cbegin(); it != m_backdrop->tiles.cend(); ++it) {
        const QRectF device(
            QPointF(it.key() * tileSize) * factor + QPointF(mapping.origin), QSizeF(tileSize, tileSize) * factor);
        const QRectF target(device.topLeft() / ratio, device.size() / ratio);
        if (target.intersects(area))
            painter->drawImage(target, *it);
    }
    painter->restore();
}

void OverviewTiles::prefetch(const QRect &needed, QPoint motion)
{
    // The column and row of tiles just past the view's edges it moves towards, nearest its middle first.
    const int dx = motion.x() > 0 ? -1 : motion.x() < 0 ? 1 : 0; // the origin moves against the view
    const int dy = motion.y() > 0 ? -1 : motion.y() < 0 ? 1 : 0;
    const QPointF middle = QRectF(needed).center();
    QList<QPoint> ahead;
    const auto consider = [&](QPoint tile) {
        if (!m_tiles.contains(tile) && !m_requested.contains(tile) && !ahead.contains(tile))
            ahead.append(tile);
    };
    if (dx != 0) {
        const int column = dx > 0 ? needed.right() + 1 : needed.left() - 1;
        for (int row = needed.top() - 1; row <= needed.bottom() + 1; ++row)
            consider(QPoint(column, row));
    }
    if (dy != 0) {
        const int row = dy > 0 ? needed.bottom() + 1 : needed.top() - 1;
        for (int column = needed.left() - 1; column <= needed.right() + 1; ++column)
            consider(QPoint(column, row));
    }
    if (ahead.isEmpty())
        return;
    if (m_context) {
        // Off this thread, the whole strip: the frame pays nothing for it.
        request(ahead, middle);
        return;
    }
    std::sort(ahead.begin(), ahead.end(), [&middle](QPoint a, QPoint b) {
        return QLineF(QPointF(a), middle).length() < QLineF(QPointF(b), middle).length();
    });
    ahead.resize(std::min<qsizetype>(ahead.size(), prefetchPerFrame));
    render(ahead);
}

void OverviewTiles::render(const QList<QPoint> &missing)
{
    const QList<QImage> images = OverviewRaster::draw(*m_snapshot, m_key, missing);
    for (qsizetype k = 0; k < missing.size(); ++k) {
        m_tiles.insert(missing[k], images[k]);
        m_requested.remove(missing[k]);
        tileDrawn(missing[k]);
    }
    m_rendered += int(missing.size());
}

void OverviewTiles::request(const QList<QPoint> &tiles, QPointF middle)
{
    QList<QPoint> fresh;
    for (const QPoint &tile : tiles) {
        if (!m_requested.contains(tile))
            fresh.append(tile);
    }
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), [&middle](QPoint a, QPoint b) {
        return QLineF(QPointF(a), middle).length() < QLineF(QPointF(b), middle).length();
    });
    const std::shared_ptr<const OverviewSnapshot> snapshot = m_snapshot;
    const OverviewRasterKey key = m_key;
    const std::shared_ptr<std::atomic<quint64>> current = m_generation;
    const quint64 generation = current->load();
    for (qsizetype first = 0; first < fresh.size(); first += tilesPerJob) {
        const QList<QPoint> job = fresh.mid(first, tilesPerJob);
        for (const QPoint &tile : job)
            m_requested.insert(tile);
        QtConcurrent::run(workerPool(), [snapshot, key, job, current, generation] {
            return OverviewRaster::draw(*snapshot, key, job, OverviewRaster::Method::Index,
                [&current, generation] { return current->load() != generation; });
        }).then(m_receiver.get(), [this, job, generation](const QList<QImage> &images) {
            arrive(job, generation, images);
        });
    }
}

void OverviewTiles::arrive(const QList<QPoint> &tiles, quint64 generation, const QList<QImage> &images)
{
    if (generation != m_generation->load()) {
        ++m_discarded; // drawn (or stopped) for a zoom or scene that is no more
        return;
    }
    bool inSight = false;
    for (qsizetype k = 0; k < tiles.size(); ++k) {
        m_requested.remove(tiles[k]);
        if (k >= images.size())
            continue;
        m_tiles.insert(tiles[k], images[k]);
        tileDrawn(tiles[k]);
        ++m_rendered;
        inSight = inSight || m_lastNeeded.contains(tiles[k]);
    }
    if (inSight && m_context && m_arrived)
        m_arrived();
}

void OverviewTiles::moveDot(int dot, QPointF at)
{
    if (dot < 0 || dot >= m_snapshot->scene.dots.size() || m_snapshot->scene.dots[dot].at == at)
        return;
    OverviewSnapshot &snapshot = ownSnapshot();
    markTilesUnder(dot);
    snapshot.scene.dots[dot].at = at;
    markTilesUnder(dot);
    insertSorted(&snapshot.moved, dot);
    for (int line : snapshot.index->linesOf(dot))
        insertSorted(&snapshot.movedLines, line);
    if (snapshot.moved.size() > size_t(movesBeforeReindex)) {
        snapshot.index = std::make_shared<const OverviewIndex>(snapshot.scene);
        snapshot.moved.clear();
        snapshot.movedLines.clear();
    }
    // Workers drew the old place, and so did the zoom before: neither is shown again.
    startOver();
    m_backdrop.reset();
}

bool OverviewTiles::restyle(OverviewScene scene)
{
    const OverviewScene &held = m_snapshot->scene;
    if (scene.dots.size() != held.dots.size() || scene.lines.size() != held.lines.size())
        return false;
    std::vector<int> dots;
    for (qsizetype i = 0; i < held.dots.size(); ++i) {
        const OverviewScene::Dot &was = held.dots[i];
        const OverviewScene::Dot &is = scene.dots[i];
        if (was.at != is.at || was.side != is.side)
            return false;
        if (was.colour != is.colour || was.shown != is.shown)
            dots.push_back(int(i));
    }
    std::vector<int> lines;
    for (qsizetype i = 0; i < held.lines.size(); ++i) {
        const OverviewScene::Line &was = held.lines[i];
        const OverviewScene::Line &is = scene.lines[i];
        if (was.from != is.from || was.to != is.to)
            return false;
        if (was.colour != is.colour || was.shown != is.shown)
            lines.push_back(int(i));
    }
    if (dots.empty() && lines.empty())
        return true;
    if (!m_tiles.isEmpty() && dots.size() + lines.size() > size_t(restyleItemLimit)) {
        for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
            m_stale.insert(it.key());
    } else if (!m_tiles.isEmpty()) {
        // The geometry is the same before and after: where an item was drawn is where it is drawn now.
        OverviewMapping mapping;
        mapping.scale = m_key.scale;
        for (int i : dots) {
            const QPoint centre = mapping.zoomed(held.dots[i].at);
            const int side = dotSide(held.dots[i].side, m_key.scale);
            markStale(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side));
        }
        for (int i : lines) {
            const QPoint a = mapping.zoomed(held.dots[held.lines[i].from].at);
            const QPoint b = mapping.zoomed(held.dots[held.lines[i].to].at);
            if (OverviewRaster::drawsLine(a, b, m_key.longest))
                forEachPiece(a, b, [this](const QRect &box) { markStale(box); });
        }
    }
    ownSnapshot().scene = std::move(scene);
    // Tiles the workers are drawing in the old style are not shown; those in sight are asked again.
    startOver();
    return true;
}

template<typename Visit>
void OverviewTiles::forEachHeldTile(const QRect &area, Visit visit) const
{
    const int left = OverviewRaster::tileOf(area.left());
    const int right = OverviewRaster::tileOf(area.right());
    const int top = OverviewRaster::tileOf(area.top());
    const int bottom = OverviewRaster::tileOf(area.bottom());
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            const QPoint tile(column, row);
            if (m_tiles.contains(tile))
                visit(tile);
        }
    }
}

void OverviewTiles::markStale(const QRect &area)
{
    forEachHeldTile(area, [this](QPoint tile) { m_stale.insert(tile); });
}

void OverviewTiles::redrawStale(const QRect &needed)
{
    QList<QPoint> inSight;
    for (auto it = m_stale.begin(); it != m_stale.end();) {
        if (needed.contains(*it)) {
            inSight.append(*it);
            ++it;
        } else {
            m_tiles.remove(*it); // out of sight: drawn whole if it comes back
            it = m_stale.erase(it);
        }
    }
    if (inSight.isEmpty())
        return;
    if (m_context)
        request(inSight, QRectF(needed).center());
    else
        render(inSight);
}

void OverviewTiles::markTilesUnder(int dot)
{
    if (m_tiles.isEmpty())
        return;
    const OverviewScene &scene = m_snapshot->scene;
    OverviewMapping mapping;
    mapping.scale = m_key.scale;
    const QPoint centre = mapping.zoomed(scene.dots[dot].at);
    const int side = dotSide(scene.dots[dot].side, m_key.scale);
    // What the dot changes: its square and its drawn lines (a line left out changes no pixel), each with a
    // pixel of margin (a line's pixels lie within half a pixel of its segment).
    markDirty(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side).adjusted(-1, -1, 1, 1));
    for (int i : m_snapshot->index->linesOf(dot)) {
        const OverviewScene::Line &line = scene.lines[i];
        const QPoint a = mapping.zoomed(scene.dots[line.from].at);
        const QPoint b = mapping.zoomed(scene.dots[line.to].at);
        if (line.shown && OverviewRaster::drawsLine(a, b, m_key.longest))
            forEachPiece(a, b, [this](const QRect &box) { markDirty(box); });
    }
}

void OverviewTiles::markDirty(const QRect &area)
{
    forEachHeldTile(area,
        [this, &area](QPoint tile) { m_dirty[tile] += area & QRect(tile * tileSize, QSize(tileSize, tileSize)); });
}

void OverviewTiles::tileDrawn(QPoint tile)
{
    m_stale.remove(tile);
    m_dirty.remove(tile);
    m_redrawing.remove(tile); // what that worker brings back is older than this
}

void OverviewTiles::redrawDirtyOnWorkers(const QRect &needed)
{
    for (auto it = m_dirty.begin(); it != m_dirty.end();) {
        const QPoint tile = it.key();
        const auto held = m_tiles.constFind(tile);
        if (held == m_tiles.cend()) {
            it = m_dirty.erase(it);
            continue;
        }
        if (!needed.contains(tile)) {
            m_tiles.remove(tile); // out of sight: drawn whole if it comes back
            m_stale.remove(tile);
            m_redrawing.remove(tile);
            it = m_dirty.erase(it);
            continue;
        }
        // One worker at a time per tile, each from the tile the last one brought back: parts changed meanwhile
        // wait for the next. A snapshot later than the one a worker draws from differs from it only in parts
        // marked dirty since, so what it brings back is right but for those.
        if (m_redrawing.contains(tile)) {
            ++it;
            continue;
        }
        const quint64 serial = ++m_serial;
        m_redrawing.insert(tile, serial);
        const std::shared_ptr<const OverviewSnapshot> snapshot = m_snapshot;
        const OverviewRasterKey key = m_key;
        const QRegion area = *it;
        QtConcurrent::run(workerPool(), [snapshot, key, tile, area, image = *held]() mutable {
            OverviewRaster::redraw(*snapshot, key, {{tile, area, &image}});
            return image;
        }).then(m_receiver.get(), [this, tile, serial](const QImage &image) { redrawn(tile, serial, image); });
        it = m_dirty.erase(it);
    }
}

void OverviewTiles::redrawn(QPoint tile, quint64 serial, const QImage &image)
{
    const auto job = m_redrawing.constFind(tile);
    const auto held = m_tiles.find(tile);
    if (job == m_redrawing.cend() || *job != serial || held == m_tiles.end()) {
        ++m_discarded; // the tile was dropped, drawn whole or zoomed since
        return;
    }
    m_redrawing.erase(job);
    *held = image;
    ++m_rendered;
    if (m_lastNeeded.contains(tile) && m_context && m_arrived)
        m_arrived();
}

void OverviewTiles::redrawDirty(const QRect &needed)
{
    QList<OverviewRaster::Part> parts;
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it) {
        const auto tile = m_tiles.find(it.key());
        if (tile == m_tiles.end())
            continue;
        if (!needed.contains(it.key())) {
            m_tiles.erase(tile); // out of sight: drawn whole if it comes back
            continue;
        }
        parts.append({it.key(), *it, &*tile});
    }
    OverviewRaster::redraw(*m_snapshot, m_key, parts);
    m_rendered += int(parts.size());
    m_dirty.clear();
}

} // namespace Frise::Graph
