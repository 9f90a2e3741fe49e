// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "storage/searchindex.h"

#include <QAbstractListModel>

namespace Frise::Ui {

/// Search hits as a flat list: title, entity, snippet (SnippetRole, with highlight markers).
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// @p notes: per hit, a line shown above its snippet in the tooltip (a source's grade explained), or empty.
    void setHits(const QList<Storage::SearchHit> &hits, const QStringList &notes = {});
    const QList<Storage::SearchHit> &hits() const { return m_hits; }
    void setContentLanguage(ContentLanguage content);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The snippet without highlight markers.
    static QString plainSnippet(const QString &snippet);

private:
    QList<Storage::SearchHit> m_hits;
    QStringList m_notes;
    ContentLanguage m_content = ContentLanguage::Both;
};

} // namespace Frise::Ui
