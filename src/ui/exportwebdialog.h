// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfooter.h"
#include "io/webpage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Frise::Ui {

class DatabaseJob;
class DatabaseSession;

/**
 * File → Export Web Page…: `frise export-web` in a dialog. One HTML file with
 * both languages (the chosen one shown first), always publish-safe;
 * unverified and disputed claims only when asked, optionally one period.
 * Reads the database and writes the file on a worker thread (Cancel stops
 * it and writes nothing).
 */
class ExportWebDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWebDialog)

public:
    explicit ExportWebDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~ExportWebDialog() override;

    void setLanguage(Language language);
    void setIncludeUnverified(bool include);
    /// The period, as `frise export-web --from/--to` reads it ("2023", "2023-04"); empty for none.
    void setPeriod(const QString &from, const QString &to);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    /// The options as chosen; false and @p error when the period does not read.
    bool options(Io::WebPageOptions *options, QString *error) const;
    bool isExporting() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void setBusy(bool busy);

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QCheckBox *m_includeUnverified = nullptr;
    QLabel *m_note = nullptr;
    ExportFooter m_footer;
};

} // namespace Frise::Ui
