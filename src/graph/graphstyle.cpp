// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphstyle.h"

#include <QtMath>

namespace Frise::Graph {

namespace {

struct Words
{
    const char *en; ///< also the tr() source text
    const char *fr;
};

// The English column doubles as the source text of tr(); the French column is
// the content-language label exports need whatever the UI language is. Keep it
// in step with frise_fr.ts.
constexpr const char *context = "Frise::Graph::GraphStyle";

Words relationWords(Relation::Type type)
{
    switch (type) {
    case Relation::Type::Sues:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "sues"), "poursuit en justice"};
    case Relation::Type::ThreatensToSue:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "threatens to sue"), "menace de poursuivre"};
    case Relation::Type::InvestsIn:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "invests in"), "investit dans"};
    case Relation::Type::LicensesDataTo:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "licenses data to"), "concède des données à"};
    case Relation::Type::Cofounded:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "cofounded"), "a cofondé"};
    case Relation::Type::Left:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "left"), "a quitté"};
    case Relation::Type::CompetesWith:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "competes with"), "concurrence"};
    case Relation::Type::Blocks:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "blocks"), "bloque"};
    case Relation::Type::PartnersWith:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "partners with"), "s’associe à"};
    }
    return {"", ""};
}

Words kindWords(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Person"), "Personne"};
    case Actor::Kind::Company:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Company"), "Entreprise"};
    case Actor::Kind::Platform:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Platform"), "Plateforme"};
    case Actor::Kind::Regulator:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Regulator"), "Régulateur"};
    case Actor::Kind::Court:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Court"), "Tribunal"};
    case Actor::Kind::Outlet:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Outlet"), "Média"};
    case Actor::Kind::Other:
        return {QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Other"), "Autre"};
    }
    return {"", ""};
}

QString pick(const Words &words, Language language)
{
    return QString::fromUtf8(language == Language::French ? words.fr : words.en);
}

QPainterPath polygon(QPointF centre, qreal radius, int sides, qreal startDegrees)
{
    QPolygonF points;
    for (int i = 0; i < sides; ++i) {
        const qreal angle = qDegreesToRadians(startDegrees + 360.0 * i / sides);
        points << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

} // namespace

NodeShape GraphStyle::shapeFor(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return NodeShape::Circle;
    case Actor::Kind::Company:
        return NodeShape::RoundedSquare;
    case Actor::Kind::Platform:
        return NodeShape::Hexagon;
    case Actor::Kind::Regulator:
        return NodeShape::Diamond;
    case Actor::Kind::Court:
        return NodeShape::Triangle;
    case Actor::Kind::Outlet:
        return NodeShape::Square;
    case Actor::Kind::Other:
        return NodeShape::Octagon;
    }
    return NodeShape::Circle;
}

QColor GraphStyle::colourFor(Actor::Kind kind)
{
    // Okabe–Ito palette: tells kinds apart for colour-blind readers too.
    switch (kind) {
    case Actor::Kind::Person:
        return QColor(0xE6, 0x9F, 0x00);
    case Actor::Kind::Company:
        return QColor(0x00, 0x72, 0xB2);
    case Actor::Kind::Platform:
        return QColor(0x00, 0x9E, 0x73);
    case Actor::Kind::Regulator:
        return QColor(0xCC, 0x79, 0xA7);
    case Actor::Kind::Court:
        return QColor(0x7A, 0x5C, 0x3E);
    case Actor::Kind::Outlet:
        return QColor(0x56, 0xB4, 0xE9);
    case Actor::Kind::Other:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

QColor GraphStyle::colourFor(Relation::Type type)
{
    switch (type) {
    case Relation::Type::Sues:
        return QColor(0xC6, 0x28, 0x28);
    case Relation::Type::ThreatensToSue:
        return QColor(0xEF, 0x6C, 0x00);
    case Relation::Type::InvestsIn:
        return QColor(0x2E, 0x7D, 0x32);
    case Relation::Type::LicensesDataTo:
        return QColor(0x00, 0x83, 0x8F);
    case Relation::Type::Cofounded:
        return QColor(0x15, 0x65, 0xC0);
    case Relation::Type::Left:
        return QColor(0x75, 0x75, 0x75);
    case Relation::Type::CompetesWith:
        return QColor(0x8E, 0x24, 0xAA);
    case Relation::Type::Blocks:
        return QColor(0x4E, 0x34, 0x2E);
    case Relation::Type::PartnersWith:
        return QColor(0x43, 0xA0, 0x47);
    }
    return Qt::black;
}

Qt::PenStyle GraphStyle::penStyleFor(Relation::Type type)
{
    switch (type) {
    case Relation::Type::ThreatensToSue:
        return Qt::DashLine;
    case Relation::Type::Left:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

QString GraphStyle::name(Relation::Type type)
{
    return QCoreApplication::translate(context, relationWords(type).en);
}

QString GraphStyle::label(Relation::Type type, Language language)
{
    return pick(relationWords(type), language);
}

QString GraphStyle::name(Actor::Kind kind)
{
    return QCoreApplication::translate(context, kindWords(kind).en);
}

QString GraphStyle::label(Actor::Kind kind, Language language)
{
    return pick(kindWords(kind), language);
}

QString GraphStyle::disputeLabel(Language language)
{
    return pick({QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Dispute"), "Litige"}, language);
}

QString GraphStyle::partyLabel(Language language)
{
    return pick({QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "party to"), "partie à"}, language);
}

QString GraphStyle::actorsHeading(Language language)
{
    return pick({QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Actors"), "Acteurs"}, language);
}

QString GraphStyle::relationsHeading(Language language)
{
    return pick({QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "Relations"), "Relations"}, language);
}

QString GraphStyle::asOfLabel(Language language)
{
    return pick({QT_TRANSLATE_NOOP("Frise::Graph::GraphStyle", "As of %1"), "Au %1"}, language);
}

QPainterPath GraphStyle::shapePath(NodeShape shape, QPointF centre, qreal radius)
{
    QPainterPath path;
    switch (shape) {
    case NodeShape::Circle:
        path.addEllipse(centre, radius, radius);
        return path;
    case NodeShape::RoundedSquare: {
        const qreal half = radius * 0.88;
        path.addRoundedRect(
            QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half), radius * 0.3, radius * 0.3);
        return path;
    }
    case NodeShape::Square: {
        const qreal half = radius * 0.85;
        path.addRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half));
        return path;
    }
    case NodeShape::Hexagon:
        return polygon(centre, radius, 6, 0);
    case NodeShape::Diamond:
        return polygon(centre, radius * 1.1, 4, -90);
    case NodeShape::Triangle:
        return polygon(centre + QPointF(0, radius * 0.15), radius * 1.15, 3, -90);
    case NodeShape::Octagon:
        return polygon(centre, radius, 8, 22.5);
    case NodeShape::Star: {
        QPolygonF points;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 == 0 ? radius * 1.1 : radius * 0.5;
            const qreal angle = qDegreesToRadians(-90.0 + 36.0 * i);
            points << centre + QPointF(r * qCos(angle), r * qSin(angle));
        }
        path.addPolygon(points);
        path.closeSubpath();
        return path;
    }
    }
    path.addEllipse(centre, radius, radius);
    return path;
}

} // namespace Frise::Graph
