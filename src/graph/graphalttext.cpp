// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphalttext.h"

#include "graphpainter.h"
#include "graphstyle.h"

#include <QStringBuilder>

#include <algorithm>

namespace Frise::Graph {

namespace {

// Alt text follows the export's language, as the image's own words do.
QString bi(Language language, const char *fr, const char *en)
{
    return QString::fromUtf8(language == Language::French ? fr : en);
}

QString countText(
    qsizetype n, Language language, const char *frOne, const char *frMany, const char *enOne, const char *enMany)
{
    return n == 1 ? bi(language, frOne, enOne) : bi(language, frMany, enMany).arg(localeFor(language).toString(n));
}

// When an edge holds, at the dates' own precision: "since April 2023", "2019 – 2022".
QString periodText(const GraphEdge &edge, Language language)
{
    const QString start = edge.start.isValid() ? edge.start.toDisplayString(language) : QString();
    const QString end = edge.end.isValid() ? edge.end.toDisplayString(language) : QString();
    if (!start.isEmpty() && !end.isEmpty())
        return start == end ? start : start % QStringLiteral(" – ") % end;
    if (!start.isEmpty())
        return bi(language, "depuis %1", "since %1").arg(start);
    if (!end.isEmpty())
        return bi(language, "jusqu’à %1", "until %1").arg(end);
    return {};
}

} // namespace

AltText GraphAltText::describe(const GraphPainter &painter, const QString &title)
{
    const GraphModel &model = painter.model();
    const Language lang = painter.options().language;
    const bool fr = lang == Language::French;
    // One line per item: line breaks go, other spacing (a French no-break space) stays.
    auto name = [&](int node) {
        QString text = model.nodes()[node].label.textOrFallback(lang);
        return text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ').trimmed();
    };

    QList<int> nodes;
    qsizetype actors = 0;
    qsizetype disputes = 0;
    for (int i = 0; i < model.nodeCount(); ++i) {
        if (!painter.drawsNode(i))
            continue;
        nodes.append(i);
        ++(model.nodes()[i].type == GraphNode::Type::Dispute ? disputes : actors);
    }
    QList<int> edges;
    qsizetype relations = 0;
    QList<int> degree(model.nodeCount(), 0);
    for (int i = 0; i < model.edgeCount(); ++i) {
        if (!painter.drawsEdge(i))
            continue;
        const GraphEdge &edge = model.edges()[i];
        edges.append(i);
        if (edge.type == GraphEdge::Type::Relation)
            ++relations;
        ++degree[edge.from];
        if (edge.to != edge.from)
            ++degree[edge.to];
    }

    QString summary = fr ? QStringLiteral("Graphe des relations") : QStringLiteral("Relationship graph");
    if (!title.isEmpty())
        summary += fr ? QStringLiteral(" «\u00a0") % title % QStringLiteral("\u00a0»")
                      : QStringLiteral(" “") % title % QStringLiteral("”");
    if (const auto asOf = painter.options().asOfMinutes) {
        // As the legend writes it: the day the date ends on.
        summary += u' '
            % GraphStyle::asOfLabel(lang).arg(
                localeFor(lang).toString(FuzzyDate::dateTimeFromMinutes(*asOf).date(), QLocale::LongFormat));
    }
    summary += (fr ? QStringLiteral("\u00a0: ") : QStringLiteral(": "))
        % countText(actors, lang, "1 acteur", "%1 acteurs", "1 actor", "%1 actors");
    if (disputes > 0)
        summary
            += QStringLiteral(", ") % countText(disputes, lang, "1 litige", "%1 litiges", "1 dispute", "%1 disputes");
    summary += bi(lang, " et ", " and ")
        % countText(relations, lang, "1 relation", "%1 relations", "1 relation", "%1 relations") % u'.';
    QList<int> ranked;
    for (int i : std::as_const(nodes)) {
        if (degree[i] > 0)
            ranked.append(i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) { return degree[a] > degree[b]; });
    if (!ranked.isEmpty()) {
        QStringList names;
        for (int i : ranked.mid(0, mostConnected))
            names.append(name(i) % QStringLiteral(" (")
                % countText(degree[i], lang, "1 lien", "%1 liens", "1 link", "%1 links") % u')');
        summary
            += u' ' % bi(lang, "Les plus liés\u00a0: ", "Most connected: ") % names.join(QStringLiteral(", ")) % u'.';
    }

    QStringList lines;
    if (!nodes.isEmpty())
        lines.append(bi(lang, "Acteurs et litiges\u00a0:", "Actors and disputes:"));
    for (int i : nodes.mid(0, maxListed)) {
        const GraphNode &node = model.nodes()[i];
        QString kind = node.type == GraphNode::Type::Dispute ? GraphStyle::disputeLabel(lang).toLower()
                                                             : GraphStyle::label(node.kind, lang).toLower();
        if (node.status)
            kind += QStringLiteral(", ") % disputeStatusName(*node.status, lang).toLower();
        lines.append(QStringLiteral("- ") % name(i) % QStringLiteral(" (") % kind % u')');
    }
    if (nodes.size() > maxListed)
        lines.append(
            bi(lang, "… et %1 autres.", "… and %1 more.").arg(localeFor(lang).toString(nodes.size() - maxListed)));
    if (!edges.isEmpty())
        lines.append(bi(lang, "Relations\u00a0:", "Relations:"));
    for (int i : edges.mid(0, maxListed)) {
        const GraphEdge &edge = model.edges()[i];
        // A party edge runs from the dispute's hub to the party; it reads from the party.
        const bool party = edge.type == GraphEdge::Type::DisputeParty;
        const QString verb = party ? GraphStyle::partyLabel(lang) : GraphStyle::label(edge.relationType, lang);
        QString line = QStringLiteral("- ") % name(party ? edge.to : edge.from) % u' ' % verb % u' '
            % name(party ? edge.from : edge.to);
        const QString period = periodText(edge, lang);
        if (!period.isEmpty())
            line += QStringLiteral(" (") % period % u')';
        lines.append(line);
    }
    if (edges.size() > maxListed)
        lines.append(
            bi(lang, "… et %1 autres.", "… and %1 more.").arg(localeFor(lang).toString(edges.size() - maxListed)));
    return {summary, lines.join(u'\n')};
}

} // namespace Frise::Graph
