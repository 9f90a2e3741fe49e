// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtiles.h"

#include "pixelcanvas.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Frise::Graph {

namespace {

// Tile column (or row) of zoomed pixel @p v.
int tileOf(int v)
{
    return int(std::floor(double(v) / OverviewTiles::tileSize));
}

} // namespace

OverviewTiles::OverviewTiles(OverviewScene scene)
    : m_scene(std::move(scene))
{ }

void OverviewTiles::paint(
    QPainter *painter, const OverviewMapping &mapping, const QRect &view, int longestEdge, qreal opacity)
{
    if (mapping.scale != m_scale || longestEdge != m_longest || mapping.devicePixelRatio != m_devicePixelRatio) {
        m_tiles.clear();
        m_zoomed.clear();
        m_lastOrigin.reset();
        m_rendered = 0;
        m_scale = mapping.scale;
        m_longest = longestEdge;
        m_devicePixelRatio = mapping.devicePixelRatio;
    }
    // The tiles in sight, in the zoomed scene's pixels (the device's less the origin).
    const QRect zoomedView = view.translated(-mapping.origin);
    const QRect needed(QPoint(tileOf(zoomedView.left()), tileOf(zoomedView.top())),
        QPoint(tileOf(zoomedView.right()), tileOf(zoomedView.bottom())));
    QList<QPoint> missing;
    for (int row = needed.top(); row <= needed.bottom(); ++row) {
        for (int column = needed.left(); column <= needed.right(); ++column) {
            if (!m_tiles.contains(QPoint(column, row)))
                missing.append(QPoint(column, row));
        }
    }
    if (!missing.isEmpty())
        render(missing);

    painter->save();
    painter->setOpacity(opacity);
    for (int row = needed.top(); row <= needed.bottom(); ++row) {
        for (int column = needed.left(); column <= needed.right(); ++column) {
            const QPoint topLeft = mapping.origin + QPoint(column, row) * tileSize;
            painter->drawImage(QPointF(topLeft) / mapping.devicePixelRatio, m_tiles.value(QPoint(column, row)));
        }
    }
    painter->restore();
    if (missing.isEmpty() && m_lastOrigin && *m_lastOrigin != mapping.origin)
        prefetch(needed, mapping.origin - *m_lastOrigin);
    m_lastOrigin = mapping.origin;

    // Tiles more than half a view's width or height away are dropped: memory stays a few views' worth
    // (a 1,600 × 1,000 view: 40 tiles of 256 KiB in sight, at most 4 times that kept).
    if (m_tiles.size() > 3 * (needed.width() * needed.height()) + 8) {
        const int columns = (needed.width() + 1) / 2;
        const int rows = (needed.height() + 1) / 2;
        const QRect kept = needed.adjusted(-columns, -rows, columns, rows);
        for (auto it = m_tiles.begin(); it != m_tiles.end();)
            it = kept.contains(it.key()) ? std::next(it) : m_tiles.erase(it);
    }
}

void OverviewTiles::prefetch(const QRect &needed, QPoint motion)
{
    // The column and row of tiles just past the view's edges it moves towards, nearest its middle first.
    const int dx = motion.x() > 0 ? -1 : motion.x() < 0 ? 1 : 0; // the origin moves against the view
    const int dy = motion.y() > 0 ? -1 : motion.y() < 0 ? 1 : 0;
    const QPointF middle = QRectF(needed).center();
    QList<QPoint> ahead;
    const auto consider = [&](QPoint tile) {
        if (!m_tiles.contains(tile) && !ahead.contains(tile))
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
    std::sort(ahead.begin(), ahead.end(), [&middle](QPoint a, QPoint b) {
        return QLineF(QPointF(a), middle).length() < QLineF(QPointF(b), middle).length();
    });
    ahead.resize(std::min<qsizetype>(ahead.size(), prefetchPerFrame));
    render(ahead);
}

void OverviewTiles::render(const QList<QPoint> &missing)
{
    // One pass over the items for every missing tile: each is drawn into the tiles its box meets.
    QRect span;
    for (const QPoint &tile : missing)
        span |= QRect(tile, QSize(1, 1));
    // The new tiles, drawn here and handed to m_tiles at the end (a hash moves its values as it grows).
    std::vector<QImage> images;
    images.reserve(size_t(missing.size()));
    std::vector<PixelCanvas> canvases;
    canvases.reserve(size_t(missing.size()));
    std::vector<int> slots(size_t(span.width()) * size_t(span.height()), -1);
    for (const QPoint &tile : missing) {
        QImage &image = images.emplace_back(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(m_devicePixelRatio);
        canvases.emplace_back(&image);
        slots[size_t(tile.y() - span.top()) * size_t(span.width()) + size_t(tile.x() - span.left())]
            = int(canvases.size() - 1);
    }
    const QRect bounds(span.topLeft() * tileSize, span.size() * tileSize);
    const auto eachTile = [&](const QRect &box, auto &&draw) {
        const int left = std::max(tileOf(box.left()), span.left());
        const int right = std::min(tileOf(box.right()), span.right());
        const int top = std::max(tileOf(box.top()), span.top());
        const int bottom = std::min(tileOf(box.bottom()), span.bottom());
        for (int row = top; row <= bottom; ++row) {
            for (int column = left; column <= right; ++column) {
                const int slot = slots[size_t(row - span.top()) * size_t(span.width()) + size_t(column - span.left())];
                if (slot >= 0)
                    draw(canvases[size_t(slot)], QPoint(column, row) * tileSize);
            }
        }
    };

    if (m_zoomed.empty()) {
        OverviewMapping mapping;
        mapping.scale = m_scale;
        m_zoomed.resize(size_t(m_scene.dots.size()));
        for (qsizetype i = 0; i < m_scene.dots.size(); ++i)
            m_zoomed[size_t(i)] = mapping.zoomed(m_scene.dots[i].at);
    }
    const std::vector<QPoint> &zoomed = m_zoomed;

    for (const OverviewScene::Line &line : std::as_const(m_scene.lines)) {
        const QPoint a = zoomed[size_t(line.from)];
        const QPoint b = zoomed[size_t(line.to)];
        const int dx = std::abs(b.x() - a.x());
        const int dy = std::abs(b.y() - a.y());
        if ((dx < 2 && dy < 2) || dx + dy > m_longest)
            continue; // under its nodes' dots, or haze across the view
        const QRect box = QRect(a, b).normalized();
        if (!box.intersects(bounds))
            continue;
        eachTile(
            box, [&](PixelCanvas &canvas, QPoint origin) { canvas.blendLine(a - origin, b - origin, line.colour); });
    }
    for (qsizetype i = 0; i < m_scene.dots.size(); ++i) {
        const OverviewScene::Dot &dot = m_scene.dots[i];
        if (!dot.shown)
            continue;
        const int side = dotSide(dot.side, m_scale);
        const QPoint p = zoomed[size_t(i)];
        const QRect box(p.x() - side / 2, p.y() - side / 2, side, side);
        if (!box.intersects(bounds))
            continue;
        eachTile(
            box, [&](PixelCanvas &canvas, QPoint origin) { canvas.blendRect(box.translated(-origin), dot.colour); });
    }
    for (qsizetype k = 0; k < missing.size(); ++k)
        m_tiles.insert(missing[k], images[size_t(k)]);
    m_rendered += int(missing.size());
}

} // namespace Frise::Graph
