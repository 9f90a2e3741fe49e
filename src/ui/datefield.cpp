// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "userdate.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Frise::Ui {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_understood(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_understood);
    m_understood->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_understood->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_understood->setFont(small);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::interpret);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && isAcceptable())
            Q_EMIT edited();
    });
    interpret();
}

DateField::~DateField() = default;

void DateField::setDate(const FuzzyDate &date)
{
    m_loading = true;
    const QString text = date.toIsoText();
    if (m_edit->text() != text)
        m_edit->setText(text);
    m_loading = false;
    interpret();
}

FuzzyDate DateField::date() const
{
    return m_date;
}

bool DateField::isAcceptable() const
{
    return m_edit->text().trimmed().isEmpty() || m_date.isValid();
}

void DateField::setLanguage(Language language)
{
    m_language = language;
    interpret();
}

void DateField::setAccessibleFieldName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_understood->setAccessibleName(tr("%1, as understood").arg(name));
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        interpret();
    QWidget::changeEvent(event);
}

void DateField::interpret()
{
    const ParsedUserDate parsed = parseUserDate(m_edit->text(), m_language);
    m_date = parsed.date;
    m_error = parsed.error;
    m_edit->setPlaceholderText(tr("e.g. 2023-04-25, 2023-04, ~2015"));
    if (m_edit->text().trimmed().isEmpty()) {
        m_understood->setText(QString());
        m_edit->setStyleSheet(QString());
    } else if (m_date.isValid()) {
        m_understood->setText(QStringLiteral("→ ") + m_date.toDisplayString(m_language));
        m_edit->setStyleSheet(QString());
    } else {
        m_understood->setText(tr("Not understood: %1").arg(m_error));
        m_edit->setStyleSheet(QStringLiteral("border: 1px solid rgb(218, 68, 83);"));
    }
}

} // namespace Frise::Ui
