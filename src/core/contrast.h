// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>

namespace Frise {

/**
 * WCAG 2 contrast between colours, for views that must stay readable under
 * any system palette (light or dark). Written over any colour type with
 * redF(), greenF(), blueF(), lightnessF(), lighter() and darker() (QColor), so
 * that the core keeps to QtCore.
 */
namespace Contrast {

/// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
inline double relativeLuminance(double red, double green, double blue)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
template<class Colour>
double ratio(const Colour &a, const Colour &b)
{
    const double la = relativeLuminance(a.redF(), a.greenF(), a.blueF());
    const double lb = relativeLuminance(b.redF(), b.greenF(), b.blueF());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// WCAG AA for body text.
constexpr double textMinimum = 4.5;
/// WCAG AA for graphical objects (lines, markers).
constexpr double graphicMinimum = 3.0;

/**
 * @p colour made lighter (on a dark @p background) or darker (on a light one)
 * in small steps until it contrasts with @p background by @p minimum; the hue
 * stays, so a lane or relation keeps its colour.
 */
template<class Colour>
Colour readableOn(Colour colour, const Colour &background, double minimum = textMinimum)
{
    const bool darkBackground = relativeLuminance(background.redF(), background.greenF(), background.blueF()) < 0.18;
    for (int step = 0; step < 24 && ratio(colour, background) < minimum; ++step)
        colour = darkBackground ? colour.lighter(115) : colour.darker(115);
    if (ratio(colour, background) < minimum) // a black or white hue cannot move far enough: plain text colour
        colour = darkBackground ? Colour(255, 255, 255) : Colour(0, 0, 0);
    return colour;
}

} // namespace Contrast

} // namespace Frise
