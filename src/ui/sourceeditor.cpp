// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceeditor.h"

#include "datefield.h"
#include "savedcopiesfield.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include <QLineEdit>
#include <QPlainTextEdit>

namespace Frise::Ui {

SourceEditor::SourceEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_outlet(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_published(new DateField(this))
    , m_accessed(new QLineEdit(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_copies(new SavedCopiesField(session, this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Outlet"), m_outlet);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Title"), m_title);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&URL"), m_url);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Language"), m_language);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Published"), m_published);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "A&ccessed"), m_accessed);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Excerpt"), m_excerpt);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Saved &copies"), m_copies);
    setAcceptDrops(true);
    m_outlet->setAccessibleName(tr("Outlet"));
    m_title->setAccessibleName(tr("Title"));
    m_url->setAccessibleName(tr("URL"));
    m_language->setAccessibleName(tr("Language code"));
    m_language->setMaxLength(2);
    m_language->setMaximumWidth(48);
    m_published->setAccessibleFieldName(tr("Published"));
    m_accessed->setAccessibleName(tr("Accessed on (yyyy-mm-dd)"));
    m_accessed->setPlaceholderText(QStringLiteral("2026-11-26"));
    m_excerpt->setAccessibleName(tr("Quoted excerpt"));
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMaximumHeight(110);
    commitOnFocusOut(m_excerpt);
    for (QLineEdit *edit : {m_outlet, m_title, m_url, m_language, m_accessed})
        connect(edit, &QLineEdit::editingFinished, this, &SourceEditor::commit);
    connect(m_published, &DateField::edited, this, &SourceEditor::commit);
}

SourceEditor::~SourceEditor() = default;

bool SourceEditor::readRecord()
{
    m_stored = m_session->find<Source>(recordId());
    if (!m_stored) {
        m_copies->setSource(0);
        return false;
    }
    m_outlet->setText(m_stored->outlet);
    m_title->setText(m_stored->title);
    m_url->setText(m_stored->url);
    m_language->setText(m_stored->language);
    m_published->setDate(m_stored->published);
    m_accessed->setText(m_stored->accessed.toString(Qt::ISODate));
    if (m_excerpt->toPlainText() != m_stored->excerpt)
        m_excerpt->setPlainText(m_stored->excerpt);
    m_copies->setSource(m_stored->id);
    return true;
}

namespace {
QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void SourceEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_stored && !m_session->isReadOnly() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SourceEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_stored || paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_copies->attachFiles(paths);
}

void SourceEditor::updateChoices()
{
    m_published->setLanguage(language());
}

void SourceEditor::commit()
{
    if (isLoading() || !m_stored || !m_published->isAcceptable())
        return;
    Source source = *m_stored;
    source.outlet = m_outlet->text().trimmed();
    source.title = m_title->text().trimmed();
    source.url = m_url->text().trimmed();
    source.language = m_language->text().trimmed().toLower();
    if (m_published->date().toIsoText() != m_stored->published.toIsoText())
        source.published = m_published->date();
    const QDate accessed = QDate::fromString(m_accessed->text().trimmed(), Qt::ISODate);
    if (accessed.isValid() || m_accessed->text().trimmed().isEmpty())
        source.accessed = accessed;
    source.excerpt = m_excerpt->toPlainText().trimmed();
    pushEdit(*m_stored, source);
}

QString SourceEditor::headingText() const
{
    return m_stored ? m_session->sourceLabel(m_stored->id) : QString();
}

} // namespace Frise::Ui
