// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Frise::Ui {

class DatabaseSession;

/// File > Properties: the database's path, schema version and record counts.
class PropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesDialog)

public:
    explicit PropertiesDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~PropertiesDialog() override;
};

} // namespace Frise::Ui
