// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewraster.h"

#include "pixelcanvas.h"

#include <QRect>

#include <algorithm>
#include <bit>

namespace Frise::Graph {

namespace {

QImage blankTile(qreal devicePixelRatio)
{
    QImage image(OverviewRaster::tileSize, OverviewRaster::tileSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

// Whether a line's pixels from @p a to @p b may fall in @p rect (zoomed pixels): its box meets the rectangle
// grown by a pixel, and that rectangle's corners are not all on one side of it. Long lines in a dense middle
// mostly pass by a small rectangle their box covers.
bool mayCross(QPoint a, QPoint b, const QRect &rect)
{
    const int left = rect.left() - 1;
    const int right = rect.right() + 1;
    const int top = rect.top() - 1;
    const int bottom = rect.bottom() + 1;
    if (std::max(a.x(), b.x()) < left || std::min(a.x(), b.x()) > right || std::max(a.y(), b.y()) < top
        || std::min(a.y(), b.y()) > bottom)
        return false;
    const qint64 dx = b.x() - a.x();
    const qint64 dy = b.y() - a.y();
    const auto side = [&](int x, int y) { return dx * (y - a.y()) - dy * (x - a.x()); };
    const qint64 s1 = side(left, top);
    const qint64 s2 = side(right, top);
    const qint64 s3 = side(left, bottom);
    const qint64 s4 = side(right, bottom);
    return !((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0));
}

QRect dotBox(QPoint at, int side)
{
    return QRect(at.x() - side / 2, at.y() - side / 2, side, side);
}

} // namespace

OverviewRaster::Method OverviewRaster::choose(
    const OverviewSnapshot &snapshot, const OverviewRasterKey &key, qsizetype tileCount)
{
    if (!snapshot.index)
        return Method::Scan;
    // The index pays a sort per tile and visits items near a tile's edges more than once: for most of the
    // scene at once, one pass over everything is cheaper.
    const QRectF bounds = snapshot.index->bounds();
    const double sceneTiles
        = (bounds.width() * key.scale / tileSize + 1) * (bounds.height() * key.scale / tileSize + 1);
    return double(tileCount) * 3 >= sceneTiles ? Method::Scan : Method::Index;
}

/// What drawing through the index reuses from one tile to the next.
struct OverviewRaster::Scratch
{
    std::vector<int> lines;
    std::vector<int> dots;
    std::vector<quint64> lineBits; ///< one bit per line: the candidates, in order and once each
    std::vector<quint64> dotBits;
    std::vector<QPoint> zoomed; ///< per dot, its zoomed pixel (made once for all the tiles of a call)
};

namespace {

// The items of @p candidates (repeats allowed), in increasing order and once each, through @p bits.
void orderOnce(std::vector<int> *candidates, std::vector<quint64> *bits, qsizetype count)
{
    bits->assign(size_t(count + 63) / 64, 0);
    for (int i : std::as_const(*candidates))
        (*bits)[size_t(i) >> 6] |= quint64(1) << (i & 63);
    candidates->clear();
    for (size_t word = 0; word < bits->size(); ++word) {
        for (quint64 w = (*bits)[word]; w != 0; w &= w - 1)
            candidates->push_back(int(word * 64 + size_t(std::countr_zero(w))));
    }
}

} // namespace

QList<QImage> OverviewRaster::draw(const OverviewSnapshot &snapshot, const OverviewRasterKey &key,
    const QList<QPoint> &tiles, Method method, const std::function<bool()> &cancelled)
{
    if (method == Method::Auto)
        method = choose(snapshot, key, tiles.size());
    if (method == Method::Scan || !snapshot.index) {
        if (cancelled && cancelled())
            return {};
        return scan(snapshot, key, tiles);
    }
    QList<QImage> images;
    images.reserve(tiles.size());
    Scratch scratch;
    for (const QPoint &tile : tiles) {
        if (cancelled && cancelled())
            break;
        QImage image = blankTile(key.devicePixelRatio);
        indexed(snapshot, key, tile * tileSize, &image, &scratch);
        images.append(image);
    }
    return images;
}

void OverviewRaster::redraw(const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QList<Part> &parts)
{
    if (!snapshot.index)
        return;
    // An item near a part, with what drawing it needs, close together: each rectangle of the part looks at all.
    struct Segment
    {
        QPoint a;
        QPoint b;
        QRgb colour;
    };
    struct Square
    {
        QRect box;
        QRgb colour;
    };
    // Parts close together (a drag's bands over a tile edge) share one look-up: its cost is mostly the long
    // lines of the index's big cells, the same for a small area as for a bigger one.
    struct Group
    {
        QRect bounds;
        qint64 area = 0; ///< of its parts' bounds
        QList<qsizetype> parts;
    };
    const auto areaOf = [](const QRect &r) { return qint64(r.width()) * r.height(); };
    QList<Group> groups;
    QList<QRegion> areas;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const Part &part = parts[k];
        areas.append(part.area & QRect(part.tile * tileSize, QSize(tileSize, tileSize)));
        if (areas.last().isEmpty())
            continue;
        const QRect bounds = areas.last().boundingRect();
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return areaOf(g.bounds | bounds) <= 2 * (g.area + areaOf(bounds)) + tileSize * tileSize / 16;
        });
        if (group == groups.end()) {
            groups.append(Group {bounds, 0, {}});
            group = groups.end() - 1;
        }
        group->bounds |= bounds;
        group->area += areaOf(bounds);
        group->parts.append(k);
    }

    std::vector<Segment> segments;
    std::vector<Square> squares;
    Scratch scratch; // the dots' zoomed pixels made once for every part
    const OverviewScene &scene = snapshot.scene;
    for (const Group &group : std::as_const(groups)) {
        // The items near the group found once; each rectangle of its parts then draws those that may cross it.
        const QRect bounds = group.bounds;
        collectNear(snapshot, key, bounds, &scratch);
        segments.clear();
        squares.clear();
        for (int i : scratch.lines) {
            const OverviewScene::Line &line = scene.lines[i];
            const QPoint a = scratch.zoomed[size_t(line.from)];
            const QPoint b = scratch.zoomed[size_t(line.to)];
            if (line.shown && mayCross(a, b, bounds) && drawsLine(a, b, key.longest))
                segments.push_back({a, b, line.colour});
        }
        for (int i : scratch.dots) {
            const OverviewScene::Dot &dot = scene.dots[i];
            const QRect box = dotBox(scratch.zoomed[size_t(i)], dotSide(dot.side, key.scale));
            if (dot.shown && box.intersects(bounds))
                squares.push_back({box, dot.colour});
        }
        for (qsizetype k : group.parts) {
            const Part &part = parts[k];
            const QPoint origin = part.tile * tileSize;
            const qsizetype stride = part.image->bytesPerLine();
            for (const QRect &rect : std::as_const(areas[k])) {
                // The rectangle as an image of its own over the tile's pixels: PixelCanvas clips to it.
                uchar *first = part.image->bits() + qsizetype(rect.top() - origin.y()) * stride
                    + qsizetype(rect.left() - origin.x()) * 4;
                QImage view(first, rect.width(), rect.height(), stride, QImage::Format_ARGB32_Premultiplied);
                view.fill(Qt::transparent);
                PixelCanvas canvas(&view);
                const QPoint at = rect.topLeft();
                for (const Segment &segment : segments) {
                    if (mayCross(segment.a, segment.b, rect))
                        canvas.blendLine(segment.a - at, segment.b - at, segment.colour);
                }
                for (const Square &square : squares) {
                    if (square.box.intersects(rect))
                        canvas.blendRect(square.box.translated(-at), square.colour);
                }
            }
        }
    }
}

void OverviewRaster::indexed(
    const OverviewSnapshot &snapshot, const OverviewRasterKey &key, QPoint origin, QImage *image, Scratch *scratch)
{
    const QRect area(origin, image->size());
    collectNear(snapshot, key, area, scratch);
    drawCollected(snapshot, key, area.topLeft(), image, *scratch);
}

void OverviewRaster::collectNear(
    const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QRect &area, Scratch *scratch)
{
    const OverviewScene &scene = snapshot.scene;
    if (scratch->zoomed.empty()) {
        OverviewMapping mapping;
        mapping.scale = key.scale;
        scratch->zoomed.resize(size_t(scene.dots.size()));
        for (qsizetype i = 0; i < scene.dots.size(); ++i)
            scratch->zoomed[size_t(i)] = mapping.zoomed(scene.dots[i].at);
    }
    // A line's pixels lie within a pixel of its scene segment scaled, a dot's within maxDotSide of its
    // centre: items further than the margin from the area cannot touch it.
    constexpr double margin = maxDotSide + 2;
    const QRectF near(QPointF(area.left() - margin, area.top() - margin) / key.scale,
        QSizeF(area.width() + 2 * margin, area.height() + 2 * margin) / key.scale);
    std::vector<int> &lines = scratch->lines;
    std::vector<int> &dots = scratch->dots;
    lines.clear();
    dots.clear();
    // A line longer than longest + 2 pixels on a side in the scene is longer than longest once its ends are
    // rounded: never drawn, not looked at.
    snapshot.index->collect(near, &lines, &dots, (key.longest + 2) / key.scale);
    lines.insert(lines.end(), snapshot.movedLines.begin(), snapshot.movedLines.end());
    dots.insert(dots.end(), snapshot.moved.begin(), snapshot.moved.end());
    // In the scene's order, as a fresh drawing blends them.
    orderOnce(&lines, &scratch->lineBits, scene.lines.size());
    orderOnce(&dots, &scratch->dotBits, scene.dots.size());
}

void OverviewRaster::drawCollected(const OverviewSnapshot &snapshot, const OverviewRasterKey &key, QPoint origin,
    QImage *image, const Scratch &scratch)
{
    const OverviewScene &scene = snapshot.scene;
    const std::vector<QPoint> &zoomed = scratch.zoomed;
    PixelCanvas canvas(image);
    for (int i : scratch.lines) {
        const OverviewScene::Line &line = scene.lines[i];
        const QPoint a = zoomed[size_t(line.from)];
        const QPoint b = zoomed[size_t(line.to)];
        if (line.shown && drawsLine(a, b, key.longest))
            canvas.blendLine(a - origin, b - origin, line.colour);
    }
    for (int i : scratch.dots) {
        const OverviewScene::Dot &dot = scene.dots[i];
        if (dot.shown)
            canvas.blendRect(dotBox(zoomed[size_t(i)], dotSide(dot.side, key.scale)).translated(-origin), dot.colour);
    }
}

QList<QImage> OverviewRaster::scan(
    const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QList<QPoint> &tiles)
{
    const OverviewScene &scene = snapshot.scene;
    QList<QImage> images;
    if (tiles.isEmpty())
        return images;
    // One pass over the items for every tile: each is drawn into the tiles its box meets.
    QRect span;
    for (const QPoint &tile : tiles)
        span |= QRect(tile, QSize(1, 1));
    images.reserve(tiles.size());
    std::vector<PixelCanvas> canvases;
    canvases.reserve(size_t(tiles.size()));
    std::vector<int> slots(size_t(span.width()) * size_t(span.height()), -1);
    for (const QPoint &tile : tiles) {
        images.append(blankTile(key.devicePixelRatio));
        canvases.emplace_back(&images.last());
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

    OverviewMapping mapping;
    mapping.scale = key.scale;
    std::vector<QPoint> zoomed(size_t(scene.dots.size()));
    for (qsizetype i = 0; i < scene.dots.size(); ++i)
        zoomed[size_t(i)] = mapping.zoomed(scene.dots[i].at);

    for (const OverviewScene::Line &line : scene.lines) {
        const QPoint a = zoomed[size_t(line.from)];
        const QPoint b = zoomed[size_t(line.to)];
        if (!line.shown || !drawsLine(a, b, key.longest))
            continue;
        // (Not QRect(a, b).normalized(): a line one pixel back along an axis makes a rectangle of width 0 that
        // it does not swap, and the line was lost.)
        const QRect box(QPoint(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
            QPoint(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
        if (!box.intersects(bounds))
            continue;
        eachTile(
            box, [&](PixelCanvas &canvas, QPoint origin) { canvas.blendLine(a - origin, b - origin, line.colour); });
    }
    for (qsizetype i = 0; i < scene.dots.size(); ++i) {
        const OverviewScene::Dot &dot = scene.dots[i];
        if (!dot.shown)
            continue;
        const QRect box = dotBox(zoomed[size_t(i)], dotSide(dot.side, key.scale));
        if (!box.intersects(bounds))
            continue;
        eachTile(
            box, [&](PixelCanvas &canvas, QPoint origin) { canvas.blendRect(box.translated(-origin), dot.colour); });
    }
    return images;
}

} // namespace Frise::Graph
