// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "exportfooter.h"
#include "timeline/timelineexporter.h"

#include <QDialog>
#include <QImage>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace Frise::Ui {

class DatabaseJob;
class DatabaseSession;

/**
 * File → Export timeline…: the timeline as a PNG, SVG or PDF image, whole
 * or only the range the view shows, at a chosen size and resolution, in
 * French or English, with its lanes, title and subtitle, optionally
 * publish-safe. A live preview draws what will be written
 * (TimelineExporter::render(), scaled down); Export writes it through
 * TimelineExporter.
 */
class ExportTimelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTimelineDialog)

public:
    explicit ExportTimelineDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~ExportTimelineDialog() override;

    /// The range the timeline view shows (minutes since the epoch); enables "Visible range" and selects it.
    void setVisibleRange(qint64 from, qint64 to);
    void setLanguage(Language language);
    void setLaneMode(Timeline::LaneMode mode);
    /// The file to write; its extension selects the format.
    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setImageSize(int width, int height);
    void setFormat(Timeline::TimelineExportOptions::Format format);

    /**
     * Exports @p data, the timeline the window already shows, instead of
     * building it again from the database (seconds at a million events).
     * Without it, the dialog builds the timeline when it first needs it.
     */
    void setTimeline(
        std::shared_ptr<const Timeline::TimelineData> data, std::shared_ptr<const Timeline::TitleProvider> titles);

    /// The export as set in the dialog.
    Timeline::TimelineExportOptions options() const;
    /// The last preview drawn (at most 560 pixels wide).
    QImage previewImage() const { return m_preview; }
    /// The text alternative of the last preview: what the export writes (FILE.alt.txt, SVG/PDF/PNG metadata).
    AltText altText() const { return m_altText; }

    /// Writes the file now, on this thread; false and @p error on failure.
    bool exportNow(QString *error);
    /// An export started by accept() is running.
    bool isExporting() const;

public Q_SLOTS:
    /// Redraws the preview now.
    void updatePreview();
    /// Writes the file on a worker (an 8K image of a big timeline takes seconds); closes when written.
    void accept() override;
    /// Cancels a running export (nothing is written) and closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void schedulePreview();
    void syncFormatFromPath();

    bool ensureTimeline(QString *error);
    /// The options to export with, the timeline built; nullopt and @p error when it cannot be written.
    std::optional<Timeline::TimelineExportOptions> exportOptions(QString *error);
    void setBusy(bool busy);
    /// The options with what the dialog leaves empty filled from the database (title, credits).
    Timeline::TimelineExportOptions completedOptions() const;

    DatabaseSession *m_session = nullptr;
    std::shared_ptr<const Timeline::TimelineData> m_data;
    std::shared_ptr<const Timeline::TitleProvider> m_titles;
    BilingualText m_databaseTitle;
    QStringList m_outlets; ///< credited by the export (Storage::TimelineRows::creditedOutlets())
    QStringList m_publishableOutlets; ///< credited by a publish-safe export
    qint64 m_visibleFrom = 0;
    qint64 m_visibleTo = 0;
    QImage m_preview;
    AltText m_altText;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_format = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_visible = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_lanes = nullptr;
    QCheckBox *m_publishSafe = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_altTextFile = nullptr;
    QPlainTextEdit *m_altSummary = nullptr; ///< read-only: for the journalist to copy into the CMS
    QPushButton *m_copyAlt = nullptr;
    QLabel *m_previewLabel = nullptr;
    ExportFooter m_footer;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Frise::Ui
