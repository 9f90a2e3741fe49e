// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QEvent>

namespace Frise::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Frise — platform and AI disputes"));
}

} // namespace Frise::Ui
