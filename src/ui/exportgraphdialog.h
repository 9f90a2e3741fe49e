// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfooter.h"
#include "graph/graphexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Frise::Ui {

class DatabaseJob;
class DatabaseSession;

/**
 * File → Export graph…: the relationship graph as an image (PNG, SVG, PDF)
 * or as data for other tools (GEXF, GraphML, DOT), in French or English,
 * optionally "as of" a date, with or without dispute hubs. Written through
 * Graph::GraphExport::exportDataset(): the whole database's graph is read
 * and laid out on a worker thread (minutes for a big one), with Cancel;
 * the graph as shown is written at once.
 */
class ExportGraphDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportGraphDialog)

public:
    explicit ExportGraphDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~ExportGraphDialog() override;

    void setFormat(Graph::GraphExportOptions::Format format);
    void setLanguage(Language language);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    /**
     * Offers to export @p model as the graph view shows it (its nodes, at
     * @p positions) instead of the whole database laid out again: on a big
     * database, the neighbourhood on screen, written at once. Checked when
     * @p preferred.
     */
    void setShownGraph(const Graph::GraphModel &model, const Graph::Positions &positions, bool preferred);
    /// Whether the graph as shown (setShownGraph()) is what will be written.
    bool exportsShownGraph() const;
    /// The options as set; false and @p error when the "as of" date cannot be read.
    bool options(Graph::GraphExportOptions *options, QString *error) const;

    /// Reads the database and writes the file here and now; false and @p error on failure.
    bool exportNow(QString *error);
    /// Whether the whole database's graph is being written on a worker (see accept()).
    bool isExporting() const;
    /// The summary of the text alternative shown for the journalist to copy (empty when not known before exporting).
    QString altSummary() const;

public Q_SLOTS:
    /// Recomputes the text alternative's summary for the options as set.
    void updateAltText();

    /// Writes the file: the graph as shown at once, the whole database's on a worker.
    void accept() override;
    /// Cancels a running export: nothing is written.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    /// The file to write (with its extension) and the options, or false and @p error.
    bool target(QString *path, Graph::GraphExportOptions *options, QString *error) const;
    void setBusy(bool busy);

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_asOf = nullptr;
    QCheckBox *m_disputes = nullptr;
    QCheckBox *m_shownOnly = nullptr;
    Graph::GraphModel m_shownModel;
    Graph::Positions m_shownPositions;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_altTextFile = nullptr;
    QPlainTextEdit *m_altSummary = nullptr; ///< read-only: for the journalist to copy into the CMS
    QString m_altSummaryText;
    QPushButton *m_copyAlt = nullptr;
    ExportFooter m_footer;
};

} // namespace Frise::Ui
