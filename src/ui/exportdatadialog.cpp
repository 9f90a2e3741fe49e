// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatadialog.h"

#include "databasejob.h"
#include "databasesession.h"
#include "formrows.h"
#include "importdialog.h"
#include "io/exporter.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"
#include "storage/savedcopies.h"

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
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

QString extensionFor(Io::Format format)
{
    switch (format) {
    case Io::Format::TimelineJsJson:
    case Io::Format::Backup:
        return QStringLiteral("json");
    case Io::Format::Ics:
        return QStringLiteral("ics");
    case Io::Format::ClaimReview:
        return QStringLiteral("jsonld");
    case Io::Format::Ftm:
        return QStringLiteral("jsonl");
    case Io::Format::CslJson:
        return QStringLiteral("json");
    case Io::Format::TimelineJsCsv:
    case Io::Format::Csv:
    case Io::Format::Unknown:
        break;
    }
    return QStringLiteral("csv");
}

constexpr auto publisherKey = QLatin1StringView("export/publisher");
constexpr auto publisherUrlKey = QLatin1StringView("export/publisherUrl");

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

ExportDataDialog::ExportDataDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exportDataDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (Io::Format format : {Io::Format::TimelineJsJson, Io::Format::TimelineJsCsv, Io::Format::Csv,
             Io::Format::Backup, Io::Format::Ics, Io::Format::ClaimReview, Io::Format::Ftm, Io::Format::CslJson})
        m_format->addItem(QString(), int(format));
    addFormRow(m_form, m_format);
    const PathRow pathRow = createPathRow(this);
    m_path = pathRow.path;
    m_browse = pathRow.browse;
    addFormRow(m_form, pathRow.widget);
    m_language = createLanguageCombo(this, QStringLiteral("exportLanguage"));
    addFormRow(m_form, m_language);
    m_csvDialect = new QComboBox(this);
    m_csvDialect->setObjectName(QStringLiteral("exportCsvDialect"));
    m_csvDialect->addItem(QString(), int(Io::CsvDialect::Standard));
    m_csvDialect->addItem(QString(), int(Io::CsvDialect::ExcelFr));
    // A French UI most likely means a French Excel or LibreOffice, which opens a comma-separated file in one column.
    setCsvDialect(QLocale().language() == QLocale::French ? Io::CsvDialect::ExcelFr : Io::CsvDialect::Standard);
    addFormRow(m_form, m_csvDialect);
    m_publishSafe = new QCheckBox(this);
    m_publishSafe->setObjectName(QStringLiteral("exportPublishSafe"));
    addFormRow(m_form, m_publishSafe);
    m_publisher = new QLineEdit(this);
    m_publisher->setObjectName(QStringLiteral("exportPublisher"));
    addFormRow(m_form, m_publisher);
    m_publisherUrl = new QLineEdit(this);
    m_publisherUrl->setObjectName(QStringLiteral("exportPublisherUrl"));
    addFormRow(m_form, m_publisherUrl);
    {
        const QSettings settings;
        m_publisher->setText(settings.value(publisherKey).toString());
        m_publisherUrl->setText(settings.value(publisherUrlKey).toString());
    }
    layout->addLayout(m_form);
    m_footer = addExportFooter(this, layout, QStringLiteral("export"), [this](bool busy) { setBusy(busy); });

    connect(m_browse, &QPushButton::clicked, this, &ExportDataDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        const QString path = m_path->text();
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        const QString wanted = extensionFor(Io::Format(m_format->currentData().toInt()));
        if (info.suffix().compare(wanted, Qt::CaseInsensitive) != 0)
            m_path->setText(info.path() + u'/' + info.completeBaseName() + u'.' + wanted);
    });
    retranslate();
    updateEnabled();
}

ExportDataDialog::~ExportDataDialog() = default;

void ExportDataDialog::retranslate()
{
    setWindowTitle(tr("Export Data"));
    setFormLabel(m_form, m_format, tr("F&ormat:"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, ImportDialog::formatName(Io::Format(m_format->itemData(i).toInt())));
    setFormLabel(m_form, m_path->parentWidget(), tr("&File:"));
    m_browse->setText(tr("Choose…"));
    setFormLabel(m_form, m_language, tr("&Language:"));
    setFormLabel(m_form, m_csvDialect, tr("&Spreadsheet:"));
    m_csvDialect->setItemText(0, tr("Comma-separated, dates as 2023-04-25"));
    m_csvDialect->setItemText(1, tr("French Excel or LibreOffice (“;”, dates as 25/04/2023)"));
    m_publishSafe->setText(tr("&Publish-safe (no internal notes, unverified claims or history)"));
    setFormLabel(m_form, m_publisher, tr("Pu&blisher:", "the newsroom publishing fact-checks"));
    m_publisher->setPlaceholderText(tr("Your newsroom, the author of the fact-checks"));
    setFormLabel(m_form, m_publisherUrl, tr("Fact-check pa&ge:"));
    m_publisherUrl->setPlaceholderText(tr("https://… (the page the fact-checks appear on)"));
    m_footer.exportButton->setText(tr("&Export"));
}

void ExportDataDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDataDialog::updateEnabled()
{
    // A backup holds both languages.
    const Io::Format format = Io::Format(m_format->currentData().toInt());
    m_language->setEnabled(format != Io::Format::Backup);
    m_csvDialect->setEnabled(format == Io::Format::Csv);
    // ClaimReview is publish-safe whatever the box says.
    m_publishSafe->setEnabled(format != Io::Format::ClaimReview);
    m_publisher->setEnabled(format == Io::Format::ClaimReview);
    m_publisherUrl->setEnabled(format == Io::Format::ClaimReview);
}

void ExportDataDialog::setPublisher(const QString &name, const QString &url)
{
    m_publisher->setText(name);
    m_publisherUrl->setText(url);
}

void ExportDataDialog::setCsvDialect(Io::CsvDialect dialect)
{
    m_csvDialect->setCurrentIndex(m_csvDialect->findData(int(dialect)));
}

void ExportDataDialog::setFormat(Io::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDataDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ExportDataDialog::setPublishSafe(bool publishSafe)
{
    m_publishSafe->setChecked(publishSafe);
}

void ExportDataDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDataDialog::outputPath() const
{
    return m_path->text();
}

Io::ExportOptions ExportDataDialog::options() const
{
    Io::ExportOptions options;
    options.format = Io::Format(m_format->currentData().toInt());
    options.language = Language(m_language->currentData().toInt());
    options.publishSafe = m_publishSafe->isChecked();
    if (options.format == Io::Format::Csv)
        options.csvDialect = Io::CsvDialect(m_csvDialect->currentData().toInt());
    if (options.format == Io::Format::ClaimReview) {
        options.publisher = m_publisher->text().trimmed();
        options.publisherUrl = m_publisherUrl->text().trimmed();
    }
    return options;
}

void ExportDataDialog::browse()
{
    const Io::Format format = Io::Format(m_format->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), m_path->text(),
        tr("%1 (*.%2);;All files (*)").arg(ImportDialog::formatName(format), extensionFor(format)));
    if (!path.isEmpty())
        m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + u'.' + extensionFor(format) : path);
}

QString ExportDataDialog::targetPath(QString *error) const
{
    QString path = m_path->text();
    if (path.isEmpty() || !m_session->database()) {
        if (error)
            *error = tr("Choose a file to write.");
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extensionFor(options().format);
    return path;
}

bool ExportDataDialog::exportNow(QString *error)
{
    const QString path = targetPath(error);
    if (path.isEmpty())
        return false;
    Io::ExportOptions options = this->options();
    options.savedCopies = Storage::SavedCopies(*m_session->database()).reader();
    Dataset dataset;
    Storage::StorageError storageError;
    if (!Storage::DatasetStore(*m_session->database()).exportAll(&dataset, &storageError)) {
        if (error)
            *error = SessionMessages::userMessage(storageError);
        return false;
    }
    Io::IoError ioError;
    if (!Io::Exporter::exportFile(dataset, path, options, &ioError)) {
        if (error)
            *error = ioError.toString();
        return false;
    }
    return true;
}

bool ExportDataDialog::isExporting() const
{
    return m_footer.job->isRunning();
}

void ExportDataDialog::accept()
{
    if (isExporting())
        return;
    QString error;
    const QString path = targetPath(&error);
    if (path.isEmpty()) {
        m_footer.error->setText(error);
        return;
    }
    const Io::ExportOptions options = this->options();
    if (!options.publisherUrl.isEmpty() && !isWebAddress(options.publisherUrl)) {
        m_footer.error->setText(tr("The fact-check page must be an http:// or https:// address."));
        return;
    }
    m_path->setText(path);
    m_footer.error->clear();
    setBusy(true);
    if (options.format == Io::Format::ClaimReview) {
        QSettings settings;
        settings.setValue(publisherKey, options.publisher);
        settings.setValue(publisherUrlKey, options.publisherUrl);
    }
    m_footer.job->start(m_session->location(), [path, options](Storage::Database &db, const std::atomic<bool> &cancel) {
        Dataset dataset;
        Storage::StorageError storageError;
        if (!Storage::DatasetStore(db).exportAll(&dataset, &storageError))
            return SessionMessages::userMessage(storageError);
        Io::ExportOptions withCopies = options;
        withCopies.savedCopies = Storage::SavedCopies(db).reader();
        Io::IoError ioError;
        if (!Io::Exporter::exportFile(dataset, path, withCopies, &ioError, &cancel))
            return ioError.isNull() ? tr("Export cancelled.") : ioError.toString();
        return QString();
    });
}

void ExportDataDialog::reject()
{
    m_footer.job->cancel();
    setBusy(false);
    QDialog::reject();
}

void ExportDataDialog::setBusy(bool busy)
{
    m_footer.progress->setVisible(busy);
    m_footer.exportButton->setEnabled(!busy);
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_format, m_path, m_browse, m_language, m_csvDialect, m_publishSafe, m_publisher, m_publisherUrl})
        input->setEnabled(!busy);
    if (!busy)
        updateEnabled();
    m_footer.progress->setToolTip(busy ? tr("Reading the database and writing %1…").arg(m_path->text()) : QString());
}

} // namespace Frise::Ui
