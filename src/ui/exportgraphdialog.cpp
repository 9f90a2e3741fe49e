// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgraphdialog.h"

#include "databasesession.h"
#include "formrows.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    layout->addLayout(m_form);
    m_error = createErrorLabel(this, QStringLiteral("exportError"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportGraphDialog::browse);
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
    m_exportButton->setText(tr("&Export"));
}

void ExportGraphDialog::setShownGraph(const Graph::GraphModel &model, const Graph::Positions &positions, bool preferred)
{
    m_shownModel = model;
    m_shownPositions = positions;
    m_shownOnly->setVisible(model.nodeCount() > 0);
    m_shownOnly->setChecked(preferred && model.nodeCount() > 0);
    retranslate();
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
