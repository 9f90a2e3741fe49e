// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchwidget.h"

#include "databasesession.h"
#include "datefield.h"
#include "labels.h"
#include "recordcombo.h"
#include "recordtype.h"
#include "roles.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Frise::Ui {

SearchWidget::SearchWidget(DatabaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_field(new QLineEdit(this))
    , m_filtersButton(new QToolButton(this))
    , m_filters(new QWidget(this))
    , m_dispute(new RecordCombo(m_filters))
    , m_actor(new RecordCombo(m_filters))
    , m_status(new QComboBox(m_filters))
    , m_reliability(new QComboBox(m_filters))
    , m_credibility(new QComboBox(m_filters))
    , m_tag(new QComboBox(m_filters))
    , m_from(new DateField(m_filters))
    , m_to(new DateField(m_filters))
    , m_results(new QListView(this))
    , m_summary(new QLabel(this))
    , m_indexNotice(new QLabel(this))
    , m_model(new SearchResultsModel(this))
    , m_delay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_field, 1);
    top->addWidget(m_filtersButton);
    layout->addLayout(top);
    auto *form = new QFormLayout(m_filters);
    form->setContentsMargins(0, 0, 0, 0);
    m_disputeLabel = new QLabel(m_filters);
    m_actorLabel = new QLabel(m_filters);
    m_statusLabel = new QLabel(m_filters);
    m_tagLabel = new QLabel(m_filters);
    m_fromLabel = new QLabel(m_filters);
    m_toLabel = new QLabel(m_filters);
    form->addRow(m_disputeLabel, m_dispute);
    form->addRow(m_actorLabel, m_actor);
    form->addRow(m_statusLabel, m_status);
    m_gradeLabel = new QLabel(m_filters);
    auto *grade = new QHBoxLayout;
    grade->addWidget(m_reliability, 1);
    grade->addWidget(m_credibility, 1);
    // Their items are long ("At least B (usually reliable)"): the popup shows
    // them whole, the closed boxes must not widen the dock (and narrow the timeline).
    for (QComboBox *box : {m_reliability, m_credibility}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    form->addRow(m_gradeLabel, grade);
    m_gradeLabel->setBuddy(m_reliability);
    m_reliability->addItem(QString(), QString());
    for (const char16_t letter : u"ABCDE")
        m_reliability->addItem(QString(), QString(QChar(letter)));
    m_credibility->addItem(QString(), 0);
    for (int level = 1; level <= 5; ++level)
        m_credibility->addItem(QString(), level);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    m_disputeLabel->setBuddy(m_dispute);
    m_actorLabel->setBuddy(m_actor);
    m_statusLabel->setBuddy(m_status);
    m_tagLabel->setBuddy(m_tag);
    m_fromLabel->setBuddy(m_from->lineEdit());
    m_toLabel->setBuddy(m_to->lineEdit());
    m_applyToTimeline = new QCheckBox(m_filters);
    m_applyToTimeline->setObjectName(QStringLiteral("filterTimeline"));
    form->addRow(m_applyToTimeline);
    layout->addWidget(m_filters);
    m_filters->hide();
    layout->addWidget(m_indexNotice);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_field->setClearButtonEnabled(true);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_filtersButton->setCheckable(true);
    m_filtersButton->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    m_filtersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped: a long hint must not set the dock's minimum width (the timeline needs it).
    m_summary->setWordWrap(true);
    m_indexNotice->setObjectName(QStringLiteral("searchIndexNotice"));
    m_indexNotice->setWordWrap(true);
    m_indexNotice->hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);

    connect(m_filtersButton, &QToolButton::toggled, m_filters, &QWidget::setVisible);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchWidget::search);
    connect(m_delay, &QTimer::timeout, this, &SearchWidget::search);
    connect(m_dispute, &RecordCombo::picked, this, &SearchWidget::filtersEdited);
    connect(m_actor, &RecordCombo::picked, this, &SearchWidget::filtersEdited);
    connect(m_status, &QComboBox::activated, this, &SearchWidget::filtersEdited);
    connect(m_reliability, &QComboBox::activated, this, &SearchWidget::filtersEdited);
    connect(m_credibility, &QComboBox::activated, this, &SearchWidget::filtersEdited);
    connect(m_tag, &QComboBox::activated, this, &SearchWidget::filtersEdited);
    connect(m_from, &DateField::edited, this, &SearchWidget::filtersEdited);
    connect(m_to, &DateField::edited, this, &SearchWidget::filtersEdited);
    connect(m_applyToTimeline, &QCheckBox::toggled, this, &SearchWidget::filtersEdited);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT recordActivated(index.data(EntityRole).toString(), index.data(IdRole).toLongLong());
    };
    connect(m_results, &QListView::activated, this, activate);
    connect(m_results, &QListView::clicked, this, activate);
    connect(session, &DatabaseSession::reset, this, [this] {
        // Another database: its disputes and actors are not the ones the filters named.
        m_applyToTimeline->setChecked(false);
        updateChoices();
        m_model->setHits({});
        search();
    });
    connect(session, &DatabaseSession::recordsLoaded, this, &SearchWidget::updateChoices);
    connect(session, &DatabaseSession::searchIndexProgress, this, [this](int percent) {
        showIndexProgress(percent);
        // Complete: the results may now hold what was missing.
        if (percent >= 100)
            search();
    });
    connect(session, &DatabaseSession::recordChanged, this, [this](const QString &entity) {
        if (const RecordType *type = RecordType::find(entity); type && type->changesSearchChoices)
            updateChoices();
    });
    setTabOrder(m_field, m_filtersButton);
    setTabOrder(m_filtersButton, m_dispute);
    setTabOrder(m_to->lineEdit(), m_applyToTimeline);
    setTabOrder(m_applyToTimeline, m_results);
    updateChoices();
    retranslate();
}

SearchWidget::~SearchWidget() = default;

void SearchWidget::setContentLanguage(ContentLanguage content)
{
    m_content = content;
    m_model->setContentLanguage(content);
    updateChoices();
}

void SearchWidget::search()
{
    m_delay->stop();
    Storage::SearchQuery query;
    query.text = m_field->text().trimmed();
    query.disputeId = m_dispute->currentId();
    query.actorId = m_actor->currentId();
    if (m_status->currentIndex() > 0)
        query.claimStatus = static_cast<Claim::Status>(m_status->currentData().toInt());
    if (m_from->date().isValid())
        query.fromMinutes = m_from->date().earliestMinutes();
    if (m_to->date().isValid())
        query.toMinutes = m_to->date().latestMinutes();
    if (const QString letter = m_reliability->currentData().toString(); !letter.isEmpty())
        query.minReliability = letter.front();
    query.minCredibility = m_credibility->currentData().toInt();
    query.limit = 200;
    // Filters narrow a text search; the index finds nothing without words.
    if (query.text.isEmpty()) {
        m_model->setHits({});
        m_summary->setText(m_session->isOpen() ? tr("Type to search events, claims, actors and sources.") : QString());
        return;
    }
    QString message;
    QList<Storage::SearchHit> hits = m_session->search(query, &message);
    // The index has no tag filter: keep the events that carry the tag.
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty()) {
        hits.removeIf([this, &tag](const Storage::SearchHit &hit) {
            if (hit.entity != RecordNames::event)
                return true;
            const std::optional<Event> event = m_session->find<Event>(hit.id);
            return !event || !event->tags.contains(tag);
        });
    }
    // Sources show their grade and, for readers of a shared database, "confidential" instead of their identity.
    QStringList notes;
    for (Storage::SearchHit &hit : hits) {
        notes.append(QString());
        if (hit.entity != RecordNames::source)
            continue;
        const std::optional<Source> source = m_session->find<Source>(hit.id);
        if (!source)
            continue;
        hit.titleFr = hit.titleEn = m_session->sourceLabel(hit.id);
        if (!source->grade.isEmpty())
            notes.last() = source->grade.explanation();
    }
    m_model->setHits(hits, notes);
    m_summary->setText(message.isEmpty() ? tr("%n result(s)", nullptr, int(m_model->hits().size())) : message);
}

void SearchWidget::showIndexProgress(int percent)
{
    m_indexNotice->setVisible(percent < 100);
    if (percent < 100)
        m_indexNotice->setText(tr("Search index %1 % built; results may be incomplete.").arg(percent));
}

Timeline::TimelineFilter SearchWidget::timelineFilter() const
{
    Timeline::TimelineFilter filter;
    if (!m_applyToTimeline->isChecked())
        return filter;
    if (const RowId id = m_dispute->currentId()) {
        const std::optional<Dispute> dispute = m_session->find<Dispute>(id);
        filter.disputeKey = Timeline::laneKey(id, dispute ? dispute->uid : QString());
    }
    if (const RowId id = m_actor->currentId()) {
        const std::optional<Actor> actor = m_session->find<Actor>(id);
        filter.actorKey = Timeline::laneKey(id, actor ? actor->uid : QString());
    }
    filter.tag = m_tag->currentData().toString();
    if (m_from->date().isValid())
        filter.fromMinutes = m_from->date().earliestMinutes();
    if (m_to->date().isValid())
        filter.toMinutes = m_to->date().latestMinutes();
    return filter;
}

void SearchWidget::filtersEdited()
{
    search();
    // Only a real change: rebuilding the flags of a million events is not free.
    Timeline::TimelineFilter filter = timelineFilter();
    if (filter == m_lastTimelineFilter)
        return;
    m_lastTimelineFilter = std::move(filter);
    Q_EMIT timelineFilterChanged();
}

void SearchWidget::filterTimelineByActor(RowId actorId)
{
    m_dispute->setCurrentId(0);
    m_actor->setCurrentId(actorId);
    m_status->setCurrentIndex(0);
    m_reliability->setCurrentIndex(0);
    m_credibility->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_from->setDate(FuzzyDate());
    m_to->setDate(FuzzyDate());
    m_filtersButton->setChecked(true);
    const QSignalBlocker blocker(m_applyToTimeline);
    m_applyToTimeline->setChecked(true);
    filtersEdited();
}

void SearchWidget::stopFilteringTimeline()
{
    m_applyToTimeline->setChecked(false);
}

void SearchWidget::focusSearchField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchWidget::updateChoices()
{
    const Language lang = primaryLanguage(m_content);
    QList<RecordCombo::Choice> disputes;
    for (const Dispute &dispute : m_session->disputes())
        disputes.append({dispute.id, dispute.title.textOrFallback(lang)});
    m_dispute->setChoices(disputes);
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        actors.append({actor.id, actor.name.textOrFallback(lang)});
    m_actor->setChoices(actors);
    m_from->setLanguage(lang);
    m_to->setLanguage(lang);
    const QString tag = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any"), QString());
    for (const Tag &t : m_session->tags()) {
        const QString label = t.label.textOrFallback(lang);
        m_tag->addItem(label.isEmpty() ? t.name : label, t.name);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
}

void SearchWidget::retranslate()
{
    showIndexProgress(m_session->searchIndexPercent());
    m_field->setPlaceholderText(tr("Search in French and English…"));
    m_field->setAccessibleName(tr("Search"));
    m_filtersButton->setText(tr("Filters"));
    m_filtersButton->setAccessibleName(tr("Show search filters"));
    m_disputeLabel->setText(tr("&Dispute:"));
    m_actorLabel->setText(tr("&Actor:"));
    m_statusLabel->setText(tr("Claim &status:"));
    m_tagLabel->setText(tr("Ta&g:"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setItemText(0, tr("Any"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_dispute->setAccessibleName(tr("Filter by dispute"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_status->setAccessibleName(tr("Filter by claim status"));
    m_gradeLabel->setText(tr("Source &grade:"));
    m_reliability->setAccessibleName(tr("Filter sources by reliability"));
    m_reliability->setToolTip(tr("Only sources at least this reliable (A best; F and ungraded sources never match)"));
    m_reliability->setItemText(0, tr("Any reliability"));
    for (int i = 1; i < m_reliability->count(); ++i) {
        const QChar letter = m_reliability->itemData(i).toString().front();
        m_reliability->setItemText(i, tr("At least %1 (%2)").arg(letter, SourceGrade::reliabilityText(letter)));
    }
    m_credibility->setAccessibleName(tr("Filter sources by credibility"));
    m_credibility->setToolTip(
        tr("Only sources whose information is at least this credible (1 best; 6 and ungraded never match)"));
    m_credibility->setItemText(0, tr("Any credibility"));
    for (int i = 1; i < m_credibility->count(); ++i)
        m_credibility->setItemText(i, tr("At least %1 (%2)").arg(i).arg(SourceGrade::credibilityText(i)));
    m_from->setAccessibleFieldName(tr("From date"));
    m_to->setAccessibleFieldName(tr("To date"));
    m_applyToTimeline->setText(tr("Apply to the &timeline"));
    m_applyToTimeline->setToolTip(
        tr("Show on the timeline only the events that match the dispute, actor, tag and dates set here"));
    m_results->setAccessibleName(tr("Search results"));
    const int current = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Any"), -1);
    for (Claim::Status status : Labels::claimStatuses())
        m_status->addItem(Labels::claimStatus(status), static_cast<int>(status));
    m_status->setCurrentIndex(qMax(0, current));
    m_model->setContentLanguage(m_content);
}

} // namespace Frise::Ui
