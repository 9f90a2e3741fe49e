// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Frise {

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{ }

UiLanguage::~UiLanguage()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
    if (m_friseTranslator)
        QCoreApplication::removeTranslator(m_friseTranslator);
}

Language UiLanguage::systemLanguage()
{
    Language language = Language::English;
    languageFromCode(QLocale::system().name(), &language);
    return language;
}

bool UiLanguage::apply(Language language)
{
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    if (m_friseTranslator) {
        QCoreApplication::removeTranslator(m_friseTranslator);
        delete m_friseTranslator;
        m_friseTranslator = nullptr;
    }
    m_current = language;
    QLocale::setDefault(localeFor(language));
    const QLocale locale = localeFor(language);

    // Qt's own strings (standard dialogs, shortcuts) come from qtbase_xx.qm.
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qtTranslator = qt;
    } else {
        delete qt;
    }
    auto *frise = new QTranslator(this);
    if (!frise->load(QStringLiteral(":/i18n/frise_%1.qm").arg(languageCode(language)))) {
        delete frise;
        return false;
    }
    QCoreApplication::installTranslator(frise);
    m_friseTranslator = frise;
    return true;
}

} // namespace Frise
