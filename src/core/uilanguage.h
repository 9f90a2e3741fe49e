// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QObject>

class QTranslator;

namespace Frise {

/**
 * Installs Qt's and Frise's translators for the UI language on the running
 * application, replacing the previous ones, so the language can change at
 * runtime (widgets then receive QEvent::LanguageChange).
 */
class UiLanguage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiLanguage)

public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    /// The language of the system locale, English when it is neither FR nor EN.
    static Language systemLanguage();

    Language current() const { return m_current; }
    /// Loads and installs the translators; false if Frise's catalogue is missing.
    bool apply(Language language);

private:
    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_friseTranslator = nullptr;
    Language m_current = Language::English;
};

} // namespace Frise
