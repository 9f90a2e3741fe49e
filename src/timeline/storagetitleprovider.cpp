// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetitleprovider.h"

#include "storage/database.h"

#include <QStringBuilder>

#include <vector>

namespace Frise::Timeline {

StorageTitleProvider::StorageTitleProvider(
    Storage::Database *db, std::shared_ptr<const TimelineData> data, qsizetype cacheSize)
    : m_db(db)
    , m_data(std::move(data))
    , m_cache(cacheSize)
{ }

const Storage::EventLabel *StorageTitleProvider::label(RowId id) const
{
    if (const Storage::EventLabel *cached = m_cache.object(id))
        return cached;
    if (!m_db || id == 0)
        return nullptr;
    std::vector<RowId> ids {id};
    const qsizetype index = m_data ? m_data->indexOf(id) : -1;
    if (index >= 0) {
        const qsizetype first = std::max<qsizetype>(0, index - neighbourhood);
        const qsizetype last = std::min(m_data->count(), index + neighbourhood + 1);
        for (qsizetype i = first; i < last; ++i) {
            const RowId other = m_data->id(i);
            if (other != id && !m_cache.contains(other))
                ids.push_back(other);
        }
    }
    Storage::StorageError error;
    QHash<RowId, Storage::EventLabel> labels = Storage::TimelineRows(*m_db).labels(ids, &error);
    ++m_queries;
    m_fetched += labels.size();
    // The asked one last, so that filling the cache cannot evict it.
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (it.key() != id)
            m_cache.insert(it.key(), new Storage::EventLabel(std::move(it.value())));
    const auto it = labels.find(id);
    if (it == labels.end())
        return nullptr;
    m_cache.insert(id, new Storage::EventLabel(std::move(it.value())));
    return m_cache.object(id);
}

QString StorageTitleProvider::title(RowId id, Language language) const
{
    const Storage::EventLabel *l = label(id);
    return l ? l->title(language == Language::French) : QString();
}

QString StorageTitleProvider::tooltip(RowId id, Language language) const
{
    const Storage::EventLabel *l = label(id);
    if (!l)
        return {};
    const bool french = language == Language::French;
    QString text = QStringLiteral("<b>") % l->title(french).toHtmlEscaped() % QStringLiteral("</b><br/>")
        % l->start.toDisplayString(language).toHtmlEscaped();
    if (l->end.isValid())
        text += QStringLiteral(" – ") % l->end.toDisplayString(language).toHtmlEscaped();
    const QString &first = french ? l->textFr : l->textEn;
    const QString &body = first.isEmpty() ? (french ? l->textEn : l->textFr) : first;
    if (!body.isEmpty())
        text += QStringLiteral("<br/>") % body.toHtmlEscaped();
    return text;
}

void StorageTitleProvider::prefetch(std::span<const RowId> ids) const
{
    if (!m_db)
        return;
    // No more than the cache keeps: what is read first must still be there when asked for.
    std::vector<RowId> missing;
    for (RowId id : ids) {
        if (id != 0 && !m_cache.contains(id) && missing.size() < size_t(m_cache.maxCost()))
            missing.push_back(id);
    }
    if (missing.empty())
        return;
    Storage::StorageError error;
    QHash<RowId, Storage::EventLabel> labels = Storage::TimelineRows(*m_db).labels(missing, &error);
    ++m_queries;
    m_fetched += labels.size();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        m_cache.insert(it.key(), new Storage::EventLabel(std::move(it.value())));
}

void StorageTitleProvider::invalidate(RowId id)
{
    m_cache.remove(id);
}

} // namespace Frise::Timeline
