// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/language.h"
#include "core/relation.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainterPath>

namespace Frise::Graph {

/// The outline a node is drawn with; one per actor kind, so kinds read without colour.
enum class NodeShape {
    Circle, ///< person
    RoundedSquare, ///< company
    Hexagon, ///< platform
    Diamond, ///< regulator
    Triangle, ///< court
    Square, ///< outlet
    Octagon, ///< other
    Star, ///< dispute hub
};

/**
 * Shapes, colours and labels of the relationship graph, shared by the view,
 * the image exports and the data exports so they all read the same way.
 *
 * Labels come in two flavours: name() goes through tr() and follows the UI
 * language; label() gives the text of one content language, because exports
 * (GEXF, GraphML, `--lang`) need French and English at the same time, whatever
 * the UI language is.
 */
class GraphStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Graph::GraphStyle)

public:
    static NodeShape shapeFor(Actor::Kind kind);
    static QColor colourFor(Actor::Kind kind);
    static QColor colourFor(Relation::Type type);
    /// Dashed for threats, dotted for ended ties ("left"), solid otherwise.
    static Qt::PenStyle penStyleFor(Relation::Type type);

    /// Relation type in the UI language ("sues" / "poursuit en justice").
    static QString name(Relation::Type type);
    /// Relation type in content language @p language.
    static QString label(Relation::Type type, Language language);
    /// Actor kind in the UI language.
    static QString name(Actor::Kind kind);
    /// Actor kind in content language @p language.
    static QString label(Actor::Kind kind, Language language);
    /// "Dispute" in content language @p language (hub nodes, "involved in" edges).
    static QString disputeLabel(Language language);
    static QString partyLabel(Language language);
    /// Legend headings in content language @p language.
    static QString actorsHeading(Language language);
    static QString relationsHeading(Language language);
    static QString asOfLabel(Language language);

    /// Node outline of @p shape centred on @p centre, fitting a circle of @p radius.
    static QPainterPath shapePath(NodeShape shape, QPointF centre, qreal radius);
};

} // namespace Frise::Graph
