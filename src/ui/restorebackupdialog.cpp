// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "backupsettings.h"
#include "databasesession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

enum Column {
    DateColumn,
    SizeColumn,
    CheckColumn,
};

} // namespace

RestoreBackupDialog::RestoreBackupDialog(DatabaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Written"), tr("Size"), tr("Integrity")});
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(520);
    m_intro->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("backupExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    auto *policyBox = new QGroupBox(tr("Automatic backups (every database)"), this);
    auto *form = new QFormLayout(policyBox);
    const Storage::BackupPolicy policy = BackupSettings::policy();
    m_keep = new QSpinBox(policyBox);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(0, BackupSettings::maxKeep);
    m_keep->setValue(policy.keep);
    m_keep->setSpecialValueText(tr("None (no automatic backups)"));
    m_keep->setToolTip(tr("How many automatic backups of each database are kept; older ones are deleted."));
    form->addRow(tr("&Number of backups kept:"), m_keep);
    m_interval = new QSpinBox(policyBox);
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->setRange(1, BackupSettings::maxIntervalHours);
    m_interval->setValue(int(policy.intervalSeconds / 3600));
    m_interval->setToolTip(tr("On opening a database, a backup is written when the newest one is older than this."));
    m_interval->setEnabled(policy.keep > 0);
    form->addRow(tr("New backup on open after (&hours):"), m_interval);
    layout->addWidget(policyBox);
    connect(m_keep, &QSpinBox::valueChanged, this, &RestoreBackupDialog::storePolicy);
    connect(m_interval, &QSpinBox::valueChanged, this, &RestoreBackupDialog::storePolicy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setAutoDefault(false);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::confirmAndRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreBackupDialog::updateState);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreBackupDialog::confirmAndRestore);
    connect(&m_watcher, &QFutureWatcher<QHash<QString, QString>>::finished, this, &RestoreBackupDialog::onVerified);

    populate();
    resize(sizeHint().expandedTo(QSize(600, 420)));
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    // The checks only read the backups: let the last one end rather than leave it running.
    m_watcher.waitForFinished();
}

void RestoreBackupDialog::populate()
{
    m_list->clear();
    m_backups.clear();
    const bool open = m_session->isOpen();
    const bool server = open && m_session->database()->isPostgres();
    if (open && !server)
        m_backups = Storage::Backups::listBackups(m_session->path());

    if (!open)
        m_intro->setText(tr("No database is open."));
    else if (server)
        m_intro->setText(tr("This database is on a server. Frise writes backups of database files only; the "
                            "server's administrator keeps its backups and restores them."));
    else if (m_backups.isEmpty())
        m_intro->setText(tr("There is no backup of %1 yet. Frise writes one when the database is opened, as set "
                            "below; they are kept in %2.")
                .arg(QFileInfo(m_session->path()).fileName(),
                    QDir::toNativeSeparators(Storage::Backups::folderFor(m_session->path()))));
    else
        m_intro->setText(tr("&Backups of %1, newest first. Restoring one replaces the database; its current state "
                            "is backed up first, so the restore can be undone.")
                .arg(QFileInfo(m_session->path()).fileName()));
    m_list->setVisible(!m_backups.isEmpty());

    const QLocale locale;
    for (const Storage::BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, backupTimeText(backup.created, locale));
        item->setText(SizeColumn, locale.formattedDataSize(backup.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(CheckColumn, tr("Checking…"));
        item->setData(DateColumn, PathRole, backup.path);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(backup.path));
    }
    m_list->resizeColumnToContents(DateColumn);
    m_list->resizeColumnToContents(SizeColumn);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    startVerification();
    updateState();
}

void RestoreBackupDialog::startVerification()
{
    m_problems.clear();
    m_checked.clear();
    QStringList paths;
    for (const Storage::BackupInfo &backup : std::as_const(m_backups))
        paths << backup.path;
    if (paths.isEmpty())
        return;
    // A quick_check reads the whole file: big databases take a moment each.
    m_verifying = true;
    m_watcher.setFuture(QtConcurrent::run([paths] {
        QHash<QString, QString> results;
        for (const QString &path : paths) {
            Storage::StorageError error;
            results.insert(path, Storage::Backups::verify(path, &error) ? QString() : error.message);
        }
        return results;
    }));
}

void RestoreBackupDialog::onVerified()
{
    m_verifying = false;
    const QHash<QString, QString> results = m_watcher.future().result();
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        m_checked.insert(it.key());
        if (!it.value().isEmpty())
            m_problems.insert(it.key(), it.value());
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString path = item->data(DateColumn, PathRole).toString();
        const bool damaged = m_problems.contains(path);
        item->setText(CheckColumn, damaged ? tr("Damaged") : tr("Intact"));
        item->setToolTip(CheckColumn, damaged ? m_problems.value(path) : tr("The backup passed its integrity check."));
        if (damaged)
            item->setForeground(CheckColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    updateState();
    Q_EMIT verificationFinished();
}

void RestoreBackupDialog::updateState()
{
    const QString path = selectedBackup();
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    m_restoreButton->setEnabled(writable && !path.isEmpty() && isVerified(path));
    QString explanation;
    if (m_session->isOpen() && m_session->isReadOnly() && !m_backups.isEmpty())
        explanation = tr("This database is read-only: it cannot be replaced by a backup.");
    else if (!path.isEmpty() && m_problems.contains(path))
        explanation = tr("This backup is damaged and cannot be restored: %1").arg(m_problems.value(path));
    else if (!path.isEmpty() && !m_checked.contains(path))
        explanation = tr("Checking the backups…");
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
}

void RestoreBackupDialog::selectBackup(const QString &path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(DateColumn, PathRole).toString() == path) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(DateColumn, PathRole).toString() : QString();
}

void RestoreBackupDialog::confirmAndRestore()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_restoreButton->isEnabled())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace the database with the backup of %1?").arg(item->text(DateColumn)), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("restoreConfirmation"));
    box.setInformativeText(tr("Changes made since then are no longer in the database, but its current state is "
                              "backed up first: restoring that backup undoes this."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == restore)
        restoreSelected();
}

void RestoreBackupDialog::restoreSelected()
{
    const QString path = selectedBackup();
    if (path.isEmpty())
        return;
    m_watcher.waitForFinished();
    const DatabaseSession::RestoreResult result = m_session->restoreBackup(path);
    m_hasResult = true;
    m_restored = result.restored;
    m_resultMessage = result.message;
    accept();
}

void RestoreBackupDialog::storePolicy()
{
    Storage::BackupPolicy policy;
    policy.keep = m_keep->value();
    policy.intervalSeconds = qint64(m_interval->value()) * 3600;
    BackupSettings::setPolicy(policy);
    m_interval->setEnabled(policy.keep > 0);
}

} // namespace Frise::Ui
