// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfocusbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace Frise::Ui {

GraphFocusBar::GraphFocusBar(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("graphFocusSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_hopsLabel = new QLabel(this);
    m_hops = new QSpinBox(this);
    m_hops->setObjectName(QStringLiteral("graphFocusHops"));
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hopsLabel->setBuddy(m_hops);
    m_whole = new QToolButton(this);
    m_whole->setObjectName(QStringLiteral("graphFocusWhole"));
    m_whole->setCheckable(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_hopsLabel);
    layout->addWidget(m_hops);
    layout->addWidget(m_whole);

    connect(m_hops, &QSpinBox::valueChanged, this, &GraphFocusBar::hopsChanged);
    connect(m_whole, &QToolButton::toggled, this, &GraphFocusBar::wholeGraphRequested);
    retranslate();
}

void GraphFocusBar::showNeighbourhood(const QString &centre, int shown, int total)
{
    m_centre = centre;
    m_shown = shown;
    m_total = total;
    m_isWhole = false;
    const QSignalBlocker blocker(m_whole);
    m_whole->setChecked(false);
    updateText();
}

void GraphFocusBar::showWhole(int total)
{
    m_shown = m_total = total;
    m_isWhole = true;
    const QSignalBlocker blocker(m_whole);
    m_whole->setChecked(true);
    updateText();
}

int GraphFocusBar::hops() const
{
    return m_hops->value();
}

void GraphFocusBar::setHops(int hops)
{
    m_hops->setValue(hops);
}

void GraphFocusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GraphFocusBar::retranslate()
{
    m_hopsLabel->setText(tr("&Hops:"));
    m_hops->setToolTip(tr("How many links away from the centre the graph reaches"));
    m_whole->setText(tr("Whole graph"));
    m_whole->setToolTip(tr("Lay the whole graph out and show it (may take a while on a big database); "
                           "uncheck to come back to the neighbourhood"));
    updateText();
}

void GraphFocusBar::updateText()
{
    const QLocale locale;
    m_hops->setEnabled(!m_isWhole);
    if (m_isWhole) {
        m_summary->setText(tr("Whole graph: %1 nodes").arg(locale.toString(m_total)));
        return;
    }
    m_summary->setText(tr("Around %1: %2 of %3 nodes shown, %4 hidden")
            .arg(m_centre, locale.toString(m_shown), locale.toString(m_total), locale.toString(m_total - m_shown)));
}

} // namespace Frise::Ui
