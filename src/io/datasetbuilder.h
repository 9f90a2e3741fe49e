// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/language.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Frise::Io {

/**
 * Builds a Dataset from flat rows (TimelineJS, CSV): numbers records 1, 2,
 * 3..., gives each a unique uid, and creates actors, disputes, tags and
 * sources once per name, reusing them on later rows.
 */
class DatasetBuilder
{
public:
    explicit DatasetBuilder(Language language);

    Language language() const { return m_language; }
    Dataset &dataset() { return m_dataset; }
    Dataset takeDataset() { return std::move(m_dataset); }
    /**
     * The records made since the last part (or the start), for a
     * DatasetStream: the builder keeps numbering after them and still finds
     * the actors, disputes, sources and tags they hold by name. The title
     * and description stay, for takeDataset().
     */
    Dataset takePart();
    /// Events made so far, parts taken included.
    qint64 eventCount() const { return m_made.events; }

    /// Room for @p count events (an upper bound), so that big files do not
    /// regrow the event list and the tables that check each event; the
    /// list holds at most @p held at once when parts are taken (takePart()).
    void reserveEvents(qsizetype count, qsizetype held = -1);
    /// A new event with a fresh id and a uid made from @p uidHint (or "event").
    Event &addEvent(const QString &uidHint);
    /// A new era with a fresh id and a uid made from @p uidHint (or "era").
    Era &addEra(const QString &uidHint);
    RowId actorByName(const QString &name);
    RowId disputeByTitle(QStringView title);
    /// The tag's slug; the tag is created when new.
    QString tagByName(const QString &name);
    /// The source with this outlet, title and url, created when new; 0 when all are empty.
    RowId source(QStringView outlet, QStringView title, QStringView url);

    /**
     * Names a record position for warnings: "line 12", "events[3]"... The
     * default writes the number alone.
     */
    void setWhereFormatter(std::function<QString(qint64)> formatter) { m_where = std::move(formatter); }

    /**
     * Checks @p event (already added, read at @p position) against the
     * events checked before it, and adds a warning when one had the same
     * @p uniqueId, or the same title (ignoring case) and start date.
     */
    void checkDuplicate(const Event &event, const QString &uniqueId, qint64 position, QStringList *warnings);

    /// `[a-z0-9][a-z0-9._-]*` made from @p text (accents dropped), at most 60 characters.
    static QString slug(const QString &text);

private:
    struct UidSet
    {
        QSet<QString> taken;
        QHash<QString, int> nextSuffix; ///< keeps many equal titles linear
    };
    static QString uniqueUid(UidSet *set, const QString &hint, const QString &fallback);
    RowId disputeByFoldedTitle(const QString &title);

    Language m_language;
    Dataset m_dataset;
    UidSet m_eventUids;
    UidSet m_eraUids;
    UidSet m_actorUids;
    UidSet m_disputeUids;
    UidSet m_sourceUids;
    QHash<QString, RowId> m_actorsByName;
    QHash<QString, RowId> m_disputesByTitle; ///< by trimmed, case-folded title
    QHash<QString, RowId> m_disputesByExactTitle; ///< by the title as written, once seen
    QSet<QString> m_tags;
    QHash<QString, RowId> m_sourcesByKey;
    std::function<QString(qint64)> m_where;
    QHash<QString, qint64> m_seenUniqueIds; ///< unique id -> position + 1 (0: not seen)
    /// Hash of the case-folded title and the date's bounds -> position + 1 of
    /// the first event with them (0: not seen).
    QHash<quint64, qint64> m_seenTitleDates;
    QString m_key; ///< reused for lookups by a text read in place
    /// Records made of each kind, parts taken included: the next one's id.
    struct Made
    {
        qint64 events = 0;
        qint64 eras = 0;
        qint64 actors = 0;
        qint64 disputes = 0;
        qint64 sources = 0;
        qint64 tags = 0;
    } m_made;
};

} // namespace Frise::Io
