// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include "graphstyle.h"
#include "graphvizcontext_p.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cmath>
#include <complex>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace Frise::Graph {

namespace {

// Plain data handed to Graphviz: no Qt types, so a forked child only runs
// Graphviz and write().
struct LayoutInput
{
    struct Node
    {
        double widthInches = 0.3;
        double heightInches = 0.3;
        bool pinned = false;
        double x = 0; // points, Graphviz orientation (y up)
        double y = 0;
    };
    std::vector<Node> nodes;
    struct Edge
    {
        int from = 0;
        int to = 0;
        double lengthInches = 1.4; // neato's ideal length: room for the relation's label
    };
    std::vector<Edge> edges;
    std::string engine;
    bool small = true;
    int seed = 1;
};

constexpr qreal labelCharWidth = 6.2; // points per character of a 9 pt label, on average
constexpr qreal labelHeight = 13;
constexpr qreal edgeLabelCharWidth = 4.6; // 8 px italic

LayoutInput prepare(const GraphModel &model, const LayoutOptions &options, const QString &engine)
{
    LayoutInput input;
    input.engine = engine.toStdString();
    input.small = engine == QLatin1String("neato");
    input.seed = options.seed;
    input.nodes.resize(model.nodes().size());
    for (qsizetype i = 0; i < model.nodes().size(); ++i) {
        const GraphNode &node = model.nodes()[i];
        const qreal radius = GraphLayout::nodeRadius(node);
        LayoutInput::Node &in = input.nodes[i];
        qreal width = 2 * radius;
        qreal height = 2 * radius;
        if (input.small) {
            // Reserve room for the label drawn under the node, so overlap
            // removal keeps labels apart too.
            const qsizetype chars = std::max(node.label.fr.size(), node.label.en.size());
            width = std::max(width, std::min<qreal>(chars, 34) * labelCharWidth);
            height += 2 * labelHeight;
        }
        in.widthInches = width / 72.0;
        in.heightInches = height / 72.0;
        const auto pin = options.pinned.constFind(node.key);
        if (pin != options.pinned.cend() && std::isfinite(pin->x()) && std::isfinite(pin->y())) {
            in.pinned = true;
            in.x = pin->x();
            in.y = -pin->y();
        }
    }
    input.edges.reserve(model.edges().size());
    for (const GraphEdge &edge : model.edges()) {
        if (edge.from == edge.to)
            continue;
        LayoutInput::Edge in {edge.from, edge.to, 1.4};
        if (input.small && edge.type == GraphEdge::Type::Relation) {
            const qsizetype chars = std::max(GraphStyle::label(edge.relationType, Language::French).size(),
                GraphStyle::label(edge.relationType, Language::English).size());
            const qreal room = chars * edgeLabelCharWidth + GraphLayout::nodeRadius(model.nodes()[edge.from])
                + GraphLayout::nodeRadius(model.nodes()[edge.to]) + 24;
            in.lengthInches = std::max(1.4, room / 72.0);
        }
        input.edges.push_back(in);
    }
    return input;
}

void setAttr(void *object, const char *name, const std::string &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.c_str()), const_cast<char *>(""));
}

// Runs Graphviz; fills xy (2 per node, Graphviz orientation). Caller holds the
// mutex (or is a forked child). Returns false on failure.
bool layoutWithGraphviz(const LayoutInput &input, std::vector<double> &xy)
{
    GVC_t *context = graphvizContext();
    char graphName[] = "frise";
    Agraph_t *graph = agopen(graphName, Agundirected, nullptr);
    if (!graph)
        return false;
    setAttr(graph, "inputscale", "72"); // pos in points
    setAttr(graph, "start", std::to_string(input.seed));
    setAttr(graph, "splines", "false");
    if (input.small) {
        setAttr(graph, "overlap", "prism");
        setAttr(graph, "sep", "+8");
        setAttr(graph, "mode", "major");
    } else {
        // Tuned with tests/bench/bench_graph.cpp: full prism overlap removal
        // costs more than the layout itself past a few hundred nodes, so one
        // prism pass up to 2,000 nodes and none above (finish() still keeps
        // every node apart). sfdp ignores maxiter; the fast quadtree is what
        // keeps 10,000 nodes within a few seconds.
        const bool huge = input.nodes.size() > 2000;
        setAttr(graph, "overlap", huge ? "true" : "prism1");
        setAttr(graph, "quadtree", "fast");
    }
    agattr(graph, AGNODE, const_cast<char *>("shape"), const_cast<char *>("ellipse"));
    agattr(graph, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(graph, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    if (input.small)
        agattr(graph, AGEDGE, const_cast<char *>("len"), const_cast<char *>("1.4"));

    std::vector<Agnode_t *> nodes(input.nodes.size());
    char buffer[64];
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        std::snprintf(buffer, sizeof buffer, "n%zu", i);
        nodes[i] = agnode(graph, buffer, 1);
        const LayoutInput::Node &in = input.nodes[i];
        setAttr(nodes[i], "width", std::to_string(in.widthInches));
        setAttr(nodes[i], "height", std::to_string(in.heightInches));
        if (in.pinned) {
            std::snprintf(buffer, sizeof buffer, "%.3f,%.3f!", in.x, in.y);
            setAttr(nodes[i], "pos", buffer);
            setAttr(nodes[i], "pin", "true");
        }
    }
    for (const LayoutInput::Edge &edge : input.edges) {
        Agedge_t *e = agedge(graph, nodes[edge.from], nodes[edge.to], nullptr, 1);
        if (input.small && edge.lengthInches != 1.4)
            setAttr(e, "len", std::to_string(edge.lengthInches));
    }

    const bool ok = gvLayout(context, graph, input.engine.c_str()) == 0;
    if (ok) {
        xy.resize(2 * nodes.size());
        for (size_t i = 0; i < nodes.size(); ++i) {
            xy[2 * i] = ND_coord(nodes[i]).x;
            xy[2 * i + 1] = ND_coord(nodes[i]).y;
        }
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    return ok;
}

enum class Outcome { Done, Failed, Cancelled };

int estimatedProgress(qint64 elapsedMs, size_t nodeCount)
{
    // Graphviz gives no progress: an asymptotic guess from the expected time.
    const double expectedMs = 50.0 + 0.4 * double(nodeCount);
    return 5 + int(85.0 * (1.0 - std::exp(-double(elapsedMs) / expectedMs)));
}

#ifdef Q_OS_UNIX
bool writeAll(int fd, const void *data, size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

Outcome layoutInChild(const LayoutInput &input, std::vector<double> &xy, const GraphLayout::CancelCheck &isCancelled,
    const GraphLayout::ProgressCallback &progress)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return Outcome::Failed;
    pid_t child;
    {
        // Graphviz plugins are loaded under the lock before forking, and no
        // other thread can be inside Graphviz while we fork.
        QMutexLocker locker(&graphvizMutex());
        graphvizContext();
        child = ::fork();
    }
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return Outcome::Failed;
    }
    if (child == 0) {
        ::close(fds[0]);
        std::vector<double> out;
        const int status = layoutWithGraphviz(input, out) ? 0 : 1;
        writeAll(fds[1], &status, sizeof status);
        if (status == 0)
            writeAll(fds[1], out.data(), out.size() * sizeof(double));
        ::_exit(0);
    }
    ::close(fds[1]);

    QElapsedTimer timer;
    timer.start();
    std::vector<char> data;
    const size_t expected = sizeof(int) + 2 * input.nodes.size() * sizeof(double);
    data.reserve(expected);
    Outcome outcome = Outcome::Failed;
    char chunk[65536];
    for (;;) {
        if (isCancelled && isCancelled()) {
            ::kill(child, SIGKILL);
            outcome = Outcome::Cancelled;
            break;
        }
        pollfd pfd {fds[0], POLLIN, 0};
        const int ready = ::poll(&pfd, 1, 20);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready > 0) {
            const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // EOF: the child is done (or died)
            data.insert(data.end(), chunk, chunk + n);
        }
        if (progress)
            progress(estimatedProgress(timer.elapsed(), input.nodes.size()));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (outcome == Outcome::Cancelled)
        return outcome;
    int childStatus = 1;
    if (data.size() == expected) {
        std::memcpy(&childStatus, data.data(), sizeof childStatus);
        if (childStatus == 0) {
            xy.resize(2 * input.nodes.size());
            std::memcpy(xy.data(), data.data() + sizeof(int), xy.size() * sizeof(double));
            return Outcome::Done;
        }
    }
    return Outcome::Failed;
}
#endif

Outcome layoutInProcess(const LayoutInput &input, std::vector<double> &xy, const GraphLayout::CancelCheck &isCancelled)
{
    QMutexLocker locker(&graphvizMutex());
    if (isCancelled && isCancelled())
        return Outcome::Cancelled;
    if (!layoutWithGraphviz(input, xy))
        return Outcome::Failed;
    return isCancelled && isCancelled() ? Outcome::Cancelled : Outcome::Done;
}

// Turns Graphviz coordinates into scene positions: y down, pinned nodes back
// exactly where they were asked to be (Graphviz may translate the drawing),
// no non-finite values, no two nodes on the same point.
Positions finish(const GraphModel &model, const LayoutInput &input, const std::vector<double> &xy)
{
    const qsizetype count = model.nodes().size();
    std::vector<QPointF> points(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        points[size_t(i)] = QPointF(xy[2 * size_t(i)], -xy[2 * size_t(i) + 1]);

    // Neither sfdp (which ignores `pin`) nor prism overlap removal (which
    // rescales the drawing) keeps pinned nodes exactly where they were asked
    // to be. Fit the similarity (scale, rotation, shift) that best maps the
    // pinned nodes' computed places onto their requested ones, apply it to
    // the whole drawing, then put the pinned nodes exactly in place.
    std::vector<std::complex<double>> computed;
    std::vector<std::complex<double>> wanted;
    for (qsizetype i = 0; i < count; ++i) {
        const LayoutInput::Node &in = input.nodes[size_t(i)];
        const QPointF p = points[size_t(i)];
        if (in.pinned && std::isfinite(p.x()) && std::isfinite(p.y())) {
            computed.emplace_back(p.x(), p.y());
            wanted.emplace_back(in.x, -in.y);
        }
    }
    std::complex<double> scale(1, 0);
    std::complex<double> shift(0, 0);
    if (!computed.empty()) {
        std::complex<double> computedCentre;
        std::complex<double> wantedCentre;
        for (size_t i = 0; i < computed.size(); ++i) {
            computedCentre += computed[i];
            wantedCentre += wanted[i];
        }
        computedCentre /= double(computed.size());
        wantedCentre /= double(computed.size());
        std::complex<double> numerator;
        double denominator = 0;
        for (size_t i = 0; i < computed.size(); ++i) {
            numerator += std::conj(computed[i] - computedCentre) * (wanted[i] - wantedCentre);
            denominator += std::norm(computed[i] - computedCentre);
        }
        if (computed.size() > 1 && denominator > 1e-9 && std::abs(numerator) > 1e-9)
            scale = numerator / denominator;
        shift = wantedCentre - scale * computedCentre;
    }

    const qreal step = 12.0;
    for (qsizetype i = 0; i < count; ++i) {
        QPointF &p = points[size_t(i)];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            // Should not happen; place it on a spiral away from the rest rather than at NaN.
            const qreal angle = 2.4 * qreal(i);
            p = QPointF(std::cos(angle), std::sin(angle)) * step * std::sqrt(qreal(i + 1)) * 4.0;
        } else if (input.nodes[size_t(i)].pinned) {
            p = QPointF(input.nodes[size_t(i)].x, -input.nodes[size_t(i)].y);
        } else {
            const std::complex<double> z = scale * std::complex<double>(p.x(), p.y()) + shift;
            p = QPointF(z.real(), z.imag());
        }
    }

    QList<QPointF> placed(points.cbegin(), points.cend());
    QList<bool> pinned(count);
    for (qsizetype i = 0; i < count; ++i)
        pinned[i] = input.nodes[size_t(i)].pinned;
    GraphLayout::separateCoincident(placed, pinned);

    Positions positions;
    positions.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        positions.insert(model.nodes()[i].key, placed.at(i));
    return positions;
}

} // namespace

void GraphLayout::separateCoincident(QList<QPointF> &points, const QList<bool> &pinned)
{
    const qreal step = 12.0;
    QSet<QPair<qint64, qint64>> taken;
    taken.reserve(points.size());
    auto cell
        = [](QPointF p) { return qMakePair(qint64(std::llround(p.x() * 100)), qint64(std::llround(p.y() * 100))); };
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (pinned.value(i))
            taken.insert(cell(points.at(i))); // pinned nodes keep their place; others make way
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        QPointF &p = points[i];
        if (!pinned.value(i)) {
            int attempt = 0;
            const QPointF origin = p;
            while (taken.contains(cell(p))) {
                ++attempt;
                const qreal angle = 2.399963 * attempt; // golden angle spiral
                p = origin + QPointF(std::cos(angle), std::sin(angle)) * (step * std::sqrt(qreal(attempt)));
            }
            taken.insert(cell(p));
        }
    }
}

qreal GraphLayout::nodeRadius(const GraphNode &node)
{
    const qreal base = node.type == GraphNode::Type::Dispute ? 9.0 : 8.0;
    return std::min<qreal>(base + 3.5 * std::sqrt(qreal(std::max(0, node.involvement))), 34.0);
}

QString GraphLayout::engineFor(const GraphModel &model, const LayoutOptions &options)
{
    switch (options.engine) {
    case LayoutOptions::Engine::Neato:
        return QStringLiteral("neato");
    case LayoutOptions::Engine::Sfdp:
        return QStringLiteral("sfdp");
    case LayoutOptions::Engine::Auto:
        break;
    }
    return model.nodeCount() < options.sfdpThreshold ? QStringLiteral("neato") : QStringLiteral("sfdp");
}

QString GraphLayout::layoutKey(const GraphModel &model, const LayoutOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(engineFor(model, options).toUtf8());
    hash.addData(QByteArray::number(options.seed));
    for (const GraphNode &node : model.nodes()) {
        hash.addData(node.key.toUtf8());
        hash.addData(QByteArray::number(node.involvement));
        hash.addData("\n");
    }
    for (const GraphEdge &edge : model.edges()) {
        hash.addData(model.nodes()[edge.from].key.toUtf8());
        hash.addData(">");
        hash.addData(model.nodes()[edge.to].key.toUtf8());
        hash.addData("\n");
    }
    return QStringLiteral("graph-") % QString::fromLatin1(hash.result().toHex().left(24));
}

LayoutResult GraphLayout::run(const GraphModel &model, const LayoutOptions &options, const CancelCheck &isCancelled,
    const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = engineFor(model, options);
    if (progress)
        progress(0);
    if (model.nodeCount() == 0) {
        if (progress)
            progress(100);
        return result;
    }
    const LayoutInput input = prepare(model, options, result.engine);
    if (progress)
        progress(5);
    std::vector<double> xy;
    Outcome outcome = Outcome::Failed;
#ifdef Q_OS_UNIX
    if (options.isolate)
        outcome = layoutInChild(input, xy, isCancelled, progress);
    else
#endif
        outcome = layoutInProcess(input, xy, isCancelled);

    switch (outcome) {
    case Outcome::Cancelled:
        result.cancelled = true;
        break;
    case Outcome::Failed:
        result.error = tr("Graphviz could not lay out the graph (%1).").arg(result.engine);
        break;
    case Outcome::Done:
        result.positions = finish(model, input, xy);
        if (progress)
            progress(100);
        break;
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<LayoutResult> GraphLayout::runAsync(const GraphModel &model, const LayoutOptions &options)
{
    return QtConcurrent::run([model, options](QPromise<LayoutResult> &promise) {
        promise.setProgressRange(0, 100);
        LayoutResult result = run(
            model, options, [&promise] { return promise.isCanceled(); },
            [&promise](int percent) { promise.setProgressValue(percent); });
        promise.addResult(std::move(result));
    });
}

} // namespace Frise::Graph
