// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importtypes.h"
#include "storage/datasetstore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Frise::Ui {

class DatabaseSession;

/**
 * File → Import…: reads a file (TimelineJS JSON or sheet CSV, any CSV,
 * a Frise backup, ICS) and adds its records to the open database.
 *
 * The file is parsed off the UI thread (QtConcurrent) with a progress bar
 * and Cancel, again whenever an option changes, and the dialog previews the
 * result: the format, the first events, for a generic CSV the delimiter,
 * the column mapping (one combo per column) and the date order with the
 * reason it was chosen (and a combo to override it), then the warnings and
 * the error with its line and column. Import writes the parsed set on the
 * session's own connection, in one transaction (DatasetStore: all or
 * nothing), then reloads the views. Imports are not on the undo stack.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The user-visible name of @p format ("TimelineJS JSON", "CSV"…).
    static QString formatName(Io::Format format);

    /// Reads @p path and starts the preview parse.
    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }

    /// The options the next parse uses (format, mapping, date order, language).
    Io::ImportOptions options() const;
    /// The language the file's texts are read as.
    void setLanguage(Language language);

    /// The last complete parse (empty before the first one finishes).
    const Io::ImportResult &result() const { return m_result; }
    /// What the last import wrote.
    const Storage::ImportSummary &summary() const { return m_summary; }
    /// Whether a parse is running in the background.
    bool isParsing() const;

    QTableWidget *previewTable() const { return m_table; }
    /// Warnings and errors as shown ("file:line:column: message").
    QString problemsText() const;
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    /// The mapping combo of CSV column @p header (nullptr when there is none).
    QComboBox *mappingCombo(const QString &header) const;
    QPushButton *importButton() const { return m_importButton; }

public Q_SLOTS:
    /// Writes the parsed file into the database (parsing it first when needed).
    void startImport();
    /// Stops the running parse.
    void cancelParse();

Q_SIGNALS:
    /// A parse finished (also when it failed); the preview shows it.
    void previewReady();
    /// An import finished: @p ok when the records are in the database.
    void importFinished(bool ok);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void startParse();
    void onParsed();
    void updatePreview();
    void rebuildMapping();
    void writeResult();
    void setBusy(bool busy);
    void setProgress(qint64 done, qint64 total);

    DatabaseSession *m_session = nullptr;
    QString m_path;
    Io::ImportResult m_result;
    Storage::ImportSummary m_summary;
    QString m_resultKey; ///< options the result was parsed with
    QStringList m_mappingHeader; ///< columns the mapping combos are for
    bool m_mappingEdited = false;
    bool m_reparse = false;
    bool m_importAfterParse = false;
    bool m_imported = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_lastPercent;
    QFutureWatcher<Io::ImportResult> m_watcher;

    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_detected = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_delimiter = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_dateReason = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QList<QComboBox *> m_mappingCombos;
    QTableWidget *m_table = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QLabel *m_undoNote = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Frise::Ui
