// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedgraph.h"
#include "graph/graphalttext.h"
#include "graph/graphexport.h"
#include "graph/graphpainter.h"
#include "graph/layoutcache.h"
#include "sampledataset.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <graphviz/cgraph.h>

using namespace Frise;
using namespace Frise::Graph;

namespace {

const QString trickyName = QStringLiteral("AT&T <\"Test\"> \\ l’été");

Dataset trickyDataset()
{
    Dataset data = FriseTest::sampleGraphDataset();
    Actor att;
    att.id = 8;
    att.kind = Actor::Kind::Company;
    att.name = BilingualText::both(trickyName, trickyName);
    data.actors.append(att);
    Relation r;
    r.id = 9;
    r.fromActorId = 8;
    r.toActorId = 3;
    r.type = Relation::Type::CompetesWith;
    r.start = FuzzyDate::fromIsoText(QStringLiteral("~2020/2021"));
    r.end = FuzzyDate::fromIsoText(QStringLiteral("2022-03-04"));
    data.relations.append(r);
    return data;
}

struct XmlSummary
{
    QString rootName;
    QString rootNamespace;
    int nodes = 0;
    int edges = 0;
    QHash<QString, QString> graphAttributes;
    QStringList texts; ///< every attribute value and text
    int edgesWithStart = 0;
    int edgesWithEnd = 0;
    int nodesWithStart = 0;
    QSet<QString> declaredKeys;
    QSet<QString> usedKeys;
    QString error;
};

XmlSummary readXml(const QString &path)
{
    XmlSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = file.errorString();
        return summary;
    }
    QXmlStreamReader xml(&file);
    bool inKey = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (summary.rootName.isEmpty()) {
                summary.rootName = xml.name().toString();
                summary.rootNamespace = xml.namespaceUri().toString();
            }
            const QString name = xml.name().toString();
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &attribute : attributes)
                summary.texts.append(attribute.value().toString());
            if (name == QLatin1String("node")) {
                ++summary.nodes;
                summary.nodesWithStart += attributes.hasAttribute(QLatin1String("start")) ? 1 : 0;
            } else if (name == QLatin1String("edge")) {
                ++summary.edges;
                summary.edgesWithStart += attributes.hasAttribute(QLatin1String("start")) ? 1 : 0;
                summary.edgesWithEnd += attributes.hasAttribute(QLatin1String("end")) ? 1 : 0;
            } else if (name == QLatin1String("graph")) {
                for (const QXmlStreamAttribute &attribute : attributes)
                    summary.graphAttributes.insert(attribute.name().toString(), attribute.value().toString());
            } else if (name == QLatin1String("key")) {
                summary.declaredKeys.insert(attributes.value(QLatin1String("id")).toString());
                inKey = true;
            } else if (name == QLatin1String("data")) {
                summary.usedKeys.insert(attributes.value(QLatin1String("key")).toString());
            }
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            summary.texts.append(xml.text().toString());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("key")) {
            inKey = false;
        }
    }
    Q_UNUSED(inKey)
    if (xml.hasError())
        summary.error
            = QStringLiteral("%1 at %2:%3").arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber());
    return summary;
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("png") << QStringLiteral("a/b.PNG") << int(GraphExport::Format::Png);
        QTest::newRow("svg") << QStringLiteral("b.svg") << int(GraphExport::Format::Svg);
        QTest::newRow("pdf") << QStringLiteral("b.pdf") << int(GraphExport::Format::Pdf);
        QTest::newRow("gexf") << QStringLiteral("b.gexf") << int(GraphExport::Format::Gexf);
        QTest::newRow("graphml") << QStringLiteral("b.graphml") << int(GraphExport::Format::GraphMl);
        QTest::newRow("dot") << QStringLiteral("b.dot") << int(GraphExport::Format::Dot);
        QTest::newRow("gv") << QStringLiteral("b.gv") << int(GraphExport::Format::Dot);
        QTest::newRow("unknown") << QStringLiteral("b.txt") << int(GraphExport::Format::Auto);
    }

    void formatFromPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(GraphExport::formatForPath(path)), format);
    }

    void parseAsOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("day") << QStringLiteral("2023-04-25") << true << FriseTest::minutesAt(2023, 4, 26) - 1;
        QTest::newRow("month") << QStringLiteral("2023-04") << true << FriseTest::minutesAt(2023, 5, 1) - 1;
        QTest::newRow("year") << QStringLiteral(" 2015 ") << true << FriseTest::minutesAt(2016, 1, 1) - 1;
        QTest::newRow("garbage") << QStringLiteral("yesterday") << false << qint64(0);
    }

    void parseAsOf()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minutes);
        qint64 got = 0;
        QString error;
        QCOMPARE(GraphExport::parseAsOf(text, &got, &error), ok);
        if (ok)
            QCOMPARE(got, minutes);
        else
            QVERIFY(error.contains(text));
    }

    void xmlExports_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("ns");
        QTest::newRow("gexf") << QStringLiteral("graph.gexf") << QStringLiteral("gexf")
                              << QStringLiteral("http://gexf.net/1.3");
        QTest::newRow("graphml") << QStringLiteral("graph.graphml") << QStringLiteral("graphml")
                                 << QStringLiteral("http://graphml.graphdrawing.org/xmlns");
        QTest::newRow("svg") << QStringLiteral("graph.svg") << QStringLiteral("svg")
                             << QStringLiteral("http://www.w3.org/2000/svg");
    }

    void xmlExports()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, root);
        QFETCH(QString, ns);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        GraphExportOptions options;
        options.title = QStringLiteral("Title & <co>");
        QString error;
        const Dataset data = trickyDataset();
        QVERIFY2(GraphExport::exportDataset(data, path, options, &error), qPrintable(error));
        const XmlSummary xml = readXml(path);
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.rootName, root);
        QCOMPARE(xml.rootNamespace, ns);
        GraphModelOptions modelOptions;
        modelOptions.includeDisputes = true;
        const GraphModel model = GraphModel::fromDataset(data, modelOptions);
        if (root == QLatin1String("svg")) {
            // Labels are drawn as outlines (halo text); the title must survive escaping.
            QVERIFY(xml.texts.contains(QStringLiteral("Title & <co>")));
            return;
        }
        QVERIFY(xml.texts.contains(trickyName));
        QCOMPARE(xml.nodes, model.nodeCount());
        QCOMPARE(xml.edges, model.edgeCount());
        if (root == QLatin1String("gexf")) {
            QCOMPARE(xml.graphAttributes.value(QStringLiteral("mode")), QStringLiteral("dynamic"));
            QCOMPARE(xml.graphAttributes.value(QStringLiteral("timeformat")), QStringLiteral("date"));
            QCOMPARE(xml.graphAttributes.value(QStringLiteral("defaultedgetype")), QStringLiteral("directed"));
            QCOMPARE(xml.edgesWithStart, model.edgeCount()); // every relation and hub edge is dated
            QCOMPARE(xml.edgesWithEnd, 2); // the partnership and AT&T's rivalry
            QVERIFY(xml.nodesWithStart > 0);
            // The widest interval: ~2020/2021 starts at the start of 2019 (circa widens by a year).
            QVERIFY(xml.texts.contains(QStringLiteral("2019-01-01")));
            QVERIFY(xml.texts.contains(QStringLiteral("2022-03-04")));
            QVERIFY(xml.texts.contains(QStringLiteral("poursuit en justice")));
            QVERIFY(xml.texts.contains(QStringLiteral("sues")));
        } else {
            QVERIFY(!xml.usedKeys.isEmpty());
            QVERIFY2(xml.declaredKeys.contains(xml.usedKeys), "a <data> uses an undeclared key");
            QVERIFY(xml.texts.contains(QStringLiteral("investit dans")));
        }
    }

    void asOfFiltersTheExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.gexf"));
        GraphExportOptions options;
        options.includeDisputes = false;
        options.asOfMinutes = FriseTest::minutesAt(2016, 1, 1);
        QString error;
        QVERIFY2(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, options, &error), qPrintable(error));
        const XmlSummary xml = readXml(path);
        QVERIFY(xml.error.isEmpty());
        QCOMPARE(xml.edges, 2);
    }

    void dotParsesBackWithGraphviz()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.dot"));
        GraphExportOptions options;
        options.language = Language::French;
        QString error;
        const Dataset data = trickyDataset();
        QVERIFY2(GraphExport::exportDataset(data, path, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray dot = file.readAll();
        Agraph_t *graph = agmemread(dot.constData());
        QVERIFY2(graph, dot.left(400).constData());
        GraphModelOptions modelOptions;
        modelOptions.includeDisputes = true;
        const GraphModel model = GraphModel::fromDataset(data, modelOptions);
        QCOMPARE(agnnodes(graph), model.nodeCount());
        QCOMPARE(agnedges(graph), model.edgeCount());
        QVERIFY(agisdirected(graph));
        char name[] = "a8";
        Agnode_t *att = agnode(graph, name, 0);
        QVERIFY(att);
        char label[] = "label";
        // DOT keeps "\\" as written (Graphviz turns it into one backslash when drawing).
        QCOMPARE(QString::fromUtf8(agget(att, label)),
            QString(trickyName).replace(QStringLiteral("\\"), QStringLiteral("\\\\")));
        char musk[] = "a1";
        Agnode_t *node = agnode(graph, musk, 0);
        QVERIFY(node);
        Agedge_t *edge = agfstout(graph, node);
        QVERIFY(edge);
        const QString edgeLabel = QString::fromUtf8(agget(edge, label));
        QVERIFY2(edgeLabel == QStringLiteral("a cofondé") || edgeLabel == QStringLiteral("a quitté")
                || edgeLabel == QStringLiteral("investit dans"),
            qPrintable(edgeLabel));
        agclose(graph);
    }

    void dotQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("plain") << QStringLiteral("OpenAI") << QByteArray("\"OpenAI\"");
        QTest::newRow("quotes") << QStringLiteral("a \"b\"") << QByteArray("\"a \\\"b\\\"\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("\"a\\\\b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\\nb\"");
        QTest::newRow("accents") << QStringLiteral("été") << QByteArray("\"\xc3\xa9t\xc3\xa9\"");
    }

    void dotQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, quoted);
        QCOMPARE(GraphExport::dotQuoted(text), quoted);
    }

    void images_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("graph.png") << QByteArray("\x89PNG");
        QTest::newRow("pdf") << QStringLiteral("graph.pdf") << QByteArray("%PDF");
        QTest::newRow("svg") << QStringLiteral("graph.svg") << QByteArray("<?xml");
    }

    void images()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        GraphExportOptions options;
        options.language = Language::French;
        options.title = QStringLiteral("Litiges");
        options.asOfMinutes = FriseTest::minutesAt(2023, 6, 1);
        QString error;
        QVERIFY2(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(magic.size()) == magic);
        QVERIFY(file.size() > 1000);
        if (fileName.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 400 && image.height() > 200);
        }
    }

    // Developer aid: FRISE_GRAPH_OUTPUT=/some/dir keeps sample renderings to look at.
    void keepSampleRenderings()
    {
        const QString out = qEnvironmentVariable("FRISE_GRAPH_OUTPUT");
        if (out.isEmpty())
            QSKIP("set FRISE_GRAPH_OUTPUT to a folder to keep sample renderings");
        for (const Language language : {Language::English, Language::French}) {
            GraphExportOptions options;
            options.language = language;
            options.title = language == Language::French ? QStringLiteral("Litiges entre plateformes et IA")
                                                         : QStringLiteral("Platform and AI disputes");
            const QString base = out + QStringLiteral("/sample-") + languageCode(language);
            for (const QString &suffix : {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf")})
                QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), base + suffix, options));
            options.asOfMinutes = FriseTest::minutesAt(2020, 1, 1);
            QVERIFY(GraphExport::exportDataset(
                FriseTest::sampleGraphDataset(), base + QStringLiteral("-2020.png"), options));
        }
    }

    // Issue #25: the text alternative names the nodes and edges drawn, and only them.
    void altTextDescribesWhatIsDrawn()
    {
        GraphModelOptions modelOptions;
        modelOptions.includeDisputes = true;
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset(), modelOptions);
        GraphPaintOptions options;
        options.dropInactive = true;
        options.language = Language::English;
        const AltText all = GraphAltText::describe(GraphPainter(model, {}, options), QStringLiteral("A & B"));
        QVERIFY2(all.summary.startsWith(QStringLiteral("Relationship graph “A & B”: ")), qPrintable(all.summary));
        QVERIFY2(all.summary.contains(QStringLiteral("Most connected: ")), qPrintable(all.summary));
        for (const GraphNode &node : model.nodes())
            QVERIFY2(all.description.contains(
                         QStringLiteral("- ") + node.label.textOrFallback(Language::English) + QStringLiteral(" (")),
                qPrintable(node.label.textOrFallback(Language::English)));
        options.asOfMinutes = FriseTest::minutesAt(2020, 1, 1);
        const GraphPainter then(model, {}, options);
        const AltText before = GraphAltText::describe(then, QString());
        int dropped = 0;
        for (int i = 0; i < model.nodeCount(); ++i) {
            const QString line = QStringLiteral("- ") + model.nodes()[i].label.textOrFallback(Language::English)
                + QStringLiteral(" (");
            QCOMPARE(before.description.contains(line), then.drawsNode(i));
            dropped += then.drawsNode(i) ? 0 : 1;
        }
        QVERIFY(dropped > 0);
        QVERIFY2(before.summary.contains(QStringLiteral(" As of ")), qPrintable(before.summary));
        // Most connected first: the summary's first name has the most links.
        const QString first
            = all.summary.section(QStringLiteral("Most connected: "), 1).section(QStringLiteral(" ("), 0, 0);
        int best = -1;
        int firstDegree = -1;
        for (int i = 0; i < model.nodeCount(); ++i) {
            const int degree = int(model.edgesOf(i).size());
            best = std::max(best, degree);
            if (model.nodes()[i].label.textOrFallback(Language::English) == first)
                firstDegree = degree;
        }
        QCOMPARE(firstDegree, best);
    }

    void pngOfRequestedSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.png"));
        GraphExportOptions options;
        options.imageSize = QSize(800, 600);
        QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, options));
        QCOMPARE(QImage(path).size(), QSize(800, 600));
    }

    void failuresAreReported()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!GraphExport::exportDataset(
            FriseTest::sampleGraphDataset(), dir.filePath(QStringLiteral("x.txt")), {}, &error));
        QVERIFY(error.contains(QLatin1String("x.txt")));
        error.clear();
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/g.gexf"));
        QVERIFY(!GraphExport::exportDataset(FriseTest::sampleGraphDataset(), missing, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

    void existingFileReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.graphml"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));
        }
        QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, {}));
        QVERIFY(readXml(path).error.isEmpty());
    }

    void viewPaintsWhatIsInSight_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<bool>("overview");
        QTest::newRow("4,000 in sight: dots") << 0.25 << true;
        QTest::newRow("a few hundred in sight: full detail") << 2.0 << false;
    }

    void viewPaintsWhatIsInSight()
    {
        // A big graph on a grid, painted as the view paints it: the scene rectangle in sight given.
        QFETCH(qreal, zoom);
        QFETCH(bool, overview);
        const Graph::GraphModel model = FriseTest::generatedGraph(5000);
        Graph::Positions positions;
        for (int i = 0; i < model.nodeCount(); ++i)
            positions.insert(model.nodes()[i].key, QPointF(20.0 * (i % 200), 20.0 * (i / 200)));
        Graph::GraphPaintOptions options;
        options.minLabelPixels = 12;
        const Graph::GraphPainter painter(model, positions, options);
        QImage image(1600, 800, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        // Only the left half of the canvas is "in sight"; the right half must stay untouched.
        const QRectF visible(QPointF(-20, -20), QSizeF(800 / zoom, 800 / zoom));
        int inSight = 0;
        for (int i = 0; i < model.nodeCount(); ++i)
            inSight += visible.contains(painter.position(i));
        QCOMPARE(inSight > Graph::GraphPainter::detailedNodeLimit, overview);
        QPainter p(&image);
        p.scale(zoom, zoom);
        p.translate(-visible.topLeft());
        painter.paintScene(&p, visible);
        p.end();
        // Every node in sight is drawn (its centre pixel is not the background).
        int drawn = 0;
        int checked = 0;
        for (int i = 0; i < model.nodeCount(); i += 7) {
            const QPointF at = (painter.position(i) - visible.topLeft()) * zoom;
            if (at.x() < 2 || at.y() < 2 || at.x() > 790 || at.y() > 790)
                continue;
            ++checked;
            drawn += image.pixel(at.toPoint()) != qRgb(255, 255, 255);
        }
        QVERIFY(checked > 20);
        QCOMPARE(drawn, checked);
        // Nodes beyond what is in sight are skipped (edges leaving the view are drawn whole, so none here;
        // labels may hang a little past its edge).
        const Graph::GraphPainter nodesOnly(Graph::GraphModel::fromParts(model.nodes(), {}), positions, options);
        image.fill(Qt::white);
        p.begin(&image);
        p.scale(zoom, zoom);
        p.translate(-visible.topLeft());
        nodesOnly.paintScene(&p, visible);
        p.end();
        // Past the sight's margin (40 points) and the biggest node's radius.
        const int clear = int(std::ceil((visible.width() + 40 + 40) * zoom));
        QVERIFY(clear < image.width() - 100);
        for (int y = 0; y < image.height(); y += 3)
            for (int x = clear; x < image.width(); x += 3)
                QCOMPARE(image.pixel(x, y), qRgb(255, 255, 255));
    }

    void cacheIsUsed()
    {
        QTemporaryDir dir;
        MemoryLayoutCache cache;
        const QString path = dir.filePath(QStringLiteral("g.gexf"));
        QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, {}, nullptr, &cache));
        QCOMPARE(cache.size(), 1);
        QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, {}, nullptr, &cache));
        QCOMPARE(cache.size(), 1);
        // An "as of" export reuses the whole graph's positions rather than laying out again.
        GraphExportOptions asOf;
        asOf.asOfMinutes = FriseTest::minutesAt(2016, 1, 1);
        QVERIFY(GraphExport::exportDataset(FriseTest::sampleGraphDataset(), path, asOf, nullptr, &cache));
        QCOMPARE(cache.size(), 1);
    }
};

QTEST_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
