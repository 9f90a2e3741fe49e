// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Frise::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Messages"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(const QString &text, Kind kind, QAction *action)
{
    m_kind = kind;
    m_label->setText(text);
    if (action)
        m_action->setDefaultAction(action);
    m_action->setVisible(action != nullptr);
    applyStyle();
    show();
    const int generation = ++m_generation;
    if (kind == Kind::Information)
        QTimer::singleShot(6000, this, [this, generation] {
            if (generation == m_generation)
                hide();
        });
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
    else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Messages"));
        m_close->setAccessibleName(tr("Close message"));
        m_close->setToolTip(tr("Close message"));
    }
    QFrame::changeEvent(event);
}

void MessageBar::applyStyle()
{
    QColor accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Information:
        accent = QColor(0x3d, 0xae, 0xe9);
        break;
    case Kind::Warning:
        accent = QColor(0xf6, 0x74, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        accent = QColor(0xda, 0x44, 0x53);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    // A tint of the accent over the window colour keeps the text readable in light and dark palettes.
    // The parent's colour: our own palette is the one the style sheet below changes.
    const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette()).color(QPalette::Window);
    const QColor tint = QColor::fromRgbF(base.redF() * 0.8f + accent.redF() * 0.2f,
        base.greenF() * 0.8f + accent.greenF() * 0.2f, base.blueF() * 0.8f + accent.blueF() * 0.2f);
    const QString sheet
        = QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
              .arg(tint.name(), accent.name());
    // A style sheet change sends a PaletteChange, which brings us back here: stop when nothing changes.
    if (sheet != styleSheet()) {
        m_styling = true;
        setStyleSheet(sheet);
        m_styling = false;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

} // namespace Frise::Ui
