// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to Server…: addresses parsed and rebuilt, fields filled from
// a pasted URL, the password kept out of sight and out of the settings, and
// each kind of failure told in plain words. The server cases run against the
// cluster of tests/pg/with-postgres.sh (skipped when FRISE_TEST_PG_URL is unset).
#include "../storage/storagetesthelpers.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "ui/connectdialog.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/serveraddress.h"
#include "uitestdata.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Frise;
using Ui::ConnectDialog;
using Ui::ServerAddress;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool admin(const QString &url, const QString &sql)
    {
        Storage::StorageError error;
        auto db = Storage::Database::open(url, {}, &error);
        if (!db) {
            qWarning("%s", qPrintable(error.message));
            return false;
        }
        QSqlQuery query(db->connection());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    static void attempt(ConnectDialog &dialog, const QString &url, const QString &password = QString())
    {
        QVERIFY(dialog.setAddress(url));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        dialog.connectToServer();
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog.isBusy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        // No password file of the machine's user may answer for the tests.
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
        qunsetenv("PGPASSWORD");
    }

    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("options");
        QTest::newRow("full") << "postgresql://alice@db.example.org:6543/newsroom" << true << "db.example.org" << 6543
                              << "newsroom" << "alice" << "" << "";
        QTest::newRow("default port") << "postgresql://bob@10.0.0.5/desk" << true << "10.0.0.5" << 5432 << "desk"
                                      << "bob" << "" << "";
        QTest::newRow("postgres scheme, password, options")
            << "postgres://bob:s%40cr%3At@host/db?sslmode=require&connect_timeout=5" << true << "host" << 5432 << "db"
            << "bob" << "s@cr:t" << "sslmode=require&connect_timeout=5";
        QTest::newRow("password in the query")
            << "postgresql://bob@host/db?sslmode=require&password=s%40cret" << true << "host" << 5432 << "db" << "bob"
            << "s@cret" << "sslmode=require";
        QTest::newRow("password in the query, encoded name")
            << "postgresql://bob@host/db?%70assword=s3cret" << true << "host" << 5432 << "db" << "bob" << "s3cret"
            << "";
        QTest::newRow("no user") << "postgresql://host:5433/db" << true << "host" << 5433 << "db" << "" << ""
                                 << "";
        QTest::newRow("spaces around") << "  postgresql://u@h/d \n"
                                       << true << "h" << 5432 << "d" << "u" << ""
                                       << "";
        QTest::newRow("not a server") << "/home/alice/timeline.frise" << false << "" << 0 << "" << "" << "" << "";
        QTest::newRow("other scheme") << "mysql://u@h/d" << false << "" << 0 << "" << "" << "" << "";
        QTest::newRow("nested path") << "postgresql://u@h/a/b" << false << "" << 0 << "" << "" << "" << "";
    }

    void parse()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        ServerAddress address;
        QCOMPARE(ServerAddress::parse(url, &address), ok);
        if (!ok)
            return;
        QTEST(address.host, "host");
        QTEST(address.port, "port");
        QTEST(address.database, "database");
        QTEST(address.user, "user");
        QTEST(address.password, "password");
        QTEST(address.options, "options");
        // The URL written back parses to the same address; without the password it shows none.
        ServerAddress again;
        QVERIFY(ServerAddress::parse(address.toUrl(true), &again));
        QCOMPARE(again, address);
        QVERIFY(ServerAddress::parse(address.toUrl(false), &again));
        QVERIFY(again.password.isEmpty());
        if (!address.password.isEmpty())
            QVERIFY(!address.toUrl(false).contains(QUrl::toPercentEncoding(address.password)));
        // Storage reads the same parts out of it.
        QCOMPARE(QUrl(address.toUrl(true)).password(), address.password);
    }

    void pastedAddressFillsFields()
    {
        ConnectDialog dialog;
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("address"));
        QVERIFY(box);
        box->setEditText(QStringLiteral("postgresql://alice:secret@db.example.org:6543/newsroom?sslmode=require"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("db.example.org"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6543);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(), QStringLiteral("newsroom"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("alice"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QStringLiteral("secret"));
        // The pasted password moves to its masked field.
        QVERIFY(!box->currentText().contains(QLatin1String("secret")));
        QCOMPARE(dialog.address().options, QStringLiteral("sslmode=require"));
        // Editing a field rewrites the address.
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        database->setText(QStringLiteral("archive"));
        Q_EMIT database->textEdited(database->text());
        QCOMPARE(box->currentText(), QStringLiteral("postgresql://alice@db.example.org:6543/archive?sslmode=require"));
    }

    void incompleteAddress()
    {
        ConnectDialog dialog;
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        dialog.connectToServer();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.problem(), ConnectDialog::Problem::Incomplete);
        QVERIFY(!dialog.errorText().isEmpty());
    }

    void unreachableServer()
    {
        ConnectDialog dialog;
        // Port 1 on loopback: refused at once; connect_timeout bounds the slow cases.
        attempt(dialog, QStringLiteral("postgresql://postgres@127.0.0.1:1/frise?connect_timeout=3"));
        QCOMPARE(dialog.problem(), ConnectDialog::Problem::Unreachable);
        QVERIFY2(dialog.errorText().contains(QLatin1String("127.0.0.1:1")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void serverProblems_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("mention");
        QTest::newRow("wrong password") << "wrong" << int(ConnectDialog::Problem::WrongPassword) << "password";
        QTest::newRow("password needed") << "none" << int(ConnectDialog::Problem::WrongPassword) << "password";
        QTest::newRow("no such user") << "user" << int(ConnectDialog::Problem::UnknownUser) << "nobody_";
        QTest::newRow("no such database") << "database" << int(ConnectDialog::Problem::NoDatabase) << "frise_nowhere";
        QTest::newRow("no connect permission")
            << "connect" << int(ConnectDialog::Problem::PermissionDenied) << "permission denied";
        QTest::newRow("not a Frise database")
            << "foreign" << int(ConnectDialog::Problem::NotFrise) << "not a Frise database";
    }

    void serverProblems()
    {
        if (const char *reason = StorageTest::postgresSkipReason())
            QSKIP(reason);
        QFETCH(QString, scenario);
        QFETCH(int, problem);
        QFETCH(QString, mention);
        QString message;
        const QString base = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!base.isEmpty(), qPrintable(message));
        QUrl url(base);
        const QString suffix = url.path().mid(7);
        QString password;
        if (scenario == QLatin1String("wrong") || scenario == QLatin1String("none")) {
            // The cluster asks members of frise_password_login for a password.
            const QString user = QStringLiteral("pw_") + suffix;
            QVERIFY(admin(base,
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-one' IN ROLE frise_password_login").arg(user)));
            url.setUserName(user);
            password = scenario == QLatin1String("wrong") ? QStringLiteral("wrong-one") : QString();
        } else if (scenario == QLatin1String("user")) {
            url.setUserName(QStringLiteral("nobody_") + suffix);
        } else if (scenario == QLatin1String("database")) {
            url.setPath(QStringLiteral("/frise_nowhere_") + suffix);
        } else if (scenario == QLatin1String("connect")) {
            const QString user = QStringLiteral("nc_") + suffix;
            QVERIFY(admin(base, QStringLiteral("CREATE ROLE %1 LOGIN").arg(user)));
            QVERIFY(admin(base, QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(url.path().mid(1))));
            url.setUserName(user);
        } else if (scenario == QLatin1String("foreign")) {
            const QString other = StorageTest::createPostgresDatabase(&message);
            QVERIFY2(!other.isEmpty(), qPrintable(message));
            // An empty database gets the Frise schema; one with other tables is refused.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-") + suffix);
            {
                const QUrl target(other);
                raw.setHostName(target.host());
                raw.setPort(target.port());
                raw.setUserName(target.userName());
                raw.setDatabaseName(target.path().mid(1));
                QVERIFY(raw.open());
                QSqlQuery query(raw);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
                raw.close();
            }
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("raw-") + suffix);
            url = QUrl(other);
        }
        ConnectDialog dialog;
        attempt(dialog, url.toString(), password);
        QCOMPARE(int(dialog.problem()), problem);
        QVERIFY2(dialog.errorText().contains(mention, Qt::CaseInsensitive), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.location().isEmpty());
    }

    void rightPasswordConnectsAndIsNotStored()
    {
        if (const char *reason = StorageTest::postgresSkipReason())
            QSKIP(reason);
        QString message;
        const QString base = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!base.isEmpty(), qPrintable(message));
        QUrl url(base);
        const QString user = QStringLiteral("pwok_") + url.path().mid(7);
        const QString secret = QStringLiteral("S3cret-pass@word");
        QVERIFY(admin(
            base, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE frise_password_login").arg(user, secret)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(user)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(user)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(user)));
        url.setUserName(user);

        ConnectDialog dialog;
        attempt(dialog, url.toString(), secret);
        QCOMPARE(dialog.problem(), ConnectDialog::Problem::None);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.location().contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));

        Ui::MainWindow window;
        QVERIFY(window.openDatabase(dialog.location()));
        QVERIFY(window.session()->database()->isPostgres());
        QVERIFY(!window.session()->isReadOnly());
        QCOMPARE(window.session()->database()->userName(), user);
        QVERIFY(!window.session()->path().contains(QLatin1String("S3cret")));
        // Remembered as an address without the password, and nothing else holds it.
        QSettings settings;
        settings.sync();
        const QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
        QCOMPARE(recent.value(0), window.session()->path());
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(user.toUtf8()));
        QVERIFY(!stored.contains("S3cret"));
    }

    // Whatever form the password came in, the window shows, remembers and
    // reports the address without it; the audit log names the user only.
    void secretStaysOutOfTheWindow_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("user part") << "user";
        QTest::newRow("query") << "query";
    }

    void secretStaysOutOfTheWindow()
    {
        if (const char *reason = StorageTest::postgresSkipReason())
            QSKIP(reason);
        QFETCH(QString, form);
        QString message;
        const QString base = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!base.isEmpty(), qPrintable(message));
        const QUrl baseUrl(base);
        const QString user = QStringLiteral("pwwin_") + baseUrl.path().mid(7);
        QVERIFY(admin(
            base, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Wq7-S3cret' IN ROLE frise_password_login").arg(user)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(user)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(user)));
        QVERIFY(admin(base, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(user)));
        auto location = [&](const QString &password, int port) {
            const QString server = QStringLiteral("%1:%2%3").arg(baseUrl.host()).arg(port).arg(baseUrl.path());
            return form == QLatin1String("user")
                ? QStringLiteral("postgresql://%1:%2@%3").arg(user, password, server)
                : QStringLiteral("postgresql://%1@%3?connect_timeout=5&password=%2").arg(user, password, server);
        };
        auto leaks = [](const QString &text) { return text.contains(QLatin1String("Wq7")); };
        // An older Frise may have remembered a password: it goes on the first read.
        QSettings().setValue(QStringLiteral("recentDatabases"),
            QStringList {QStringLiteral("postgresql://old@elsewhere/desk?password=Wq7-old")});

        Ui::MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(location(QStringLiteral("Wq7-S3cret"), baseUrl.port())));
        QCOMPARE(window.session()->database()->userName(), user);
        QVERIFY(window.session()->path().contains(user));
        auto checkWindow = [&] {
            QVERIFY2(!leaks(window.windowTitle()), qPrintable(window.windowTitle()));
            QVERIFY2(!leaks(window.session()->path()), qPrintable(window.session()->path()));
            QVERIFY2(!leaks(window.messageBar()->text()), qPrintable(window.messageBar()->text()));
            for (const QLabel *label : window.findChildren<QLabel *>())
                QVERIFY2(!leaks(label->text()) && !leaks(label->toolTip()), qPrintable(label->text()));
            for (const QAction *action : window.findChildren<QAction *>())
                QVERIFY2(!leaks(action->text()) && !leaks(action->toolTip()) && !leaks(action->statusTip()),
                    qPrintable(action->text()));
            QSettings settings;
            settings.sync();
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray stored = file.readAll();
            QVERIFY(stored.contains(user.toUtf8()));
            QVERIFY2(!stored.contains("Wq7"), stored.constData());
        };
        checkWindow();
        QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList(),
            QStringList({window.session()->path(), QStringLiteral("postgresql://old@elsewhere/desk")}));
        Event event;
        event.title = BilingualText::original(Language::French, QStringLiteral("Audience"));
        event.start = FuzzyDate::fromIsoText(QStringLiteral("2024-01"));
        QVERIFY(window.session()->push(new Ui::CreateEventCommand(window.session(), event, QStringLiteral("new"))));
        Storage::StorageError error;
        const QList<AuditEntry> audit = Storage::AuditLog(*window.session()->database()).entries(QString(), 0, &error);
        QVERIFY(!audit.isEmpty());
        for (const AuditEntry &row : audit)
            QCOMPARE(row.who, user);

        // Refused: the message bar explains without the password.
        QVERIFY(!window.openDatabase(location(QStringLiteral("Wq7-wrong"), baseUrl.port())));
        QVERIFY2(
            window.messageBar()->text().contains(QLatin1String("password")), qPrintable(window.messageBar()->text()));
        checkWindow();
        QVERIFY(!window.openDatabase(location(QStringLiteral("Wq7-S3cret"), 1)));
        QVERIFY(!window.messageBar()->text().isEmpty());
        checkWindow();
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
