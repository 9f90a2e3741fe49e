// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "databasesession.h"
#include "formrows.h"
#include "io/backupcopies.h"
#include "io/importer.h"
#include "sessionmessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

namespace {

constexpr int previewRows = 50;

const QList<Io::CsvField> &csvFields()
{
    static const QList<Io::CsvField> fields {Io::CsvField::Ignore, Io::CsvField::Date, Io::CsvField::End,
        Io::CsvField::Title, Io::CsvField::Text, Io::CsvField::Actors, Io::CsvField::Tags, Io::CsvField::Dispute,
        Io::CsvField::Source, Io::CsvField::Url, Io::CsvField::Grade};
    return fields;
}

QString csvFieldName(Io::CsvField field)
{
    switch (field) {
    case Io::CsvField::Ignore:
        return ImportDialog::tr("(ignore)");
    case Io::CsvField::Date:
        return ImportDialog::tr("Date");
    case Io::CsvField::End:
        return ImportDialog::tr("End date");
    case Io::CsvField::Title:
        return ImportDialog::tr("Title");
    case Io::CsvField::Text:
        return ImportDialog::tr("Text");
    case Io::CsvField::Actors:
        return ImportDialog::tr("Actors");
    case Io::CsvField::Tags:
        return ImportDialog::tr("Tags");
    case Io::CsvField::Dispute:
        return ImportDialog::tr("Dispute");
    case Io::CsvField::Source:
        return ImportDialog::tr("Source");
    case Io::CsvField::Url:
        return ImportDialog::tr("URL");
    case Io::CsvField::Grade:
        return ImportDialog::tr("Grade", "a source's reliability and credibility, e.g. B2");
    }
    return {};
}

QString dateOrderName(Io::DateOrder order)
{
    switch (order) {
    case Io::DateOrder::Auto:
        return ImportDialog::tr("Automatic");
    case Io::DateOrder::Dmy:
        return ImportDialog::tr("Day/month/year (25/04/2023)");
    case Io::DateOrder::Mdy:
        return ImportDialog::tr("Month/day/year (04/25/2023)");
    case Io::DateOrder::Ymd:
        return ImportDialog::tr("Year-month-day (2023-04-25)");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ImportDialog::tr("semicolon (;)");
    if (delimiter == u',')
        return ImportDialog::tr("comma (,)");
    if (delimiter == u'\t')
        return ImportDialog::tr("tab");
    if (delimiter.isNull())
        return QString();
    return QStringLiteral("“%1”").arg(delimiter);
}

bool isCsv(Io::Format format)
{
    return format == Io::Format::Csv;
}

} // namespace

ImportDialog::ImportDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    resize(860, 680);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_chooseButton = new QPushButton(this);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    layout->addLayout(fileRow);

    m_form = new QFormLayout;
    auto *formatRow = new QHBoxLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(QString(), int(Io::Format::Unknown));
    for (Io::Format format :
        {Io::Format::TimelineJsJson, Io::Format::TimelineJsCsv, Io::Format::Csv, Io::Format::Backup, Io::Format::Ics})
        m_format->addItem(formatName(format), int(format));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetectedFormat"));
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    auto *formatWidget = new QWidget(this);
    formatWidget->setLayout(formatRow);
    formatRow->setContentsMargins(0, 0, 0, 0);
    addFormRow(m_form, formatWidget);
    m_language = createLanguageCombo(this, QStringLiteral("importLanguage"));
    addFormRow(m_form, m_language);
    m_delimiter = new QLabel(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    addFormRow(m_form, m_delimiter);
    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    for (Io::DateOrder order : {Io::DateOrder::Auto, Io::DateOrder::Dmy, Io::DateOrder::Mdy, Io::DateOrder::Ymd})
        m_dateOrder->addItem(QString(), int(order));
    m_dateReason = new QLabel(this);
    m_dateReason->setObjectName(QStringLiteral("importDateReason"));
    m_dateReason->setWordWrap(true);
    dateRow->addWidget(m_dateOrder);
    dateRow->addWidget(m_dateReason, 1);
    auto *dateWidget = new QWidget(this);
    dateWidget->setLayout(dateRow);
    addFormRow(m_form, dateWidget);
    layout->addLayout(m_form);

    m_mappingBox = new QGroupBox(this);
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    auto *scroll = new QScrollArea(m_mappingBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *mappingWidget = new QWidget(scroll);
    m_mappingForm = new QFormLayout(mappingWidget);
    scroll->setWidget(mappingWidget);
    scroll->setMaximumHeight(150);
    mappingLayout->addWidget(scroll);
    layout->addWidget(m_mappingBox);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setColumnCount(5);
    layout->addWidget(m_table, 2);

    m_problemsLabel = new QLabel(this);
    layout->addWidget(m_problemsLabel);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(110);
    m_problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problems, 1);

    m_undoNote = new QLabel(this);
    m_undoNote->setWordWrap(true);
    layout->addWidget(m_undoNote);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Io::ImportResult>::finished, this, &ImportDialog::onParsed);
    const auto reparse = [this] {
        if (!m_path.isEmpty())
            startParse();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, reparse);
    connect(m_language, &QComboBox::currentIndexChanged, this, reparse);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, reparse);

    setLanguage(Language::French);
    retranslate();
    updatePreview();
}

ImportDialog::~ImportDialog()
{
    // The worker writes into the progress bar through queued calls: stop it before the widgets go.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString ImportDialog::formatName(Io::Format format)
{
    switch (format) {
    case Io::Format::Unknown:
        return tr("Unknown");
    case Io::Format::TimelineJsJson:
        return tr("TimelineJS JSON");
    case Io::Format::TimelineJsCsv:
        return tr("TimelineJS sheet (CSV)");
    case Io::Format::Csv:
        return tr("CSV (any spreadsheet)");
    case Io::Format::Backup:
        return tr("Frise backup (JSON)");
    case Io::Format::Ics:
        return tr("Calendar (ICS)");
    case Io::Format::ClaimReview:
        return tr("Fact-checks (ClaimReview JSON-LD)");
    case Io::Format::Ftm:
        return tr("FollowTheMoney entities (JSON lines, for Aleph)");
    case Io::Format::CslJson:
        return tr("Sources for reference managers (CSL-JSON)");
    }
    return {};
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(tr("&File:"));
    m_chooseButton->setText(tr("C&hoose…"));
    m_format->setItemText(0, tr("Detect from the file"));
    for (int i = 1; i < m_format->count(); ++i)
        m_format->setItemText(i, formatName(Io::Format(m_format->itemData(i).toInt())));
    for (int i = 0; i < m_dateOrder->count(); ++i)
        m_dateOrder->setItemText(i, dateOrderName(Io::DateOrder(m_dateOrder->itemData(i).toInt())));
    setFormLabel(m_form, m_format->parentWidget(), tr("F&ormat:"));
    setFormLabel(m_form, m_language, tr("&Language of the texts:"));
    setFormLabel(m_form, m_delimiter, tr("Delimiter:"));
    setFormLabel(m_form, m_dateOrder->parentWidget(), tr("&Date order:"));
    m_mappingBox->setTitle(tr("Columns"));
    m_problemsLabel->setText(tr("&Warnings and errors:"));
    m_undoNote->setText(tr("An import is written in one step, all or nothing, and cannot be undone with Edit → Undo: "
                           "records already in the database (same identifier) are kept, not overwritten."));
    m_importButton->setText(tr("&Import"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Title"), tr("Actors"), tr("Disputes"), tr("Tags")});
    rebuildMapping();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

QComboBox *ImportDialog::mappingCombo(const QString &header) const
{
    const qsizetype index = m_mappingHeader.indexOf(header);
    return index >= 0 && index < m_mappingCombos.size() ? m_mappingCombos.at(index) : nullptr;
}

Io::ImportOptions ImportDialog::options() const
{
    Io::ImportOptions options;
    options.format = Io::Format(m_format->currentData().toInt());
    options.language = Language(m_language->currentData().toInt());
    options.dateOrder = Io::DateOrder(m_dateOrder->currentData().toInt());
    if (m_mappingEdited) {
        for (qsizetype i = 0; i < m_mappingCombos.size() && i < m_mappingHeader.size(); ++i)
            options.mapping.insert(
                m_mappingHeader.at(i).trimmed(), Io::CsvField(m_mappingCombos.at(i)->currentData().toInt()));
    }
    return options;
}

bool ImportDialog::isParsing() const
{
    return m_watcher.isRunning();
}

QString ImportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(m_path).absolutePath(),
        tr("Importable files (*.json *.csv *.tsv *.txt *.ics);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_mappingEdited = false;
    m_imported = false;
    m_result = {};
    m_resultKey.clear();
    startParse();
}

void ImportDialog::startParse()
{
    if (m_watcher.isRunning()) {
        // Let the running parse stop; onParsed() starts the new one.
        m_cancel->store(true);
        m_reparse = true;
        return;
    }
    m_reparse = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastPercent = std::make_shared<std::atomic_int>(-1);
    Io::ImportOptions options = this->options();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const std::shared_ptr<std::atomic_int> lastPercent = m_lastPercent;
    options.cancel = cancel.get();
    options.progress = [this, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (lastPercent->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(this, [this, done, total] { setProgress(done, total); }, Qt::QueuedConnection);
    };
    m_resultKey = QString();
    const QString path = m_path;
    setBusy(true);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run([path, options] { return Io::Importer::importFile(path, options); }));
}

void ImportDialog::setProgress(qint64 done, qint64 total)
{
    m_progress->setMaximum(total > 0 ? 1000 : 0);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_importButton->setEnabled(false);
    }
}

void ImportDialog::cancelParse()
{
    if (m_watcher.isRunning()) {
        m_importAfterParse = false;
        m_reparse = false;
        m_cancel->store(true);
    }
}

void ImportDialog::reject()
{
    if (m_watcher.isRunning()) {
        cancelParse();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onParsed()
{
    if (m_reparse) {
        startParse();
        return;
    }
    setBusy(false);
    Io::ImportResult result = m_watcher.result();
    if (result.cancelled) {
        m_status->setText(tr("Reading cancelled."));
        m_importAfterParse = false;
        updatePreview();
        Q_EMIT previewReady();
        return;
    }
    m_result = std::move(result);
    m_resultKey = m_path;
    updatePreview();
    Q_EMIT previewReady();
    if (m_importAfterParse) {
        m_importAfterParse = false;
        if (m_result.ok()) {
            writeResult();
        } else {
            m_status->setText(tr("The file cannot be imported: nothing was written."));
            Q_EMIT importFinished(false);
        }
    }
}

void ImportDialog::rebuildMapping()
{
    const bool csv = isCsv(m_result.format) && !m_result.header.isEmpty();
    m_mappingBox->setVisible(csv);
    if (!csv)
        return;
    if (m_mappingHeader != m_result.header) {
        while (m_mappingForm->rowCount() > 0)
            m_mappingForm->removeRow(0);
        m_mappingCombos.clear();
        m_mappingHeader = m_result.header;
        for (const QString &column : std::as_const(m_mappingHeader)) {
            auto *combo = new QComboBox(m_mappingForm->parentWidget());
            combo->setObjectName(QStringLiteral("mapping:") + column);
            for (Io::CsvField field : csvFields())
                combo->addItem(QString(), int(field));
            connect(combo, &QComboBox::activated, this, [this] {
                m_mappingEdited = true;
                startParse();
            });
            m_mappingForm->addRow(column.isEmpty() ? QStringLiteral("—") : column, combo);
            m_mappingCombos.append(combo);
        }
    }
    for (qsizetype i = 0; i < m_mappingCombos.size(); ++i) {
        QComboBox *combo = m_mappingCombos.at(i);
        for (int j = 0; j < combo->count(); ++j)
            combo->setItemText(j, csvFieldName(Io::CsvField(combo->itemData(j).toInt())));
        const QString key = m_mappingHeader.at(i).trimmed();
        Io::CsvField field = Io::CsvField::Ignore;
        for (auto it = m_result.mapping.cbegin(); it != m_result.mapping.cend(); ++it) {
            if (it.key().trimmed().compare(key, Qt::CaseInsensitive) == 0)
                field = it.value();
        }
        combo->setCurrentIndex(combo->findData(int(field)));
    }
}

void ImportDialog::updatePreview()
{
    const Io::ImportResult &r = m_result;
    const bool parsed = !m_resultKey.isEmpty();
    m_detected->setText(parsed ? tr("Read as: %1").arg(formatName(r.format)) : QString());
    const bool csv = parsed && isCsv(r.format);
    m_delimiter->setText(csv ? delimiterName(r.delimiter) : tr("(not a CSV file)"));
    m_dateOrder->setEnabled(!parsed || csv);
    m_dateReason->setText(csv && r.dateOrder != Io::DateOrder::Auto
            ? tr("Used: %1 (%2)").arg(dateOrderName(r.dateOrder), r.dateOrderReason)
            : QString());
    rebuildMapping();

    const Language language = Language(m_language->currentData().toInt());
    const Dataset &d = r.dataset;
    const int rows = int(std::min<qsizetype>(d.events.size(), previewRows));
    m_table->clearContents();
    m_table->setColumnCount(5);
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const Event &event = d.events.at(row);
        QString date = event.start.toDisplayString(language);
        if (event.end.isValid())
            date += QStringLiteral(" – ") + event.end.toDisplayString(language);
        QStringList actors;
        for (const EventActor &link : event.actors) {
            if (const Actor *actor = d.actor(link.actorId))
                actors << actor->name.textOrFallback(language);
        }
        QStringList disputes;
        for (RowId id : event.disputeIds) {
            if (const Dispute *dispute = d.dispute(id))
                disputes << dispute->title.textOrFallback(language);
        }
        const QStringList cells {date, event.title.textOrFallback(language), actors.join(QStringLiteral(", ")),
            disputes.join(QStringLiteral(", ")), event.tags.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    QStringList problems;
    if (!r.error.isNull())
        problems << tr("Error: %1").arg(r.error.toString());
    for (const QString &warning : r.warnings)
        problems << tr("Warning: %1").arg(warning);
    m_problems->setPlainText(problems.join(u'\n'));

    if (parsed && !m_imported) {
        if (r.ok())
            m_status->setText(tr("%n event(s) ready to import", nullptr, int(d.events.size()))
                + (d.events.size() > rows ? tr(" (the first %n shown).", nullptr, rows) : QStringLiteral("."))
                + (d.eras.isEmpty() ? QString() : u' ' + tr("%n era(s) too.", nullptr, int(d.eras.size())))
                + (r.warnings.isEmpty() ? QString()
                                        : u' ' + tr("%n warning(s) below.", nullptr, int(r.warnings.size()))));
        else
            m_status->setText(tr("This file cannot be imported as it is; see the error below."));
    }
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    m_importButton->setEnabled(
        writable && !m_imported && !m_path.isEmpty() && !m_watcher.isRunning() && (!parsed || r.ok()));
}

void ImportDialog::startImport()
{
    if (m_path.isEmpty() || !m_session->isOpen() || m_session->isReadOnly())
        return;
    if (m_watcher.isRunning() || m_resultKey.isEmpty()) {
        m_importAfterParse = true;
        if (!m_watcher.isRunning())
            startParse();
        return;
    }
    if (!m_result.ok()) {
        Q_EMIT importFinished(false);
        return;
    }
    writeResult();
}

void ImportDialog::writeResult()
{
    m_status->setText(tr("Writing to the database…"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 1000);
    Storage::DatasetStore store(*m_session->database());
    Storage::DatasetStore::ImportOptions options;
    options.auditNote = QStringLiteral("import of %1").arg(QFileInfo(m_path).fileName());
    if (m_result.format == Io::Format::Backup)
        options.savedCopies = Io::BackupCopies::reader(m_path);
    Storage::StorageError error;
    m_summary = {};
    // One transaction on the session's connection (the only one: the file is opened exclusively).
    const bool ok = store.import(
        m_result.dataset, options,
        [this](qint64 done, qint64 total) {
            setProgress(done, total);
            return true;
        },
        &m_summary, &error);
    m_progress->setVisible(false);
    if (!ok) {
        const QString message = SessionMessages::userMessage(error);
        m_problems->appendPlainText(tr("Error: %1").arg(message));
        m_status->setText(tr("Nothing was imported: %1").arg(message));
        Q_EMIT importFinished(false);
        return;
    }
    m_imported = true;
    m_session->reload();
    QString text = tr("Imported %n record(s).", nullptr, int(m_summary.inserted));
    if (m_summary.reused > 0)
        text += u' '
            + tr(
                "%n record(s) were already in the database and were kept as they are.", nullptr, int(m_summary.reused));
    m_status->setText(text);
    m_importButton->setEnabled(false);
    m_cancelButton->setText(tr("Close"));
    Q_EMIT importFinished(true);
}

} // namespace Frise::Ui
