// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

#include <array>

namespace Frise::Timeline {

/**
 * Advances of one-line texts in one font, as QFontMetricsF::horizontalAdvance()
 * gives them, without shaping each text.
 *
 * Shaping a title costs several microseconds, and a layout measures hundreds
 * a frame after a zoom. For text made only of Latin letters, digits,
 * punctuation and spaces in an unhinted font, a text's advance is the sum of
 * its characters' advances and of the kerning of each adjacent pair (both in
 * 1/64 pixel steps, so the sum is exact); both are measured once and kept.
 * Any other text (other scripts, combining marks, controls, an "f" before a
 * letter, which may make a ligature, hinted or letter-spaced fonts) is
 * shaped as a whole.
 */
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);

    /// The advance of @p text (one line), equal to QFontMetricsF(font).horizontalAdvance(text).
    double horizontalAdvance(const QString &text);
    /// Whether the font allows the per-character sums at all.
    bool summable() const { return m_summable; }
    /// Whether @p c is one of the characters measured one by one.
    static bool isSimple(char16_t c);

private:
    double advance(char16_t c);
    double kerning(char16_t a, char16_t b);

    QFontMetricsF m_metrics;
    bool m_summable = false;
    // Advances of U+0000-U+02FF by code (negative: not measured yet); others in m_otherAdvances.
    std::array<double, 0x300> m_advances {};
    QHash<char16_t, double> m_otherAdvances;
    QHash<quint32, double> m_kerning; ///< (a << 16 | b) -> advance("ab") - advance(a) - advance(b)
};

} // namespace Frise::Timeline
