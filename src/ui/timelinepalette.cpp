// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepalette.h"

#include "core/contrast.h"

#include <QPalette>

namespace Frise::Ui {

namespace {

/// @p a moved towards @p b by @p amount (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto channel = [amount](float x, float y) { return x + float(amount) * (y - x); };
    return QColor::fromRgbF(
        channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()), channel(a.blueF(), b.blueF()));
}

} // namespace

Timeline::TimelineStyle timelineStyleFor(const QPalette &palette)
{
    Timeline::TimelineStyle style;
    const QColor base = palette.color(QPalette::Base);
    if (base.lightnessF() >= 0.5)
        return style; // the look exports share, chosen for white paper
    const QColor text = palette.color(QPalette::Text);
    style.background = base;
    style.text = Contrast::readableOn(text, base);
    style.mutedText = Contrast::readableOn(mix(style.text, base, 0.3), base);
    style.grid = mix(base, style.text, 0.10);
    style.gridStrong = mix(base, style.text, 0.20);
    style.laneBand = mix(base, style.text, 0.05);
    style.axisLine = Contrast::readableOn(mix(base, style.text, 0.45), base, Contrast::graphicMinimum);
    style.asOf = Contrast::readableOn(style.asOf, base, Contrast::graphicMinimum);
    style.selection = style.text;
    return style;
}

} // namespace Frise::Ui
