// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

#include "core/contrast.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Frise::Timeline {

namespace {

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

} // namespace

QColor TimelinePainter::inkOn(const QColor &colour, const QColor &background)
{
    if (background.lightnessF() >= 0.5)
        return colour.lightnessF() > 0.45 ? colour.darker(150) : colour;
    // A dark theme: as light as it takes to read on the background.
    return Contrast::readableOn(colour, background);
}

QFont TimelineStyle::font(double pointSize, int weight) const
{
    // Pixel sizes: the same look on screens, images, SVG and PDF whatever their DPI.
    QFont f(fontFamily);
    f.setPixelSize(std::max(1, qRound(pointSize * 4.0 / 3.0)));
    f.setWeight(QFont::Weight(weight));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

TimelinePainter::TimelinePainter(TimelineStyle style)
    : m_style(std::move(style))
{ }

QString TimelinePainter::asOfLabel(qint64 minutes, Language language)
{
    const QDate date = FuzzyDate::dateTimeFromMinutes(minutes).date();
    // QLocale writes no era and pads early years ("0079"): outside 1000-9999, FuzzyDate's wording.
    const QString day = date.isValid() && date.year() >= 1000 && date.year() <= 9999
        ? localeFor(language).toString(
              date, language == Language::French ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM yyyy"))
        : FuzzyDate::containing(minutes, FuzzyDate::Precision::Day).toDisplayString(language);
    // Content language, not UI language: the export language decides.
    return language == Language::French ? QStringLiteral("Au ") % day : QStringLiteral("As of ") % day;
}

QString TimelinePainter::eventCountLabel(int count, Language language)
{
    return eventCountText(count, language);
}

namespace {

// Texts cached per font before the cache is dropped: far more than a frame shows.
constexpr qsizetype maxCachedTexts = 4096;

} // namespace

void TimelinePainter::prepareFonts(QPainter *p, const TimelineLayout &layout) const
{
    const int dpi = p->device() ? p->device()->logicalDpiY() : 96;
    if (dpi != m_fontDpi || m_metrics.empty()) {
        const QPaintDevice *device = p->device();
        auto resolved = [device](const QFont &f) { return device ? QFont(f, device) : f; };
        const double size = m_style.labelPointSize;
        m_fonts[EraFont] = resolved(m_style.font(size - 1.5, QFont::Normal));
        m_fonts[HeaderFont] = resolved(m_style.font(size, QFont::DemiBold));
        m_fonts[CountFont] = resolved(m_style.font(size - 1, QFont::Normal));
        m_fonts[ClusterFont] = resolved(m_style.font(size - 1.5, QFont::DemiBold));
        m_fonts[AxisFont] = resolved(m_style.font(size - 0.5));
        m_fonts[AxisStrongFont] = m_fonts[AxisFont];
        m_fonts[AxisStrongFont].setWeight(QFont::Bold);
        m_fonts[AsOfFont] = resolved(m_style.font(size - 1.5, QFont::DemiBold));
        m_metrics.clear();
        for (size_t i = 0; i < m_fonts.size(); ++i) {
            m_metrics.push_back(device ? QFontMetricsF(m_fonts[i], device) : QFontMetricsF(m_fonts[i]));
            m_ascent[i] = m_metrics.back().ascent();
            m_descent[i] = m_metrics.back().descent();
        }
        for (auto &cache : m_shaped)
            cache.clear();
        for (auto &cache : m_elided)
            cache.clear();
        m_labelMetrics.clear();
        m_fontDpi = dpi;
    }
    if (m_labelMetrics.empty() || layout.options().labelFont != m_labelSource) {
        const QPaintDevice *device = p->device();
        m_labelSource = layout.options().labelFont;
        m_labelFont = device ? QFont(m_labelSource, device) : m_labelSource;
        m_strongLabelFont = m_labelFont;
        m_strongLabelFont.setWeight(QFont::DemiBold);
        m_labelMetrics.clear();
        m_labelMetrics.push_back(device ? QFontMetricsF(m_labelFont, device) : QFontMetricsF(m_labelFont));
        m_labelMetrics.push_back(device ? QFontMetricsF(m_strongLabelFont, device) : QFontMetricsF(m_strongLabelFont));
        for (size_t i = 0; i < 2; ++i) {
            m_labelAscent[i] = m_labelMetrics[i].ascent();
            m_labelDescent[i] = m_labelMetrics[i].descent();
        }
    }
}

void TimelinePainter::setFont(Target &t, const QFont &font) const
{
    if (t.font == &font)
        return;
    t.p->setFont(font);
    t.font = &font;
}

const TimelinePainter::ShapedText &TimelinePainter::shaped(FontSlot slot, const QString &text) const
{
    auto &cache = m_shaped[size_t(slot)];
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > maxCachedTexts)
            cache.clear();
        ShapedText t;
        t.text = QStaticText(text);
        t.text.setTextFormat(Qt::PlainText);
        t.text.setPerformanceHint(QStaticText::AggressiveCaching);
        t.width = m_metrics[size_t(slot)].horizontalAdvance(text);
        it = cache.insert(text, t);
    }
    return *it;
}

double TimelinePainter::advance(FontSlot slot, const QString &text) const
{
    return shaped(slot, text).width;
}

const QString &TimelinePainter::elided(FontSlot slot, const QString &text, double width) const
{
    auto &cache = m_elided[size_t(slot)];
    auto it = cache.find(text);
    if (it == cache.end() || it->width != width) {
        if (cache.size() > maxCachedTexts)
            cache.clear();
        it = cache.insert(text, {width, m_metrics[size_t(slot)].elidedText(text, Qt::ElideRight, width)});
    }
    return it->text;
}

void TimelinePainter::drawText(
    Target &t, FontSlot slot, double x, double top, double height, const QString &text, bool cache) const
{
    if (text.isEmpty())
        return;
    setFont(t, m_fonts[size_t(slot)]);
    const double ascent = m_ascent[size_t(slot)];
    const double textTop = top + (height - ascent - m_descent[size_t(slot)]) / 2;
    // Texts that change from frame to frame (counts) are not worth shaping for keeps.
    if (t.raster && cache)
        t.p->drawStaticText(QPointF(x, textTop), shaped(slot, text).text);
    else
        t.p->drawText(QPointF(x, textTop + ascent), text);
}

void TimelinePainter::fillLine(QPainter *p, double x0, double y0, double x1, double y1, const QColor &colour)
{
    // A 1 px pen centred on a half pixel covers exactly this pixel column or row.
    if (x0 == x1)
        p->fillRect(QRectF(x0, std::min(y0, y1), 1, std::abs(y1 - y0)), colour);
    else
        p->fillRect(QRectF(std::min(x0, x1), y0, std::abs(x1 - x0), 1), colour);
}

void TimelinePainter::paint(QPainter *p, const TimelineLayout &layout, const PaintState &s) const
{
    Target t;
    t.p = p;
    const QPaintEngine *engine = p->paintEngine();
    t.raster = engine && engine->type() == QPaintEngine::Raster;
    // Sprites only where they are exact: raster targets drawn without scaling (the view, PNG at 96 DPI).
    t.sprites = t.raster && p->deviceTransform().type() <= QTransform::TxTranslate;
    prepareFonts(p, layout);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    const double axisH = s.drawAxis ? m_style.axisHeight : 0;
    const QRectF lanesArea(s.rect.left(), s.rect.top() + axisH, s.rect.width(), s.rect.height() - axisH);
    p->save();
    p->setClipRect(lanesArea);
    paintBands(t, layout, s, lanesArea);
    paintLanes(t, layout, s, lanesArea);
    paintItems(t, layout, s, lanesArea);
    p->restore();
    t.font = nullptr;
    if (s.drawAxis)
        paintAxis(t, layout, s);
    paintAsOf(t, layout, s, lanesArea);
    p->restore();
}

void TimelinePainter::paintBands(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    // Each pixel filled once: the background where no band lies, the bands of odd lanes.
    QPainter *p = t.p;
    const double dy = area.top() - s.scrollY;
    double filled = area.top();
    const auto &lanes = layout.lanes();
    for (size_t slot = 0; slot < lanes.size(); ++slot) {
        const LayoutLane &l = lanes[slot];
        const double top = std::max(dy + l.top, area.top());
        const double bottom = std::min(dy + l.top + l.height, area.bottom());
        if (bottom <= top)
            continue;
        if (top > filled && s.drawBackground)
            p->fillRect(QRectF(area.left(), filled, area.width(), top - filled), m_style.background);
        if (slot % 2 == 1)
            p->fillRect(QRectF(area.left(), top, area.width(), bottom - top), m_style.laneBand);
        else if (s.drawBackground)
            p->fillRect(QRectF(area.left(), top, area.width(), bottom - top), m_style.background);
        filled = bottom;
    }
    if (filled < area.bottom() && s.drawBackground)
        p->fillRect(QRectF(area.left(), filled, area.width(), area.bottom() - filled), m_style.background);
}

void TimelinePainter::paintLanes(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    QPainter *p = t.p;
    const double dx = s.plotLeft;
    const double dy = area.top() - s.scrollY;
    const double plotRight = dx + layout.options().width;
    const auto &lanes = layout.lanes();

    // Grid lines, era bands.
    const double lanesBottom = std::min(area.bottom(), dy + layout.height());
    for (const AxisTick &tick : layout.axis().ticks()) {
        if (!tick.major)
            continue;
        const double x = std::round(dx + tick.x);
        if (x + 1 < area.left() || x > area.right())
            continue;
        fillLine(p, x, area.top(), x, lanesBottom, tick.emphasised ? m_style.gridStrong : m_style.grid);
    }
    for (const LayoutEra &era : layout.eras()) {
        const QRectF r = era.rect.translated(dx, dy);
        if (!r.intersects(area))
            continue;
        const QColor c = era.colour.isValid() ? era.colour : m_style.mutedText;
        p->fillRect(r, withAlpha(c, era.opacity));
        p->setPen(QPen(withAlpha(c, 0.55), 1, Qt::DashLine));
        p->drawLine(QPointF(r.left() + 0.5, r.top()), QPointF(r.left() + 0.5, r.bottom()));
        // Where the layout found room for it: clear of lane headers, counts and other eras' labels.
        if (!era.shownLabel.isEmpty()) {
            p->setPen(inkOn(c, m_style.background));
            const QRectF tr = era.labelRect.translated(dx, dy);
            drawText(t, EraFont, tr.left(), tr.top(), tr.height(), era.shownLabel);
        }
    }

    // Lane headers.
    const Language language = s.language;
    const double labelWidth = std::max(40.0, plotRight - dx - 120);
    for (const LayoutLane &l : lanes) {
        const double top = dy + l.top;
        if (top > area.bottom() || top + l.height < area.top())
            continue;
        p->setPen(Qt::NoPen);
        p->setBrush(l.colour);
        p->drawRoundedRect(QRectF(dx, top + 7, 4, 11), 1.5, 1.5);
        p->setPen(inkOn(l.colour, m_style.background));
        if (!l.headerRect.isEmpty()) {
            // Measured and placed by the layout, which keeps era labels clear of them.
            drawText(
                t, HeaderFont, dx + l.headerRect.left() + 10, dy + l.headerRect.top(), l.headerRect.height(), l.header);
            p->setPen(m_style.mutedText);
            drawText(t, CountFont, dx + l.countRect.left(), dy + l.countRect.top(), l.countRect.height(), l.countText,
                false);
            continue;
        }
        const QString &label = elided(HeaderFont, l.label, labelWidth);
        drawText(t, HeaderFont, dx + 10, top + 3, 19, label);
        p->setPen(m_style.mutedText);
        const QString count = eventCountLabel(l.count, language);
        drawText(t, CountFont, dx + 10 + advance(HeaderFont, label) + 2 + 8, top + 3, 19, count, false);
    }

    // Histogram bins (aggregated lanes) on a square-root scale, so a lone event stays visible.
    // Opaque colours and whole pixels without antialiasing: thousands of bars stay cheap.
    std::vector<QRect> bars;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    for (size_t slot = 0; slot < lanes.size(); ++slot) {
        const LayoutLane &l = lanes[slot];
        const double top = dy + l.top;
        if (!l.aggregated || top > area.bottom() || top + l.height < area.top())
            continue;
        bars.clear();
        const QRectF rr = l.rowsRect.translated(dx, dy);
        const int bottom = int(std::lround(rr.bottom()));
        const double scale = rr.height() / std::sqrt(double(std::max(l.maxBin, 1)));
        for (size_t k = l.clusterBegin; k < l.clusterEnd; ++k) {
            const LayoutCluster &c = layout.clusters()[k];
            if (!c.histogram)
                continue;
            const double left = c.rect.left() + dx;
            if (left > area.right() || left + c.rect.width() < area.left())
                continue;
            const int h = int(std::lround(std::max(2.0, std::sqrt(double(c.count)) * scale)));
            const int x0 = int(std::lround(left));
            const int x1 = std::max(x0 + 1, int(std::lround(left + c.rect.width())) - 1);
            bars.push_back(QRect(x0, bottom - h, x1 - x0, h));
        }
        const QColor behind = slot % 2 == 1 ? m_style.laneBand : m_style.background;
        const QColor &c = l.colour;
        const QColor bar = QColor::fromRgbF(c.redF() * 0.8f + behind.redF() * 0.2f,
            c.greenF() * 0.8f + behind.greenF() * 0.2f, c.blueF() * 0.8f + behind.blueF() * 0.2f);
        p->setPen(Qt::NoPen);
        p->setBrush(bar);
        p->drawRects(bars.data(), int(bars.size()));
        fillLine(p, std::floor(rr.left()), bottom, std::floor(rr.right()) + 1, bottom, m_style.gridStrong);
    }
    p->restore();
    t.font = nullptr;

    // Overflow clusters: "+N" pills.
    for (const LayoutLane &l : lanes) {
        if (l.aggregated || dy + l.top > area.bottom() || dy + l.top + l.height < area.top())
            continue;
        // Pills while they are few; plain chips (no curve to rasterise) when a lane is crowded.
        const bool pills = l.clusterEnd - l.clusterBegin <= 40;
        const QColor text = inkOn(l.colour, m_style.background);
        for (size_t k = l.clusterBegin; k < l.clusterEnd; ++k) {
            const LayoutCluster &c = layout.clusters()[k];
            const QRectF r = c.rect.translated(dx, dy);
            if (r.right() < area.left() || r.left() > area.right())
                continue;
            if (t.sprites) {
                // Chip and count in one blit.
                const QImage &sprite = chipSprite(l.colour, r.size(), pills, c.count);
                p->drawImage(QPointF(std::round(r.left()) - 1, std::round(r.top()) - 1), sprite);
                continue;
            }
            drawChip(p, r, l.colour, pills);
            p->setPen(text);
            const QString label = QStringLiteral("+") % QString::number(c.count);
            drawText(t, ClusterFont, r.center().x() - advance(ClusterFont, label) / 2, r.top(), r.height(), label);
        }
    }
}

void TimelinePainter::paintItems(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    QPainter *p = t.p;
    const double dx = s.plotLeft;
    const double dy = area.top() - s.scrollY;
    const auto &lanes = layout.lanes();

    for (const LayoutLane &l : lanes) {
        if (dy + l.top > area.bottom() || dy + l.top + l.height < area.top())
            continue;
        for (size_t k = l.itemBegin; k < l.itemEnd; ++k) {
            const LayoutItem &item = layout.items()[k];
            const QRectF box = item.box.translated(dx, dy);
            if (box.bottom() < area.top() || box.top() > area.bottom() || box.right() < area.left()
                || box.left() > area.right())
                continue;
            const QColor colour = lanes[size_t(item.laneSlot)].colour;
            const QRectF m = item.marker.translated(dx, dy);
            const bool selected = s.selection && s.selection->contains(item.id);
            const bool hovered = s.hovered == item.id;

            if (hovered || selected) {
                p->setPen(Qt::NoPen);
                p->setBrush(withAlpha(colour, hovered && !selected ? 0.12 : 0.18));
                p->drawRoundedRect(box.adjusted(-3, 1, 3, -1), 4, 4);
            }

            switch (item.shape) {
            case ItemShape::Point: {
                const QPointF c = m.center();
                const double r = m.width() / 2 + 0.5;
                if (t.sprites) {
                    const QImage &sprite = diamondSprite(colour, m.width());
                    const double half = double(sprite.width()) / 2;
                    p->drawImage(QPointF(std::round(c.x() - half), std::round(c.y() - half)), sprite);
                } else {
                    drawDiamond(p, c, r, colour, m_style.background);
                }
                break;
            }
            case ItemShape::Extent: {
                // What the date can mean, strongest in the middle, with whiskers at its bounds.
                const QRectF r(m.left(), m.center().y() - m.height() * 0.32, m.width(), m.height() * 0.64);
                QLinearGradient g(r.topLeft(), r.topRight());
                g.setColorAt(0, withAlpha(colour, 0.10));
                g.setColorAt(0.5, withAlpha(colour, item.circa ? 0.38 : 0.55));
                g.setColorAt(1, withAlpha(colour, 0.10));
                p->setPen(item.circa ? QPen(withAlpha(colour, 0.9), 1, Qt::DashLine) : Qt::NoPen);
                p->setBrush(g);
                p->drawRect(r);
                p->setRenderHint(QPainter::Antialiasing, false);
                p->setPen(QPen(colour, 1));
                p->drawLine(QPointF(m.left() + 0.5, m.top() + 1), QPointF(m.left() + 0.5, m.bottom() - 1));
                p->drawLine(QPointF(m.right() - 0.5, m.top() + 1), QPointF(m.right() - 0.5, m.bottom() - 1));
                p->setRenderHint(QPainter::Antialiasing, true);
                break;
            }
            case ItemShape::Span: {
                // Solid where the event surely ran, fading over the fuzzy start and end. Fades share
                // their gradient stops so that the raster engine caches their colour tables.
                const double x0 = item.xStartEarliest + dx;
                const double x1 = std::max(item.xStartLatest + dx, x0);
                const double x3 = std::max(m.right(), x1);
                const double x2 = std::clamp(item.xEndEarliest + dx, x1, x3);
                const QColor solid = withAlpha(colour, item.circa ? 0.7 : 0.9);
                const QColor faint = withAlpha(colour, 0.15);
                // Abutting pieces without antialiasing: no seams where they meet.
                p->setRenderHint(QPainter::Antialiasing, false);
                p->setPen(Qt::NoPen);
                if (x1 - x0 >= 2) {
                    QLinearGradient g(QPointF(x0, 0), QPointF(x1, 0));
                    g.setColorAt(0, faint);
                    g.setColorAt(1, solid);
                    p->setBrush(g);
                    p->drawRect(QRectF(x0, m.top(), x1 - x0, m.height()));
                }
                p->setBrush(solid);
                const double coreLeft = x1 - x0 >= 2 ? x1 : x0;
                const double coreRight = x3 - x2 >= 2 ? x2 : x3;
                if (coreRight > coreLeft)
                    p->drawRect(QRectF(coreLeft, m.top(), coreRight - coreLeft, m.height()));
                if (x3 - x2 >= 2) {
                    QLinearGradient g(QPointF(x2, 0), QPointF(x3, 0));
                    g.setColorAt(0, solid);
                    g.setColorAt(1, faint);
                    p->setBrush(g);
                    p->drawRect(QRectF(x2, m.top(), x3 - x2, m.height()));
                }
                p->setRenderHint(QPainter::Antialiasing, true);
                if (item.circa) {
                    p->setPen(QPen(colour, 1, Qt::DashLine));
                    p->setBrush(Qt::NoBrush);
                    p->drawRect(QRectF(x0, m.top(), x3 - x0, m.height()));
                }
                break;
            }
            }
            if (selected) {
                p->setPen(QPen(m_style.selection, 1.6));
                p->setBrush(Qt::NoBrush);
                p->drawRoundedRect(m.adjusted(-2, -2, 2, 2), 3, 3);
            }

            if (!item.labelRect.isEmpty()) {
                const QRectF lr = item.labelRect.translated(dx, dy);
                const bool inside = item.shape == ItemShape::Span && lr.left() >= m.left() && lr.right() <= m.right();
                const bool strong = item.importance >= 4 || selected;
                setFont(t, strong ? m_strongLabelFont : m_labelFont);
                p->setPen(inside ? m_style.background : m_style.text);
                const double ascent = m_labelAscent[strong ? 1 : 0];
                const double textTop = lr.center().y() - (ascent + m_labelDescent[strong ? 1 : 0]) / 2;
                // Shaped once by the layout: no text layout work per frame.
                if (t.raster && item.staticLabel)
                    p->drawStaticText(QPointF(lr.left(), textTop), *item.staticLabel);
                else
                    p->drawText(QPointF(lr.left(), textTop + ascent), item.label);
            }
        }
    }
}

void TimelinePainter::paintAxis(Target &t, const TimelineLayout &layout, const PaintState &s) const
{
    QPainter *p = t.p;
    const QRectF axis(s.rect.left(), s.rect.top(), s.rect.width(), m_style.axisHeight);
    p->fillRect(axis, m_style.background);
    const double dx = s.plotLeft;
    const double base = axis.bottom() - 1;
    fillLine(p, axis.left(), base, axis.right(), base, m_style.axisLine);
    double lastRight = -1e9;
    const QRectF asOfTag = asOfTagRect(layout, s);
    const QString &context = layout.axis().context();
    if (!context.isEmpty()) {
        p->setPen(m_style.text);
        drawText(t, AxisStrongFont, dx, axis.top() + 2, 16, context);
    }
    for (const AxisTick &tick : layout.axis().ticks()) {
        const double x = std::round(dx + tick.x);
        if (x + 0.5 < axis.left() || x + 0.5 > axis.right())
            continue;
        const int length = tick.major ? 7 : 4;
        fillLine(p, x, base + 1 - length, x, base + 1, tick.major ? m_style.axisLine : m_style.gridStrong);
        if (!tick.major || tick.label.isEmpty())
            continue;
        const FontSlot slot = tick.emphasised ? AxisStrongFont : AxisFont;
        const double w = advance(slot, tick.label);
        const double left = x + 0.5 + 4;
        if (left < lastRight + 6 || left + w > axis.right() - 2)
            continue;
        if (!asOfTag.isNull() && asOfTag.intersects(QRectF(left - 2, asOfTag.top(), w + 4, asOfTag.height())))
            continue; // the "as of" tag sits there

        p->setPen(tick.emphasised ? m_style.text : m_style.mutedText);
        drawText(t, slot, left, axis.bottom() - 20, 14, tick.label);
        lastRight = left + w;
    }
}

void TimelinePainter::drawDiamond(QPainter *p, QPointF c, double r, const QColor &colour, const QColor &outline)
{
    const QPointF corners[] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    p->setPen(QPen(outline, 1.2));
    p->setBrush(colour);
    p->drawPolygon(corners, 4);
}

const QImage &TimelinePainter::diamondSprite(const QColor &colour, double size) const
{
    const quint64 key = (quint64(colour.rgba()) << 16) | quint64(qRound(size * 4));
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const int side = int(std::ceil(size)) + 4;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        drawDiamond(&p, QPointF(side / 2.0, side / 2.0), size / 2 + 0.5, colour, m_style.background);
        p.end();
        if (m_sprites.size() > 256)
            m_sprites.clear();
        it = m_sprites.insert(key, image);
    }
    return *it;
}

void TimelinePainter::drawChip(QPainter *p, const QRectF &r, const QColor &colour, bool pill)
{
    p->setPen(QPen(withAlpha(colour, 0.6), 1));
    p->setBrush(withAlpha(colour, 0.12));
    if (pill) {
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    } else {
        const bool antialiased = p->testRenderHint(QPainter::Antialiasing);
        p->setRenderHint(QPainter::Antialiasing, false);
        p->drawRect(r);
        p->setRenderHint(QPainter::Antialiasing, antialiased);
    }
}

const QImage &TimelinePainter::chipSprite(const QColor &colour, QSizeF size, bool pill, int count) const
{
    const ChipKey key {colour.rgba(), qRound(size.width() * 4), qRound(size.height() * 4), pill, count};
    auto it = m_chips.find(key);
    if (it == m_chips.end()) {
        // One pixel of margin around the chip, whose border straddles its edges.
        QImage image(
            int(std::ceil(size.width())) + 3, int(std::ceil(size.height())) + 3, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        const QRectF r(QPointF(1, 1), size);
        drawChip(&p, r, colour, pill);
        const QString label = QStringLiteral("+") % QString::number(count);
        Target t;
        t.p = &p;
        p.setPen(inkOn(colour, m_style.background));
        drawText(t, ClusterFont, r.center().x() - advance(ClusterFont, label) / 2, r.top(), r.height(), label, false);
        p.end();
        if (m_chips.size() > 2048)
            m_chips.clear();
        it = m_chips.insert(key, image);
    }
    return *it;
}

QRectF TimelinePainter::asOfTagRect(const TimelineLayout &layout, const PaintState &s) const
{
    if (!s.asOf)
        return {};
    const double x = s.plotLeft + layout.scale().toPixel(*s.asOf);
    if (x < s.rect.left() || x > s.rect.right())
        return {};
    const double w = advance(AsOfFont, asOfLabel(*s.asOf, s.language)) + 10;
    const double areaTop = s.rect.top() + (s.drawAxis ? m_style.axisHeight : 0);
    QRectF tag(x - w / 2, s.drawAxis ? areaTop - 2 - 15 : areaTop + 1, w, 15);
    tag.moveLeft(std::clamp(tag.left(), s.rect.left(), s.rect.right() - w));
    return tag;
}

void TimelinePainter::paintAsOf(Target &t, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    QPainter *p = t.p;
    if (!s.asOf)
        return;
    const double x = s.plotLeft + layout.scale().toPixel(*s.asOf);
    if (x < s.rect.left() || x > s.rect.right())
        return;
    p->setPen(QPen(m_style.asOf, 1.5));
    p->drawLine(QPointF(x, area.top()), QPointF(x, std::min(area.bottom(), area.top() + layout.height() - s.scrollY)));
    const QString text = asOfLabel(*s.asOf, s.language);
    const QRectF tag = asOfTagRect(layout, s);
    p->setPen(Qt::NoPen);
    p->setBrush(m_style.asOf);
    p->drawRoundedRect(tag, 3, 3);
    p->setPen(m_style.background);
    drawText(t, AsOfFont, tag.center().x() - advance(AsOfFont, text) / 2, tag.top(), tag.height(), text);
}

} // namespace Frise::Timeline
