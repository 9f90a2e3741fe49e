// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Frise::Ui {

/// Markdown notes: a highlighted source editor and a rendered preview.
class MarkdownNotesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownNotesEditor)

public:
    explicit MarkdownNotesEditor(QWidget *parent = nullptr);
    ~MarkdownNotesEditor() override;

    void setMarkdown(const QString &markdown);
    QString markdown() const;
    QPlainTextEdit *sourceEditor() const { return m_source; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    /// The user left the editor after changing the text.
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void retranslate();

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTextBrowser *m_preview = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_loaded;
};

} // namespace Frise::Ui
