// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportwebdialog.h"

#include "databasejob.h"
#include "databasesession.h"
#include "formrows.h"
#include "sessionmessages.h"
#include "storage/datasetstore.h"
#include "timeline/timelineexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Frise::Ui {

ExportWebDialog::ExportWebDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exportWebDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    const PathRow pathRow = createPathRow(this);
    m_path = pathRow.path;
    m_browse = pathRow.browse;
    addFormRow(m_form, pathRow.widget);
    m_language = createLanguageCombo(this, QStringLiteral("exportWebLanguage"));
    addFormRow(m_form, m_language);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("exportWebFrom"));
    addFormRow(m_form, m_from);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("exportWebTo"));
    addFormRow(m_form, m_to);
    m_includeUnverified = new QCheckBox(this);
    m_includeUnverified->setObjectName(QStringLiteral("exportWebIncludeUnverified"));
    addFormRow(m_form, m_includeUnverified);
    layout->addLayout(m_form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_footer = addExportFooter(this, layout, QStringLiteral("exportWeb"), [this](bool busy) { setBusy(busy); });
    connect(m_browse, &QPushButton::clicked, this, &ExportWebDialog::browse);
    retranslate();
}

ExportWebDialog::~ExportWebDialog() = default;

void ExportWebDialog::retranslate()
{
    setWindowTitle(tr("Export Web Page"));
    setFormLabel(m_form, m_path->parentWidget(), tr("&File:"));
    m_browse->setText(tr("Choose…"));
    setFormLabel(m_form, m_language, tr("Opens &in:"));
    setFormLabel(m_form, m_from, tr("F&rom:"));
    setFormLabel(m_form, m_to, tr("&To:"));
    m_from->setPlaceholderText(tr("the beginning (or a date: 2023, 2023-04, 2023-04-25)"));
    m_to->setPlaceholderText(tr("the end (or a date: 2023, 2023-04, 2023-04-25)"));
    m_includeUnverified->setText(tr("Include &unverified and disputed claims (shown as such)"));
    m_note->setText(tr("One HTML file, in French and English, that opens offline and loads nothing from the "
                       "network. Never in it: internal notes, confidential sources, the history of changes."));
    m_footer.exportButton->setText(tr("&Export"));
}

void ExportWebDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportWebDialog::setLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ExportWebDialog::setIncludeUnverified(bool include)
{
    m_includeUnverified->setChecked(include);
}

void ExportWebDialog::setPeriod(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
}

void ExportWebDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportWebDialog::outputPath() const
{
    return m_path->text();
}

bool ExportWebDialog::options(Io::WebPageOptions *options, QString *error) const
{
    *options = {};
    options->language = Language(m_language->currentData().toInt());
    options->includeUnverified = m_includeUnverified->isChecked();
    for (const auto &[field, isEnd] : {std::pair {m_from, false}, std::pair {m_to, true}}) {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            continue;
        qint64 minutes = 0;
        QString problem;
        if (!Timeline::TimelineExporter::parseDate(text, isEnd, &minutes, &problem)) {
            *error = problem;
            return false;
        }
        (isEnd ? options->toMinutes : options->fromMinutes) = minutes;
    }
    if (options->fromMinutes && options->toMinutes && *options->fromMinutes > *options->toMinutes) {
        *error = tr("The period ends before it starts.");
        return false;
    }
    return true;
}

bool ExportWebDialog::isExporting() const
{
    return m_footer.job->isRunning();
}

void ExportWebDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Web Page"), m_path->text(), tr("Web page (*.html);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".html") : path);
}

void ExportWebDialog::accept()
{
    if (isExporting())
        return;
    QString path = m_path->text().trimmed();
    if (path.isEmpty() || !m_session->database()) {
        m_footer.error->setText(tr("Choose a file to write."));
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    Io::WebPageOptions options;
    QString error;
    if (!this->options(&options, &error)) {
        m_footer.error->setText(error);
        return;
    }
    m_path->setText(path);
    m_footer.error->clear();
    setBusy(true);
    m_footer.job->start(m_session->location(), [path, options](Storage::Database &db, const std::atomic<bool> &cancel) {
        Dataset dataset;
        Storage::StorageError storageError;
        if (!Storage::DatasetStore(db).exportAll(&dataset, &storageError))
            return SessionMessages::userMessage(storageError);
        if (cancel.load())
            return tr("Export cancelled.");
        Io::IoError ioError;
        if (!Io::WebPage::writeFile(dataset, path, options, &ioError, &cancel))
            return ioError.isNull() ? tr("Export cancelled.") : ioError.toString();
        return QString();
    });
}

void ExportWebDialog::reject()
{
    m_footer.job->cancel();
    setBusy(false);
    QDialog::reject();
}

void ExportWebDialog::setBusy(bool busy)
{
    m_footer.progress->setVisible(busy);
    m_footer.exportButton->setEnabled(!busy);
    for (QWidget *input :
        std::initializer_list<QWidget *> {m_path, m_browse, m_language, m_from, m_to, m_includeUnverified})
        input->setEnabled(!busy);
    m_footer.progress->setToolTip(busy ? tr("Reading the database and writing %1…").arg(m_path->text()) : QString());
}

} // namespace Frise::Ui
