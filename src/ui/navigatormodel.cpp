// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatormodel.h"

#include "core/statushistory.h"
#include "databasesession.h"
#include "labels.h"
#include "recordtype.h"
#include "roles.h"
#include "storage/timelinerows.h"

#include <QColor>
#include <QFont>
#include <QMap>
#include <QTimer>

#include <algorithm>

namespace Frise::Ui {

NavigatorModel::Node *NavigatorModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

NavigatorModel::NavigatorModel(DatabaseSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    // Several records change in one command: rebuild once, after it.
    auto queue = [this] {
        if (m_rebuildQueued)
            return;
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &NavigatorModel::rebuild);
    };
    connect(session, &DatabaseSession::recordChanged, this, queue);
    connect(session, &DatabaseSession::recordRemoved, this, queue);
    connect(session, &DatabaseSession::reset, this, &NavigatorModel::rebuild);
    connect(session, &DatabaseSession::recordsLoaded, this, &NavigatorModel::rebuild);
    rebuild();
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setContentLanguage(ContentLanguage content)
{
    m_content = content;
    rebuild();
}

void NavigatorModel::rebuild()
{
    m_rebuildQueued = false;
    beginResetModel();
    m_root.children.clear();
    if (m_session->isOpen()) {
        const Language lang = primaryLanguage(m_content);
        auto group = [this](int kind) {
            auto node = std::make_unique<Node>();
            node->groupKind = kind;
            return m_root.add(std::move(node));
        };
        Node *disputes = group(0);
        const StatusHistory history(m_session->statusChanges());
        for (const Dispute &dispute : m_session->disputes()) {
            auto node = std::make_unique<Node>();
            node->entity = RecordNames::dispute;
            node->id = dispute.id;
            node->label = dispute.title.textOrFallback(lang);
            node->toolTip = Labels::disputeStatus(dispute.status);
            node->colour = QColor::fromString(dispute.colour);
            node->complete = false;
            // Its status history first, oldest step first; its events follow, read on demand.
            for (const StatusChange &change : history.changes(dispute.id)) {
                auto step = std::make_unique<Node>();
                step->entity = QStringLiteral("status_change");
                step->id = change.id;
                step->label = m_session->statusChangeLabel(change, lang);
                step->toolTip = Labels::entity(step->entity);
                node->add(std::move(step));
            }
            disputes->add(std::move(node));
        }
        Node *actors = group(1);
        // One translation per kind, not one per actor: there may be 100k of them.
        QMap<Actor::Kind, QString> kindLabels;
        for (const Actor &actor : m_session->actors()) {
            auto node = std::make_unique<Node>();
            node->entity = RecordNames::actor;
            node->id = actor.id;
            node->label = actor.name.textOrFallback(lang);
            auto kind = kindLabels.constFind(actor.kind);
            if (kind == kindLabels.cend())
                kind = kindLabels.insert(actor.kind, Labels::actorKind(actor.kind));
            node->toolTip = *kind;
            actors->add(std::move(node));
        }
        Node *tags = group(2);
        for (const Tag &tag : m_session->tags()) {
            auto node = std::make_unique<Node>();
            node->entity = RecordNames::tag;
            node->id = tag.id;
            const QString label = tag.label.textOrFallback(lang);
            node->label = label.isEmpty() ? tag.name : label;
            node->toolTip = QLatin1Char('#') + tag.name;
            node->complete = false;
            tags->add(std::move(node));
        }
        Node *eras = group(3);
        for (const Era &era : m_session->eras()) {
            auto node = std::make_unique<Node>();
            node->entity = QStringLiteral("era");
            node->id = era.id;
            node->label = era.title.textOrFallback(lang);
            node->toolTip = era.start.toDisplayString(lang) + QStringLiteral(" – ") + era.end.toDisplayString(lang);
            eras->add(std::move(node));
        }
        Node *review = group(4);
        auto needsReview = [](const BilingualText &text) {
            return text.frStatus == TranslationStatus::NeedsReview || text.enStatus == TranslationStatus::NeedsReview;
        };
        auto addReview = [&](const QString &entity, RowId id, const QString &label) {
            auto node = std::make_unique<Node>();
            node->entity = entity;
            node->id = id;
            node->label = label;
            node->toolTip = Labels::entity(entity);
            review->add(std::move(node));
        };
        for (const Dispute &dispute : m_session->disputes())
            if (needsReview(dispute.title) || needsReview(dispute.description))
                addReview(RecordNames::dispute, dispute.id, dispute.title.textOrFallback(lang));
        for (const Actor &actor : m_session->actors())
            if (needsReview(actor.name) || needsReview(actor.description))
                addReview(RecordNames::actor, actor.id, actor.name.textOrFallback(lang));
        for (const Tag &tag : m_session->tags())
            if (needsReview(tag.label))
                addReview(RecordNames::tag, tag.id, tag.label.textOrFallback(lang));
        for (const Claim &claim : m_session->claims())
            if (needsReview(claim.text))
                addReview(QStringLiteral("claim"), claim.id, m_session->claimLabel(claim.id, lang));
        for (const Era &era : m_session->eras())
            if (needsReview(era.title))
                addReview(QStringLiteral("era"), era.id, era.title.textOrFallback(lang));
        for (const StatusChange &change : m_session->statusChanges())
            if (needsReview(change.note))
                addReview(QStringLiteral("status_change"), change.id, m_session->statusChangeLabel(change, lang));
        review->complete = false; // its events are read from storage, like a dispute's
        if (m_session->counts(nullptr).events <= eagerEventLimit) {
            for (Node *owners : {disputes, tags})
                for (const auto &owner : owners->children)
                    while (!owner->complete && fetchEvents(owner.get(), {}, false) > 0) { }
            while (!review->complete && fetchEvents(review, {}, false) > 0) { }
        }
    }
    endResetModel();
}

qsizetype NavigatorModel::fetchEvents(Node *node, const QModelIndex &parentIndex, bool notify)
{
    Storage::Database *db = m_session->database();
    if (!db || node->complete) {
        node->complete = true;
        return 0;
    }
    const auto owner = node->entity == RecordNames::dispute ? Storage::TimelineRows::Owner::Dispute
                                                            : Storage::TimelineRows::Owner::Tag;
    Storage::StorageError error;
    const Storage::TimelineRows rows(*db);
    const QList<Storage::EventLabel> page = node->groupKind == 4
        ? rows.eventLabelsNeedingReview(node->eventRows, pageSize, &error)
        : rows.eventLabelsOf(owner, node->id, node->eventRows, pageSize, &error);
    if (error || page.size() < pageSize)
        node->complete = true;
    if (page.isEmpty())
        return 0;
    const Language lang = primaryLanguage(m_content);
    const int first = int(node->children.size());
    if (notify)
        beginInsertRows(parentIndex, first, first + int(page.size()) - 1);
    for (const Storage::EventLabel &label : page) {
        auto child = std::make_unique<Node>();
        child->entity = RecordNames::event;
        child->id = label.id;
        child->label = label.title(lang == Language::French);
        child->toolTip = label.start.toDisplayString(lang);
        node->add(std::move(child));
    }
    node->eventRows += page.size();
    if (notify)
        endInsertRows();
    return page.size();
}

bool NavigatorModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return !node->children.empty() || !node->complete;
}

bool NavigatorModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && !nodeFor(parent)->complete;
}

void NavigatorModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        fetchEvents(nodeFor(parent), parent, true);
}

QModelIndex NavigatorModel::indexOf(const QString &entity, RowId id) const
{
    std::vector<const Node *> pending {&m_root};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        for (const auto &child : node->children) {
            if (child->entity == entity && child->id == id)
                return createIndex(child->row, 0, child.get());
        }
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            pending.push_back(it->get());
    }
    return {};
}

NavigatorModel::Node *NavigatorModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children.at(std::size_t(row)).get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parent = nodeFor(child)->parent;
    if (!parent || parent == &m_root)
        return {};
    return createIndex(parent->row, 0, const_cast<Node *>(parent));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const bool isGroup = node->groupKind >= 0;
    switch (role) {
    case Qt::DisplayRole:
        if (isGroup && !node->complete) // not all read yet: a count would understate it
            return groupLabel(node->groupKind);
        if (isGroup)
            return QStringLiteral("%1 (%2)").arg(groupLabel(node->groupKind)).arg(node->children.size());
        return node->label;
    case Qt::ToolTipRole:
        return isGroup ? QVariant() : QVariant(node->toolTip);
    case Qt::DecorationRole:
        return node->colour.isValid() ? QVariant(node->colour) : QVariant();
    case Qt::FontRole:
        if (isGroup) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case EntityRole:
        return node->entity;
    case IdRole:
        return qint64(node->id);
    default:
        return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString NavigatorModel::groupLabel(int kind) const
{
    switch (kind) {
    case 0:
        return tr("Disputes");
    case 1:
        return tr("Actors");
    case 2:
        return tr("Tags");
    case 4:
        return tr("Needs review", "navigator group: records whose translation needs review");
    default:
        return tr("Eras");
    }
}

} // namespace Frise::Ui
