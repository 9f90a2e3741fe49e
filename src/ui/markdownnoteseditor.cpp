// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownnoteseditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    // Loading the definitions is costly: one repository for the whole application.
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace

MarkdownNotesEditor::MarkdownNotesEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_source, QString());
    m_tabs->addTab(m_preview, QString());
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setTabChangesFocus(true);
    m_source->installEventFilter(this);
    m_preview->setOpenExternalLinks(true);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_source->document());
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_preview->setMarkdown(m_source->toPlainText());
    });
    retranslate();
}

MarkdownNotesEditor::~MarkdownNotesEditor() = default;

void MarkdownNotesEditor::setMarkdown(const QString &markdown)
{
    m_loaded = markdown;
    if (m_source->toPlainText() != markdown)
        m_source->setPlainText(markdown);
    m_preview->setMarkdown(markdown);
}

QString MarkdownNotesEditor::markdown() const
{
    return m_source->toPlainText();
}

void MarkdownNotesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool MarkdownNotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_source && event->type() == QEvent::FocusOut && m_source->toPlainText() != m_loaded) {
        m_loaded = m_source->toPlainText();
        Q_EMIT edited();
    }
    return QWidget::eventFilter(watched, event);
}

void MarkdownNotesEditor::applyTheme()
{
    // A theme matching the palette keeps notes readable in dark mode.
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void MarkdownNotesEditor::retranslate()
{
    m_tabs->setTabText(0, tr("Markdown"));
    m_tabs->setTabText(1, tr("Preview"));
    m_source->setAccessibleName(tr("Notes (Markdown)"));
    m_source->setPlaceholderText(tr("Internal notes in Markdown: never published."));
    m_preview->setAccessibleName(tr("Notes preview"));
}

} // namespace Frise::Ui
