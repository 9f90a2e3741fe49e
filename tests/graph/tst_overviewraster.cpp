// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's tiles drawn through the spatial index are the tiles one pass over
// every item draws, pixel for pixel, over random scenes (clustered, spread out, with
// long edges, moved dots, degenerate bounds); and the index finds every item that
// meets a rectangle.
#include "graph/overviewindex.h"
#include "graph/overviewraster.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Frise::Graph;

namespace {

enum class Shape {
    Spread, ///< uniform in a square
    Clustered, ///< a few dense blobs and empty space between
    Outliers, ///< spread, and a few nodes very far out (long edges across everything)
    OnePoint, ///< every node at the same place
    OneLine, ///< every node on a horizontal line
};

QPointF randomPoint(QRandomGenerator &random, Shape shape, int i)
{
    const auto uniform = [&](double from, double to) { return from + random.generateDouble() * (to - from); };
    switch (shape) {
    case Shape::Spread:
        return QPointF(uniform(-1000, 1000), uniform(-700, 700));
    case Shape::Clustered: {
        static const QPointF centres[] = {{-800, -500}, {300, 200}, {900, -600}, {0, 700}};
        const QPointF centre = centres[i % 4];
        // Sum of uniforms: a blob denser in its middle.
        const double dx = (uniform(-1, 1) + uniform(-1, 1) + uniform(-1, 1)) * 60;
        const double dy = (uniform(-1, 1) + uniform(-1, 1) + uniform(-1, 1)) * 60;
        return centre + QPointF(dx, dy);
    }
    case Shape::Outliers:
        return i % 97 == 0 ? QPointF(uniform(-20000, 20000), uniform(-20000, 20000))
                           : QPointF(uniform(-500, 500), uniform(-500, 500));
    case Shape::OnePoint:
        return QPointF(12.5, -3.25);
    case Shape::OneLine:
        return QPointF(uniform(-1500, 1500), 40);
    }
    return {};
}

OverviewScene randomScene(quint32 seed, Shape shape, int dotCount, int lineCount)
{
    QRandomGenerator random(seed);
    OverviewScene scene;
    for (int i = 0; i < dotCount; ++i) {
        OverviewScene::Dot dot;
        dot.at = randomPoint(random, shape, i);
        dot.side = 4 + random.bounded(30);
        // Translucent colours: the order of blending shows in the pixels.
        dot.colour = qPremultiply(qRgba(int(random.bounded(256)), int(random.bounded(256)), int(random.bounded(256)),
            i % 3 == 0 ? 255 : 60 + int(random.bounded(180))));
        dot.shown = i % 11 != 0;
        scene.dots.append(dot);
    }
    for (int i = 0; i < lineCount; ++i) {
        OverviewScene::Line line;
        line.from = int(random.bounded(dotCount));
        // Mostly near neighbours in the list (short in a clustered scene), some anywhere.
        line.to = i % 5 == 0 ? int(random.bounded(dotCount))
                             : std::clamp(line.from + int(random.bounded(9)) - 4, 0, dotCount - 1);
        line.colour = qPremultiply(qRgba(int(random.bounded(256)), int(random.bounded(256)), int(random.bounded(256)),
            40 + int(random.bounded(200))));
        scene.lines.append(line);
    }
    return scene;
}

// Every tile the scene's dots reach at @p scale, and a ring around them.
QList<QPoint> tilesOver(const OverviewScene &scene, qreal scale)
{
    QRectF bounds;
    for (const OverviewScene::Dot &dot : scene.dots)
        bounds |= QRectF(dot.at, QSizeF(1e-9, 1e-9));
    const QRect zoomed = QRectF(bounds.topLeft() * scale, bounds.bottomRight() * scale).toAlignedRect();
    QList<QPoint> tiles;
    for (int row = OverviewRaster::tileOf(zoomed.top()) - 1; row <= OverviewRaster::tileOf(zoomed.bottom()) + 1;
        ++row) {
        for (int column = OverviewRaster::tileOf(zoomed.left()) - 1;
            column <= OverviewRaster::tileOf(zoomed.right()) + 1; ++column)
            tiles.append(QPoint(column, row));
    }
    return tiles;
}

// Compares the tiles both methods draw; @return how many held any pixel.
int compareMethods(const OverviewSnapshot &snapshot, const OverviewRasterKey &key)
{
    QList<QPoint> tiles = tilesOver(snapshot.scene, key.scale);
    // A big scene at a close zoom: the tiles under some dots and their right and lower neighbours (most of a
    // scene with outliers is empty space).
    if (tiles.size() > 120) {
        tiles.clear();
        OverviewMapping mapping;
        mapping.scale = key.scale;
        for (qsizetype i = 0; i < snapshot.scene.dots.size() && tiles.size() < 120; i += 7) {
            const QPoint at = mapping.zoomed(snapshot.scene.dots[i].at);
            const QPoint tile(OverviewRaster::tileOf(at.x()), OverviewRaster::tileOf(at.y()));
            for (const QPoint &near : {tile, tile + QPoint(1, 0), tile + QPoint(0, 1)}) {
                if (!tiles.contains(near))
                    tiles.append(near);
            }
        }
    }
    const QList<QImage> scanned = OverviewRaster::draw(snapshot, key, tiles, OverviewRaster::Method::Scan);
    const QList<QImage> indexed = OverviewRaster::draw(snapshot, key, tiles, OverviewRaster::Method::Index);
    if (scanned.size() != tiles.size() || indexed.size() != tiles.size()) {
        qWarning("%lld tiles asked, %lld scanned, %lld indexed", qlonglong(tiles.size()), qlonglong(scanned.size()),
            qlonglong(indexed.size()));
        return -1;
    }
    int inked = 0;
    QImage blank(OverviewRaster::tileSize, OverviewRaster::tileSize, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::transparent);
    for (qsizetype k = 0; k < tiles.size(); ++k) {
        if (scanned[k] != indexed[k]) {
            int differing = 0;
            QPoint at;
            for (int y = 0; y < scanned[k].height(); ++y) {
                for (int x = 0; x < scanned[k].width(); ++x) {
                    if (scanned[k].pixel(x, y) != indexed[k].pixel(x, y) && differing++ == 0)
                        at = QPoint(x, y);
                }
            }
            qWarning("tile (%d, %d) differs at %d pixels, first (%d, %d): %08x scanned, %08x indexed", tiles[k].x(),
                tiles[k].y(), differing, at.x(), at.y(), scanned[k].pixel(at), indexed[k].pixel(at));
            return -1;
        }
        inked += scanned[k] != blank;
    }
    return inked;
}

} // namespace

class TestOverviewRaster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexDrawsWhatAScanDraws_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<int>("longest");
        const struct
        {
            const char *name;
            Shape shape;
        } shapes[] = {{"spread", Shape::Spread}, {"clustered", Shape::Clustered}, {"outliers", Shape::Outliers},
            {"one point", Shape::OnePoint}, {"one line", Shape::OneLine}};
        for (const auto &shape : shapes) {
            for (quint32 seed : {1u, 2u}) {
                for (qreal scale : {0.03, 0.21, 0.9, 3.7}) {
                    for (int longest : {120, 1000000}) {
                        QTest::addRow("%s, seed %u, scale %g, longest %d", shape.name, seed, scale, longest)
                            << int(shape.shape) << seed << scale << longest;
                    }
                }
            }
        }
    }

    void indexDrawsWhatAScanDraws()
    {
        QFETCH(int, shape);
        QFETCH(quint32, seed);
        QFETCH(qreal, scale);
        QFETCH(int, longest);
        OverviewSnapshot snapshot;
        snapshot.scene = randomScene(seed, Shape(shape), 3000, 4500);
        snapshot.index = std::make_shared<const OverviewIndex>(snapshot.scene);
        const int inked = compareMethods(snapshot, OverviewRasterKey {scale, longest, 1.0});
        QVERIFY(inked > 0);
    }

    void movedDotsAreDrawnWhereTheyAreNow_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {4u, 5u, 6u, 7u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void movedDotsAreDrawnWhereTheyAreNow()
    {
        // Dots moved after the index was built, as a drag does, some far out of its bounds.
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        OverviewSnapshot snapshot;
        snapshot.scene = randomScene(seed, Shape::Clustered, 2000, 3000);
        snapshot.index = std::make_shared<const OverviewIndex>(snapshot.scene);
        std::set<int> moved;
        std::set<int> movedLines;
        for (int k = 0; k < 40; ++k) {
            const int dot = int(random.bounded(snapshot.scene.dots.size()));
            snapshot.scene.dots[dot].at
                = QPointF(random.generateDouble() * 5000 - 2500, random.generateDouble() * 5000 - 2500);
            moved.insert(dot);
            for (int line : snapshot.index->linesOf(dot))
                movedLines.insert(line);
        }
        snapshot.moved.assign(moved.begin(), moved.end());
        snapshot.movedLines.assign(movedLines.begin(), movedLines.end());
        for (qreal scale : {0.05, 0.4, 1.3})
            QVERIFY(compareMethods(snapshot, OverviewRasterKey {scale, 100000, 1.0}) > 0);
    }

    void indexFindsEveryItemMeetingARectangle()
    {
        const OverviewScene scene = randomScene(9, Shape::Outliers, 3000, 5000);
        const OverviewIndex index(scene);
        QVERIFY(index.lineLevels() > 1);
        QRandomGenerator random(10);
        for (int trial = 0; trial < 300; ++trial) {
            const QPointF corner(random.generateDouble() * 3000 - 1500, random.generateDouble() * 3000 - 1500);
            const QRectF rect(corner, QSizeF(random.generateDouble() * 400, random.generateDouble() * 400));
            std::vector<int> lines;
            std::vector<int> dots;
            index.collect(rect, &lines, &dots);
            const std::set<int> foundLines(lines.begin(), lines.end());
            const std::set<int> foundDots(dots.begin(), dots.end());
            for (qsizetype i = 0; i < scene.dots.size(); ++i) {
                if (rect.contains(scene.dots[i].at))
                    QVERIFY2(foundDots.count(int(i)), qPrintable(QStringLiteral("dot %1").arg(i)));
            }
            for (qsizetype i = 0; i < scene.lines.size(); ++i) {
                const QPointF a = scene.dots[scene.lines[i].from].at;
                const QPointF b = scene.dots[scene.lines[i].to].at;
                // Sampled along the segment: a point inside means the line meets the rectangle. A segment whose
                // bounding box misses the rectangle has no such point; skipping it keeps the test quick under ASan.
                if (!QRectF(a, b).normalized().adjusted(-1, -1, 1, 1).intersects(rect))
                    continue;
                bool meets = false;
                for (int s = 0; s <= 2000 && !meets; ++s)
                    meets = rect.contains(a + (b - a) * (s / 2000.0));
                if (meets)
                    QVERIFY2(foundLines.count(int(i)), qPrintable(QStringLiteral("line %1").arg(i)));
            }
        }
    }

    void linesOfADot()
    {
        const OverviewScene scene = randomScene(11, Shape::Spread, 500, 900);
        const OverviewIndex index(scene);
        for (int dot = 0; dot < 500; ++dot) {
            std::set<int> expected;
            for (qsizetype i = 0; i < scene.lines.size(); ++i) {
                if (scene.lines[i].from == dot || scene.lines[i].to == dot)
                    expected.insert(int(i));
            }
            const auto lines = index.linesOf(dot);
            QCOMPARE(std::set<int>(lines.begin(), lines.end()), expected);
            QCOMPARE(lines.size(), expected.size());
        }
        QVERIFY(index.linesOf(-1).empty());
        QVERIFY(index.linesOf(500).empty());
    }

    void emptyAndOddScenes()
    {
        // No crash, nothing drawn, on an empty scene and one with a node at an unplaceable position.
        OverviewSnapshot empty;
        empty.index = std::make_shared<const OverviewIndex>(empty.scene);
        const QList<QImage> none = OverviewRaster::draw(
            empty, OverviewRasterKey {1.0, 100, 1.0}, {QPoint(0, 0)}, OverviewRaster::Method::Index);
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().pixel(10, 10), qRgba(0, 0, 0, 0));

        OverviewSnapshot odd;
        odd.scene = randomScene(12, Shape::Spread, 200, 300);
        odd.scene.dots[5].at = QPointF(qQNaN(), 3);
        odd.scene.dots[6].at = QPointF(1e300, -1e300);
        odd.index = std::make_shared<const OverviewIndex>(odd.scene);
        std::vector<int> lines;
        std::vector<int> dots;
        odd.index->collect(QRectF(-100, -100, 200, 200), &lines, &dots);
        QVERIFY(!dots.empty());
    }

    void cancelStopsBetweenTiles()
    {
        OverviewSnapshot snapshot;
        snapshot.scene = randomScene(13, Shape::Spread, 1000, 1500);
        snapshot.index = std::make_shared<const OverviewIndex>(snapshot.scene);
        int asked = 0;
        const QList<QImage> drawn = OverviewRaster::draw(snapshot, OverviewRasterKey {0.5, 1000, 1.0},
            {QPoint(0, 0), QPoint(1, 0), QPoint(2, 0), QPoint(3, 0)}, OverviewRaster::Method::Index,
            [&asked] { return ++asked > 2; });
        QCOMPARE(drawn.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOverviewRaster)
#include "tst_overviewraster.moc"
