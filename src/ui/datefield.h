// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fuzzydate.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Frise::Ui {

/// A date typed as text, with a line telling how it was understood.
class DateField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    void setDate(const FuzzyDate &date);
    /// The date as understood; null when empty or not understood.
    FuzzyDate date() const;
    /// False when text was typed but not understood.
    bool isAcceptable() const;
    /// Language the text is read in and the understanding shown in.
    void setLanguage(Language language);
    QLineEdit *lineEdit() const { return m_edit; }
    void setAccessibleFieldName(const QString &name);

Q_SIGNALS:
    /// The user finished typing a date that was understood (or cleared it).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void interpret();

    QLineEdit *m_edit = nullptr;
    QLabel *m_understood = nullptr;
    FuzzyDate m_date;
    QString m_error;
    Language m_language = Language::English;
    bool m_loading = false;
};

} // namespace Frise::Ui
