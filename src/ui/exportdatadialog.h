// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Frise::Ui {

class DatabaseSession;

/**
 * File → Export data…: the whole database as TimelineJS JSON, a TimelineJS
 * sheet (CSV), a plain CSV, a Frise backup or a calendar (ICS), in one
 * language (backups carry both), optionally publish-safe. Written through
 * Io::Exporter (QSaveFile: never a half-written file).
 */
class ExportDataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDataDialog)

public:
    explicit ExportDataDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~ExportDataDialog() override;

    void setFormat(Io::Format format);
    void setLanguage(Language language);
    void setPublishSafe(bool publishSafe);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    Io::ExportOptions options() const;

    /// Reads the database and writes the file; false and @p error on failure.
    bool exportNow(QString *error);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateEnabled();

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_publishSafe = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace Frise::Ui
