// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "fuzzydate.h"
#include "fuzzydateparser.h"
#include "language.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Frise {

/**
 * Reads the one-line quick capture entry:
 *
 *     25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft @Microsoft
 *
 * The line starts with a date in French or English (anything
 * FuzzyDateParser::parseLeading() finds: `25 avril 2023`, `hier`, `April 25,
 * 2023`…), resolved against referenceDate() (today by default). The rest is
 * the title, except `#slug` tokens (disputes) and `@Name` or
 * `@"Multi-word name"` tokens (actors), recognised at the start of a word
 * (so `jane@example.org` stays in the title). Separators right after the
 * date (`,` `:` `-` `–` `|`) are dropped; spaces in the title are
 * collapsed. Disputes and actors are returned as written (duplicates
 * removed, case-insensitively) for the caller to resolve.
 */
class QuickCapture
{
public:
    /// What one line says.
    struct Result
    {
        FuzzyDate date; ///< with its wording and, for relative text, reference date
        QString title; ///< without the # and @ tokens, trimmed
        QStringList disputeSlugs; ///< from #tokens, without the '#'
        QStringList actorNames; ///< from @tokens, without the '@' and quotes
        QString error; ///< empty when the line is usable
        int errorColumn = -1; ///< 0-based column of the problem, -1 when none
        bool isValid() const { return error.isEmpty() && date.isValid(); }
    };

    /// Titles in @p titleLanguage; relative dates resolved against today.
    explicit QuickCapture(Language titleLanguage = Language::French)
        : m_language(titleLanguage)
    { }

    Language titleLanguage() const { return m_language; }
    void setTitleLanguage(Language language) { m_language = language; }
    /// The date relative wording ("hier") is resolved against: the one set, or else today (when parse() runs).
    QDate referenceDate() const
    {
        return m_parser.referenceDate().isValid() ? m_parser.referenceDate() : QDate::currentDate();
    }
    /// An invalid date means "today, whenever a line is parsed".
    void setReferenceDate(QDate date) { m_parser.setReferenceDate(date); }
    FuzzyDateParser::DateOrder dateOrder() const { return m_parser.dateOrder(); }
    void setDateOrder(FuzzyDateParser::DateOrder order) { m_parser.setDateOrder(order); }

    /// Reads @p line; on error, Result::error and Result::errorColumn say what and where.
    Result parse(const QString &line) const;

    /**
     * An event from a valid @p result: start date, title in @p titleLanguage
     * (status Original) and the other language Missing. Disputes and actors
     * are left empty: resolve Result::disputeSlugs and Result::actorNames
     * to ids (creating records if the user agrees) and fill them in.
     */
    static Event toEvent(const Result &result, Language titleLanguage);
    /// toEvent() in titleLanguage().
    Event toEvent(const Result &result) const { return toEvent(result, m_language); }

private:
    Language m_language = Language::French;
    FuzzyDateParser m_parser;
};

} // namespace Frise
