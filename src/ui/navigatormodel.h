// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/ids.h"

#include <QAbstractItemModel>
#include <QColor>

#include <memory>
#include <vector>

namespace Frise::Ui {

class DatabaseSession;

/**
 * The navigator's tree: groups Disputes (each with its events, by date),
 * Actors, Tags (each with its events), Eras, and Needs review (records with
 * a bilingual field in "needs review" status: what a translator should
 * check, events paged like the others). Rows carry EntityRole and
 * IdRole; it rebuilds itself when the session reports a change.
 *
 * Events are read from storage by dispute or tag, a page at a time
 * (canFetchMore() / fetchMore(), as a view expands the row), so a database of
 * a million events is never listed whole; small databases (up to
 * eagerEventLimit events) are filled at once.
 */
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorModel)

public:
    explicit NavigatorModel(DatabaseSession *session, QObject *parent = nullptr);
    ~NavigatorModel() override;

    void setContentLanguage(ContentLanguage content);

    /// The first row showing record @p entity #@p id (invalid when none).
    QModelIndex indexOf(const QString &entity, RowId id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Databases with at most this many events get every event row at once.
    static constexpr qint64 eagerEventLimit = 5000;
    /// Event rows read per fetchMore().
    static constexpr qint64 pageSize = 500;

    /// Reads everything again from the session.
    void rebuild();

private:
    struct Node
    {
        QString entity; ///< empty for a group
        RowId id = 0;
        QString label;
        QString toolTip;
        QColor colour;
        int groupKind = -1; ///< for groups: 0 disputes, 1 actors, 2 tags, 3 eras, 4 needs review
        bool complete = true; ///< false: events of this dispute, tag or group remain to be read
        qint64 eventRows = 0; ///< event rows read so far
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        Node *add(std::unique_ptr<Node> child);
    };

    Node *nodeFor(const QModelIndex &index) const;
    /// Reads the next page of events of @p node; returns how many were added.
    qsizetype fetchEvents(Node *node, const QModelIndex &parentIndex, bool notify);
    QString groupLabel(int kind) const;

    DatabaseSession *m_session = nullptr;
    Node m_root;
    ContentLanguage m_content = ContentLanguage::Both;
    bool m_rebuildQueued = false;
};

} // namespace Frise::Ui
