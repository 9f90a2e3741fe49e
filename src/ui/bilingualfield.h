// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/bilingualtext.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Frise::Ui {

/**
 * One bilingual field: the French and the English text side by side, each
 * with its translation status. An empty or "missing" language is marked.
 * Single-line (QLineEdit) or multi-line (QPlainTextEdit).
 */
class BilingualField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BilingualField)

public:
    enum class Lines {
        Single,
        Multi,
    };

    /// @p name is the field's name for accessibility ("Title", "Text").
    BilingualField(Lines lines, QWidget *parent = nullptr);
    ~BilingualField() override;

    void setValue(const BilingualText &value);
    /**
     * What the widgets hold. When the original-language text differs from
     * the one last given to setValue(), a translation of it (a text, status
     * Translated, not changed itself) becomes NeedsReview: it no longer says
     * what the original says. Editors store this value as one edit, so undo
     * restores both the text and the status.
     */
    BilingualText value() const;
    void setAccessibleFieldName(const QString &name);
    void setContentLanguage(ContentLanguage content);
    /// The text editor of @p language (a QLineEdit or a QPlainTextEdit).
    QWidget *editor(Language language) const;
    QComboBox *statusCombo(Language language) const;

Q_SIGNALS:
    /// The user finished changing the text or changed a status.
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Side
    {
        QWidget *container = nullptr;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QComboBox *status = nullptr;
    };

    Side &side(Language language) { return language == Language::French ? m_fr : m_en; }
    const Side &side(Language language) const { return language == Language::French ? m_fr : m_en; }
    void buildSide(Language language);
    QString text(Language language) const;
    void setText(Language language, const QString &text);
    void updateMarks();
    void retranslate();

    Lines m_lines;
    Side m_fr;
    Side m_en;
    BilingualText m_loaded; ///< the last value set: what the edit started from
    QString m_fieldName;
    bool m_loading = false;
};

} // namespace Frise::Ui
