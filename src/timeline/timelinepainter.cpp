// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepainter.h"

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

/// A darker shade for text in the lane colour, readable on white.
QColor ink(const QColor &c)
{
    return c.lightnessF() > 0.45 ? c.darker(150) : c;
}

QString formatCount(int n, Language language)
{
    return localeFor(language).toString(n);
}

} // namespace

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
    const QString day = localeFor(language).toString(
        date, language == Language::French ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM yyyy"));
    // Content language, not UI language: the export language decides.
    return language == Language::French ? QStringLiteral("Au ") % day : QStringLiteral("As of ") % day;
}

void TimelinePainter::paint(QPainter *p, const TimelineLayout &layout, const PaintState &s) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    if (s.drawBackground)
        p->fillRect(s.rect, m_style.background);
    const double axisH = s.drawAxis ? m_style.axisHeight : 0;
    const QRectF area(s.rect.left(), s.rect.top() + axisH, s.rect.width(), s.rect.height() - axisH);
    p->save();
    p->setClipRect(area);
    paintLanes(p, layout, s, area);
    paintItems(p, layout, s, area);
    p->restore();
    if (s.drawAxis)
        paintAxis(p, layout, s);
    paintAsOf(p, layout, s, area);
    p->restore();
}

void TimelinePainter::paintLanes(
    QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    const double dx = s.plotLeft;
    const double dy = area.top() - s.scrollY;
    const double plotRight = dx + layout.options().width;
    const auto &lanes = layout.lanes();

    // Alternate lane bands, grid lines, era bands.
    for (size_t slot = 0; slot < lanes.size(); ++slot) {
        const LayoutLane &l = lanes[slot];
        const QRectF band(area.left(), dy + l.top, area.width(), l.height);
        if (!band.intersects(area))
            continue;
        if (slot % 2 == 1)
            p->fillRect(band, m_style.laneBand);
    }
    const double lanesBottom = std::min(area.bottom(), dy + layout.height());
    for (const AxisTick &t : layout.axis().ticks()) {
        if (!t.major)
            continue;
        p->setPen(QPen(t.emphasised ? m_style.gridStrong : m_style.grid, 1));
        const double x = std::round(dx + t.x) + 0.5;
        p->drawLine(QPointF(x, area.top()), QPointF(x, lanesBottom));
    }
    const QFont eraFont = m_style.font(m_style.labelPointSize - 1.5, QFont::Normal);
    for (const LayoutEra &era : layout.eras()) {
        const QRectF r = era.rect.translated(dx, dy);
        if (!r.intersects(area))
            continue;
        const QColor c = era.colour.isValid() ? era.colour : m_style.mutedText;
        p->fillRect(r, withAlpha(c, 0.10));
        p->setPen(QPen(withAlpha(c, 0.55), 1, Qt::DashLine));
        p->drawLine(QPointF(r.left() + 0.5, r.top()), QPointF(r.left() + 0.5, r.bottom()));
        if (!era.label.isEmpty()) {
            p->setFont(eraFont);
            p->setPen(ink(c));
            const QRectF tr(r.left() + 4, r.top() + 3, std::max(0.0, r.width() - 8), 16);
            p->drawText(tr, Qt::AlignRight | Qt::AlignTop,
                QFontMetricsF(eraFont).elidedText(era.label.toUpper(), Qt::ElideRight, tr.width()));
        }
    }

    // Lane headers.
    const QFont headerFont = m_style.font(m_style.labelPointSize, QFont::DemiBold);
    const QFont countFont = m_style.font(m_style.labelPointSize - 1, QFont::Normal);
    const QFontMetricsF hfm(headerFont);
    const Language language = s.language;
    for (const LayoutLane &l : lanes) {
        const double top = dy + l.top;
        if (top > area.bottom() || top + l.height < area.top())
            continue;
        p->setPen(Qt::NoPen);
        p->setBrush(l.colour);
        p->drawRoundedRect(QRectF(dx, top + 7, 4, 11), 1.5, 1.5);
        p->setFont(headerFont);
        p->setPen(ink(l.colour));
        const QString label = hfm.elidedText(l.label, Qt::ElideRight, std::max(40.0, plotRight - dx - 120));
        const QRectF labelRect(dx + 10, top + 3, hfm.horizontalAdvance(label) + 2, 19);
        p->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        p->setFont(countFont);
        p->setPen(m_style.mutedText);
        const QString count = l.count == 1
            ? (language == Language::French ? QStringLiteral("1 événement") : QStringLiteral("1 event"))
            : formatCount(l.count, language)
                % (language == Language::French ? QStringLiteral(" événements") : QStringLiteral(" events"));
        p->drawText(QRectF(labelRect.right() + 8, top + 3, 200, 19), Qt::AlignLeft | Qt::AlignVCenter, count);
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
        for (size_t k = l.clusterBegin; k < l.clusterEnd; ++k) {
            const LayoutCluster &c = layout.clusters()[k];
            if (!c.histogram)
                continue;
            const double h = std::max(2.0, std::sqrt(double(c.count) / double(std::max(l.maxBin, 1))) * rr.height());
            const QRectF r = c.rect.translated(dx, dy);
            const int left = int(std::lround(r.left()));
            const int right = std::max(left + 1, int(std::lround(r.right())) - 1);
            bars.push_back(QRect(left, bottom - int(std::lround(h)), right - left, int(std::lround(h))));
        }
        const QColor behind = slot % 2 == 1 ? m_style.laneBand : m_style.background;
        const QColor &c = l.colour;
        const QColor bar = QColor::fromRgbF(c.redF() * 0.8f + behind.redF() * 0.2f,
            c.greenF() * 0.8f + behind.greenF() * 0.2f, c.blueF() * 0.8f + behind.blueF() * 0.2f);
        p->setPen(Qt::NoPen);
        p->setBrush(bar);
        p->drawRects(bars.data(), int(bars.size()));
        p->setPen(QPen(m_style.gridStrong, 1));
        p->drawLine(QPoint(int(rr.left()), bottom), QPoint(int(rr.right()), bottom));
    }
    p->restore();

    // Overflow clusters: "+N" pills.
    const QFont clusterFont = m_style.font(m_style.labelPointSize - 1.5, QFont::DemiBold);
    const QFontMetricsF cfm(clusterFont);
    p->setFont(clusterFont);
    for (const LayoutLane &l : lanes) {
        if (l.aggregated || dy + l.top > area.bottom() || dy + l.top + l.height < area.top())
            continue;
        // Pills while they are few; plain chips (no curve to rasterise) when a lane is crowded.
        const bool pills = l.clusterEnd - l.clusterBegin <= 40;
        const QPen border(withAlpha(l.colour, 0.6), 1);
        const QColor fill = withAlpha(l.colour, 0.12);
        const QColor text = ink(l.colour);
        for (size_t k = l.clusterBegin; k < l.clusterEnd; ++k) {
            const LayoutCluster &c = layout.clusters()[k];
            const QRectF r = c.rect.translated(dx, dy);
            if (r.right() < area.left() || r.left() > area.right())
                continue;
            p->setPen(border);
            p->setBrush(fill);
            if (pills) {
                p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
            } else {
                p->setRenderHint(QPainter::Antialiasing, false);
                p->drawRect(r);
                p->setRenderHint(QPainter::Antialiasing, true);
            }
            p->setPen(text);
            const QString label = QStringLiteral("+") % QString::number(c.count);
            const double w = cfm.horizontalAdvance(label);
            p->drawText(QPointF(r.center().x() - w / 2, r.center().y() + (cfm.ascent() - cfm.descent()) / 2), label);
        }
    }
}

void TimelinePainter::paintItems(
    QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    const double dx = s.plotLeft;
    const double dy = area.top() - s.scrollY;
    const auto &lanes = layout.lanes();
    const QFont labelFont = layout.options().labelFont;
    QFont strongFont = labelFont;
    strongFont.setWeight(QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF strongMetrics(strongFont);
    // Sprites only where they are exact: raster targets drawn without scaling (the view, PNG at 96 DPI).
    const bool sprites = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster
        && p->deviceTransform().type() <= QTransform::TxTranslate;

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
                if (sprites) {
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
                p->setFont(strong ? strongFont : labelFont);
                p->setPen(inside ? m_style.background : m_style.text);
                // drawText at a point skips the layout work of the rectangle overload.
                const QFontMetricsF &fm = strong ? strongMetrics : labelMetrics;
                p->drawText(QPointF(lr.left(), lr.center().y() + (fm.ascent() - fm.descent()) / 2), item.label);
            }
        }
    }
}

void TimelinePainter::paintAxis(QPainter *p, const TimelineLayout &layout, const PaintState &s) const
{
    const QRectF axis(s.rect.left(), s.rect.top(), s.rect.width(), m_style.axisHeight);
    p->fillRect(axis, m_style.background);
    const double dx = s.plotLeft;
    const double base = axis.bottom() - 0.5;
    p->setPen(QPen(m_style.axisLine, 1));
    p->drawLine(QPointF(axis.left(), base), QPointF(axis.right(), base));
    const QFont font = m_style.font(m_style.labelPointSize - 0.5);
    QFont strong = font;
    strong.setWeight(QFont::Bold);
    const QFontMetricsF fm(font);
    const QFontMetricsF sfm(strong);
    double lastRight = -1e9;
    const QRectF asOfTag = asOfTagRect(layout, s);
    const QString &context = layout.axis().context();
    if (!context.isEmpty()) {
        p->setFont(strong);
        p->setPen(m_style.text);
        const QRectF r(dx, axis.top() + 2, sfm.horizontalAdvance(context) + 2, 16);
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, context);
    }
    for (const AxisTick &t : layout.axis().ticks()) {
        const double x = std::round(dx + t.x) + 0.5;
        if (x < axis.left() || x > axis.right())
            continue;
        p->setPen(QPen(t.major ? m_style.axisLine : m_style.gridStrong, 1));
        p->drawLine(QPointF(x, base - (t.major ? 7 : 4)), QPointF(x, base));
        if (!t.major || t.label.isEmpty())
            continue;
        const QFont &f = t.emphasised ? strong : font;
        const double w = (t.emphasised ? sfm : fm).horizontalAdvance(t.label);
        const double left = x + 4;
        if (left < lastRight + 6 || left + w > axis.right() - 2)
            continue;
        if (!asOfTag.isNull() && asOfTag.intersects(QRectF(left - 2, asOfTag.top(), w + 4, asOfTag.height())))
            continue; // the "as of" tag sits there

        p->setFont(f);
        p->setPen(t.emphasised ? m_style.text : m_style.mutedText);
        p->drawText(QRectF(left, axis.bottom() - 20, w + 2, 14), Qt::AlignLeft | Qt::AlignVCenter, t.label);
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

QRectF TimelinePainter::asOfTagRect(const TimelineLayout &layout, const PaintState &s) const
{
    if (!s.asOf)
        return {};
    const double x = s.plotLeft + layout.scale().toPixel(*s.asOf);
    if (x < s.rect.left() || x > s.rect.right())
        return {};
    const QFont f = m_style.font(m_style.labelPointSize - 1.5, QFont::DemiBold);
    const double w = QFontMetricsF(f).horizontalAdvance(asOfLabel(*s.asOf, s.language)) + 10;
    const double areaTop = s.rect.top() + (s.drawAxis ? m_style.axisHeight : 0);
    QRectF tag(x - w / 2, s.drawAxis ? areaTop - 2 - 15 : areaTop + 1, w, 15);
    tag.moveLeft(std::clamp(tag.left(), s.rect.left(), s.rect.right() - w));
    return tag;
}

void TimelinePainter::paintAsOf(
    QPainter *p, const TimelineLayout &layout, const PaintState &s, const QRectF &area) const
{
    if (!s.asOf)
        return;
    const double x = s.plotLeft + layout.scale().toPixel(*s.asOf);
    if (x < s.rect.left() || x > s.rect.right())
        return;
    p->setPen(QPen(m_style.asOf, 1.5));
    p->drawLine(QPointF(x, area.top()), QPointF(x, std::min(area.bottom(), area.top() + layout.height() - s.scrollY)));
    const QFont f = m_style.font(m_style.labelPointSize - 1.5, QFont::DemiBold);
    const QString text = asOfLabel(*s.asOf, s.language);
    const QRectF tag = asOfTagRect(layout, s);
    p->setPen(Qt::NoPen);
    p->setBrush(m_style.asOf);
    p->drawRoundedRect(tag, 3, 3);
    p->setFont(f);
    p->setPen(m_style.background);
    p->drawText(tag, Qt::AlignCenter, text);
}

} // namespace Frise::Timeline
