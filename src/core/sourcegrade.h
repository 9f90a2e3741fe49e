// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace Frise {

/**
 * A source's grade on the two independent axes of the Admiralty (NATO)
 * system: the reliability of the source, A (completely reliable) to E
 * (unreliable) and F (cannot be judged), and the credibility of the
 * information, 1 (confirmed by other sources) to 5 (improbable) and 6
 * (truth cannot be judged). Either axis may be left ungraded. Written "B2";
 * an ungraded axis is written "–" when the other is set ("B–", "–2").
 */
struct SourceGrade
{
    QChar reliability; ///< 'A'..'F', or null: not graded
    int credibility = 0; ///< 1..6, or 0: not graded

    bool isEmpty() const { return reliability.isNull() && credibility == 0; }
    bool isValid() const;
    /// "B2", "B–", "–2", or empty when ungraded.
    QString code() const;
    /**
     * Reads what code() writes, case-insensitive, also "B-" and "-2", a lone
     * "B" or "2", and "" (ungraded); std::nullopt for anything else.
     */
    static std::optional<SourceGrade> fromCode(const QString &code);

    /// Whether the reliability is @p letter or better; F (cannot be judged) and ungraded are not.
    bool reliabilityAtLeast(QChar letter) const;
    /// Whether the credibility is @p level or better; 6 (cannot be judged) and ungraded are not.
    bool credibilityAtLeast(int level) const;

    /// The meaning of a reliability letter in the UI language ("Usually reliable"); empty if unknown.
    static QString reliabilityText(QChar letter);
    /// The meaning of a credibility level in the UI language ("Probably true"); empty if unknown.
    static QString credibilityText(int level);
    /// Both meanings on two lines, for a tooltip; explains the scale when ungraded.
    QString explanation() const;

    friend bool operator==(const SourceGrade &, const SourceGrade &) = default;
};

} // namespace Frise
