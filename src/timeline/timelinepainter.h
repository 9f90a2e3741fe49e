// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QSet>

class QPainter;

namespace Frise::Timeline {

/// Colours and fonts of a drawn timeline: a sober newsroom look by default.
struct TimelineStyle
{
    QString fontFamily = QStringLiteral("Noto Sans");
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor text = QColor(0x1d, 0x23, 0x2b);
    QColor mutedText = QColor(0x66, 0x6f, 0x7a);
    QColor grid = QColor(0xe8, 0xea, 0xed);
    QColor gridStrong = QColor(0xd2, 0xd6, 0xdc);
    QColor laneBand = QColor(0xf6, 0xf6, 0xf3);
    QColor axisLine = QColor(0x9a, 0xa1, 0xab);
    QColor asOf = QColor(0xc0, 0x39, 0x2b);
    QColor selection = QColor(0x1d, 0x23, 0x2b);
    double axisHeight = 34;
    int labelPointSize = 9;

    QFont font(double pointSize, int weight = QFont::Normal) const;
};

/// What the painter shows on top of the layout.
struct PaintState
{
    QRectF rect; ///< the area: axis on top, then the lanes
    double plotLeft = 0; ///< x of the layout's pixel 0 (lanes' header labels start here)
    double scrollY = 0; ///< lanes scrolled up by this many pixels
    const QSet<RowId> *selection = nullptr;
    RowId hovered = 0;
    std::optional<qint64> asOf;
    Language language = Language::English;
    bool drawAxis = true;
    bool drawBackground = true;
};

/**
 * Draws a TimelineLayout with QPainter onto any paint device (widget,
 * QImage, QSvgGenerator, QPdfWriter). Only what lies in the visible part of
 * the rectangle is drawn; it never asks for data beyond the layout.
 */
class TimelinePainter
{
public:
    explicit TimelinePainter(TimelineStyle style = {});

    void paint(QPainter *painter, const TimelineLayout &layout, const PaintState &state) const;
    const TimelineStyle &style() const { return m_style; }

    /// "As of 12 Mar 2024" / "Au 12 mars 2024".
    static QString asOfLabel(qint64 minutes, Language language);

private:
    void paintLanes(QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;
    void paintItems(QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;
    void paintAxis(QPainter *p, const TimelineLayout &layout, const PaintState &s) const;
    QRectF asOfTagRect(const TimelineLayout &layout, const PaintState &s) const;
    void paintAsOf(QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;

    /// A diamond drawn once into an image, for raster targets (blits beat rasterising paths).
    const QImage &diamondSprite(const QColor &colour, double size) const;
    static void drawDiamond(QPainter *p, QPointF centre, double radius, const QColor &colour, const QColor &outline);

    TimelineStyle m_style;
    mutable QHash<quint64, QImage> m_sprites;
};

} // namespace Frise::Timeline
