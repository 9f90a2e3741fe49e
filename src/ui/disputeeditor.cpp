// SPDX-License-Identifier: GPL-3.0-or-later
#include "disputeeditor.h"

#include "bilingualfield.h"
#include "labels.h"
#include "linklistfield.h"

#include "core/statushistory.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Frise::Ui {

DisputeEditor::DisputeEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_title(new BilingualField(BilingualField::Lines::Single, this))
    , m_description(new BilingualField(BilingualField::Lines::Multi, this))
    , m_status(new QComboBox(this))
    , m_colour(new QLineEdit(this))
    , m_parties(new LinkListField(false, this))
    , m_history(new QLabel(this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Title"), m_title);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Description"), m_description);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "St&atus"), m_status);
    //: A dispute's status history, its dated status changes
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "History"), m_history);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Colour"), m_colour);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Parties"), m_parties);
    m_title->setAccessibleFieldName(tr("Title"));
    m_description->setAccessibleFieldName(tr("Description"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setObjectName(QStringLiteral("disputeStatus"));
    m_colour->setAccessibleName(tr("Colour, as #rrggbb"));
    m_colour->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_colour));
    m_parties->setAccessibleFieldName(tr("Parties"));
    connect(m_title, &BilingualField::edited, this, &DisputeEditor::commit);
    connect(m_description, &BilingualField::edited, this, &DisputeEditor::commit);
    connect(m_status, &QComboBox::activated, this, &DisputeEditor::commit);
    connect(m_colour, &QLineEdit::editingFinished, this, &DisputeEditor::commit);
    connect(m_parties, &LinkListField::edited, this, &DisputeEditor::commit);
}

DisputeEditor::~DisputeEditor() = default;

bool DisputeEditor::readRecord()
{
    m_stored = m_session->find<Dispute>(recordId());
    if (!m_stored)
        return false;
    m_title->setValue(m_stored->title);
    m_description->setValue(m_stored->description);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_stored->status)));
    showHistory();
    m_colour->setText(m_stored->colour);
    const QColor colour = QColor::fromString(m_stored->colour);
    m_colour->setStyleSheet(
        colour.isValid() ? QStringLiteral("border-left: 14px solid %1;").arg(colour.name()) : QString());
    m_parties->setIds(m_stored->partyIds);
    return true;
}

void DisputeEditor::updateChoices()
{
    m_status->clear();
    for (Dispute::Status status : Labels::disputeStatuses())
        m_status->addItem(Labels::disputeStatus(status), static_cast<int>(status));
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        actors.append({actor.id, actor.name.textOrFallback(language())});
    m_parties->setChoices(actors);
}

void DisputeEditor::applyContentLanguage()
{
    m_title->setContentLanguage(contentLanguage());
    m_description->setContentLanguage(contentLanguage());
}

void DisputeEditor::commit()
{
    if (isLoading() || !m_stored)
        return;
    Dispute dispute = *m_stored;
    dispute.title = m_title->value();
    dispute.description = m_description->value();
    dispute.status = static_cast<Dispute::Status>(m_status->currentData().toInt());
    if (QColor::fromString(m_colour->text()).isValid() || m_colour->text().isEmpty())
        dispute.colour = m_colour->text();
    dispute.partyIds = m_parties->ids();
    pushEdit(*m_stored, dispute);
}

// With a history, the status is its latest change's: edited there, not here.
void DisputeEditor::showHistory()
{
    const StatusHistory history(m_session->statusChanges());
    const QList<StatusChange> changes = history.changes(m_stored->id);
    QStringList steps;
    for (const StatusChange &change : changes)
        steps.append(m_session->statusChangeLabel(change, language()));
    m_history->setText(changes.isEmpty()
            ? tr("No status change recorded: Edit → New → Status change dates and sources each step.")
            : steps.join(QStringLiteral(" → ")));
    m_status->setEnabled(changes.isEmpty());
    m_status->setToolTip(
        changes.isEmpty() ? QString() : tr("Follows the latest status change; add a status change to move it."));
}

QString DisputeEditor::headingText() const
{
    return m_stored ? m_stored->title.textOrFallback(language()) : QString();
}

} // namespace Frise::Ui
