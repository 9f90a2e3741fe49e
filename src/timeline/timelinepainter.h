// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QSet>
#include <QStaticText>

#include <array>
#include <vector>

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
 *
 * A frame must cost a few milliseconds with a million events behind it, so on
 * raster targets the painter keeps what does not change between frames:
 * fonts and their metrics, shaped texts (QStaticText) of headers, counts and
 * axis labels, and sprites of diamonds and "+N" chips. Lines are whole-pixel
 * fills. Vector targets (SVG, PDF) get plain drawing calls.
 */
class TimelinePainter
{
public:
    explicit TimelinePainter(TimelineStyle style = {});

    void paint(QPainter *painter, const TimelineLayout &layout, const PaintState &state) const;
    const TimelineStyle &style() const { return m_style; }

    /// Text in @p colour (a lane's, an era's) made readable on @p background: darker on light, lighter on dark.
    static QColor inkOn(const QColor &colour, const QColor &background);
    /// "As of 12 Mar 2024" / "Au 12 mars 2024".
    static QString asOfLabel(qint64 minutes, Language language);
    /// "1 event", "1,250 events" / "1 événement", "1 250 événements": content language, not UI language.
    static QString eventCountLabel(int count, Language language);

private:
    enum FontSlot { EraFont, HeaderFont, CountFont, ClusterFont, AxisFont, AxisStrongFont, AsOfFont, FontSlots };
    /// A text shaped once for a font, with its advance.
    struct ShapedText
    {
        QStaticText text;
        double width = 0;
    };
    /// What a frame knows about its target.
    struct Target
    {
        QPainter *p = nullptr;
        bool raster = false; ///< raster engine: shaped texts pay off
        bool sprites = false; ///< and unscaled: sprites are exact
        const QFont *font = nullptr; ///< the font last set on the painter, null when unknown
    };

    void setFont(Target &t, const QFont &font) const;
    const ShapedText &shaped(FontSlot slot, const QString &text) const;
    /// Draws @p text from @p x, vertically centred in [top, top + height], like drawText(rect, AlignVCenter);
    /// shaped once and kept when @p cache.
    void drawText(
        Target &t, FontSlot slot, double x, double top, double height, const QString &text, bool cache = true) const;
    double advance(FontSlot slot, const QString &text) const;
    /// @p text elided to @p width, cached (lane labels do not change between frames).
    const QString &elided(FontSlot slot, const QString &text, double width) const;
    /// A 1 px vertical or horizontal line as a whole-pixel fill.
    static void fillLine(QPainter *p, double x0, double y0, double x1, double y1, const QColor &colour);
    void paintBands(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;
    void paintLanes(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;
    void paintItems(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;
    void paintAxis(Target &t, const TimelineLayout &layout, const PaintState &s) const;
    QRectF asOfTagRect(const TimelineLayout &layout, const PaintState &s) const;
    void paintAsOf(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const;

    /// A diamond drawn once into an image, for raster targets (blits beat rasterising paths).
    const QImage &diamondSprite(const QColor &colour, double size) const;
    static void drawDiamond(QPainter *p, QPointF centre, double radius, const QColor &colour, const QColor &outline);
    /// An overflow chip with its "+N" drawn once, for the same targets as diamonds.
    const QImage &chipSprite(const QColor &colour, QSizeF size, bool pill, int count) const;
    static void drawChip(QPainter *p, const QRectF &r, const QColor &colour, bool pill);

    /// Fonts resolved for the target's DPI, so that setFont() shares them instead of copying.
    void prepareFonts(QPainter *p, const TimelineLayout &layout) const;

    TimelineStyle m_style;
    mutable int m_fontDpi = 0;
    mutable std::array<QFont, FontSlots> m_fonts;
    mutable std::vector<QFontMetricsF> m_metrics; ///< per FontSlot
    mutable std::array<double, FontSlots> m_ascent {};
    mutable std::array<double, FontSlots> m_descent {};
    mutable QFont m_labelSource; ///< the layout's label font the two below derive from
    mutable QFont m_labelFont;
    mutable QFont m_strongLabelFont;
    mutable std::vector<QFontMetricsF> m_labelMetrics; ///< label, strong label
    mutable std::array<double, 2> m_labelAscent {};
    mutable std::array<double, 2> m_labelDescent {};
    mutable QHash<quint64, QImage> m_sprites;
    struct ChipKey
    {
        QRgb colour = 0;
        int width = 0; ///< quarter pixels
        int height = 0;
        bool pill = false;
        int count = 0;
        friend bool operator==(const ChipKey &, const ChipKey &) = default;
        friend size_t qHash(const ChipKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.colour, k.width, k.height, k.pill, k.count);
        }
    };
    mutable QHash<ChipKey, QImage> m_chips;
    mutable std::array<QHash<QString, ShapedText>, FontSlots> m_shaped;
    struct Elided
    {
        double width = 0;
        QString text;
    };
    mutable std::array<QHash<QString, Elided>, FontSlots> m_elided;
};

} // namespace Frise::Timeline
