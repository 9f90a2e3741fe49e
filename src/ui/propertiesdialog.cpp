// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiesdialog.h"

#include "databasesession.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Frise::Ui {

PropertiesDialog::PropertiesDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Database properties"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QLocale locale;
    auto add = [form](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setAccessibleName(label);
        form->addRow(label, field);
    };
    add(tr("File:"), QFileInfo(session->path()).absoluteFilePath());
    add(tr("Schema version:"), locale.toString(session->schemaVersion()));
    add(tr("Access:"), session->isReadOnly() ? tr("Read-only") : tr("Read and write"));
    QString message;
    const Storage::Counts counts = session->counts(&message);
    add(tr("Events:"), locale.toString(counts.events));
    add(tr("Actors:"), locale.toString(counts.actors));
    add(tr("Disputes:"), locale.toString(counts.disputes));
    add(tr("Claims:"), locale.toString(counts.claims));
    add(tr("Sources:"), locale.toString(counts.sources));
    add(tr("Relations:"), locale.toString(counts.relations));
    if (!message.isEmpty())
        layout->addWidget(new QLabel(message));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PropertiesDialog::~PropertiesDialog() = default;

} // namespace Frise::Ui
