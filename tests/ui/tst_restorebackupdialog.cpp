// SPDX-License-Identifier: GPL-3.0-or-later
// File → Restore from Backup: the list of backups, a restore (and undoing
// it), a damaged backup refused without any change, the backup policy
// settings, and the window's action and message bar. Real SQLite files in a
// temporary folder.
#include "../storage/storagetesthelpers.h"
#include "core/uilanguage.h"
#include "storage/backups.h"
#include "ui/backupsettings.h"
#include "ui/databasesession.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/restorebackupdialog.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Frise;
using namespace Frise::Ui;

namespace {

const QString lateTitle = QStringLiteral("Écrit après la sauvegarde");

QStringList titlesIn(Storage::Database &db)
{
    Storage::StorageError error;
    QStringList titles;
    for (const Event &event : Storage::EventRepository(db).all(&error))
        titles << event.title.fr;
    titles.sort();
    return titles;
}

QStringList titlesIn(const QString &path)
{
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    Storage::StorageError error;
    auto db = Storage::Database::open(path, options, &error);
    return db ? titlesIn(*db) : QStringList {QStringLiteral("cannot open: ") + error.message};
}

bool addLateEvent(DatabaseSession &session)
{
    Event event;
    event.title = BilingualText::original(Language::French, lateTitle);
    event.start = FuzzyDate::fromDay(QDate(2024, 2, 1));
    Storage::StorageError error;
    if (!Storage::EventRepository(*session.database()).insert(event, &error))
        return false;
    session.reload();
    return true;
}

bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    if (bytes.size() < 8 * 4096)
        return false;
    // Scribble over the middle pages, keep the header page intact.
    for (qsizetype i = 4096 + 200; i < bytes.size() - 4096; i += 3)
        bytes[i] = char(0xA5);
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::UTC);
}

bool waitForChecks(RestoreBackupDialog &dialog)
{
    if (!dialog.isVerifying())
        return true;
    QSignalSpy finished(&dialog, &RestoreBackupDialog::verificationFinished);
    return finished.wait(60000);
}

// Accepts the confirmation box once it shows.
void acceptConfirmationSoon()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            acceptConfirmationSoon();
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
                return;
            }
        }
    });
}

QStringList leftovers(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().entryList(
        {info.fileName() + QStringLiteral(".before-restore-*"), info.fileName() + QStringLiteral(".restoring")},
        QDir::Files);
}

} // namespace

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore-%1.frise").arg(++m_counter));
        UiTestData::fill(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init() { BackupSettings::setPolicy({}); }

    void listsBackupsNewestFirst_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("English") << Language::English;
        QTest::newRow("French") << Language::French;
    }

    void listsBackupsNewestFirst()
    {
        QFETCH(Language, language);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));
        const QString path = newDatabase();
        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        QString older;
        QString damaged;
        Storage::StorageError error;
        QVERIFY(Storage::Backups::writeBackup(*session.database(), &older, &error, utc(2025, 3, 1, 10)));
        QVERIFY(Storage::Backups::writeBackup(*session.database(), &damaged, &error, utc(2024, 7, 14, 8)));
        QVERIFY(damage(damaged));

        RestoreBackupDialog dialog(&session);
        const QList<Storage::BackupInfo> backups = Storage::Backups::listBackups(path);
        QCOMPARE(backups.size(), 3); // the one written on open, and ours
        QCOMPARE(dialog.backups().size(), 3);
        QCOMPARE(dialog.list()->topLevelItemCount(), 3);
        QCOMPARE(dialog.backups().at(1).path, older);
        QCOMPARE(dialog.backups().at(2).path, damaged);
        const QLocale locale;
        QCOMPARE(locale.language(), language == Language::French ? QLocale::French : QLocale::English);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(i == 0 || backups.at(i - 1).created > backups.at(i).created);
            const QTreeWidgetItem *item = dialog.list()->topLevelItem(i);
            QCOMPARE(item->text(0), backupTimeText(backups.at(i).created, locale));
            QVERIFY(item->text(0).contains(
                locale.toString(backups.at(i).created.toLocalTime().date(), QLocale::LongFormat)));
            QCOMPARE(item->text(1), locale.formattedDataSize(backups.at(i).size));
        }
        if (language == Language::French)
            QVERIFY2(dialog.list()->topLevelItem(1)->text(0).contains(QStringLiteral("mars")),
                qPrintable(dialog.list()->topLevelItem(1)->text(0)));
        QCOMPARE(dialog.selectedBackup(), backups.first().path);

        QVERIFY(waitForChecks(dialog));
        QVERIFY(dialog.isVerified(backups.at(0).path));
        QVERIFY(dialog.isVerified(older));
        QVERIFY(!dialog.isVerified(damaged));
        QVERIFY(!dialog.verifyProblem(damaged).isEmpty());
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.explanation()->isHidden());
        dialog.selectBackup(damaged);
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.explanation()->isHidden());
        QVERIFY(!dialog.explanation()->text().isEmpty());
        QVERIFY(dialog.list()->topLevelItem(2)->text(2) != dialog.list()->topLevelItem(1)->text(2));
        dialog.selectBackup(older);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(uiLanguage.apply(Language::English));
    }

    void restoreBringsBackOldContent()
    {
        const QString path = newDatabase();
        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        const QStringList before = titlesIn(*session.database());
        QCOMPARE(Storage::Backups::listBackups(path).size(), 1); // written on open
        const QString backup = Storage::Backups::listBackups(path).first().path;
        QVERIFY(addLateEvent(session));
        QVERIFY(titlesIn(*session.database()).contains(lateTitle));

        // Through the dialog's Restore button and its confirmation.
        RestoreBackupDialog dialog(&session);
        QVERIFY(waitForChecks(dialog));
        dialog.selectBackup(backup);
        QVERIFY(dialog.restoreButton()->isEnabled());
        acceptConfirmationSoon();
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QVERIFY(dialog.hasResult());
        QVERIFY2(dialog.restored(), qPrintable(dialog.resultMessage()));
        QVERIFY(!dialog.resultMessage().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The old content, in the same file, open again.
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(titlesIn(*session.database()), before);
        QVERIFY(!session.events().isEmpty());
        QCOMPARE(leftovers(path), QStringList());

        // The state before the restore is the newest backup: restoring it undoes the restore.
        const QList<Storage::BackupInfo> backups = Storage::Backups::listBackups(path);
        QCOMPARE(backups.size(), 2);
        QVERIFY(backups.first().path != backup);
        QVERIFY(titlesIn(backups.first().path).contains(lateTitle));
        const DatabaseSession::RestoreResult undo = session.restoreBackup(backups.first().path);
        QVERIFY2(undo.restored, qPrintable(undo.message));
        QVERIFY(titlesIn(*session.database()).contains(lateTitle));
        QCOMPARE(Storage::Backups::listBackups(path).size(), 3);
    }

    void damagedBackupChangesNothing()
    {
        const QString path = newDatabase();
        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        const QString backup = Storage::Backups::listBackups(path).first().path;
        QVERIFY(addLateEvent(session));
        const QStringList current = titlesIn(*session.database());

        RestoreBackupDialog dialog(&session);
        QVERIFY(waitForChecks(dialog));
        QVERIFY(dialog.isVerified(backup));
        // Damaged after it was listed and checked: the restore checks again.
        QVERIFY(damage(backup));
        dialog.selectBackup(backup);
        dialog.restoreSelected();
        QVERIFY(dialog.hasResult());
        QVERIFY(!dialog.restored());
        QVERIFY(!dialog.resultMessage().isEmpty());

        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(titlesIn(*session.database()), current);
        QCOMPARE(Storage::Backups::listBackups(path).size(), 1); // no safety backup either
        QCOMPARE(leftovers(path), QStringList());

        // Listed again, it is refused up front.
        RestoreBackupDialog again(&session);
        QVERIFY(waitForChecks(again));
        again.selectBackup(backup);
        QVERIFY(!again.isVerified(backup));
        QVERIFY(!again.restoreButton()->isEnabled());
        QVERIFY(!again.explanation()->isHidden());
    }

    void policyIsConfigurable()
    {
        // No automatic backups: none on open, and the dialog says there are none.
        BackupSettings::setPolicy({0, 3600});
        const QString path = newDatabase();
        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        QCOMPARE(Storage::Backups::listBackups(path).size(), 0);
        {
            RestoreBackupDialog dialog(&session);
            QVERIFY(dialog.backups().isEmpty());
            QVERIFY(dialog.list()->isHidden());
            QVERIFY(!dialog.restoreButton()->isEnabled());
            QCOMPARE(dialog.keepField()->value(), 0);
            QVERIFY(!dialog.intervalField()->isEnabled());
            // The user asks for 3 backups, one per day.
            dialog.keepField()->setValue(3);
            dialog.intervalField()->setValue(24);
        }
        QCOMPARE(BackupSettings::policy().keep, 3);
        QCOMPARE(BackupSettings::policy().intervalSeconds, qint64(24 * 3600));

        // Five old backups: the next open writes a new one and keeps three.
        for (int day = 1; day <= 5; ++day) {
            Storage::StorageError error;
            QVERIFY(Storage::Backups::writeBackup(*session.database(), nullptr, &error, utc(2025, 1, day, 12)));
        }
        session.close();
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        const QList<Storage::BackupInfo> kept = Storage::Backups::listBackups(path);
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.first().created > utc(2026, 1, 1, 0));
        QCOMPARE(kept.at(1).created, utc(2025, 1, 5, 12));
        // Within the interval: no new one.
        session.close();
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        QCOMPARE(Storage::Backups::listBackups(path).size(), 3);

        // Out-of-range settings are clamped.
        BackupSettings::setPolicy({-4, 5});
        QCOMPARE(BackupSettings::policy().keep, 0);
        QCOMPARE(BackupSettings::policy().intervalSeconds, qint64(3600));
    }

    void serverDatabaseExplained()
    {
        // tools/dev test runs every test beside a throwaway PostgreSQL cluster.
        if (const char *reason = StorageTest::postgresSkipReason())
            QSKIP(reason);
        QString message;
        const QString url = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!url.isEmpty(), qPrintable(message));
        DatabaseSession session;
        QVERIFY2(session.open(url, true, &message), qPrintable(message));
        RestoreBackupDialog dialog(&session);
        QVERIFY(dialog.backups().isEmpty());
        QVERIFY(dialog.list()->isHidden());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        const DatabaseSession::RestoreResult result = session.restoreBackup(m_dir.filePath(QStringLiteral("x.frise")));
        QVERIFY(!result.restored);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(session.isOpen());
        session.close();

        // In the window the action is disabled, and its status tip says why.
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
        QVERIFY(action);
        const QString noDatabaseTip = action->statusTip();
        QVERIFY(window.openDatabase(url));
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->statusTip().isEmpty());
        QVERIFY(action->statusTip() != noDatabaseTip);
    }

    void mainWindowRestoresThroughMenu()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no database
        QVERIFY(!action->statusTip().isEmpty());

        const QString path = newDatabase();
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        QVERIFY(addLateEvent(*window.session()));
        const int eventsWithLate = int(window.session()->events().size());
        const QString backup = Storage::Backups::listBackups(path).first().path;

        bool sawDialog = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            // Keyboard: the list has the focus chain, Restore is reachable by its mnemonic.
            QVERIFY(dialog->list()->focusPolicy() != Qt::NoFocus);
            QVERIFY(dialog->restoreButton()->text().contains(u'&'));
            waitForChecks(*dialog);
            dialog->selectBackup(backup);
            dialog->restoreSelected();
        });
        action->trigger();
        QVERIFY(sawDialog);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(!window.messageBar()->text().isEmpty());
        QCOMPARE(int(window.session()->events().size()), eventsWithLate - 1);

        window.session()->close();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
