// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgraphdialog.h"

#include "databasejob.h"
#include "databasesession.h"
#include "formrows.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

using Format = Graph::GraphExportOptions::Format;

struct FormatInfo
{
    Format format;
    const char *name;
    const char *extension;
};

constexpr FormatInfo formats[] = {
    {Format::Png, "PNG", "png"},
    {Format::Svg, "SVG", "svg"},
    {Format::Pdf, "PDF", "pdf"},
    {Format::Gexf, "GEXF (Gephi)", "gexf"},
    {Format::GraphMl, "GraphML", "graphml"},
    {Format::Dot, "DOT (Graphviz)", "dot"},
};

QString extensionFor(Format format)
{
    for (const FormatInfo &info : formats) {
        if (info.format == format)
            return QLatin1String(info.extension);
    }
    return QStringLiteral("png");
}

// Writes the whole database's graph to @p path on a worker's connection.
// GraphExport cannot stop half-way, so it writes into a folder of its own
// beside @p path, and the files (the image and its .alt.txt) move into place
// only if the user has not cancelled meanwhile: a cancelled export leaves
// nothing, not even half a file over the previous one.
QString exportWholeGraph(Storage::Database &db, const QString &path, const Graph::GraphExportOptions &options,
    const std::atomic<bool> &cancel)
{
    Dataset dataset;
    Storage::StorageError storageError;
    if (!Storage::DatasetStore(db).exportAll(&dataset, &storageError))
        return SessionMessages::userMessage(storageError);
    const QFileInfo target(path);
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.frise-export-XXXXXX"));
    if (!staging.isValid())
        return ExportGraphDialog::tr("Cannot write in %1: %2")
            .arg(QDir::toNativeSeparators(target.absolutePath()), staging.errorString());
    QString error;
    if (cancel.load())
        return ExportGraphDialog::tr("Export cancelled.");
    if (!Graph::GraphExport::exportDataset(dataset, staging.filePath(target.fileName()), options, &error))
        return error;
    if (cancel.load())
        return ExportGraphDialog::tr("Export cancelled.");
    const QDir written(staging.path());
    for (const QString &name : written.entryList(QDir::Files)) {
        const QString destination = target.absoluteDir().filePath(name);
        if ((QFile::exists(destination) && !QFile::remove(destination))
            || !QFile::rename(written.filePath(name), destination))
            return ExportGraphDialog::tr("Cannot write %1.").arg(QDir::toNativeSeparators(destination));
    }
    return QString();
}

} // namespace

ExportGraphDialog::ExportGraphDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exportGraphDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatInfo &info : formats)
        m_format->addItem(QLatin1String(info.name), int(info.format));
    addFormRow(m_form, m_format);
    const PathRow pathRow = createPathRow(this);
    m_path = pathRow.path;
    m_browse = pathRow.browse;
    addFormRow(m_form, pathRow.widget);
    m_language = createLanguageCombo(this, QStringLiteral("exportLanguage"));
    addFormRow(m_form, m_language);
    m_asOf = new QLineEdit(this);
    m_asOf->setObjectName(QStringLiteral("exportAsOf"));
    addFormRow(m_form, m_asOf);
    m_disputes = new QCheckBox(this);
    m_disputes->setObjectName(QStringLiteral("exportDisputes"));
    m_disputes->setChecked(true);
    addFormRow(m_form, m_disputes);
    m_shownOnly = new QCheckBox(this);
    m_shownOnly->setObjectName(QStringLiteral("exportShownOnly"));
    m_shownOnly->hide();
    addFormRow(m_form, m_shownOnly);
    // What is shown carries its own dispute hubs (or not).
    connect(m_shownOnly, &QCheckBox::toggled, m_disputes, &QCheckBox::setDisabled);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    addFormRow(m_form, m_title);
    m_altTextFile = new QCheckBox(this);
    m_altTextFile->setObjectName(QStringLiteral("exportAltTextFile"));
    m_altTextFile->setChecked(true);
    addFormRow(m_form, m_altTextFile);
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
    layout->addLayout(m_form);
    m_footer = addExportFooter(this, layout, QStringLiteral("export"), [this](bool busy) { setBusy(busy); });

    connect(m_browse, &QPushButton::clicked, this, &ExportGraphDialog::browse);
    connect(m_copyAlt, &QPushButton::clicked, this,
        // The summary itself: toPlainText() turns French no-break spaces into plain ones.
        [this] { QGuiApplication::clipboard()->setText(m_altSummaryText); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportGraphDialog::updateAltText);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportGraphDialog::updateAltText);
    connect(m_shownOnly, &QCheckBox::toggled, this, &ExportGraphDialog::updateAltText);
    for (QLineEdit *edit : {m_asOf, m_title})
        connect(edit, &QLineEdit::editingFinished, this, &ExportGraphDialog::updateAltText);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString path = m_path->text();
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        const QString wanted = extensionFor(Format(m_format->currentData().toInt()));
        if (info.suffix().compare(wanted, Qt::CaseInsensitive) != 0)
            m_path->setText(info.path() + u'/' + info.completeBaseName() + u'.' + wanted);
    });
    retranslate();
    updateAltText();
}

ExportGraphDialog::~ExportGraphDialog() = default;

void ExportGraphDialog::retranslate()
{
    setWindowTitle(tr("Export Graph"));
    setFormLabel(m_form, m_format, tr("F&ormat:"));
    setFormLabel(m_form, m_path->parentWidget(), tr("&File:"));
    m_browse->setText(tr("Choose…"));
    setFormLabel(m_form, m_language, tr("&Language:"));
    setFormLabel(m_form, m_asOf, tr("&As of:"));
    m_asOf->setPlaceholderText(tr("Everything (or a date: 2023, 2023-04, 2023-04-25)"));
    m_disputes->setText(tr("Show &disputes as nodes"));
    m_shownOnly->setText(
        tr("&Only what the graph shows now (%n node(s), as laid out)", nullptr, m_shownModel.nodeCount()));
    setFormLabel(m_form, m_title, tr("&Title:"));
    m_title->setPlaceholderText(tr("None (images only)"));
    m_altTextFile->setText(tr("Write the text &alternative beside the image (.alt.txt)"));
    setFormLabel(m_form, m_altSummary->parentWidget(), tr("Alt te&xt:"));
    m_altSummary->setPlaceholderText(
        tr("Known once the whole database is read: the export writes it beside the image (.alt.txt)."));
    m_altSummary->setAccessibleName(tr("Alt text"));
    m_copyAlt->setText(tr("&Copy"));
    m_footer.exportButton->setText(tr("&Export"));
}

void ExportGraphDialog::setShownGraph(const Graph::GraphModel &model, const Graph::Positions &positions, bool preferred)
{
    m_shownModel = model;
    m_shownPositions = positions;
    m_shownOnly->setVisible(model.nodeCount() > 0);
    m_shownOnly->setChecked(preferred && model.nodeCount() > 0);
    retranslate();
    updateAltText();
}

void ExportGraphDialog::updateAltText()
{
    // Only the graph shown is at hand: the whole database's graph is read when the file is written.
    Graph::GraphExportOptions o;
    const Format format = Format(m_format->currentData().toInt());
    const bool image = format == Format::Png || format == Format::Svg || format == Format::Pdf;
    m_altTextFile->setEnabled(image);
    m_altSummaryText.clear();
    if (image && exportsShownGraph() && options(&o, nullptr)) {
        const Graph::GraphModel model = o.asOfMinutes ? m_shownModel.asOf(*o.asOfMinutes) : m_shownModel;
        m_altSummaryText = Graph::GraphExport::altText(model, m_shownPositions, o).summary;
    }
    m_altSummary->setPlainText(m_altSummaryText);
    m_copyAlt->setEnabled(!m_altSummaryText.isEmpty());
}

QString ExportGraphDialog::altSummary() const
{
    return m_altSummaryText;
}

bool ExportGraphDialog::exportsShownGraph() const
{
    return m_shownOnly->isChecked() && m_shownModel.nodeCount() > 0;
}

void ExportGraphDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportGraphDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportGraphDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ExportGraphDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
    const Format format = Graph::GraphExport::formatForPath(path);
    if (format != Format::Auto) {
        const QSignalBlocker blocker(m_format);
        setFormat(format);
    }
}

QString ExportGraphDialog::outputPath() const
{
    return m_path->text();
}

bool ExportGraphDialog::options(Graph::GraphExportOptions *options, QString *error) const
{
    options->format = Format(m_format->currentData().toInt());
    options->language = Language(m_language->currentData().toInt());
    options->includeDisputes = m_disputes->isChecked();
    options->title = m_title->text().trimmed();
    options->altTextFile = m_altTextFile->isChecked();
    const QString asOf = m_asOf->text().trimmed();
    if (!asOf.isEmpty()) {
        qint64 minutes = 0;
        if (!Graph::GraphExport::parseAsOf(asOf, &minutes, error))
            return false;
        options->asOfMinutes = minutes;
    }
    return true;
}

void ExportGraphDialog::browse()
{
    const Format format = Format(m_format->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), m_path->text(),
        tr("Graph files (*.png *.svg *.pdf *.gexf *.graphml *.dot);;All files (*)"));
    if (!path.isEmpty())
        setOutputPath(QFileInfo(path).suffix().isEmpty() ? path + u'.' + extensionFor(format) : path);
}

bool ExportGraphDialog::target(QString *path, Graph::GraphExportOptions *options, QString *error) const
{
    *path = m_path->text().trimmed();
    if (path->isEmpty() || !m_session->database()) {
        if (error)
            *error = tr("Choose a file to write.");
        return false;
    }
    if (!this->options(options, error))
        return false;
    if (QFileInfo(*path).suffix().isEmpty())
        *path += u'.' + extensionFor(options->format);
    return true;
}

bool ExportGraphDialog::exportNow(QString *error)
{
    QString path;
    Graph::GraphExportOptions options;
    if (!target(&path, &options, error))
        return false;
    if (exportsShownGraph()) {
        const Graph::GraphModel model = options.asOfMinutes ? m_shownModel.asOf(*options.asOfMinutes) : m_shownModel;
        return Graph::GraphExport::exportModel(model, m_shownPositions, path, options, error);
    }
    Dataset dataset;
    Storage::StorageError storageError;
    if (!Storage::DatasetStore(*m_session->database()).exportAll(&dataset, &storageError)) {
        if (error)
            *error = SessionMessages::userMessage(storageError);
        return false;
    }
    return Graph::GraphExport::exportDataset(dataset, path, options, error);
}

bool ExportGraphDialog::isExporting() const
{
    return m_footer.job->isRunning();
}

void ExportGraphDialog::accept()
{
    if (isExporting())
        return;
    QString error;
    if (exportsShownGraph()) {
        // Drawn at the view's positions: no layout, written at once.
        if (!exportNow(&error)) {
            m_footer.error->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    QString path;
    Graph::GraphExportOptions options;
    if (!target(&path, &options, &error)) {
        m_footer.error->setText(error);
        return;
    }
    m_path->setText(path);
    m_footer.error->clear();
    setBusy(true);
    m_footer.job->start(m_session->location(), [path, options](Storage::Database &db, const std::atomic<bool> &cancel) {
        return exportWholeGraph(db, path, options, cancel);
    });
}

void ExportGraphDialog::reject()
{
    m_footer.job->cancel();
    setBusy(false);
    QDialog::reject();
}

void ExportGraphDialog::setBusy(bool busy)
{
    m_footer.progress->setVisible(busy);
    m_footer.progress->setToolTip(
        busy ? tr("Reading the database, laying the graph out and writing %1…").arg(m_path->text()) : QString());
    m_footer.exportButton->setEnabled(!busy);
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_format, m_path, m_browse, m_language, m_asOf, m_disputes, m_shownOnly, m_title, m_altTextFile})
        input->setEnabled(!busy);
    if (!busy)
        m_disputes->setEnabled(!m_shownOnly->isChecked());
}

} // namespace Frise::Ui
