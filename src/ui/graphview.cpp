// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "accessibleitemview.h"
#include "graphaccessible.h"
#include "graphfocusbar.h"
#include "graphlegend.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtMath>

#include <cmath>

namespace Frise::Ui {

namespace {
constexpr qint64 minutesPerDay = 24 * 60;
constexpr int playbackSteps = 150; // ticks to go through the whole span
constexpr int playbackIntervalMs = 60;
constexpr qreal minZoom = 0.02;
constexpr qreal maxZoom = 8.0;
constexpr qreal maxFitZoom = 1.5; // a tiny graph is not blown up to fill the view
} // namespace

/// The painted part of GraphView; all logic stays in GraphView.
class GraphCanvas final : public QWidget
{
public:
    explicit GraphCanvas(GraphView *view)
        : QWidget(view)
        , m_view(view)
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(200, 150);
        setAttribute(Qt::WA_OpaquePaintEvent);
        installGraphAccessibility();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_view->paintCanvas(&painter);
    }
    void mousePressEvent(QMouseEvent *event) override { m_view->pressAt(event->position(), event->button()); }
    void mouseMoveEvent(QMouseEvent *event) override { m_view->moveTo(event->position(), event->buttons()); }
    void mouseReleaseEvent(QMouseEvent *event) override { m_view->releaseAt(event->position(), event->button()); }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_view->doubleClickAt(event->position());
    }
    void wheelEvent(QWheelEvent *event) override
    {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (!qFuzzyIsNull(steps))
            m_view->zoomAt(event->position(), std::pow(1.2, steps));
        event->accept();
    }
    void contextMenuEvent(QContextMenuEvent *event) override { m_view->contextMenuAt(event->pos()); }
    void leaveEvent(QEvent *) override { m_view->moveTo(QPointF(-1e6, -1e6), Qt::NoButton); }
    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_view->zoomIn();
            break;
        case Qt::Key_Minus:
            m_view->zoomOut();
            break;
        case Qt::Key_0:
            m_view->fitToView();
            break;
        default:
            QWidget::keyPressEvent(event);
        }
    }
    void resizeEvent(QResizeEvent *) override
    {
        if (m_view->m_fitPending)
            m_view->fitToView();
    }
    void showEvent(QShowEvent *) override
    {
        // Shown (tab raised): fit, unless the user has zoomed or panned.
        if (m_view->m_fitPending)
            m_view->fitToView();
    }

private:
    GraphView *m_view;
};

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
{
    m_canvas = new GraphCanvas(this);
    // A big graph's overview at a new zoom is drawn on worker threads; the canvas repaints as it comes in.
    m_painter.setOverviewListener(m_canvas, [canvas = m_canvas] { canvas->update(); });
    m_legend = new GraphLegend(&m_painter, this);
    m_focusBar = new GraphFocusBar(this);
    m_focusBar->hide();
    m_legendButton = new QToolButton(this);
    m_legendButton->setCheckable(true);
    m_legendButton->setChecked(true);

    m_playButton = new QToolButton(this);
    m_playButton->setCheckable(true);
    m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setMinimumWidth(140);
    m_allDatesButton = new QToolButton(this);
    m_relayoutButton = new QToolButton(this);
    m_relayoutButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_progress->hide();
    m_cancelButton->hide();
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(playbackIntervalMs);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 4);
    bar->addWidget(m_playButton);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_allDatesButton);
    bar->addSpacing(12);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_relayoutButton);
    bar->addWidget(m_legendButton);
    auto *graphRow = new QHBoxLayout;
    graphRow->setContentsMargins(0, 0, 0, 0);
    graphRow->setSpacing(0);
    graphRow->addWidget(m_canvas, 1);
    graphRow->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_focusBar);
    layout->addLayout(graphRow, 1);
    layout->addLayout(bar);

    connect(m_playButton, &QToolButton::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_playTimer, &QTimer::timeout, this, &GraphView::advancePlayback);
    connect(m_slider, &QSlider::valueChanged, this, [this](int day) {
        if (m_hasTimeSpan)
            setAsOfInternal(m_firstMinute + qint64(day) * minutesPerDay, true);
    });
    connect(m_allDatesButton, &QToolButton::clicked, this, &GraphView::clearAsOf);
    connect(m_relayoutButton, &QToolButton::clicked, this, &GraphView::relayout);
    connect(m_cancelButton, &QToolButton::clicked, this, &GraphView::cancelLayout);
    connect(m_legendButton, &QToolButton::toggled, this, &GraphView::setLegendShown);
    connect(m_focusBar, &GraphFocusBar::hopsChanged, this, &GraphView::setHops);
    connect(m_focusBar, &GraphFocusBar::wholeGraphRequested, this,
        [this](bool whole) { whole ? showWholeGraph() : showNeighbourhood(); });
    connect(
        &m_watcher, &QFutureWatcher<Graph::LayoutResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Graph::LayoutResult>::finished, this, &GraphView::onLayoutFinished);

    retranslate();
    updateTimeControls();
}

GraphView::~GraphView()
{
    // An isolated layout is killed at once; never leave a worker writing into a dead view.
    m_watcher.disconnect(this);
    m_watcher.future().cancel();
    m_watcher.waitForFinished();
}

QWidget *GraphView::canvas() const
{
    return m_canvas;
}

QWidget *GraphView::legend() const
{
    return m_legend;
}

bool GraphView::isLegendShown() const
{
    return m_legendButton->isChecked();
}

void GraphView::setLegendShown(bool shown)
{
    {
        const QSignalBlocker blocker(m_legendButton);
        m_legendButton->setChecked(shown);
    }
    m_legend->setVisible(shown);
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                fitToView(); // once the canvas has its new width
        });
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_legend)
        applyPaintOptions();
    QWidget::changeEvent(event);
}

void GraphView::retranslate()
{
    m_playButton->setToolTip(tr("Play: animate the graph through time"));
    m_playButton->setText(tr("Play"));
    m_slider->setToolTip(tr("Show the relations as of this date"));
    m_allDatesButton->setText(tr("All dates"));
    m_allDatesButton->setToolTip(tr("Show every relation, whatever its dates"));
    m_relayoutButton->setText(tr("Lay out again"));
    m_relayoutButton->setToolTip(tr("Lay the graph out again; pinned nodes stay where they are"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the layout"));
    m_progress->setToolTip(tr("Laying the graph out…"));
    m_legendButton->setText(tr("Legend"));
    m_legendButton->setToolTip(tr("Show or hide the legend beside the graph"));
    m_legend->setAccessibleName(tr("Legend"));
    m_canvas->setToolTip(tr("Wheel to zoom, drag the background to pan, drag a node to pin it, double-click an "
                            "actor to filter the timeline"));
    updateTimeControls();
}

void GraphView::setDataset(const Dataset &dataset, const QHash<RowId, Graph::EventCount> &actorEvents,
    const QHash<RowId, Graph::EventCount> &disputeEvents)
{
    pause();
    Graph::GraphModelOptions options;
    options.includeDisputes = m_showDisputes;
    options.actorEvents = actorEvents;
    options.disputeEvents = disputeEvents;
    m_wholeModel = Graph::GraphModel::fromDataset(dataset, options);
    m_neighbourhoodCache.clear(); // involvement may have changed: so have the layouts
    showModel();
}

void GraphView::setFocusThreshold(int nodes)
{
    m_focusThreshold = std::max(1, nodes);
}

void GraphView::setHops(int hops)
{
    hops = std::clamp(hops, 1, 6);
    if (hops == m_hops)
        return;
    m_hops = hops;
    m_focusBar->setHops(hops);
    if (m_neighbourhood)
        showModel();
}

void GraphView::showWholeGraph()
{
    if (m_wholeRequested && !m_neighbourhood)
        return;
    m_wholeRequested = true;
    showModel();
}

void GraphView::showNeighbourhood()
{
    if (!m_wholeRequested)
        return;
    m_wholeRequested = false;
    if (m_selected >= 0 && m_selected < m_model.nodeCount())
        m_focusKey = m_model.nodes()[m_selected].key; // where the user was looking
    showModel();
}

void GraphView::focusOn(const QString &key)
{
    if (m_wholeModel.indexOf(key) < 0)
        return;
    m_focusKey = key;
    if (m_neighbourhood)
        showModel();
}

Graph::LayoutCache *GraphView::positionCache()
{
    // Neighbourhoods are small and many: laid out again when needed rather
    // than written over the whole graph's positions in the database.
    return m_neighbourhood ? &m_neighbourhoodCache : m_cache;
}

void GraphView::showModel()
{
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
    const QString selectedKey
        = m_selected >= 0 && m_selected < m_model.nodeCount() ? m_model.nodes()[m_selected].key : QString();
    m_neighbourhood = m_wholeModel.nodeCount() > m_focusThreshold && !m_wholeRequested;
    if (m_neighbourhood) {
        if (m_wholeModel.indexOf(m_focusKey) < 0) {
            const int busiest = m_wholeModel.mostInvolvedNode();
            m_focusKey = m_wholeModel.nodes()[busiest].key;
        }
        m_model = m_wholeModel.neighbourhood({m_wholeModel.indexOf(m_focusKey)}, m_hops, m_focusThreshold);
    } else {
        m_model = m_wholeModel;
    }
    m_hovered = m_dragNode = -1;
    m_selected = m_model.indexOf(selectedKey);
    m_hasTimeSpan = m_model.timeSpan(&m_firstMinute, &m_lastMinute);
    m_layoutKey = Graph::GraphLayout::layoutKey(m_model, m_layoutOptions);
    m_positions.clear();
    m_pinned.clear();

    bool complete = false;
    if (Graph::LayoutCache *cache = positionCache()) {
        if (const std::optional<Graph::CachedLayout> cached = cache->load(m_layoutKey)) {
            m_positions = cached->positions;
            m_pinned = cached->pinned;
            placeMissingHubs();
            complete = std::all_of(m_model.nodes().cbegin(), m_model.nodes().cend(),
                [this](const Graph::GraphNode &node) { return m_positions.contains(node.key); });
        }
    }
    if (!complete)
        scatterInitialPositions();
    m_painter.setModel(m_model);
    m_painter.setPositions(m_positions);
    applyPaintOptions();
    m_legend->resetWidth();
    updateTimeControls();
    updateFocusBar();
    m_fitPending = true;
    fitToView();
    if (!complete)
        startLayout();
}

void GraphView::updateFocusBar()
{
    const bool big = m_wholeModel.nodeCount() > m_focusThreshold;
    m_focusBar->setVisible(big);
    if (!big)
        return;
    if (m_neighbourhood) {
        const int centre = m_wholeModel.indexOf(m_focusKey);
        m_focusBar->showNeighbourhood(m_wholeModel.nodes()[centre].label.textOrFallback(m_language),
            m_model.nodeCount(), m_wholeModel.nodeCount());
    } else {
        m_focusBar->showWhole(m_wholeModel.nodeCount());
    }
}

void GraphView::placeMissingHubs()
{
    // A cache that keeps only actors (the database's) has no dispute hubs: a
    // hub is tied to its parties alone, so the middle of them is where a
    // layout would put it. A small turn per hub keeps two hubs of the same
    // parties apart.
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        const Graph::GraphNode &node = m_model.nodes()[i];
        if (node.type != Graph::GraphNode::Type::Dispute || m_positions.contains(node.key))
            continue;
        QPointF sum;
        int known = 0;
        for (int neighbour : m_model.neighboursOf(i)) {
            const auto it = m_positions.constFind(m_model.nodes()[neighbour].key);
            if (it != m_positions.cend()) {
                sum += *it;
                ++known;
            }
        }
        if (known == 0)
            continue;
        const qreal angle = 2.399963 * i; // golden angle
        m_positions.insert(node.key, sum / known + 12.0 * QPointF(std::cos(angle), std::sin(angle)));
    }
}

void GraphView::scatterInitialPositions()
{
    // Something to look at while Graphviz works: a circle, known positions kept.
    const int count = m_model.nodeCount();
    const qreal radius = 40.0 * std::sqrt(qreal(std::max(count, 1)));
    for (int i = 0; i < count; ++i) {
        const QString &key = m_model.nodes()[i].key;
        if (m_positions.contains(key))
            continue;
        const qreal angle = 2 * M_PI * i / std::max(count, 1);
        m_positions.insert(key, QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
}

void GraphView::setLanguage(Language language)
{
    m_language = language;
    applyPaintOptions();
    updateTimeControls();
    updateFocusBar();
}

void GraphView::applyPaintOptions()
{
    Graph::GraphPaintOptions options;
    options.language = m_language;
    options.asOfMinutes = m_asOf;
    options.hoveredNode = m_hovered;
    options.selectedNode = m_selected;
    // Colours of the palette, so that a dark system theme stays readable.
    options.textColour = palette().color(QPalette::Text);
    options.haloColour = palette().color(QPalette::Base);
    options.minLabelPixels = minimumLabelPixels();
    m_painter.setOptions(options);
    m_legend->refresh();
    m_canvas->update();
}

qreal GraphView::minimumLabelPixels() const
{
    constexpr qreal readablePoints = 9;
    return readablePoints * logicalDpiY() / 72.0;
}

void GraphView::setSelectedNode(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    applyPaintOptions();
    if (index >= 0 && index < m_model.nodeCount())
        AccessibleItemView::notifyCurrentItem(m_canvas, GraphAccessible::keyOf(m_model.nodes()[index]));
}

QRectF GraphView::nodeRect(int index) const
{
    if (index < 0 || index >= m_model.nodeCount())
        return {};
    const qreal r = Graph::GraphLayout::nodeRadius(m_model.nodes()[index]) * 1.15 * m_zoom;
    const QPointF centre = toWidget(m_painter.position(index));
    return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
}

QList<Graph::PlacedLabel> GraphView::shownLabels() const
{
    QList<Graph::PlacedLabel> labels = m_painter.placeLabels(
        m_zoom, QRectF(toScene(QPointF(0, 0)), toScene(QPointF(m_canvas->rect().bottomRight()))));
    for (Graph::PlacedLabel &label : labels) {
        label.rect = QRectF(toWidget(label.rect.topLeft()), toWidget(label.rect.bottomRight()));
        label.baseline = toWidget(label.baseline);
        label.pixelSize *= m_zoom;
    }
    return labels;
}

RowId GraphView::selectedActor() const
{
    if (m_selected < 0 || m_selected >= m_model.nodeCount())
        return 0;
    const Graph::GraphNode &node = m_model.nodes()[m_selected];
    return node.type == Graph::GraphNode::Type::Actor ? node.id : 0;
}

bool GraphView::isLayoutRunning() const
{
    // Until its result has been taken in, not merely until the worker is done.
    return m_layoutPending;
}

bool GraphView::isPlaying() const
{
    return m_playTimer->isActive();
}

QPoint GraphView::actorPosition(RowId actorId) const
{
    const int index = m_model.indexOfActor(actorId);
    if (index < 0)
        return {};
    return toWidget(m_positions.value(m_model.nodes()[index].key)).toPoint();
}

// --- time -------------------------------------------------------------------

void GraphView::updateTimeControls()
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setEnabled(m_hasTimeSpan);
    m_playButton->setEnabled(m_hasTimeSpan);
    if (m_hasTimeSpan) {
        const int days = int((m_lastMinute - m_firstMinute) / minutesPerDay) + 1;
        m_slider->setRange(0, days);
        m_slider->setPageStep(std::max(1, days / 20));
        const qint64 at = m_asOf.value_or(m_lastMinute + minutesPerDay);
        m_slider->setValue(int(std::clamp<qint64>((at - m_firstMinute) / minutesPerDay, 0, days)));
    }
    m_allDatesButton->setEnabled(m_asOf.has_value());
    if (m_asOf) {
        const QDate date = FuzzyDate::dateTimeFromMinutes(*m_asOf).date();
        m_dateLabel->setText(tr("As of %1").arg(localeFor(m_language).toString(date, QLocale::ShortFormat)));
    } else {
        m_dateLabel->setText(tr("All dates"));
    }
}

void GraphView::setAsOfInternal(std::optional<qint64> minutes, bool emitSignal)
{
    if (m_asOf == minutes)
        return;
    m_asOf = minutes;
    applyPaintOptions();
    updateTimeControls();
    if (emitSignal && minutes)
        Q_EMIT asOfChanged(*minutes);
}

void GraphView::setAsOf(qint64 minutes)
{
    setAsOfInternal(minutes, false);
}

void GraphView::clearAsOf()
{
    pause();
    setAsOfInternal(std::nullopt, false);
}

void GraphView::play()
{
    if (!m_hasTimeSpan)
        return;
    if (!m_asOf || *m_asOf >= m_lastMinute)
        setAsOfInternal(m_firstMinute, true); // start over from the beginning
    {
        const QSignalBlocker blocker(m_playButton);
        m_playButton->setChecked(true);
        m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
        m_playButton->setText(tr("Pause"));
    }
    m_playTimer->start();
}

void GraphView::pause()
{
    m_playTimer->stop();
    const QSignalBlocker blocker(m_playButton);
    m_playButton->setChecked(false);
    m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_playButton->setText(tr("Play"));
}

void GraphView::advancePlayback()
{
    const qint64 step = std::max<qint64>(minutesPerDay, (m_lastMinute - m_firstMinute) / playbackSteps);
    const qint64 next = m_asOf.value_or(m_firstMinute) + step;
    if (next >= m_lastMinute) {
        setAsOfInternal(m_lastMinute, true);
        pause();
        return;
    }
    setAsOfInternal(next, true);
}

// --- layout -----------------------------------------------------------------

void GraphView::startLayout()
{
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
    Graph::LayoutOptions options = m_layoutOptions;
    for (const QString &key : std::as_const(m_pinned)) {
        if (m_positions.contains(key))
            options.pinned.insert(key, m_positions.value(key));
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_relayoutButton->setEnabled(false);
    m_layoutPending = true;
    m_watcher.setFuture(Graph::GraphLayout::runAsync(m_model, options));
    Q_EMIT layoutStarted();
}

void GraphView::onLayoutFinished()
{
    const QFuture<Graph::LayoutResult> future = m_watcher.future();
    m_layoutPending = false;
    m_progress->hide();
    m_cancelButton->hide();
    m_relayoutButton->setEnabled(true);
    if (future.isCanceled() || future.resultCount() == 0 || !future.result().isValid()) {
        if (!future.isCanceled() && future.resultCount() > 0)
            m_canvas->setToolTip(future.result().error);
        Q_EMIT layoutFinished(false);
        return;
    }
    const Graph::LayoutResult result = future.result();
    // Only accept a result for the graph currently shown.
    if (result.positions.size() != m_model.nodeCount()) {
        Q_EMIT layoutFinished(false);
        return;
    }
    m_positions = result.positions;
    m_painter.setPositions(m_positions);
    saveToCache();
    if (m_fitPending)
        fitToView(); // unless the user has zoomed or panned meanwhile
    Q_EMIT layoutFinished(true);
}

void GraphView::relayout()
{
    if (m_model.nodeCount() > 0)
        startLayout();
}

void GraphView::cancelLayout()
{
    m_watcher.future().cancel(); // returns at once; the worker kills Graphviz's process
}

void GraphView::unpinAll()
{
    m_pinned.clear();
    saveToCache();
    m_canvas->update();
}

void GraphView::saveToCache()
{
    if (Graph::LayoutCache *cache = positionCache(); cache && !m_layoutKey.isEmpty())
        cache->save(m_layoutKey, {m_positions, m_pinned});
}

// --- view transform ---------------------------------------------------------

QPointF GraphView::toScene(QPointF widgetPos) const
{
    const QPointF centre = QRectF(m_canvas->rect()).center();
    return m_centre + (widgetPos - centre) / m_zoom;
}

QPointF GraphView::toWidget(QPointF scenePos) const
{
    const QPointF centre = QRectF(m_canvas->rect()).center();
    return centre + (scenePos - m_centre) * m_zoom;
}

void GraphView::zoomAt(QPointF widgetPos, qreal factor)
{
    m_fitPending = false;
    const QPointF before = toScene(widgetPos);
    m_zoom = std::clamp(m_zoom * factor, minZoom, maxZoom);
    m_centre += before - toScene(widgetPos);
    m_canvas->update();
}

void GraphView::zoomIn()
{
    zoomAt(QRectF(m_canvas->rect()).center(), 1.25);
}

void GraphView::zoomOut()
{
    zoomAt(QRectF(m_canvas->rect()).center(), 1 / 1.25);
}

void GraphView::fitToView()
{
    const QRectF area = QRectF(m_canvas->rect()).adjusted(12, 12, -12, -12);
    const int count = m_model.nodeCount();
    if (count == 0 || area.width() <= 0 || area.height() <= 0)
        return;
    // Labels keep their size on screen whatever the zoom, so the graph's extent on screen is
    // positions × zoom plus labels in pixels: the largest zoom whose extent fits, by bisection.
    const qreal labelPixels = minimumLabelPixels();
    const QList<qreal> labelWidths = m_painter.labelWidths(labelPixels);
    const qreal sceneLabelPixels = Graph::GraphPainter::labelFont().pixelSize();
    const auto extentAt = [&](qreal zoom) {
        const qreal pixels = std::max(labelPixels, sceneLabelPixels * zoom);
        QRectF extent;
        for (int i = 0; i < count; ++i) {
            const QPointF p = m_painter.position(i) * zoom;
            const qreal r = Graph::GraphLayout::nodeRadius(m_model.nodes()[i]) * zoom;
            const qreal half = std::max(r * 1.15, labelWidths[i] * pixels / labelPixels / 2);
            const qreal below = labelWidths[i] > 0 ? r * 1.1 + pixels * 1.5 : r * 1.15;
            const QRectF box(p.x() - half, p.y() - r * 1.15, 2 * half, r * 1.15 + below);
            extent = extent.isNull() ? box : extent | box;
        }
        return extent;
    };
    const auto fits = [&](qreal zoom) {
        const QRectF extent = extentAt(zoom);
        return extent.width() <= area.width() && extent.height() <= area.height();
    };
    qreal zoom = maxFitZoom;
    if (!fits(zoom)) {
        qreal low = minZoom;
        qreal high = maxFitZoom;
        for (int step = 0; step < 40; ++step) {
            const qreal middle = (low + high) / 2;
            (fits(middle) ? low : high) = middle;
        }
        zoom = low;
    }
    m_zoom = zoom;
    m_centre = extentAt(zoom).center() / zoom;
    m_canvas->update();
}

// --- canvas -----------------------------------------------------------------

void GraphView::paintCanvas(QPainter *painter)
{
    painter->fillRect(m_canvas->rect(), palette().base());
    painter->save();
    const QPointF centre = QRectF(m_canvas->rect()).center();
    painter->translate(centre);
    painter->scale(m_zoom, m_zoom);
    painter->translate(-m_centre);
    m_painter.paintScene(painter, QRectF(toScene(QPointF(0, 0)), toScene(QPointF(m_canvas->rect().bottomRight()))));
    // Pinned nodes get a small pin mark.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette().text().color(), 1.0 / m_zoom));
    painter->setBrush(palette().highlight());
    for (const QString &key : std::as_const(m_pinned)) {
        const int index = m_model.indexOf(key);
        if (index < 0)
            continue;
        const qreal r = Graph::GraphLayout::nodeRadius(m_model.nodes()[index]);
        painter->drawEllipse(m_positions.value(key) + QPointF(r * 0.75, -r * 0.75), 3.0 / m_zoom + 1, 3.0 / m_zoom + 1);
    }
    painter->restore();
}

void GraphView::pressAt(QPointF pos, Qt::MouseButton button)
{
    if (button != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = pos;
    m_dragged = false;
    m_dragNode = m_painter.nodeAt(toScene(pos), 3.0 / m_zoom);
    m_panning = m_dragNode < 0;
}

void GraphView::moveTo(QPointF pos, Qt::MouseButtons buttons)
{
    if (buttons & Qt::LeftButton) {
        if (!m_dragged && QLineF(pos, m_pressPos).length() < 4)
            return;
        m_dragged = true;
        const QPointF delta = (pos - m_lastPos) / m_zoom;
        m_lastPos = pos;
        if (m_dragNode >= 0) {
            const QString &key = m_model.nodes()[m_dragNode].key;
            m_positions[key] += delta;
            m_painter.setPosition(m_dragNode, m_positions[key]);
        } else if (m_panning) {
            m_fitPending = false;
            m_centre -= delta;
        }
        m_canvas->update();
        return;
    }
    const int hovered = m_painter.nodeAt(toScene(pos), 3.0 / m_zoom);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        m_canvas->setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        applyPaintOptions();
    }
}

void GraphView::releaseAt(QPointF pos, Qt::MouseButton button)
{
    if (button != Qt::LeftButton)
        return;
    Q_UNUSED(pos)
    const int node = m_dragNode;
    const bool dragged = m_dragged;
    m_dragNode = -1;
    m_dragged = false;
    m_panning = false;
    if (node >= 0 && dragged) {
        const Graph::GraphNode &moved = m_model.nodes()[node];
        m_pinned.insert(moved.key);
        saveToCache();
        m_canvas->update();
        if (moved.type == Graph::GraphNode::Type::Actor)
            Q_EMIT nodeMoved(moved.id, m_positions.value(moved.key));
        return;
    }
    if (dragged)
        return; // a pan
    setSelectedNode(node);
    if (node >= 0 && m_model.nodes()[node].type == Graph::GraphNode::Type::Dispute)
        Q_EMIT disputeSelected(m_model.nodes()[node].id);
    else
        Q_EMIT actorSelected(selectedActor());
}

void GraphView::doubleClickAt(QPointF pos)
{
    const int node = m_painter.nodeAt(toScene(pos), 3.0 / m_zoom);
    if (node >= 0 && m_model.nodes()[node].type == Graph::GraphNode::Type::Actor)
        Q_EMIT timelineFilterRequested(m_model.nodes()[node].id);
}

void GraphView::contextMenuAt(QPoint pos)
{
    const int node = m_painter.nodeAt(toScene(pos), 3.0 / m_zoom);
    QMenu menu(this);
    if (node >= 0) {
        const Graph::GraphNode &target = m_model.nodes()[node];
        const QString name = target.label.textOrFallback(m_language);
        if (target.type == Graph::GraphNode::Type::Actor) {
            const RowId id = target.id;
            menu.addAction(
                tr("Show only %1 on the timeline").arg(name), this, [this, id] { Q_EMIT timelineFilterRequested(id); });
        }
        if (m_neighbourhood && target.key != m_focusKey) {
            const QString key = target.key;
            menu.addAction(tr("Centre the graph on %1").arg(name), this, [this, key] { focusOn(key); });
        }
        if (m_pinned.contains(target.key)) {
            const QString key = target.key;
            menu.addAction(tr("Unpin %1").arg(name), this, [this, key] {
                m_pinned.remove(key);
                saveToCache();
                m_canvas->update();
            });
        }
        menu.addSeparator();
    }
    menu.addAction(tr("Fit to view"), this, &GraphView::fitToView);
    menu.addAction(tr("Lay out again"), this, &GraphView::relayout)->setEnabled(!isLayoutRunning());
    menu.addAction(tr("Unpin all nodes"), this, &GraphView::unpinAll)->setEnabled(!m_pinned.isEmpty());
    menu.exec(m_canvas->mapToGlobal(pos));
}

void GraphView::selectActor(RowId actorId)
{
    // Picked elsewhere but outside the neighbourhood shown: the neighbourhood moves to it.
    if (actorId && m_neighbourhood && m_model.indexOfActor(actorId) < 0)
        focusOn(Graph::GraphModel::actorKey(actorId));
    // "No actor" leaves a selected dispute alone.
    if (actorId || selectedActor())
        setSelectedNode(m_model.indexOfActor(actorId));
}

void GraphView::selectDispute(RowId disputeId)
{
    const QString key = Graph::GraphModel::disputeKey(disputeId);
    if (disputeId && m_neighbourhood && m_model.indexOf(key) < 0)
        focusOn(key);
    const bool disputeShown = m_selected >= 0 && m_model.nodes()[m_selected].type == Graph::GraphNode::Type::Dispute;
    if (disputeId || disputeShown)
        setSelectedNode(m_model.indexOf(key));
}

} // namespace Frise::Ui
