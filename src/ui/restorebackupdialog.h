// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Frise::Ui {

class DatabaseSession;

/**
 * File → Restore from Backup…: the rotating backups of the open database,
 * newest first, with their date, size and whether they pass their check
 * (checked in the background, the list shows at once), and the automatic
 * backup policy (how many are kept, how often one is written).
 *
 * Restore asks for confirmation, then DatabaseSession::restoreBackup() does
 * the work (a backup of the current state first, so that a restore can be
 * undone) and the dialog closes; result() tells the window what to report.
 * Databases on a server and files without backups get an explanation
 * instead of a list.
 */
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(DatabaseSession *session, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    /// The backups listed, newest first.
    const QList<Storage::BackupInfo> &backups() const { return m_backups; }
    /// Whether the backup checks are still running.
    bool isVerifying() const { return m_verifying; }
    /// Why the backup at @p path failed its check; empty when it passed or is not checked yet.
    QString verifyProblem(const QString &path) const { return m_problems.value(path); }
    /// Whether the backup at @p path passed its check.
    bool isVerified(const QString &path) const { return m_checked.contains(path) && !m_problems.contains(path); }

    /// Selects the backup at @p path in the list.
    void selectBackup(const QString &path);
    /// The selected backup's path (empty when none).
    QString selectedBackup() const;

    /// Restores the selected backup without asking (the Restore button asks first); closes the dialog when done.
    void restoreSelected();
    /// Whether restoreSelected() ran, and what it did.
    bool hasResult() const { return m_hasResult; }
    bool restored() const { return m_restored; }
    QString resultMessage() const { return m_resultMessage; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restoreButton; }
    QLabel *explanation() const { return m_explanation; }
    QSpinBox *keepField() const { return m_keep; }
    QSpinBox *intervalField() const { return m_interval; }

Q_SIGNALS:
    /// Every listed backup has been checked.
    void verificationFinished();

private:
    void populate();
    void startVerification();
    void onVerified();
    void updateState();
    void confirmAndRestore();
    void storePolicy();

    DatabaseSession *m_session = nullptr;
    QList<Storage::BackupInfo> m_backups;
    QHash<QString, QString> m_problems; ///< path -> why it failed its check
    QSet<QString> m_checked;
    QFutureWatcher<QHash<QString, QString>> m_watcher;
    bool m_verifying = false; ///< until the results are in the list (the future ends a little earlier)
    bool m_hasResult = false;
    bool m_restored = false;
    QString m_resultMessage;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QSpinBox *m_keep = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace Frise::Ui
