// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttimelinedialog.h"

#include "databasejob.h"
#include "databasesession.h"
#include "formrows.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"
#include "storage/timelinerows.h"
#include "timeline/storagetitleprovider.h"
#include "timeline/timelinebuilder.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Frise::Ui {

namespace {

using Format = Timeline::TimelineExportOptions::Format;
constexpr int previewWidth = 560;

QString extensionFor(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
    case Format::Auto:
        break;
    }
    return QStringLiteral("png");
}

} // namespace

ExportTimelineDialog::ExportTimelineDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exportTimelineDialog"));
    if (m_session->database()) {
        Storage::StorageError error;
        m_databaseTitle = Storage::DatasetStore(*m_session->database()).title(&error);
        const Storage::TimelineRows rows(*m_session->database());
        if (!error.isError())
            m_outlets = rows.creditedOutlets(false, &error);
        if (!error.isError())
            m_publishableOutlets = rows.creditedOutlets(true, &error);
        if (error.isError())
            m_session->reportError(error);
    }

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_form = new QFormLayout;
    const PathRow pathRow = createPathRow(this);
    m_path = pathRow.path;
    m_browse = pathRow.browse;
    addFormRow(m_form, pathRow.widget);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(QStringLiteral("PNG"), int(Format::Png));
    m_format->addItem(QStringLiteral("SVG"), int(Format::Svg));
    m_format->addItem(QStringLiteral("PDF"), int(Format::Pdf));
    addFormRow(m_form, m_format);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->setContentsMargins(0, 0, 0, 0);
    m_whole = new QRadioButton(this);
    m_whole->setObjectName(QStringLiteral("exportWhole"));
    m_whole->setChecked(true);
    m_visible = new QRadioButton(this);
    m_visible->setObjectName(QStringLiteral("exportVisible"));
    m_visible->setEnabled(false);
    rangeRow->addWidget(m_whole);
    rangeRow->addWidget(m_visible);
    auto *rangeWidget = new QWidget(this);
    rangeWidget->setLayout(rangeRow);
    addFormRow(m_form, rangeWidget);
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_width->setRange(Timeline::TimelineExporter::minWidth, Timeline::TimelineExporter::maxWidth);
    m_width->setValue(1920);
    addFormRow(m_form, m_width);
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    // 199 stands for "fit": the exporter's smallest fixed height is 200.
    m_height->setRange(Timeline::TimelineExporter::minHeight - 1, Timeline::TimelineExporter::maxHeight);
    m_height->setValue(199);
    addFormRow(m_form, m_height);
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(Timeline::TimelineExporter::minDpi, Timeline::TimelineExporter::maxDpi);
    m_dpi->setValue(96);
    addFormRow(m_form, m_dpi);
    m_language = createLanguageCombo(this, QStringLiteral("exportLanguage"));
    addFormRow(m_form, m_language);
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("exportLanes"));
    for (Timeline::LaneMode mode :
        {Timeline::LaneMode::Dispute, Timeline::LaneMode::Actor, Timeline::LaneMode::Tag, Timeline::LaneMode::None})
        m_lanes->addItem(QString(), int(mode));
    addFormRow(m_form, m_lanes);
    m_publishSafe = new QCheckBox(this);
    m_publishSafe->setObjectName(QStringLiteral("exportPublishSafe"));
    addFormRow(m_form, m_publishSafe);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    addFormRow(m_form, m_title);
    m_subtitle = new QLineEdit(this);
    m_subtitle->setObjectName(QStringLiteral("exportSubtitle"));
    addFormRow(m_form, m_subtitle);
    m_altTextFile = new QCheckBox(this);
    m_altTextFile->setObjectName(QStringLiteral("exportAltTextFile"));
    m_altTextFile->setChecked(true);
    addFormRow(m_form, m_altTextFile);
    // The summary of the text alternative, as the preview computes it: to paste into the CMS's alt field.
    auto *altRow = new QWidget(this);
    auto *altLayout = new QHBoxLayout(altRow);
    altLayout->setContentsMargins(0, 0, 0, 0);
    m_altSummary = new QPlainTextEdit(altRow);
    m_altSummary->setObjectName(QStringLiteral("exportAltSummary"));
    m_altSummary->setReadOnly(true);
    m_altSummary->setTabChangesFocus(true);
    m_altSummary->setFixedHeight(m_altSummary->fontMetrics().lineSpacing() * 4 + 12);
    m_copyAlt = new QPushButton(altRow);
    m_copyAlt->setObjectName(QStringLiteral("exportCopyAlt"));
    altLayout->addWidget(m_altSummary, 1);
    altLayout->addWidget(m_copyAlt, 0, Qt::AlignTop);
    addFormRow(m_form, altRow);
    left->addLayout(m_form);
    m_footer = addExportFooter(this, left, QStringLiteral("export"), [this](bool busy) { setBusy(busy); });
    m_footer.error->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addLayout(left);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("exportPreview"));
    m_previewLabel->setMinimumSize(previewWidth, 320);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_previewLabel, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportTimelineDialog::updatePreview);
    connect(m_browse, &QPushButton::clicked, this, &ExportTimelineDialog::browse);
    connect(m_copyAlt, &QPushButton::clicked, this,
        // The summary itself: toPlainText() turns French no-break spaces into plain ones.
        [this] { QGuiApplication::clipboard()->setText(m_altText.summary); });
    connect(m_path, &QLineEdit::editingFinished, this, &ExportTimelineDialog::syncFormatFromPath);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = m_path->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            const QString wanted = extensionFor(Format(m_format->currentData().toInt()));
            if (info.suffix().compare(wanted, Qt::CaseInsensitive) != 0)
                m_path->setText(info.path() + u'/' + info.completeBaseName() + u'.' + wanted);
        }
    });
    for (QSpinBox *spin : {m_width, m_height, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, &ExportTimelineDialog::schedulePreview);
    for (QComboBox *combo : {m_language, m_lanes})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportTimelineDialog::schedulePreview);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *> {m_whole, m_visible, m_publishSafe})
        connect(button, &QAbstractButton::toggled, this, &ExportTimelineDialog::schedulePreview);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportTimelineDialog::schedulePreview);

    retranslate();
    schedulePreview();
}

ExportTimelineDialog::~ExportTimelineDialog() = default;

void ExportTimelineDialog::retranslate()
{
    setWindowTitle(tr("Export Timeline"));
    m_browse->setText(tr("Choose…"));
    setFormLabel(m_form, m_path->parentWidget(), tr("&File:"));
    setFormLabel(m_form, m_format, tr("F&ormat:"));
    setFormLabel(m_form, m_whole->parentWidget(), tr("Range:"));
    m_whole->setText(tr("&Whole timeline"));
    m_visible->setText(tr("&Visible range"));
    setFormLabel(m_form, m_width, tr("&Width:"));
    setFormLabel(m_form, m_height, tr("&Height:"));
    m_height->setSpecialValueText(tr("Fit the content"));
    setFormLabel(m_form, m_dpi, tr("&Resolution:"));
    m_dpi->setSuffix(tr(" DPI"));
    m_width->setSuffix(tr(" px", "pixels"));
    m_height->setSuffix(tr(" px", "pixels"));
    setFormLabel(m_form, m_language, tr("&Language:"));
    setFormLabel(m_form, m_lanes, tr("La&nes:"));
    const QStringList lanes {tr("One per dispute"), tr("One per actor"), tr("One per tag"), tr("A single lane")};
    for (int i = 0; i < m_lanes->count() && i < lanes.size(); ++i)
        m_lanes->setItemText(i, lanes.at(i));
    m_publishSafe->setText(tr("&Publish-safe (leave out what is not for publication)"));
    setFormLabel(m_form, m_title, tr("&Title:"));
    m_title->setPlaceholderText(tr("The database’s title"));
    setFormLabel(m_form, m_subtitle, tr("&Subtitle:"));
    m_subtitle->setPlaceholderText(tr("The time range"));
    m_altTextFile->setText(tr("Write the text &alternative beside the image (.alt.txt)"));
    setFormLabel(m_form, m_altSummary->parentWidget(), tr("Alt te&xt:"));
    m_altSummary->setToolTip(tr("The image’s short description, in the export’s language, for the alt field of a "
                                "web page. The full description lists every event."));
    m_altSummary->setAccessibleName(tr("Alt text"));
    m_copyAlt->setText(tr("&Copy"));
    m_footer.exportButton->setText(tr("&Export"));
}

void ExportTimelineDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportTimelineDialog::setVisibleRange(qint64 from, qint64 to)
{
    m_visibleFrom = from;
    m_visibleTo = to;
    m_visible->setEnabled(to > from);
    m_visible->setChecked(to > from);
}

void ExportTimelineDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ExportTimelineDialog::setLaneMode(Timeline::LaneMode mode)
{
    m_lanes->setCurrentIndex(m_lanes->findData(int(mode)));
}

void ExportTimelineDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
    syncFormatFromPath();
}

QString ExportTimelineDialog::outputPath() const
{
    return m_path->text();
}

void ExportTimelineDialog::setImageSize(int width, int height)
{
    m_width->setValue(width);
    m_height->setValue(height <= 0 ? m_height->minimum() : height);
}

void ExportTimelineDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportTimelineDialog::syncFormatFromPath()
{
    Timeline::TimelineExportOptions probe;
    probe.outputPath = m_path->text();
    const Format format = Timeline::TimelineExporter::resolveFormat(probe);
    if (format != Format::Auto) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(format)));
    }
}

void ExportTimelineDialog::browse()
{
    const Format format = Format(m_format->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline"), m_path->text(), tr("Images (*.png *.svg *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    setOutputPath(QFileInfo(path).suffix().isEmpty() ? path + u'.' + extensionFor(format) : path);
}

Timeline::TimelineExportOptions ExportTimelineDialog::options() const
{
    Timeline::TimelineExportOptions o;
    o.outputPath = m_path->text();
    o.format = Format(m_format->currentData().toInt());
    if (m_visible->isChecked() && m_visibleTo > m_visibleFrom) {
        o.fromMinutes = m_visibleFrom;
        o.toMinutes = m_visibleTo;
    }
    o.language = Language(m_language->currentData().toInt());
    o.laneMode = Timeline::LaneMode(m_lanes->currentData().toInt());
    o.width = m_width->value();
    o.height = m_height->value() == m_height->minimum() ? 0 : m_height->value();
    o.dpi = m_dpi->value();
    o.publishSafe = m_publishSafe->isChecked();
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.altTextFile = m_altTextFile->isChecked();
    return o;
}

void ExportTimelineDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportTimelineDialog::setTimeline(
    std::shared_ptr<const Timeline::TimelineData> data, std::shared_ptr<const Timeline::TitleProvider> titles)
{
    m_data = std::move(data);
    m_titles = std::move(titles);
    schedulePreview();
}

bool ExportTimelineDialog::ensureTimeline(QString *error)
{
    if (m_data)
        return true;
    Storage::StorageError storageError;
    if (Storage::Database *db = m_session->database()) {
        const auto lanes = Timeline::TimelineLanes::of(m_session->disputes(), m_session->actors(), m_session->tags(),
            m_session->eras(), m_session->statusChanges());
        m_data = Timeline::TimelineBuilder::build(*db, lanes, m_session->counts(nullptr).events, &storageError);
        if (m_data) {
            m_titles = std::make_shared<const Timeline::StorageTitleProvider>(db, m_data);
            return true;
        }
    }
    // Nothing to draw from (no database, or it failed): an empty timeline, and the reason.
    auto empty = std::make_shared<Timeline::TimelineData>();
    empty->finish();
    m_data = std::move(empty);
    if (storageError.isError() && error)
        *error = SessionMessages::userMessage(storageError);
    return !storageError.isError();
}

Timeline::TimelineExportOptions ExportTimelineDialog::completedOptions() const
{
    Timeline::TimelineExportOptions o = options();
    if (o.title.isEmpty())
        o.title = m_databaseTitle.textOrFallback(o.language);
    o.credits = Timeline::TimelineExporter::sourcesLine(o.publishSafe ? m_publishableOutlets : m_outlets, o.language);
    return o;
}

void ExportTimelineDialog::updatePreview()
{
    QString problem;
    if (!ensureTimeline(&problem))
        m_footer.error->setText(problem);
    const Timeline::TimelineExportOptions o = completedOptions();
    const double scale = double(o.dpi) / 96.0;
    const double logicalWidth = double(o.width) / scale;
    double height = o.height;
    if (o.height == 0) {
        const double needed
            = Timeline::TimelineExporter::render(nullptr, QSizeF(logicalWidth, 1e7), *m_data, m_titles.get(), o);
        height = std::clamp(std::ceil(needed * scale), double(Timeline::TimelineExporter::minHeight),
            double(Timeline::TimelineExporter::maxHeight));
    }
    const double shrink = double(previewWidth) / double(o.width);
    m_preview = QImage(previewWidth, std::max(1, int(std::ceil(height * shrink))), QImage::Format_RGB32);
    m_preview.fill(Qt::white);
    {
        QPainter painter(&m_preview);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale * shrink, scale * shrink);
        // The preview lays out at the export's own size: its text alternative is the export's.
        Timeline::TimelineExporter::render(
            &painter, QSizeF(logicalWidth, height / scale), *m_data, m_titles.get(), o, &m_altText);
    }
    m_altSummary->setPlainText(m_altText.summary);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    m_previewLabel->setToolTip(tr("%1 × %2 pixels").arg(o.width).arg(int(height)));
}

std::optional<Timeline::TimelineExportOptions> ExportTimelineDialog::exportOptions(QString *error)
{
    Timeline::TimelineExportOptions o = completedOptions();
    if (o.outputPath.isEmpty()) {
        if (error)
            *error = tr("Choose a file to write.");
        return std::nullopt;
    }
    if (QFileInfo(o.outputPath).suffix().isEmpty())
        o.outputPath += u'.' + extensionFor(o.format);
    if (!ensureTimeline(error))
        return std::nullopt;
    return o;
}

bool ExportTimelineDialog::exportNow(QString *error)
{
    const std::optional<Timeline::TimelineExportOptions> o = exportOptions(error);
    return o && Timeline::TimelineExporter::exportTimeline(*m_data, m_titles.get(), *o, error);
}

bool ExportTimelineDialog::isExporting() const
{
    return m_footer.job->isRunning();
}

void ExportTimelineDialog::accept()
{
    if (isExporting())
        return;
    QString error;
    const std::optional<Timeline::TimelineExportOptions> o = exportOptions(&error);
    if (!o) {
        m_footer.error->setText(error);
        return;
    }
    m_footer.error->clear();
    if (!m_session || !m_session->isOpen()) {
        // Nothing to read titles from on a worker: the timeline given is drawn here.
        if (!Timeline::TimelineExporter::exportTimeline(*m_data, m_titles.get(), *o, &error)) {
            m_footer.error->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    setBusy(true);
    // The worker reads titles over its own connection: the window's belongs to the UI thread.
    m_footer.job->start(
        m_session->location(), [data = m_data, options = *o](Storage::Database &db, const std::atomic<bool> &cancel) {
            const Timeline::StorageTitleProvider titles(&db, data);
            QString problem;
            if (!Timeline::TimelineExporter::exportTimeline(*data, &titles, options, &problem, &cancel))
                return problem;
            return QString();
        });
}

void ExportTimelineDialog::reject()
{
    m_footer.job->cancel();
    setBusy(false);
    QDialog::reject();
}

void ExportTimelineDialog::setBusy(bool busy)
{
    m_footer.progress->setVisible(busy);
    m_footer.progress->setToolTip(busy ? tr("Drawing the timeline and writing %1…").arg(m_path->text()) : QString());
    m_footer.exportButton->setEnabled(!busy);
    for (QWidget *child : findChildren<QWidget *>()) {
        // Settings stay as they were while the file is written; Cancel stays usable.
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QSpinBox *>(child) || qobject_cast<QComboBox *>(child)
            || qobject_cast<QAbstractButton *>(child))
            child->setEnabled(!busy);
    }
    m_footer.buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (!busy) {
        m_footer.exportButton->setEnabled(true);
        m_visible->setEnabled(m_visibleTo > m_visibleFrom);
    }
}

} // namespace Frise::Ui
