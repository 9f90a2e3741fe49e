// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfooter.h"
#include "io/importtypes.h"

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
 * File → Export data…: the whole database as TimelineJS JSON, a TimelineJS
 * sheet (CSV), a plain CSV (comma-separated, or for a French spreadsheet),
 * a Frise backup, a calendar (ICS), fact-checks (ClaimReview JSON-LD, always
 * publish-safe, with the newsroom as publisher, remembered in the settings),
 * FollowTheMoney entities or the sources as CSL-JSON, in one language
 * (backups carry both), optionally publish-safe. Written through
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
    /// The CSV dialect (generic CSV only); it defaults from the UI language, French spreadsheets for French.
    void setCsvDialect(Io::CsvDialect dialect);
    /// ClaimReview: the newsroom and its page, each review's author and url.
    void setPublisher(const QString &name, const QString &url);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    Io::ExportOptions options() const;

    /// Reads the database and writes the file now, on this thread; false and @p error on failure.
    bool exportNow(QString *error);
    /// True while Export runs in the background.
    bool isExporting() const;

public Q_SLOTS:
    /// Export: reads and writes on a worker thread (minutes for a million events), then closes the dialog.
    void accept() override;
    /// Cancel, also during an export: nothing is written.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateEnabled();
    /// The file to write, with its extension; empty and @p error when none is chosen.
    QString targetPath(QString *error) const;
    void setBusy(bool busy);

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_csvDialect = nullptr;
    QCheckBox *m_publishSafe = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_publisherUrl = nullptr;
    ExportFooter m_footer;
};

} // namespace Frise::Ui
