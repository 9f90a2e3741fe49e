// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overviewraster.h"
#include "overviewscene.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QPointer>
#include <QRect>
#include <QRegion>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QThreadPool;

namespace Frise::Graph {

/**
 * The dense overview of a big graph (dots and plain lines), drawn once per
 * zoom into raster tiles of tileSize device pixels by OverviewRaster. A
 * frame blits the tiles in sight and draws only those it lacks: panning
 * draws the newly exposed strips, a repaint (hover, selection) none. The
 * tiles hold what does not change with hover and selection; GraphPainter
 * draws those over them. A different zoom, or edge length rule (view size),
 * starts the tiles over; a moved dot (a drag) draws again the thin bands of
 * tiles its square and lines crossed or cross; a change of which items are
 * shown or of their colours ("as of") draws again, on the workers, the tiles
 * those items meet; anything else that changes them (model, positions)
 * makes GraphPainter drop the whole object.
 *
 * With drawOnWorker(), the tiles of a new zoom are drawn on worker threads
 * from a snapshot of the scene while frames show the previous zoom's tiles
 * scaled; results for a zoom or a scene that has changed since are dropped.
 */
class OverviewTiles final
{
public:
    static constexpr int tileSize = OverviewRaster::tileSize;
    static constexpr int maxDotSide = OverviewRaster::maxDotSide;
    /// Tiles drawn ahead of a pan per frame, at most: the strip it exposes next is then mostly ready.
    static constexpr int prefetchPerFrame = 2;
    /// Tiles a worker draws before handing them back: the middle of the view sharpens first.
    static constexpr int tilesPerJob = 4;
    /// Dots moved before the index is built again (each moved dot's lines are looked at for every tile).
    static constexpr int movesBeforeReindex = 256;

    /// The threads tiles are drawn on: one core fewer than the machine has (at least one), so that the UI
    /// thread keeps a core while a zoom is drawn.
    static QThreadPool *workerPool();

    /// Side in device pixels of a dot @p side scene units wide at @p scale.
    static int dotSide(qreal side, qreal scale) { return OverviewRaster::dotSide(side, scale); }

    explicit OverviewTiles(OverviewScene scene);
    ~OverviewTiles();
    Q_DISABLE_COPY_MOVE(OverviewTiles)

    /**
     * Draws the tiles of a new zoom on worker threads: until they are back,
     * frames show the tiles of the zoom before, scaled, where new ones lack,
     * and @p arrived is called in @p context's thread (while @p context
     * lives) when tiles in sight come back, for another frame. Without it
     * (exports, benchmarks of the drawing itself) a frame draws what it lacks.
     */
    void drawOnWorker(QObject *context, std::function<void()> arrived);

    /**
     * Draws the tiles covering @p view (device pixels) with @p opacity; @p painter draws in
     * logical pixels with no transform. Edges longer than @p longestEdge device pixels are left
     * out (haze in an overview), and those under their nodes' dots.
     */
    void paint(QPainter *painter, const OverviewMapping &mapping, const QRect &view, int longestEdge, qreal opacity);

    /// Moves dot @p dot to @p at (a drag): the parts of tiles its square and lines crossed or now cross are drawn
    /// again at the next frame, or from it on the workers after drawOnWorker() (in the densest places thousands
    /// of lines cross a band a few pixels wide; the tile is shown as it was until they are back).
    void moveDot(int dot, QPointF at);

    /**
     * Takes @p scene, which may differ from the one held only in which
     * items are shown and in their colours (an "as of" change): the held
     * tiles those items meet are drawn again, on the workers after
     * drawOnWorker() (each shown as it was until its new drawing is back),
     * in the next frame otherwise. Returns false, changing nothing, when
     * @p scene differs in more (other items, places or sizes).
     */
    bool restyle(OverviewScene scene);

    /// Items restyle() marks one by one; past this, every held tile is drawn again (cheaper than the marking).
    static constexpr int restyleItemLimit = 20000;

    /// Tiles drawn since this raster was made or last started over (tests: what a pan costs).
    int renderedTiles() const { return m_rendered; }
    /// Tiles held now.
    int heldTiles() const { return int(m_tiles.size()); }
    /// Whether the last frame showed every tile in sight drawn at its zoom and style (none missing, scaled nor
    /// waiting to be drawn again after restyle()).
    bool isSharp() const { return m_sharp; }
    /// Tiles asked of a worker and not back yet.
    int pendingTiles() const { return int(m_requested.size()); }
    /// Results of workers dropped because the zoom or scene had changed by the time they came back.
    int discardedResults() const { return m_discarded; }

private:
    void render(const QList<QPoint> &missing);
    void request(const QList<QPoint> &tiles, QPointF middle);
    void arrive(const QList<QPoint> &tiles, quint64 generation, const QList<QImage> &images);
    /// Draws up to prefetchPerFrame missing tiles next to @p needed on the side the view moves to.
    void prefetch(const QRect &needed, QPoint motion);
    /// Where @p missing lack, the previous zoom's tiles scaled to this one.
    void paintBackdrop(QPainter *painter, const OverviewMapping &mapping, const QList<QPoint> &missing) const;
    /// Notes, in m_dirty, the parts of held tiles that dot @p dot's square or lines meet where they are now.
    void markTilesUnder(int dot);
    /// Calls @p visit with each held tile @p area (zoomed pixels) meets.
    template<typename Visit>
    void forEachHeldTile(const QRect &area, Visit visit) const;
    /// Notes @p area (zoomed pixels) as dirty in the held tiles it meets.
    void markDirty(const QRect &area);
    /// Notes the held tiles @p area (zoomed pixels) meets as stale.
    void markStale(const QRect &area);
    /// The stale tiles in @p needed drawn again (on workers when there are some); the others dropped.
    void redrawStale(const QRect &needed);
    /// Draws again the dirty parts of the tiles in @p needed; drops the other dirty tiles.
    void redrawDirty(const QRect &needed);
    /// redrawDirty() on the workers: each tile stays as it was until its parts drawn again are back.
    void redrawDirtyOnWorkers(const QRect &needed);
    /// A worker's drawing of a tile's dirty parts is back.
    void redrawn(QPoint tile, quint64 serial, const QImage &image);
    /// @p tile drawn whole from the snapshot as it is: no part of it is still to draw.
    void tileDrawn(QPoint tile);
    /// Work under way was for a scene or zoom that is no more.
    void startOver();
    /// The snapshot, for changing: copied first when a worker shares it.
    OverviewSnapshot &ownSnapshot();

    std::shared_ptr<OverviewSnapshot> m_snapshot; ///< handed to workers as const; never changed while shared
    OverviewRasterKey m_key;
    QHash<QPoint, QImage> m_tiles; ///< by tile column and row, at m_key
    QHash<QPoint, quint64> m_redrawing; ///< tiles whose dirty parts a worker draws again, by the job's serial
    quint64 m_serial = 0;
    QSet<QPoint> m_stale; ///< held tiles restyle() changed: shown until drawn again
    QHash<QPoint, QRegion> m_dirty; ///< per held tile, the zoomed pixels moves have changed since it was drawn
    struct Backdrop
    {
        OverviewRasterKey key;
        QHash<QPoint, QImage> tiles;
    };
    std::optional<Backdrop> m_backdrop; ///< the last zoom's tiles while this one's are drawn on workers
    QSet<QPoint> m_requested; ///< asked of a worker at m_key, not back yet
    /// Raised by every change of zoom or scene: workers stop, and what they bring back is dropped.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_settled = false; ///< every tile in sight has been held at once since m_key was set
    bool m_sharp = true;
    QRect m_lastNeeded; ///< tiles in sight at the last frame
    std::optional<QPoint> m_lastOrigin; ///< the origin of the previous frame: which way the view moves
    int m_rendered = 0;
    int m_discarded = 0;
    QPointer<QObject> m_context;
    std::function<void()> m_arrived;
    /// Results of the workers come back through its thread's event loop, never after this object is gone.
    std::unique_ptr<QObject> m_receiver;
};

} // namespace Frise::Graph
