// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "labels.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
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
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("remoteChangeNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeReload = new QPushButton(m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeReload, 0, Qt::AlignTop);
    connect(m_noticeReload, &QPushButton::clicked, this, &RecordEditor::reload);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);
    layout->addStretch(1);
    // Saves, undo and redo of this record (from here or elsewhere) show at once.
    connect(session, &DatabaseSession::recordChanged, this, [this](const QString &changed, RowId id) {
        if (m_id && id == m_id && changed == entity())
            onRecordChanged();
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

void RecordEditor::onRecordChanged()
{
    // Someone else's save must not wipe what the user is typing; theirs shows on reload.
    if (m_session->isApplyingRemoteChange() && (m_dirty || m_resolving)) {
        m_notSaved = false;
        retranslate();
        m_notice->show();
        return;
    }
    reload();
}

void RecordEditor::trackEdits()
{
    if (m_tracking)
        return;
    m_tracking = true;
    auto markDirty = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    for (QLineEdit *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textEdited, this, markDirty);
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, markDirty);
    for (QTextEdit *text : findChildren<QTextEdit *>())
        connect(text, &QTextEdit::textChanged, this, markDirty);
}

void RecordEditor::reload()
{
    trackEdits();
    m_dirty = false;
    m_notSaved = false;
    m_notice->hide();
    m_loading = true;
    updateChoices();
    const bool found = m_id != 0 && readRecord();
    m_loading = false;
    if (!found)
        m_id = 0;
    setEnabled(found && !m_session->isReadOnly());
    retranslate();
}

void RecordEditor::reloadKeepingUnsaved()
{
    if (!m_notSaved || !m_id) {
        reload();
        return;
    }
    setEnabled(!m_session->isReadOnly());
}

void RecordEditor::keepNotSaved()
{
    m_dirty = true;
    m_notSaved = true;
    setEnabled(false);
    retranslate();
    m_notice->show();
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

void RecordEditor::addStartEndRow(QWidget *start, QWidget *end)
{
    auto *dates = new QWidget(this);
    auto *layout = new QHBoxLayout(dates);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(start, 1);
    layout->addWidget(end, 1);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Start / end"), dates);
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
    if (m_notSaved) {
        m_noticeText->setText(tr("Your change was not saved: the database server could not be reached. What you "
                                 "typed is kept here; save it again once the connection is back."));
        m_noticeReload->setText(tr("&Discard My Change"));
    } else {
        m_noticeText->setText(tr("Someone else has just changed this record. What you are typing is kept; when it "
                                 "is saved you will see both versions and choose."));
        m_noticeReload->setText(tr("Show &Their Version"));
    }
    m_noticeReload->setToolTip(tr("Drop what you typed and show the saved record"));
    m_heading->setText(m_id ? headingText() : QString());
}

} // namespace Frise::Ui
