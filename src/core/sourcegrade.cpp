// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcegrade.h"

#include <QCoreApplication>

namespace Frise {

namespace {

// The wording of the Admiralty system as NATO and the MISP "admiralty-scale"
// taxonomy give it (en.wikipedia.org/wiki/Admiralty_code).
class GradeText
{
    Q_DECLARE_TR_FUNCTIONS(Frise::SourceGrade)
public:
    static QString reliability(QChar letter)
    {
        switch (letter.unicode()) {
        case u'A':
            return tr("Completely reliable");
        case u'B':
            return tr("Usually reliable");
        case u'C':
            return tr("Fairly reliable");
        case u'D':
            return tr("Not usually reliable");
        case u'E':
            return tr("Unreliable");
        case u'F':
            return tr("Reliability cannot be judged");
        default:
            return {};
        }
    }
    static QString credibility(int level)
    {
        switch (level) {
        case 1:
            return tr("Confirmed by other sources");
        case 2:
            return tr("Probably true");
        case 3:
            return tr("Possibly true");
        case 4:
            return tr("Doubtful");
        case 5:
            return tr("Improbable");
        case 6:
            return tr("Truth cannot be judged");
        default:
            return {};
        }
    }
    static QString sourceLine(QChar letter, const QString &meaning)
    {
        return tr("Source %1: %2", "reliability of the source, A to F").arg(letter, meaning);
    }
    static QString informationLine(int level, const QString &meaning)
    {
        return tr("Information %1: %2", "credibility of the information, 1 to 6").arg(level).arg(meaning);
    }
    static QString ungradedSource() { return tr("Source: not graded (A completely reliable … F cannot be judged)"); }
    static QString ungradedInformation()
    {
        return tr("Information: not graded (1 confirmed by other sources … 6 truth cannot be judged)");
    }
};

constexpr QChar ungradedMark = QChar(0x2013); // en dash

} // namespace

bool SourceGrade::isValid() const
{
    const bool letterOk = reliability.isNull() || (reliability >= u'A' && reliability <= u'F');
    return letterOk && credibility >= 0 && credibility <= 6;
}

QString SourceGrade::code() const
{
    if (isEmpty())
        return {};
    QString text;
    text += reliability.isNull() ? ungradedMark : reliability;
    text += credibility ? QChar(u'0' + credibility) : ungradedMark;
    return text;
}

std::optional<SourceGrade> SourceGrade::fromCode(const QString &code)
{
    const QString text = code.trimmed().toUpper();
    SourceGrade grade;
    auto isMark = [](QChar c) { return c == u'-' || c == ungradedMark; };
    for (const QChar c : text) {
        if (c >= u'A' && c <= u'F' && grade.reliability.isNull() && grade.credibility == 0)
            grade.reliability = c;
        else if (c >= u'1' && c <= u'6' && grade.credibility == 0)
            grade.credibility = c.unicode() - u'0';
        else if (!isMark(c))
            return std::nullopt;
    }
    if (text.size() > 2)
        return std::nullopt;
    return grade;
}

bool SourceGrade::reliabilityAtLeast(QChar letter) const
{
    return !reliability.isNull() && reliability != u'F' && reliability <= letter;
}

bool SourceGrade::credibilityAtLeast(int level) const
{
    return credibility >= 1 && credibility <= 5 && credibility <= level;
}

QString SourceGrade::reliabilityText(QChar letter)
{
    return GradeText::reliability(letter);
}

QString SourceGrade::credibilityText(int level)
{
    return GradeText::credibility(level);
}

QString SourceGrade::explanation() const
{
    const QString first = reliability.isNull() ? GradeText::ungradedSource()
                                               : GradeText::sourceLine(reliability, reliabilityText(reliability));
    const QString second = credibility ? GradeText::informationLine(credibility, credibilityText(credibility))
                                       : GradeText::ungradedInformation();
    return first + u'\n' + second;
}

} // namespace Frise
