// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedcopiesfield.h"

#include "attachcopycommand.h"
#include "copyattacher.h"
#include "copycapturedcommand.h"
#include "databasejob.h"
#include "databasesession.h"
#include "removecopycommand.h"
#include "savedcopymodel.h"

#include "storage/savedcopies.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Frise::Ui {

SavedCopiesField::SavedCopiesField(DatabaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SavedCopyModel(this))
    , m_view(new QTreeView(this))
    , m_attach(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_copyHash(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_attacher(new CopyAttacher(this))
    , m_extractor(new DatabaseJob(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(160);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_attach, m_open, m_copyHash, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_status);

    connect(m_attach, &QPushButton::clicked, this, &SavedCopiesField::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_copyHash, &QPushButton::clicked, this, &SavedCopiesField::copySelectedHash);
    connect(m_remove, &QPushButton::clicked, this, &SavedCopiesField::removeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &SavedCopiesField::cancelAttach);
    connect(m_view, &QTreeView::activated, this, [this] { openSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SavedCopiesField::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SavedCopiesField::updateButtons);
    // Queued: the model is refilled afterwards, which must not happen inside its own setData().
    connect(
        m_model, &SavedCopyModel::capturedEdited, this,
        [this](const SavedCopy &copy, const QDateTime &captured) {
            m_session->push(new CopyCapturedCommand(
                m_session, copy, captured, tr("Change the capture date of %1").arg(copy.fileName)));
            reload();
        },
        Qt::QueuedConnection);
    connect(m_attacher, &CopyAttacher::progress, this, [this](qint64 done, qint64 total) {
        // A QProgressBar holds an int: count in KiB.
        m_progress->setMaximum(int(std::max<qint64>(1, total / 1024)));
        m_progress->setValue(int(done / 1024));
    });
    connect(m_attacher, &CopyAttacher::finished, this, [this](const CopyAttacher::Outcome &outcome) {
        m_progress->hide();
        m_cancel->hide();
        for (const SavedCopy &copy : outcome.attached)
            m_session->push(new AttachCopyCommand(m_session, copy, tr("Attach %1").arg(copy.fileName)));
        QStringList lines;
        if (!outcome.attached.isEmpty())
            lines << tr("%n file(s) attached.", nullptr, int(outcome.attached.size()));
        for (const QString &name : outcome.alreadyAttached)
            lines << tr("%1 was already attached to this source.").arg(name);
        if (outcome.cancelled)
            lines << tr("Attach cancelled; the file being stored was not kept.");
        if (!outcome.problem.isEmpty())
            lines << outcome.problem;
        showStatus(lines.join(u'\n'));
        reload();
        Q_EMIT attachFinished();
    });
    connect(m_attacher, &DatabaseWorker::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_cancel->hide();
        showStatus(message);
        updateButtons();
        Q_EMIT attachFinished();
    });
    connect(m_extractor, &DatabaseJob::failed, this, [this](const QString &message) { showStatus(message); });
    connect(m_extractor, &DatabaseJob::succeeded, this, [this] {
        if (m_afterExtract)
            m_afterExtract();
    });
    retranslate();
    updateButtons();
}

SavedCopiesField::~SavedCopiesField() = default;

void SavedCopiesField::setSource(RowId sourceId)
{
    if (sourceId != m_sourceId)
        showStatus(QString());
    m_sourceId = sourceId;
    reload();
}

void SavedCopiesField::reload()
{
    QList<SavedCopy> copies;
    Storage::Database *db = m_session->database();
    if (db && m_sourceId && Storage::SavedCopies::isAvailable(*db)) {
        Storage::StorageError error;
        copies = Storage::SavedCopies(*db).forSource(m_sourceId, &error);
        if (error.isError())
            m_session->reportError(error);
    }
    m_model->setEditable(!m_session->isReadOnly());
    m_model->setCopies(copies);
    m_view->resizeColumnToContents(SavedCopyModel::NameColumn);
    updateButtons();
}

void SavedCopiesField::attachFiles(const QStringList &paths)
{
    if (!m_sourceId || paths.isEmpty() || m_session->isReadOnly() || isAttaching())
        return;
    showStatus(QString());
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_attacher->attach(m_session->location(), m_sourceId, paths, m_maximumSize);
    updateButtons();
}

bool SavedCopiesField::isAttaching() const
{
    return m_attacher->isRunning();
}

void SavedCopiesField::cancelAttach()
{
    m_attacher->stop();
}

QString SavedCopiesField::statusText() const
{
    return m_status->text();
}

void SavedCopiesField::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Saved Copies"), QString(),
        tr("Saved pages, documents and captures (*.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.warc "
           "*.warc.gz *.wacz);;All files (*)"));
    attachFiles(paths);
}

const SavedCopy *SavedCopiesField::selectedCopy() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->copyAt(rows.first().row());
}

void SavedCopiesField::openSelected(bool launch)
{
    const SavedCopy *copy = selectedCopy();
    if (!copy)
        return;
    // One folder per hash, so that the viewer shows the original name and two copies never clash.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("frise-copies/") + copy->sha256);
    QString name = QFileInfo(copy->fileName).fileName();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = copy->sha256;
    const QString path = QDir(folder).filePath(name);
    const QString sha256 = copy->sha256;
    const qint64 size = copy->size;
    auto open = [this, path, launch] {
        m_lastOpened = path;
        Q_EMIT copyExtracted();
        if (launch)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    if (QFileInfo(path).size() == size && size > 0) {
        open();
        return;
    }
    QDir().mkpath(folder);
    m_afterExtract = open;
    m_extractor->start(m_session->location(), [sha256, path](Storage::Database &db, const std::atomic<bool> &) {
        Storage::StorageError error;
        Storage::SavedCopies(db).extractTo(sha256, path, &error);
        return error.message;
    });
}

void SavedCopiesField::copySelectedHash()
{
    if (const SavedCopy *copy = selectedCopy())
        QGuiApplication::clipboard()->setText(copy->sha256);
}

void SavedCopiesField::removeSelected()
{
    const SavedCopy *copy = selectedCopy();
    if (!copy || m_session->isReadOnly())
        return;
    const SavedCopy removed = *copy;
    m_session->push(new RemoveCopyCommand(m_session, removed, tr("Remove the saved copy %1").arg(removed.fileName)));
    reload();
}

void SavedCopiesField::updateButtons()
{
    const bool writable = m_sourceId && !m_session->isReadOnly();
    const bool selected = selectedCopy() != nullptr;
    m_attach->setEnabled(writable && !isAttaching());
    m_open->setEnabled(selected);
    m_copyHash->setEnabled(selected);
    m_remove->setEnabled(writable && selected);
}

void SavedCopiesField::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SavedCopiesField::retranslate()
{
    m_attach->setText(tr("&Attach…"));
    m_attach->setToolTip(tr("Keep a saved page, PDF, screenshot or web archive with this source "
                            "(or drop the file on the editor); at most 200 MiB a file"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the saved copy with the system's viewer"));
    m_copyHash->setText(tr("Copy SHA-&256"));
    m_remove->setText(tr("Re&move"));
    m_cancel->setText(tr("Cancel"));
    m_view->setAccessibleName(tr("Saved copies"));
}

void SavedCopiesField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Frise::Ui
