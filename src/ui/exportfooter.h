// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QBoxLayout;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Frise::Ui {

class DatabaseJob;

/**
 * The foot every export dialog shares: the line that says why an export
 * failed, a busy bar while a DatabaseJob writes the file, and Cancel and
 * Export (named in the dialog's retranslate()).
 */
struct ExportFooter
{
    QLabel *error = nullptr;
    QProgressBar *progress = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *exportButton = nullptr;
    DatabaseJob *job = nullptr;
};

/**
 * Adds an ExportFooter to @p layout. Its objects are named @p prefix +
 * "Error", "Progress" and "Button". Export and Cancel call @p dialog's
 * accept() and reject(); when the job ends, @p setBusy(false) runs and the
 * dialog closes as accepted, or shows why the job failed.
 */
ExportFooter addExportFooter(
    QDialog *dialog, QBoxLayout *layout, const QString &prefix, const std::function<void(bool busy)> &setBusy);

} // namespace Frise::Ui
