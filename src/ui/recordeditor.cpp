// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "labels.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Frise::Ui {

RecordEditor::RecordEditor(DatabaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_kind(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_kind);
    layout->addWidget(m_heading);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);
    layout->addStretch(1);
    // Saves, undo and redo of this record (from here or elsewhere) show at once.
    connect(session, &DatabaseSession::recordChanged, this, [this](const QString &changed, RowId id) {
        if (m_id && id == m_id && changed == entity())
            reload();
    });
    connect(session, &DatabaseSession::recordRemoved, this, [this](const QString &changed, RowId id) {
        if (m_id && id == m_id && changed == entity())
            load(0);
    });
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::load(RowId id)
{
    m_id = id;
    reload();
}

void RecordEditor::reload()
{
    m_loading = true;
    updateChoices();
    const bool found = m_id != 0 && readRecord();
    m_loading = false;
    if (!found)
        m_id = 0;
    setEnabled(found && !m_session->isReadOnly());
    retranslate();
}

void RecordEditor::setContentLanguage(ContentLanguage content)
{
    m_content = content;
    applyContentLanguage();
    if (m_id)
        reload();
}

QLabel *RecordEditor::addRow(const char *label, QWidget *field)
{
    auto *text = new QLabel(this);
    text->setBuddy(field);
    m_form->addRow(text, field);
    m_labels.append({text, label});
    text->setText(QCoreApplication::translate("Frise::Ui::RecordEditor", label));
    return text;
}

void RecordEditor::commitOnFocusOut(QWidget *widget)
{
    widget->installEventFilter(this);
    m_focusWatched.append(widget);
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_loading && m_focusWatched.contains(qobject_cast<QWidget *>(watched)))
        commit();
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(QCoreApplication::translate("Frise::Ui::RecordEditor", text));
    m_kind->setText(Labels::entity(entity()).toUpper());
    m_heading->setText(m_id ? headingText() : QString());
}

} // namespace Frise::Ui
