// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphexport.h"

#include "graphalttext.h"
#include "graphpainter.h"
#include "graphstyle.h"
#include "layoutcache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <cmath>

namespace Frise::Graph {

namespace {

constexpr auto gexfNamespace = "http://gexf.net/1.3";
constexpr auto gexfVizNamespace = "http://gexf.net/1.3/viz";
constexpr auto graphmlNamespace = "http://graphml.graphdrawing.org/xmlns";
constexpr auto xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
constexpr int maxImageSide = 4096;

QString nodeTypeCode(const GraphNode &node)
{
    return node.type == GraphNode::Type::Dispute ? QStringLiteral("dispute") : QStringLiteral("actor");
}

QString edgeTypeCode(const GraphEdge &edge)
{
    return edge.type == GraphEdge::Type::DisputeParty ? QStringLiteral("party") : relationTypeCode(edge.relationType);
}

QString nodeColourName(const GraphNode &node)
{
    if (node.type == GraphNode::Type::Dispute) {
        const QColor colour = QColor::fromString(node.colour);
        return (colour.isValid() ? colour : QColor(0x55, 0x55, 0x55)).name();
    }
    return GraphStyle::colourFor(node.kind).name();
}

QString edgeLabel(const GraphEdge &edge, Language language)
{
    return edge.type == GraphEdge::Type::DisputeParty ? GraphStyle::partyLabel(language)
                                                      : GraphStyle::label(edge.relationType, language);
}

// GEXF "date" values: the widest honest interval of a fuzzy date.
QString isoDay(qint64 minutes)
{
    return FuzzyDate::dateTimeFromMinutes(minutes).date().toString(Qt::ISODate);
}

bool hasPosition(const Positions &positions, const QString &key)
{
    const auto it = positions.constFind(key);
    return it != positions.cend() && std::isfinite(it->x()) && std::isfinite(it->y());
}

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

bool finishWrite(QXmlStreamWriter &xml)
{
    return !xml.hasError();
}

GraphPaintOptions exportPaintOptions(const GraphExportOptions &options)
{
    GraphPaintOptions paintOptions;
    paintOptions.language = options.language;
    paintOptions.asOfMinutes = options.asOfMinutes;
    paintOptions.dropInactive = true;
    return paintOptions;
}

} // namespace

bool GraphExport::parseAsOf(const QString &text, qint64 *minutes, QString *error)
{
    QString problem;
    int column = 0;
    const FuzzyDate date = FuzzyDate::fromIsoText(text.trimmed(), &problem, &column);
    if (!date.isValid()) {
        if (error)
            *error = tr("Bad date \"%1\" (column %2): %3").arg(text).arg(column + 1).arg(problem);
        return false;
    }
    *minutes = date.latestMinutes();
    return true;
}

GraphExport::Format GraphExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("gexf"))
        return Format::Gexf;
    if (suffix == QLatin1String("graphml"))
        return Format::GraphMl;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return Format::Dot;
    return Format::Auto;
}

QByteArray GraphExport::dotQuoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out += "\\\"";
        else if (c == QLatin1Char('\\'))
            out += "\\\\";
        else if (c == QLatin1Char('\n'))
            out += "\\n";
        else if (c.unicode() < 0x20)
            out += ' '; // other control characters have no place in a label
        else
            out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

bool GraphExport::writeGexf(const GraphModel &model, const Positions &positions, QIODevice *device)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(gexfNamespace));
    xml.writeNamespace(QString::fromLatin1(gexfVizNamespace), QStringLiteral("viz"));
    xml.writeNamespace(QString::fromLatin1(xsiNamespace), QStringLiteral("xsi"));
    xml.writeStartElement(QString::fromLatin1(gexfNamespace), QStringLiteral("gexf"));
    xml.writeAttribute(QString::fromLatin1(xsiNamespace), QStringLiteral("schemaLocation"),
        QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Frise " FRISE_VERSION));
    xml.writeTextElement(QStringLiteral("description"), QStringLiteral("Relationship graph"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    xml.writeAttribute(QStringLiteral("timerepresentation"), QStringLiteral("interval"));

    auto declare = [&xml](const QString &cls, const QList<std::pair<QString, QString>> &attributes) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), cls);
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
        for (const auto &[id, type] : attributes) {
            xml.writeEmptyElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeAttribute(QStringLiteral("title"), id);
            xml.writeAttribute(QStringLiteral("type"), type);
        }
        xml.writeEndElement();
    };
    const QString string = QStringLiteral("string");
    declare(QStringLiteral("node"),
        {{QStringLiteral("type"), string}, {QStringLiteral("kind"), string}, {QStringLiteral("kind_fr"), string},
            {QStringLiteral("kind_en"), string}, {QStringLiteral("label_fr"), string},
            {QStringLiteral("label_en"), string}, {QStringLiteral("involvement"), QStringLiteral("integer")}});
    declare(QStringLiteral("edge"),
        {{QStringLiteral("type"), string}, {QStringLiteral("label_fr"), string}, {QStringLiteral("label_en"), string},
            {QStringLiteral("start_date"), string}, {QStringLiteral("end_date"), string}});

    auto attvalue = [&xml](const QString &id, const QString &value) {
        xml.writeEmptyElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), id);
        xml.writeAttribute(QStringLiteral("value"), value);
    };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const GraphNode &node : model.nodes()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.key);
        xml.writeAttribute(QStringLiteral("label"), node.label.textOrFallback(Language::English));
        if (node.hasStart())
            xml.writeAttribute(QStringLiteral("start"), isoDay(node.startMinutes));
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(QStringLiteral("type"), nodeTypeCode(node));
        if (node.type == GraphNode::Type::Actor) {
            attvalue(QStringLiteral("kind"), actorKindCode(node.kind));
            attvalue(QStringLiteral("kind_fr"), GraphStyle::label(node.kind, Language::French));
            attvalue(QStringLiteral("kind_en"), GraphStyle::label(node.kind, Language::English));
        }
        attvalue(QStringLiteral("label_fr"), node.label.fr);
        attvalue(QStringLiteral("label_en"), node.label.en);
        attvalue(QStringLiteral("involvement"), QString::number(node.involvement));
        xml.writeEndElement();
        const QColor colour = QColor::fromString(nodeColourName(node));
        xml.writeEmptyElement(QString::fromLatin1(gexfVizNamespace), QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(colour.red()));
        xml.writeAttribute(QStringLiteral("g"), QString::number(colour.green()));
        xml.writeAttribute(QStringLiteral("b"), QString::number(colour.blue()));
        if (hasPosition(positions, node.key)) {
            const QPointF p = positions.value(node.key);
            xml.writeEmptyElement(QString::fromLatin1(gexfVizNamespace), QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(p.x()));
            xml.writeAttribute(QStringLiteral("y"), number(-p.y())); // GEXF: y up
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0.0"));
        }
        xml.writeEmptyElement(QString::fromLatin1(gexfVizNamespace), QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"), number(GraphLayout::nodeRadius(node)));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    for (const GraphEdge &edge : model.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edge.key);
        xml.writeAttribute(QStringLiteral("source"), model.nodes()[edge.from].key);
        xml.writeAttribute(QStringLiteral("target"), model.nodes()[edge.to].key);
        xml.writeAttribute(QStringLiteral("label"), edgeLabel(edge, Language::English));
        if (edge.start.isValid())
            xml.writeAttribute(QStringLiteral("start"), isoDay(edge.start.earliestMinutes()));
        if (edge.end.isValid())
            xml.writeAttribute(QStringLiteral("end"), isoDay(edge.end.latestMinutes()));
        xml.writeStartElement(QStringLiteral("attvalues"));
        attvalue(QStringLiteral("type"), edgeTypeCode(edge));
        attvalue(QStringLiteral("label_fr"), edgeLabel(edge, Language::French));
        attvalue(QStringLiteral("label_en"), edgeLabel(edge, Language::English));
        if (edge.start.isValid())
            attvalue(QStringLiteral("start_date"), edge.start.toIsoText());
        if (edge.end.isValid())
            attvalue(QStringLiteral("end_date"), edge.end.toIsoText());
        xml.writeEndElement();
        if (edge.type == GraphEdge::Type::Relation) {
            const QColor colour = GraphStyle::colourFor(edge.relationType);
            xml.writeEmptyElement(QString::fromLatin1(gexfVizNamespace), QStringLiteral("color"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(colour.red()));
            xml.writeAttribute(QStringLiteral("g"), QString::number(colour.green()));
            xml.writeAttribute(QStringLiteral("b"), QString::number(colour.blue()));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return finishWrite(xml);
}

bool GraphExport::writeGraphMl(const GraphModel &model, const Positions &positions, QIODevice *device)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(graphmlNamespace));
    xml.writeNamespace(QString::fromLatin1(xsiNamespace), QStringLiteral("xsi"));
    xml.writeStartElement(QString::fromLatin1(graphmlNamespace), QStringLiteral("graphml"));
    xml.writeAttribute(QString::fromLatin1(xsiNamespace), QStringLiteral("schemaLocation"),
        QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));

    struct Key
    {
        const char *id;
        const char *domain;
        const char *name;
        const char *type;
    };
    static constexpr Key keys[] = {
        {"n_type", "node", "type", "string"},
        {"n_kind", "node", "kind", "string"},
        {"n_label_fr", "node", "label_fr", "string"},
        {"n_label_en", "node", "label_en", "string"},
        {"n_involvement", "node", "involvement", "int"},
        {"n_start", "node", "start", "string"},
        {"n_colour", "node", "colour", "string"},
        {"n_x", "node", "x", "double"},
        {"n_y", "node", "y", "double"},
        {"e_type", "edge", "type", "string"},
        {"e_label_fr", "edge", "label_fr", "string"},
        {"e_label_en", "edge", "label_en", "string"},
        {"e_start", "edge", "start", "string"},
        {"e_end", "edge", "end", "string"},
        {"e_start_earliest", "edge", "start_earliest", "string"},
        {"e_end_latest", "edge", "end_latest", "string"},
    };
    for (const Key &key : keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(key.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(key.type));
    }
    auto data = [&xml](const char *key, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("frise"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const GraphNode &node : model.nodes()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.key);
        data("n_type", nodeTypeCode(node));
        if (node.type == GraphNode::Type::Actor)
            data("n_kind", actorKindCode(node.kind));
        data("n_label_fr", node.label.fr);
        data("n_label_en", node.label.en);
        data("n_involvement", QString::number(node.involvement));
        if (node.hasStart())
            data("n_start", isoDay(node.startMinutes));
        data("n_colour", nodeColourName(node));
        if (hasPosition(positions, node.key)) {
            data("n_x", number(positions.value(node.key).x()));
            data("n_y", number(positions.value(node.key).y()));
        }
        xml.writeEndElement();
    }
    for (const GraphEdge &edge : model.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edge.key);
        xml.writeAttribute(QStringLiteral("source"), model.nodes()[edge.from].key);
        xml.writeAttribute(QStringLiteral("target"), model.nodes()[edge.to].key);
        data("e_type", edgeTypeCode(edge));
        data("e_label_fr", edgeLabel(edge, Language::French));
        data("e_label_en", edgeLabel(edge, Language::English));
        if (edge.start.isValid()) {
            data("e_start", edge.start.toIsoText());
            data("e_start_earliest", isoDay(edge.start.earliestMinutes()));
        }
        if (edge.end.isValid()) {
            data("e_end", edge.end.toIsoText());
            data("e_end_latest", isoDay(edge.end.latestMinutes()));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return finishWrite(xml);
}

bool GraphExport::writeDot(const GraphModel &model, const Positions &positions, Language language, QIODevice *device)
{
    QByteArray out;
    out += "digraph \"frise\" {\n";
    out += "  graph [charset=\"UTF-8\", layout=\"neato\", overlap=\"prism\", splines=\"true\"];\n";
    out += "  node [style=\"filled\", fontname=\"Noto Sans\", fontsize=\"10\", fontcolor=\"#212121\"];\n";
    out += "  edge [fontname=\"Noto Sans\", fontsize=\"8\"];\n";
    for (const GraphNode &node : model.nodes()) {
        out += "  " + dotQuoted(node.key) + " [label=" + dotQuoted(node.label.textOrFallback(language));
        out += ", label_fr=" + dotQuoted(node.label.fr) + ", label_en=" + dotQuoted(node.label.en);
        out += ", type=" + dotQuoted(nodeTypeCode(node));
        if (node.type == GraphNode::Type::Actor) {
            out += ", kind=" + dotQuoted(actorKindCode(node.kind));
            static constexpr const char *shapes[]
                = {"ellipse", "box", "hexagon", "diamond", "triangle", "box", "octagon", "star"};
            out += ", shape=" + dotQuoted(QString::fromLatin1(shapes[int(GraphStyle::shapeFor(node.kind))]));
        } else {
            out += ", shape=\"star\"";
        }
        out += ", fillcolor=" + dotQuoted(nodeColourName(node));
        if (node.hasStart())
            out += ", start=" + dotQuoted(isoDay(node.startMinutes));
        if (hasPosition(positions, node.key)) {
            const QPointF p = positions.value(node.key);
            out += ", pos=" + dotQuoted(number(p.x()) + QLatin1Char(',') + number(-p.y()));
        }
        out += "];\n";
    }
    for (const GraphEdge &edge : model.edges()) {
        out += "  " + dotQuoted(model.nodes()[edge.from].key) + " -> " + dotQuoted(model.nodes()[edge.to].key);
        out += " [id=" + dotQuoted(edge.key) + ", label=" + dotQuoted(edgeLabel(edge, language));
        out += ", type=" + dotQuoted(edgeTypeCode(edge));
        if (edge.type == GraphEdge::Type::Relation) {
            const QColor colour = GraphStyle::colourFor(edge.relationType);
            out += ", color=" + dotQuoted(colour.name()) + ", fontcolor=" + dotQuoted(colour.name());
            if (GraphStyle::penStyleFor(edge.relationType) == Qt::DashLine)
                out += ", style=\"dashed\"";
            else if (GraphStyle::penStyleFor(edge.relationType) == Qt::DotLine)
                out += ", style=\"dotted\"";
        } else {
            out += ", style=\"dashed\", color=\"#9e9e9e\"";
        }
        if (edge.start.isValid())
            out += ", start=" + dotQuoted(edge.start.toIsoText());
        if (edge.end.isValid())
            out += ", end=" + dotQuoted(edge.end.toIsoText());
        out += "];\n";
    }
    out += "}\n";
    return device->write(out) == out.size();
}

bool GraphExport::exportModel(const GraphModel &model, const Positions &positions, const QString &path,
    const GraphExportOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Format format = options.format == Format::Auto ? formatForPath(path) : options.format;
    if (format == Format::Auto)
        return fail(tr("%1: unknown graph format; use .png, .svg, .pdf, .gexf, .graphml or .dot.").arg(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));

    bool written = false;
    const GraphPainter painter(model, positions, exportPaintOptions(options));
    const bool image = format == Format::Png || format == Format::Svg || format == Format::Pdf;
    const AltText alt = image ? GraphAltText::describe(painter, options.title) : AltText();
    switch (format) {
    case Format::Gexf:
        written = writeGexf(model, positions, &file);
        break;
    case Format::GraphMl:
        written = writeGraphMl(model, positions, &file);
        break;
    case Format::Dot:
        written = writeDot(model, positions, options.language, &file);
        break;
    case Format::Png: {
        const QSizeF natural = painter.naturalPageSize(options.title);
        qreal scale = options.dpi / 72.0;
        QSize pixels = options.imageSize;
        if (!pixels.isValid() || pixels.isEmpty()) {
            scale = std::min(scale, maxImageSide / std::max(natural.width(), natural.height()));
            pixels = (natural * scale).toSize();
        }
        pixels = pixels.boundedTo(QSize(maxImageSide * 2, maxImageSide * 2)).expandedTo(QSize(16, 16));
        QImage picture(pixels, QImage::Format_ARGB32_Premultiplied);
        picture.setDotsPerMeterX(qRound(options.dpi / 0.0254));
        picture.setDotsPerMeterY(qRound(options.dpi / 0.0254));
        picture.fill(Qt::white);
        {
            QPainter p(&picture);
            p.scale(scale, scale);
            painter.paintPage(&p, QRectF(0, 0, pixels.width() / scale, pixels.height() / scale), options.title);
        }
        if (!options.title.isEmpty())
            picture.setText(QStringLiteral("Title"), options.title);
        // "Description", a keyword the PNG specification defines; Qt writes it as iTXt when not Latin-1.
        picture.setText(QStringLiteral("Description"), alt.fileText().trimmed());
        written = picture.save(&file, "PNG");
        break;
    }
    case Format::Svg: {
        const QSizeF natural = painter.naturalPageSize(options.title);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(natural.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), natural));
        svg.setResolution(72);
        svg.setTitle(alt.summary);
        svg.setDescription(alt.description);
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("Cannot write %1: %2").arg(path, tr("SVG output failed")));
        painter.paintPage(&p, QRectF(QPointF(0, 0), natural), options.title);
        written = p.end();
        break;
    }
    case Format::Pdf: {
        const QSizeF natural = painter.naturalPageSize(options.title);
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Frise"));
        const QString title = options.title.isEmpty() ? alt.summary : options.title;
        pdf.setTitle(title);
        pdf.setDocumentXmpMetadata(alt.xmpPacket(title, options.language));
        pdf.setPageSize(QPageSize(natural, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("Cannot write %1: %2").arg(path, tr("PDF output failed")));
        const qreal scale = pdf.resolution() / 72.0;
        p.scale(scale, scale);
        painter.paintPage(&p, QRectF(QPointF(0, 0), natural), options.title);
        written = p.end();
        break;
    }
    case Format::Auto:
        break;
    }
    if (!written) {
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    // The text alternative is written before the image replaces anything: when it cannot be, nothing changes.
    const QString altPath = AltText::pathBeside(path);
    QSaveFile altFile(altPath);
    const bool withAltFile = image && options.altTextFile;
    if (withAltFile && (!altFile.open(QIODevice::WriteOnly) || altFile.write(alt.fileText().toUtf8()) < 0)) {
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(altPath, altFile.errorString()));
    }
    if (!file.commit()) {
        altFile.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (withAltFile && !altFile.commit())
        return fail(tr("Cannot write %1: %2").arg(altPath, altFile.errorString()));
    return true;
}

AltText GraphExport::altText(const GraphModel &model, const Positions &positions, const GraphExportOptions &options)
{
    return GraphAltText::describe(GraphPainter(model, positions, exportPaintOptions(options)), options.title);
}

bool GraphExport::exportDataset(
    const Dataset &dataset, const QString &path, const GraphExportOptions &options, QString *error, LayoutCache *cache)
{
    GraphModelOptions modelOptions;
    modelOptions.includeDisputes = options.includeDisputes;
    const GraphModel full = GraphModel::fromDataset(dataset, modelOptions);
    const GraphModel model = options.asOfMinutes ? full.asOf(*options.asOfMinutes) : full;
    auto covers = [&model](const Positions &positions) {
        return std::all_of(model.nodes().cbegin(), model.nodes().cend(),
            [&](const GraphNode &node) { return hasPosition(positions, node.key); });
    };

    Positions positions = options.positions;
    if (!covers(positions)) {
        // The whole graph's cached layout first (what the view shows, so an
        // "as of" export keeps the familiar picture), then this graph's own.
        LayoutOptions layoutOptions = options.layout;
        const QString fullKey = GraphLayout::layoutKey(full, layoutOptions);
        const QString key = GraphLayout::layoutKey(model, layoutOptions);
        std::optional<CachedLayout> cached = cache ? cache->load(fullKey) : std::nullopt;
        if ((!cached || !covers(cached->positions)) && cache && key != fullKey)
            cached = cache->load(key);
        if (cached && covers(cached->positions)) {
            positions = cached->positions;
        } else {
            if (cached) {
                for (const QString &pinned : std::as_const(cached->pinned)) {
                    if (cached->positions.contains(pinned))
                        layoutOptions.pinned.insert(pinned, cached->positions.value(pinned));
                }
            }
            const LayoutResult result = GraphLayout::run(model, layoutOptions);
            if (!result.isValid()) {
                if (error)
                    *error = result.error;
                return false;
            }
            positions = result.positions;
            if (cache)
                cache->save(key, {positions, cached ? cached->pinned : QSet<QString>()});
        }
    }
    return exportModel(model, positions, path, options, error);
}

} // namespace Frise::Graph
