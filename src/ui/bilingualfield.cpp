// SPDX-License-Identifier: GPL-3.0-or-later
#include "bilingualfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

const TranslationStatus statuses[] = {TranslationStatus::Original, TranslationStatus::Translated,
    TranslationStatus::NeedsReview, TranslationStatus::Missing};

} // namespace

BilingualField::BilingualField(Lines lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildSide(Language::French);
    buildSide(Language::English);
    layout->addWidget(m_fr.container, 1);
    layout->addWidget(m_en.container, 1);
    retranslate();
    updateMarks();
}

BilingualField::~BilingualField() = default;

void BilingualField::buildSide(Language language)
{
    Side &s = side(language);
    s.container = new QWidget(this);
    auto *grid = new QGridLayout(s.container);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    s.label = new QLabel(languageCode(language).toUpper(), s.container);
    s.label->setMinimumWidth(22);
    QFont bold = s.label->font();
    bold.setBold(true);
    s.label->setFont(bold);
    if (m_lines == Lines::Single) {
        auto *edit = new QLineEdit(s.container);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (!m_loading) {
                updateMarks();
                Q_EMIT edited();
            }
        });
        connect(edit, &QLineEdit::textChanged, this, &BilingualField::updateMarks);
        s.editor = edit;
    } else {
        auto *edit = new QPlainTextEdit(s.container);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        edit->setMaximumHeight(110);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, &BilingualField::updateMarks);
        s.editor = edit;
    }
    s.status = new QComboBox(s.container);
    for (TranslationStatus status : statuses)
        s.status->addItem(QString(), static_cast<int>(status));
    connect(s.status, &QComboBox::activated, this, [this] {
        updateMarks();
        Q_EMIT edited();
    });
    s.label->setBuddy(s.editor);
    // Language and status above the text, so two sides fit next to each other in a narrow inspector.
    grid->addWidget(s.label, 0, 0);
    grid->addWidget(s.status, 0, 1, Qt::AlignLeft);
    grid->addWidget(s.editor, 1, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    s.status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

bool BilingualField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_fr.editor || watched == m_en.editor) && !m_loading)
        Q_EMIT edited();
    return QWidget::eventFilter(watched, event);
}

QString BilingualField::text(Language language) const
{
    const QWidget *editor = side(language).editor;
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed();
    return static_cast<const QPlainTextEdit *>(editor)->toPlainText().trimmed();
}

void BilingualField::setText(Language language, const QString &text)
{
    QWidget *editor = side(language).editor;
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != text) {
            line->setText(text);
            line->setCursorPosition(0); // show the start of a long title
        }
    } else {
        auto *plain = static_cast<QPlainTextEdit *>(editor);
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
    }
}

void BilingualField::setValue(const BilingualText &value)
{
    m_loading = true;
    m_loaded = value;
    for (Language language : {Language::French, Language::English}) {
        setText(language, value.text(language));
        Side &s = side(language);
        s.status->setCurrentIndex(s.status->findData(static_cast<int>(value.status(language))));
    }
    m_loading = false;
    updateMarks();
}

BilingualText BilingualField::value() const
{
    BilingualText value;
    for (Language language : {Language::French, Language::English}) {
        const QString t = text(language);
        auto status = static_cast<TranslationStatus>(side(language).status->currentData().toInt());
        // Typing into a missing language makes it the original text; emptying it makes it missing.
        if (t.isEmpty())
            status = TranslationStatus::Missing;
        else if (status == TranslationStatus::Missing)
            status = text(otherLanguage(language)).isEmpty() ? TranslationStatus::Original
                                                             : TranslationStatus::NeedsReview;
        value.setText(language, t, status);
    }
    // A changed original makes its checked translation stale, unless the translation was edited too.
    for (Language language : {Language::French, Language::English}) {
        const Language other = otherLanguage(language);
        if (m_loaded.status(language) == TranslationStatus::Original && value.text(language) != m_loaded.text(language)
            && !value.text(language).isEmpty() && m_loaded.status(other) == TranslationStatus::Translated
            && !m_loaded.text(other).isEmpty() && value.text(other) == m_loaded.text(other)
            && value.status(other) == TranslationStatus::Translated)
            value.setText(other, value.text(other), TranslationStatus::NeedsReview);
    }
    return value;
}

void BilingualField::setAccessibleFieldName(const QString &name)
{
    m_fieldName = name;
    retranslate();
}

void BilingualField::setContentLanguage(ContentLanguage content)
{
    m_fr.container->setVisible(showsLanguage(content, Language::French));
    m_en.container->setVisible(showsLanguage(content, Language::English));
}

QWidget *BilingualField::editor(Language language) const
{
    return side(language).editor;
}

QComboBox *BilingualField::statusCombo(Language language) const
{
    return side(language).status;
}

void BilingualField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BilingualField::updateMarks()
{
    for (Language language : {Language::French, Language::English}) {
        Side &s = side(language);
        const bool missing = text(language).isEmpty()
            || static_cast<TranslationStatus>(s.status->currentData().toInt()) == TranslationStatus::Missing;
        const bool review
            = static_cast<TranslationStatus>(s.status->currentData().toInt()) == TranslationStatus::NeedsReview;
        // A warm tint marks what still needs a translator, without hiding the text.
        QString style;
        if (missing)
            style = QStringLiteral("background-color: rgba(246, 116, 0, 40); border: 1px dashed rgb(246, 116, 0);");
        else if (review)
            style = QStringLiteral("background-color: rgba(253, 188, 75, 40);");
        s.editor->setStyleSheet(style);
        s.editor->setProperty("translationMissing", missing);
    }
}

void BilingualField::retranslate()
{
    for (Language language : {Language::French, Language::English}) {
        Side &s = side(language);
        const QString languageName = language == Language::French ? tr("French") : tr("English");
        s.label->setToolTip(languageName);
        s.editor->setAccessibleName(
            m_fieldName.isEmpty() ? languageName : tr("%1 (%2)").arg(m_fieldName, languageName));
        s.status->setAccessibleName(tr("Translation status, %1").arg(languageName));
        s.status->setToolTip(tr("Translation status"));
        s.status->setItemText(0, tr("Original"));
        s.status->setItemText(1, tr("Translated"));
        s.status->setItemText(2, tr("Needs review"));
        s.status->setItemText(3, tr("Missing"));
        const QString placeholder = tr("Missing translation");
        if (auto *line = qobject_cast<QLineEdit *>(s.editor))
            line->setPlaceholderText(placeholder);
        else
            static_cast<QPlainTextEdit *>(s.editor)->setPlaceholderText(placeholder);
    }
}

} // namespace Frise::Ui
