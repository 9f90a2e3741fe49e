// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "graph/graphlayout.h"
#include "graph/graphmodel.h"
#include "graph/graphpainter.h"
#include "graph/layoutcache.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QSlider;
class QTimer;
class QToolButton;

namespace Frise::Ui {

class GraphCanvas;
class GraphFocusBar;
class GraphLegend;

/**
 * The relationship graph: actors and their relations laid out by Graphviz
 * (off the UI thread, with a progress bar and a cancel button), with zoom
 * (wheel, +/-, 0 to fit) and pan (drag the background), neighbours
 * highlighted on hover, a click selecting the actor (or dispute), nodes
 * dragged and then pinned, and a time slider showing the graph "as of" a date
 * (relations not active then are faded) that a play button animates.
 *
 * Legible at every zoom: node labels are drawn at least 9 points tall on
 * screen, those that would overlap a more important one left out; the
 * legend sits in a collapsible panel beside the graph, never over it; the
 * graph fits the view when shown and when resized (until the user zooms or
 * pans); colours follow the palette (light or dark). Accessibility tools see
 * the nodes as children of the canvas.
 *
 * A graph bigger than the focus threshold (2,000 nodes) opens on the
 * neighbourhood of the selected actor or dispute (the most involved node
 * until one is picked), k hops wide, saying how much is hidden; the whole
 * graph is laid out on request, off the UI thread like every layout, and
 * drawn with level of detail (dots and plain lines when thousands of nodes
 * are in sight).
 *
 * It never touches storage: the owner gives it a Dataset, a LayoutCache for
 * positions, and listens to the signals.
 */
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /// Where laid-out and pinned positions are kept (not owned; may be null).
    void setLayoutCache(Graph::LayoutCache *cache) { m_cache = cache; }
    /// Show dispute hubs linked to their parties (default on). Takes effect at the next setDataset().
    void setShowDisputes(bool show) { m_showDisputes = show; }
    void setLayoutOptions(const Graph::LayoutOptions &options) { m_layoutOptions = options; }

    /**
     * Shows @p dataset: cached positions when there are, otherwise a layout
     * starts. Nodes are sized and dated by the dataset's events, or by
     * @p actorEvents and @p disputeEvents when given (a database too big to list its events).
     */
    void setDataset(const Dataset &dataset, const QHash<RowId, Graph::EventCount> &actorEvents = {},
        const QHash<RowId, Graph::EventCount> &disputeEvents = {});
    /// Above @p nodes nodes, the view shows a neighbourhood rather than the whole graph (tests lower it).
    void setFocusThreshold(int nodes);
    /// Whether a neighbourhood of a big graph is shown rather than all of it.
    bool isShowingNeighbourhood() const { return m_neighbourhood; }
    /// The whole graph; model() is what is shown (all of it, or a neighbourhood).
    const Graph::GraphModel &wholeModel() const { return m_wholeModel; }
    /// Key of the node the neighbourhood is centred on (empty when the whole graph is shown).
    QString focusKey() const { return m_neighbourhood ? m_focusKey : QString(); }
    int hops() const { return m_hops; }
    /// Nodes of the whole graph not shown now.
    int hiddenNodeCount() const { return m_wholeModel.nodeCount() - m_model.nodeCount(); }
    /// Content language of node labels and the legend.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    const Graph::GraphModel &model() const { return m_model; }
    const Graph::Positions &positions() const { return m_positions; }
    /// How the graph is painted now (colours from the palette, selection, "as of" date).
    const Graph::GraphPaintOptions &paintOptions() const { return m_painter.options(); }
    QSet<QString> pinnedKeys() const { return m_pinned; }
    std::optional<qint64> asOf() const { return m_asOf; }
    RowId selectedActor() const;
    bool isLayoutRunning() const;
    bool isPlaying() const;
    /// Centre of actor @p actorId's node, in the coordinates of canvas(); null when not shown.
    QPoint actorPosition(RowId actorId) const;
    /// The painted area (for tests and for the owner's event filters).
    QWidget *canvas() const;
    /// The legend panel beside the canvas (hidden when collapsed).
    QWidget *legend() const;
    bool isLegendShown() const;
    /// Index in model() of the selected node, -1 when none.
    int selectedNode() const { return m_selected; }
    /// Where node @p index is drawn, in canvas() coordinates.
    QRectF nodeRect(int index) const;
    /// The node labels drawn now, in canvas() coordinates, with their on-screen font size (pixels).
    QList<Graph::PlacedLabel> shownLabels() const;
    /// The smallest font size, in pixels, a node label is drawn at on screen (9 pt).
    qreal minimumLabelPixels() const;
    /// Whether the last frame of a big graph's overview showed every part at its zoom (tests: the tiles of a
    /// new zoom are drawn on workers, the old ones scaled meanwhile).
    bool isOverviewSharp() const { return m_painter.overviewSharp(); }

public Q_SLOTS:
    /// Shows the graph as of @p minutes since the epoch (the timeline's shared "as of" cursor).
    void setAsOf(qint64 minutes);
    /// Shows every relation, whatever its dates.
    void clearAsOf();
    void selectActor(RowId actorId);
    void selectDispute(RowId disputeId);
    /// Collapses or expands the legend panel.
    void setLegendShown(bool shown);
    /// How many links away from its centre a neighbourhood reaches (1 to 6).
    void setHops(int hops);
    /// Shows the whole graph, however big (its layout runs off the UI thread, with progress and cancel).
    void showWholeGraph();
    /// Back to a neighbourhood (only for graphs above the focus threshold).
    void showNeighbourhood();
    /// Centres the neighbourhood on the node with @p key (a GraphNode::key).
    void focusOn(const QString &key);
    void play();
    void pause();
    /// Lays the graph out again (pinned nodes stay where they are).
    void relayout();
    void cancelLayout();
    void unpinAll();
    void zoomIn();
    void zoomOut();
    void fitToView();

Q_SIGNALS:
    /// The user clicked an actor (0 when the selection was cleared).
    void actorSelected(RowId actorId);
    /// The user clicked a dispute hub.
    void disputeSelected(RowId disputeId);
    /// The user asked to see only this actor's events on the timeline (double-click or context menu).
    void timelineFilterRequested(RowId actorId);
    /// The user dropped an actor's node at @p position (scene points); it is now pinned there.
    void nodeMoved(RowId actorId, QPointF position);
    /// The user moved the time slider or playback advanced.
    void asOfChanged(qint64 minutes);
    void layoutStarted();
    /// A layout ended; @p ok is false when it was cancelled or failed.
    void layoutFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class GraphCanvas;

    void retranslate();
    /// Shows m_wholeModel, or the neighbourhood of m_focusKey, with positions from the cache or a new layout.
    void showModel();
    void updateFocusBar();
    /// Where positions of what is shown are kept: neighbourhoods in memory, the whole graph in m_cache.
    Graph::LayoutCache *positionCache();
    void startLayout();
    void onLayoutFinished();
    void applyPaintOptions();
    void setSelectedNode(int index);
    void updateTimeControls();
    void setAsOfInternal(std::optional<qint64> minutes, bool emitSignal);
    void advancePlayback();
    void saveToCache();
    void scatterInitialPositions();
    /// Places dispute hubs the cache did not have amid their parties.
    void placeMissingHubs();

    QPointF toScene(QPointF widgetPos) const;
    QPointF toWidget(QPointF scenePos) const;
    void zoomAt(QPointF widgetPos, qreal factor);

    // canvas callbacks
    void paintCanvas(QPainter *painter);
    void pressAt(QPointF pos, Qt::MouseButton button);
    void moveTo(QPointF pos, Qt::MouseButtons buttons);
    void releaseAt(QPointF pos, Qt::MouseButton button);
    void doubleClickAt(QPointF pos);
    void contextMenuAt(QPoint pos);

    Graph::GraphModel m_wholeModel;
    Graph::GraphModel m_model; ///< what is shown: m_wholeModel or a neighbourhood of it
    Graph::MemoryLayoutCache m_neighbourhoodCache;
    int m_focusThreshold = 2000;
    bool m_neighbourhood = false;
    bool m_wholeRequested = false; ///< the user asked for the whole of a big graph
    QString m_focusKey;
    int m_hops = 2;
    Graph::Positions m_positions;
    QSet<QString> m_pinned;
    Graph::GraphPainter m_painter;
    Graph::LayoutOptions m_layoutOptions;
    Graph::LayoutCache *m_cache = nullptr;
    QString m_layoutKey;
    bool m_showDisputes = true;
    Language m_language = Language::English;

    std::optional<qint64> m_asOf;
    qint64 m_firstMinute = 0;
    qint64 m_lastMinute = 0;
    bool m_hasTimeSpan = false;

    qreal m_zoom = 1.0;
    QPointF m_centre; ///< scene point shown at the canvas centre
    bool m_fitPending = true;
    bool m_layoutPending = false;
    int m_hovered = -1;
    int m_selected = -1;
    int m_dragNode = -1;
    bool m_dragged = false;
    bool m_panning = false;
    QPointF m_pressPos;
    QPointF m_lastPos;

    GraphCanvas *m_canvas = nullptr;
    GraphLegend *m_legend = nullptr;
    GraphFocusBar *m_focusBar = nullptr;
    QToolButton *m_legendButton = nullptr;
    QToolButton *m_playButton = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QToolButton *m_allDatesButton = nullptr;
    QToolButton *m_relayoutButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QTimer *m_playTimer = nullptr;
    QFutureWatcher<Graph::LayoutResult> m_watcher;
};

} // namespace Frise::Ui
