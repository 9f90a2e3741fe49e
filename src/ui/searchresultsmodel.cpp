// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "labels.h"
#include "roles.h"

namespace Frise::Ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setHits(const QList<Storage::SearchHit> &hits, const QStringList &notes)
{
    beginResetModel();
    m_hits = hits;
    m_notes = notes;
    endResetModel();
}

void SearchResultsModel::setContentLanguage(ContentLanguage content)
{
    m_content = content;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::SearchHit &hit = m_hits.at(index.row());
    const bool english = primaryLanguage(m_content) == Language::English;
    QString title = english ? hit.titleEn : hit.titleFr;
    if (title.isEmpty())
        title = english ? hit.titleFr : hit.titleEn;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::ToolTipRole: {
        const QString note = m_notes.value(index.row());
        return note.isEmpty() ? plainSnippet(hit.snippet) : note + u'\n' + plainSnippet(hit.snippet);
    }
    case Qt::AccessibleDescriptionRole:
        return QString(Labels::entity(hit.entity) + QStringLiteral(": ") + plainSnippet(hit.snippet));
    case SnippetRole:
        return hit.snippet;
    case EntityRole:
        return hit.entity;
    case IdRole:
        return qint64(hit.id);
    default:
        return {};
    }
}

QString SearchResultsModel::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(Storage::SearchHit::highlightStart);
    plain.remove(Storage::SearchHit::highlightEnd);
    return plain;
}

} // namespace Frise::Ui
