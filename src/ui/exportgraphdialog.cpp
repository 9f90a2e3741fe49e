// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgraphdialog.h"

#include "databasesession.h"
#include "formrows.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"

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
#include <QPlainTextEdit>
#include <QPushButton>
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
    m_error = createErrorLabel(this, QStringLiteral("exportError"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportGraphDialog::browse);
    connect(m_copyAlt, &QPushButton::clicked, this,
        // The summary itself: toPlainText() turns French no-break spaces into plain ones.
        [this] { QGuiApplication::clipboard()->setText(m_altSummaryText); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportGraphDialog::updateAltText);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportGraphDialog::updateAltText);
    connect(m_shownOnly, &QCheckBox::toggled, this, &ExportGraphDialog::updateAltText);
    for (QLineEdit *edit : {m_asOf, m_title})
        connect(edit, &QLineEdit::editingFinished, this, &ExportGraphDialog::updateAltText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportGraphDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportGraphDialog::reject);
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
    m_exportButton->setText(tr("&Export"));
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

bool ExportGraphDialog::exportNow(QString *error)
{
    QString path = m_path->text();
    if (path.isEmpty() || !m_session->database()) {
        if (error)
            *error = tr("Choose a file to write.");
        return false;
    }
    Graph::GraphExportOptions options;
    if (!this->options(&options, error))
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extensionFor(options.format);
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

void ExportGraphDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Frise::Ui
