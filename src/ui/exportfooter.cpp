// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfooter.h"

#include "databasejob.h"
#include "formrows.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QProgressBar>

namespace Frise::Ui {

ExportFooter addExportFooter(
    QDialog *dialog, QBoxLayout *layout, const QString &prefix, const std::function<void(bool busy)> &setBusy)
{
    ExportFooter footer;
    footer.error = createErrorLabel(dialog, prefix + QStringLiteral("Error"));
    layout->addWidget(footer.error);
    footer.progress = new QProgressBar(dialog);
    footer.progress->setObjectName(prefix + QStringLiteral("Progress"));
    footer.progress->setRange(0, 0); // reading, laying out and encoding have no useful percentage
    footer.progress->setTextVisible(false);
    footer.progress->hide();
    layout->addWidget(footer.progress);
    layout->addStretch(1);
    footer.buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    footer.exportButton = footer.buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    footer.exportButton->setObjectName(prefix + QStringLiteral("Button"));
    layout->addWidget(footer.buttons);
    QObject::connect(footer.buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(footer.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    footer.job = new DatabaseJob(dialog);
    QObject::connect(footer.job, &DatabaseJob::succeeded, dialog, [dialog, setBusy] {
        setBusy(false);
        dialog->QDialog::accept(); // closes; the dialog's own accept() would export again
    });
    QLabel *error = footer.error;
    QObject::connect(footer.job, &DatabaseJob::failed, dialog, [error, setBusy](const QString &message) {
        setBusy(false);
        error->setText(message);
    });
    return footer;
}

} // namespace Frise::Ui
