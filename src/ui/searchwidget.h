// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/ids.h"
#include "timeline/timelinefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace Frise::Ui {

class DatabaseSession;
class DateField;
class RecordCombo;
class SearchResultsModel;

/// The search dock's content: a field, filters and the ranked results.
class SearchWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWidget)

public:
    explicit SearchWidget(DatabaseSession *session, QWidget *parent = nullptr);
    ~SearchWidget() override;

    QLineEdit *searchField() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    /// The tag filter: a tag name, or empty for any.
    QComboBox *tagFilter() const { return m_tag; }
    /// The source grade filters: reliability at least a letter (data: the letter), credibility at least a level.
    QComboBox *reliabilityFilter() const { return m_reliability; }
    QComboBox *credibilityFilter() const { return m_credibility; }
    SearchResultsModel *resultsModel() const { return m_model; }
    void setContentLanguage(ContentLanguage content);
    /// What the filters ask of the timeline: empty unless "Apply to the timeline" is checked.
    Timeline::TimelineFilter timelineFilter() const;

public Q_SLOTS:
    /// The notice shown while the search index is being built (hidden otherwise).
    QLabel *indexNotice() const { return m_indexNotice; }

    /// Runs the search now (typing runs it after a short pause).
    void search();
    /// Focuses the field and selects its text.
    void focusSearchField();
    /// Shows the filters set to @p actorId alone, applied to the timeline (a click in the graph asks it).
    void filterTimelineByActor(Frise::RowId actorId);
    /// Stops filtering the timeline (the filters stay set for the search).
    void stopFilteringTimeline();

Q_SIGNALS:
    /// The user picked a result.
    void recordActivated(const QString &entity, Frise::RowId id);
    /// timelineFilter() changed.
    void timelineFilterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChoices();
    void retranslate();
    void filtersEdited();
    void showIndexProgress(int percent);

    DatabaseSession *m_session = nullptr;
    QLineEdit *m_field = nullptr;
    QToolButton *m_filtersButton = nullptr;
    QWidget *m_filters = nullptr;
    RecordCombo *m_dispute = nullptr;
    RecordCombo *m_actor = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_reliability = nullptr; ///< "at least" a letter, sources only
    QComboBox *m_credibility = nullptr; ///< "at least" a level, sources only
    QComboBox *m_tag = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_disputeLabel = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_gradeLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QCheckBox *m_applyToTimeline = nullptr;
    Timeline::TimelineFilter m_lastTimelineFilter;
    QListView *m_results = nullptr;
    QLabel *m_summary = nullptr;
    /// Shown while the search index is incomplete (DatabaseSession::searchIndexPercent()).
    QLabel *m_indexNotice = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_delay = nullptr;
    ContentLanguage m_content = ContentLanguage::Both;
};

} // namespace Frise::Ui
