// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwidths.h"

namespace Frise::Timeline {

namespace {

// Pairs kept per font before the table starts over: a language needs a few thousand.
constexpr qsizetype maxKerningPairs = 65536;

} // namespace

TextWidths::TextWidths(const QFont &font)
    : m_metrics(font)
{
    // Hinting rounds each glyph in context, kerning rules beyond pairs come with spacing and
    // capitalisation changes: there, only shaping the whole text is exact.
    m_summable = font.hintingPreference() == QFont::PreferNoHinting && font.letterSpacing() == 0
        && font.wordSpacing() == 0 && font.capitalization() == QFont::MixedCase && font.kerning()
        && font.stretch() == QFont::AnyStretch;
    m_advances.fill(-1);
}

bool TextWidths::isSimple(char16_t c)
{
    if (c < 0x20)
        return false; // controls
    if (c < 0x7f)
        return true;
    if (c < 0xa0)
        return false;
    if (c < 0x250)
        return c != 0xad; // Latin-1 and Latin Extended-A/B, but the soft hyphen (invisible)
    if (c >= 0x1e00 && c < 0x1f00)
        return true; // Latin Extended Additional: precomposed letters
    if (c >= 0x2000 && c <= 0x200a)
        return true; // spaces (thin, hair...)
    if (c >= 0x2010 && c <= 0x2027)
        return true; // dashes, quotes, bullets, ellipsis
    if (c >= 0x2030 && c <= 0x205e)
        return true; // per mille, primes, guillemets...
    return c >= 0x20a0 && c <= 0x20c0; // currency signs
}

double TextWidths::advance(char16_t c)
{
    if (c < m_advances.size()) {
        double &a = m_advances[c];
        if (a < 0)
            a = m_metrics.horizontalAdvance(QString(QChar(c)));
        return a;
    }
    auto it = m_otherAdvances.constFind(c);
    if (it == m_otherAdvances.constEnd())
        it = m_otherAdvances.insert(c, m_metrics.horizontalAdvance(QString(QChar(c))));
    return *it;
}

double TextWidths::kerning(char16_t a, char16_t b)
{
    const quint32 key = (quint32(a) << 16) | b;
    auto it = m_kerning.constFind(key);
    if (it != m_kerning.constEnd())
        return *it;
    if (m_kerning.size() >= maxKerningPairs)
        m_kerning.clear();
    const QChar pair[] = {QChar(a), QChar(b)};
    const double k = m_metrics.horizontalAdvance(QString(pair, 2)) - advance(a) - advance(b);
    m_kerning.insert(key, k);
    return k;
}

double TextWidths::horizontalAdvance(const QString &text)
{
    if (!m_summable || text.isEmpty())
        return m_metrics.horizontalAdvance(text);
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isSimple(s[i]))
            return m_metrics.horizontalAdvance(text);
        // Ligatures (ff, fi, fl, ffi...) have advances of their own.
        if (s[i] == u'f' && i + 1 < text.size() && QChar(s[i + 1]).isLetter())
            return m_metrics.horizontalAdvance(text);
    }
    double width = advance(s[0]);
    for (qsizetype i = 1; i < text.size(); ++i)
        width += kerning(s[i - 1], s[i]) + advance(s[i]);
    return width;
}

} // namespace Frise::Timeline
