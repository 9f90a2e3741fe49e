// SPDX-License-Identifier: GPL-3.0-or-later
// What only a shared PostgreSQL database has: several clients at once (no
// lost update, live notifications), database users in the audit log, and
// roles enforced by the server. Runs against the cluster started by
// tests/pg/with-postgres.sh; fails (does not skip) without it.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/postgresmigrations.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"
#include "storage/timelinerows.h"
#include "storagetesthelpers.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <array>
#include <atomic>
#include <functional>
#include <future>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> connect(const QString &user = {})
    {
        QUrl url(m_url);
        if (!user.isEmpty())
            url.setUserName(user);
        StorageError error;
        auto db = Database::open(url.toString(), {}, &error);
        if (!db)
            qWarning("open %s: %s", qPrintable(url.toString()), qPrintable(error.message));
        return db;
    }

    /// Runs @p sql as the cluster's superuser on the test database.
    bool admin(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    /// A SQLite file (openDatabase() would map it to the server here).
    static std::unique_ptr<Database> openSqlite(const QString &path, bool create = true)
    {
        Database::OpenOptions options;
        options.create = create;
        StorageError error;
        auto db = Database::open(path, options, &error);
        if (!db)
            qWarning("open %s: %s", qPrintable(path), qPrintable(error.message));
        else if (db->isPostgres())
            return {};
        return db;
    }

    /// Records of every kind with every link, gaps in the ids and a history.
    // A new database at schema @p version, filled (fill()) and given @p more,
    // then opened by this build, which upgrades it; null if a step failed.
    std::unique_ptr<Database> upgradedFrom(int version, const std::function<bool(Database &)> &more = {})
    {
        QString message;
        const QString url = createPostgresDatabase(&message);
        Database::OpenOptions before;
        before.targetVersion = version;
        StorageError error;
        auto old = url.isEmpty() ? nullptr : Database::open(url, before, &error);
        if (!old || old->schemaVersion() != version || !fill(*old) || (more && !more(*old))) {
            qWarning("a database at step %d: %s %s", version, qPrintable(message), qPrintable(error.message));
            return nullptr;
        }
        old.reset();
        auto upgraded = Database::open(url, {}, &error);
        if (!upgraded || upgraded->schemaVersion() != postgresSchemaVersion()) {
            qWarning("the upgrade from step %d: %s", version, qPrintable(error.message));
            return nullptr;
        }
        return upgraded;
    }

    static QString indexDefinition(Database &db, const char *index)
    {
        return scalar(
            db, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = '%1'").arg(QLatin1String(index)))
            .toString();
    }

    // The plan of @p sql, as EXPLAIN gives it, with sequential and bitmap
    // scans off: a test's tables are so small they would be read whole, and
    // only an index may answer.
    static QString indexPlan(Database &db, const QString &sql)
    {
        QSqlQuery plan(db.connection());
        QStringList lines;
        if (plan.exec(QStringLiteral("SET enable_seqscan = off"))
            && plan.exec(QStringLiteral("SET enable_bitmapscan = off"))
            && plan.exec(QStringLiteral("EXPLAIN ") + sql)) {
            while (plan.next())
                lines.append(plan.value(0).toString());
        }
        plan.exec(QStringLiteral("RESET ALL"));
        return lines.join(u'\n');
    }

    static bool fill(Database &db)
    {
        StorageError error;
        ActorRepository actors(db);
        Actor parent;
        parent.name = BilingualText::both(QStringLiteral("Union européenne"), QStringLiteral("European Union"));
        Actor gone;
        gone.name = BilingualText::original(Language::French, QStringLiteral("Supprimé"));
        Actor child;
        child.name = BilingualText::both(QStringLiteral("Commission"), QStringLiteral("Commission"));
        child.aliases = {QStringLiteral("CE"), QStringLiteral("Bruxelles")};
        if (!actors.insert(parent, &error) || !actors.insert(gone, &error) || !actors.removeAnyVersion(gone.id, &error))
            return false;
        child.parentId = parent.id;
        if (!actors.insert(child, &error))
            return false;
        Source source;
        source.outlet = QStringLiteral("Le Monde");
        source.title = QStringLiteral("L’accord « historique »");
        source.url = QStringLiteral("https://example.org/a");
        source.published = FuzzyDate::fromIsoText(QStringLiteral("2023-04"));
        source.accessed = QDate(2024, 1, 2);
        if (!SourceRepository(db).insert(source, &error))
            return false;
        Dispute dispute;
        dispute.title = BilingualText::both(QStringLiteral("Négociation"), QStringLiteral("Negotiation"));
        dispute.partyIds = {child.id, parent.id};
        if (!DisputeRepository(db).insert(dispute, &error))
            return false;
        EventRepository events(db);
        Event event = makeEvent(QStringLiteral("Sommet de Bruxelles"), QStringLiteral("2023-04-25"));
        event.text = BilingualText::both(QStringLiteral("Texte"), QStringLiteral("Text"));
        event.end = FuzzyDate::fromIsoText(QStringLiteral("2023-05"));
        event.disputeIds = {dispute.id};
        event.sourceIds = {source.id};
        event.actors = {{child.id, QStringLiteral("hôte")}, {parent.id, QString()}};
        event.tags = {QStringLiteral("économie"), QStringLiteral("europe")};
        event.importance = 5;
        Event dropped = makeEvent(QStringLiteral("Brouillon"), QStringLiteral("1999"));
        if (!events.insert(dropped, &error) || !events.insert(event, &error)
            || !events.removeAnyVersion(dropped.id, &error))
            return false;
        event.notes = QStringLiteral("revu");
        if (!events.update(event, &error))
            return false;
        Claim claim;
        claim.text = BilingualText::original(Language::French, QStringLiteral("C’est historique"));
        claim.claimantId = child.id;
        claim.disputeId = dispute.id;
        claim.madeInSourceId = source.id;
        claim.evidenceSourceIds = {source.id};
        ClaimRepository claims(db);
        if (!claims.insert(claim, &error))
            return false;
        Claim rebuttal;
        rebuttal.quote = QStringLiteral("Rien de neuf");
        rebuttal.rebutsClaimId = claim.id;
        if (!claims.insert(rebuttal, &error))
            return false;
        Relation relation;
        relation.fromActorId = child.id;
        relation.toActorId = parent.id;
        relation.start = FuzzyDate::fromIsoText(QStringLiteral("1958"));
        relation.sourceIds = {source.id};
        if (!RelationRepository(db).insert(relation, &error))
            return false;
        StatusChange opened;
        opened.disputeId = dispute.id;
        opened.to = Dispute::Status::Brewing;
        opened.date = FuzzyDate::fromIsoText(QStringLiteral("~2023-03"));
        StatusChange threatened;
        threatened.disputeId = dispute.id;
        threatened.from = Dispute::Status::Brewing;
        threatened.to = Dispute::Status::Threatened;
        threatened.date = FuzzyDate::fromIsoText(QStringLiteral("2023-04-25"));
        threatened.sourceIds = {source.id};
        threatened.note = BilingualText::both(QStringLiteral("Ultimatum"), QStringLiteral("Ultimatum"));
        if (!StatusChangeRepository(db).insert(threatened, &error)
            || !StatusChangeRepository(db).insert(opened, &error))
            return false;
        if (!TagRepository(db).setLabel(QStringLiteral("europe"),
                BilingualText::both(QStringLiteral("Europe"), QStringLiteral("Europe")), &error))
            return false;
        return DatasetStore(db).setTitle(
            BilingualText::both(QStringLiteral("Frise"), QStringLiteral("Timeline")), &error);
    }

    static Dataset exported(Database &db)
    {
        Dataset dataset;
        StorageError error;
        if (!DatasetStore(db).exportAll(&dataset, &error))
            qWarning("export: %s", qPrintable(error.message));
        // Tag, role and audit row ids are internal numbering, not content.
        for (Tag &tag : dataset.tags)
            tag.id = 0;
        for (ActorRole &role : dataset.roles)
            role.id = 0;
        for (AuditEntry &entry : dataset.audit)
            entry.id = 0;
        return dataset;
    }

    static void compareDatasets(const Dataset &a, const Dataset &b)
    {
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.actors, b.actors);
        QCOMPARE(a.sources, b.sources);
        QCOMPARE(a.tags, b.tags);
        QCOMPARE(a.roles, b.roles);
        QCOMPARE(a.disputes, b.disputes);
        QCOMPARE(a.events, b.events);
        QCOMPARE(a.claims, b.claims);
        QCOMPARE(a.relations, b.relations);
        QCOMPARE(a.statusChanges, b.statusChanges);
        QVERIFY(!a.statusChanges.isEmpty());
        QCOMPARE(a.disputes.first().status, Dispute::Status::Threatened); // derived on both sides
        QCOMPARE(a.audit.size(), b.audit.size());
        for (qsizetype i = 0; i < a.audit.size(); ++i)
            QCOMPARE(a.audit.at(i), b.audit.at(i));
        QVERIFY(a == b);
    }

    /// Inserts an actor through @p db: a committed write whose notification others can wait for. Its id, 0 on failure.
    static RowId insertMarker(Database &db)
    {
        Actor marker;
        marker.name = BilingualText::original(Language::French, QStringLiteral("Repère"));
        StorageError error;
        if (!ActorRepository(db).insert(marker, &error)) {
            qWarning("marker: %s", qPrintable(error.message));
            return 0;
        }
        return marker.id;
    }

    /// One write of the overlapping-edits tests, on the event @p seen as its writer read it.
    enum class Op {
        Notes, ///< update the notes
        Delete, ///< delete (versioned)
        Sources, ///< replace the event's sources (a link edit)
    };

    static bool runOp(Op op, Database &db, const Event &seen, RowId source, const QString &notes, StorageError *error)
    {
        EventRepository events(db);
        Event edited = seen;
        switch (op) {
        case Op::Notes:
            edited.notes = notes;
            return events.update(edited, error);
        case Op::Delete:
            return events.remove(seen.id, seen.version, error);
        case Op::Sources:
            edited.sourceIds = {source};
            return events.update(edited, error);
        }
        return false;
    }

    struct Overlap
    {
        bool firstOk = false;
        bool secondOk = false;
        bool secondBlocked = false; ///< the second write waited on the first's row lock
        StorageError firstError;
        StorageError secondError;
    };

    /**
     * Runs @p first in a transaction on m_db and, while it is still open,
     * @p second on another connection in another thread (a connection
     * belongs to the thread that opened it). The first commits only once the
     * second waits on its row lock, so the two transactions truly overlap.
     */
    Overlap overlap(const std::function<bool(Database &, StorageError *)> &first,
        const std::function<bool(Database &, StorageError *)> &second)
    {
        Overlap result;
        // Watched from a third connection: inside the first's transaction
        // pg_stat_activity would be a snapshot taken at its first read.
        const std::unique_ptr<Database> watcher = connect();
        if (!watcher)
            return result;
        std::atomic<bool> secondDone = false;
        std::unique_ptr<QThread> thread;
        result.firstOk = m_db->write(
            [&](StorageError *e) {
                if (!first(*m_db, e))
                    return false;
                thread.reset(QThread::create([&] {
                    StorageError openError;
                    if (auto other = Database::open(m_url, {}, &openError))
                        result.secondOk = second(*other, &result.secondError);
                    else
                        result.secondError = openError;
                    secondDone = true;
                }));
                thread->start();
                QElapsedTimer timer;
                timer.start();
                while (!secondDone && timer.elapsed() < 30000) {
                    const qint64 waiting = scalar(*watcher,
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND wait_event_type = 'Lock'"))
                                               .toLongLong();
                    if (waiting > 0) {
                        result.secondBlocked = true;
                        break;
                    }
                    QThread::msleep(10);
                }
                return true;
            },
            &result.firstError);
        if (thread)
            thread->wait();
        return result;
    }

    static qint64 sourceLinks(Database &db, RowId event)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM event_source WHERE event_id = ?"), {event}).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QString message;
        m_url = createPostgresDatabase(&message);
        QVERIFY2(!m_url.isEmpty(), qPrintable(message));
        m_db = connect();
        QVERIFY(m_db);
        QVERIFY(m_db->isPostgres());
    }

    void cleanup() { m_db.reset(); }

    void schema()
    {
        QVERIFY(postgresSchemaVersion() >= 2); // step 2 added the era table
        QCOMPARE(m_db->schemaVersion(), postgresSchemaVersion());
        QCOMPARE(
            scalar(*m_db, QStringLiteral("SELECT max(version) FROM frise_schema")).toInt(), postgresSchemaVersion());
        // Reopening migrates nothing and keeps the data.
        Event event = makeEvent(QStringLiteral("Négociation"));
        StorageError error;
        QVERIFY2(EventRepository(*m_db).insert(event, &error), qPrintable(error.message));
        m_db.reset();
        m_db = connect();
        QVERIFY(m_db);
        QCOMPARE(EventRepository(*m_db).count(&error), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM frise_schema")).toInt(), postgresSchemaVersion());
        // unaccent + simple: the accent-free spelling matches.
        QCOMPARE(scalar(*m_db,
                     QStringLiteral("SELECT to_tsvector('frise_search', 'La négociation') @@ "
                                    "to_tsquery('frise_search', 'negociation')"))
                     .toBool(),
            true);
    }

    void refusesForeignAndNewer()
    {
        // A database with another application's tables is left alone.
        QString message;
        const QString other = createPostgresDatabase(&message);
        QVERIFY2(!other.isEmpty(), qPrintable(message));
        {
            StorageError error;
            auto db = Database::open(other, {}, &error);
            QVERIFY(db);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO frise_schema (version) VALUES (99)")));
        }
        StorageError error;
        QVERIFY(!Database::open(other, {}, &error));
        QCOMPARE(error.code, StorageError::Code::NewerSchema);

        const QString foreign = createPostgresDatabase(&message);
        QVERIFY2(!foreign.isEmpty(), qPrintable(message));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
            const QUrl url(foreign);
            raw.setHostName(url.host());
            raw.setPort(url.port());
            raw.setUserName(url.userName());
            raw.setDatabaseName(url.path().mid(1));
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        error = {};
        QVERIFY(!Database::open(foreign, {}, &error));
        QCOMPARE(error.code, StorageError::Code::ForeignFile);
    }

    void badConnection_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code");
        QTest::newRow("no database name")
            << QStringLiteral("postgresql://postgres@127.0.0.1:1/") << int(StorageError::Code::CannotOpen);
        QTest::newRow("server gone") << QStringLiteral("postgresql://postgres@127.0.0.1:1/frise?connect_timeout=2")
                                     << int(StorageError::Code::CannotOpen);
    }

    void badConnection()
    {
        QFETCH(QString, url);
        QFETCH(int, code);
        StorageError error;
        QVERIFY(!Database::open(url, {}, &error));
        QCOMPARE(int(error.code), code);
        QVERIFY(!error.message.isEmpty());
    }

    void passwordIsNotKept()
    {
        QUrl url(m_url);
        url.setPassword(QStringLiteral("secret"));
        StorageError error;
        auto db = Database::open(url.toString(), {}, &error); // trust authentication ignores it
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(!db->path().contains(QLatin1String("secret")));
    }

    // One function hides secrets wherever a location is shown, logged or remembered.
    void redacted_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user part") << "postgresql://alice:s3cr3t@db.example.org:6543/newsroom"
                                   << "postgresql://alice@db.example.org:6543/newsroom";
        QTest::newRow("postgres scheme") << "postgres://alice:s3cr3t@db/newsroom" << "postgres://alice@db/newsroom";
        QTest::newRow("encoded user part") << "postgresql://alice:s%40cr%3At3@db/newsroom"
                                           << "postgresql://alice@db/newsroom";
        QTest::newRow("empty password") << "postgresql://alice:@db/newsroom" << "postgresql://alice@db/newsroom";
        QTest::newRow("query, alone") << "postgresql://alice@db/newsroom?password=s3cr3t"
                                      << "postgresql://alice@db/newsroom";
        QTest::newRow("query, among others")
            << "postgresql://alice@db/newsroom?sslmode=require&password=s3cr3t&connect_timeout=5"
            << "postgresql://alice@db/newsroom?sslmode=require&connect_timeout=5";
        QTest::newRow("query, encoded name") << "postgresql://alice@db/newsroom?%70assword=s3cr3t&sslmode=require"
                                             << "postgresql://alice@db/newsroom?sslmode=require";
        QTest::newRow("query, twice and in the user part")
            << "postgresql://alice:s3cr3t@db/newsroom?password=s3cr3t&password=s3cr3t"
            << "postgresql://alice@db/newsroom";
        QTest::newRow("sslpassword") << "postgresql://alice@db/newsroom?sslpassword=s3cr3t&sslmode=verify-full"
                                     << "postgresql://alice@db/newsroom?sslmode=verify-full";
        QTest::newRow("unix socket") << "postgresql:///newsroom?host=/run/postgresql&password=s3cr3t"
                                     << "postgresql:///newsroom?host=/run/postgresql";
        // Malformed URLs are refused, but their message names them.
        QTest::newRow("several hosts") << "postgresql://alice:s3cr3t@db1:5432,db2:5432/newsroom"
                                       << "postgresql://alice@db1:5432,db2:5432/newsroom";
        QTest::newRow("bare characters in the password")
            << "postgresql://alice:s3c?r#3t@db/newsroom" << "postgresql://alice@db/newsroom";
        QTest::newRow("malformed, query") << "postgresql://al ice@db/newsroom?password=s3cr3t&sslmode=require"
                                          << "postgresql://al ice@db/newsroom?sslmode=require";
        QTest::newRow("conninfo") << "host=db password=s3cr3t dbname=newsroom" << "host=db dbname=newsroom";
        QTest::newRow("conninfo, quoted") << "password = 's3 cr\\'3t' host=db" << " host=db";
        QTest::newRow("conninfo, sslpassword") << "host=db sslpassword=s3cr3t" << "host=db";
        QTest::newRow("no secret") << "postgresql://alice@db:6543/newsroom?sslmode=require"
                                   << "postgresql://alice@db:6543/newsroom?sslmode=require";
        QTest::newRow("file") << "/home/alice/Timeline: draft.frise" << "/home/alice/Timeline: draft.frise";
    }

    void redacted()
    {
        QFETCH(QString, location);
        QFETCH(QString, expected);
        const QString shown = Database::redacted(location);
        QCOMPARE(shown, expected);
        QVERIFY(!shown.contains(QLatin1String("s3c")));
        QCOMPARE(Database::redacted(shown), shown);
    }

    // A password in any form of the URL reaches the server (the test cluster
    // asks members of frise_password_login for one) and nothing else: not
    // path(), not the audit log, not the messages of a refused attempt.
    void passwordInEveryUrlForm_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("user part") << "user";
        QTest::newRow("user part, postgres scheme") << "postgres";
        QTest::newRow("query") << "query";
        QTest::newRow("query among options") << "options";
        QTest::newRow("query, encoded name") << "encoded";
    }

    void passwordInEveryUrlForm()
    {
        QFETCH(QString, form);
        const QString secret = QStringLiteral("Zq9-secret;'x y");
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(admin(QString::fromUtf8(script.readAll())));
        const QString user = QStringLiteral("pw_") + QUrl(m_url).path().mid(7);
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Zq9-secret;''x y' IN ROLE "
                                     "frise_password_login, frise_writer")
                .arg(user)));
        const QUrl base(m_url);
        const QString server = base.host() + u':' + QString::number(base.port()) + base.path();
        auto withPassword = [&](const QString &password) {
            const QString pass = QString::fromLatin1(QUrl::toPercentEncoding(password));
            if (form == QLatin1String("user"))
                return QStringLiteral("postgresql://%1:%2@%3").arg(user, pass, server);
            if (form == QLatin1String("postgres"))
                return QStringLiteral("postgres://%1:%2@%3").arg(user, pass, server);
            if (form == QLatin1String("query"))
                return QStringLiteral("postgresql://%1@%3?password=%2").arg(user, pass, server);
            if (form == QLatin1String("options"))
                return QStringLiteral("postgresql://%1@%3?connect_timeout=5&password=%2&application_name=x")
                    .arg(user, pass, server);
            return QStringLiteral("postgresql://%1@%3?%70assword=%2").arg(user, pass, server);
        };
        auto leaks = [&](const QString &text) { return text.contains(QLatin1String("Zq9")) || text.contains(encoded); };

        StorageError error;
        auto db = Database::open(withPassword(secret), {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->userName(), user);
        QVERIFY2(!leaks(db->path()), qPrintable(db->path()));
        QVERIFY2(db->path().contains(user), qPrintable(db->path()));
        Event event = makeEvent(QStringLiteral("Secret"));
        QVERIFY2(EventRepository(*db).insert(event, &error), qPrintable(error.message));
        const QList<AuditEntry> rows = AuditLog(*m_db).entries(QStringLiteral("event"), event.id, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().who, user);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit WHERE audit::text LIKE '%Zq9%'")).toInt(), 0);
        db.reset();

        // Refused: a wrong password, and a closed port.
        const QString wrong = QStringLiteral("Zq9-wrong-one");
        error = {};
        QVERIFY(!Database::open(withPassword(wrong), {}, &error));
        QVERIFY2(error.message.contains(QLatin1String("password")), qPrintable(error.message));
        QVERIFY2(!leaks(error.message), qPrintable(error.message));
        QString closed = withPassword(secret);
        closed.replace(u':' + QString::number(base.port()) + u'/', QStringLiteral(":1/"));
        QVERIFY(closed.contains(QLatin1String(":1/")));
        error = {};
        QVERIFY(!Database::open(closed, {}, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(!leaks(error.message), qPrintable(error.message));
        // And a URL too malformed to try.
        error = {};
        QVERIFY(
            !Database::open(withPassword(secret).replace(base.path(), base.path() + QStringLiteral("/x")), {}, &error));
        QVERIFY2(!leaks(error.message), qPrintable(error.message));

        // The command line connects with it and never prints it.
        QVERIFY2(QFileInfo::exists(TestPaths::friseBinary()), qPrintable(TestPaths::friseBinary()));
        auto run = [&](const QString &location, int expected) {
            QProcess frise;
            frise.start(TestPaths::friseBinary(), {QStringLiteral("stats"), location});
            if (!frise.waitForFinished(60000))
                return false;
            const QString out = QString::fromUtf8(frise.readAllStandardOutput());
            const QString err = QString::fromUtf8(frise.readAllStandardError());
            const bool ok = frise.exitStatus() == QProcess::NormalExit && frise.exitCode() == expected && !leaks(out)
                && !leaks(err) && (!out.isEmpty() || !err.isEmpty());
            if (!ok)
                qWarning("frise stats: %d\n%s\n%s", frise.exitCode(), qPrintable(out), qPrintable(err));
            return ok;
        };
        QVERIFY(run(withPassword(secret), 0));
        QVERIFY(run(withPassword(wrong), 2));
        QVERIFY(run(closed, 2));
    }

    // Two administrators (or test processes) running roles.sql at once both
    // succeed. The first run is held open inside its transaction (roles
    // created, grants made, nothing committed) while the second one runs, in
    // the same database and in another one (roles are cluster-wide, advisory
    // locks per database); then three runs start together. The roles get
    // fresh names each time, so CREATE ROLE races too, not only the GRANTs.
    void rolesScriptConcurrently_data()
    {
        QTest::addColumn<bool>("otherDatabase");
        QTest::newRow("same database") << false;
        QTest::newRow("another database") << true;
    }

    void rolesScriptConcurrently()
    {
        QFETCH(bool, otherDatabase);
        QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs, QDir::Name);
        for (const QString &version : versions) {
            const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(version);
            if (psql.isEmpty() && QFileInfo::exists(candidate))
                psql = candidate;
        }
        QVERIFY2(!psql.isEmpty(), "psql not found");
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(script.readAll());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString message;
        const QString other = otherDatabase ? createPostgresDatabase(&message) : m_url;
        QVERIFY2(!other.isEmpty(), qPrintable(message));
        std::unique_ptr<Database> second;
        if (otherDatabase) {
            StorageError error;
            second = Database::open(other, {}, &error); // the Frise schema
            QVERIFY2(second, qPrintable(error.message));
        }
        const QString suffix = QUrl(m_url).path().mid(7) + (otherDatabase ? QStringLiteral("o") : QString());
        int round = 0;
        auto renamed = [&] {
            ++round;
            QString sql = original;
            sql.replace(QLatin1String("frise_reader"), QStringLiteral("cr%1_%2_reader").arg(round).arg(suffix));
            sql.replace(QLatin1String("frise_writer"), QStringLiteral("cr%1_%2_writer").arg(round).arg(suffix));
            const QString path = dir.filePath(QStringLiteral("roles-%1.sql").arg(round));
            QFile copy(path);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(sql.toUtf8()) != sql.toUtf8().size())
                return QString();
            return path;
        };
        auto start = [&](QProcess &run, const QStringList &args, const QString &database) {
            run.start(psql,
                QStringList {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database}
                    + args);
        };
        auto succeeded = [](QProcess &run) {
            if (!run.waitForFinished(60000))
                return false;
            const QByteArray err = run.readAllStandardError();
            const bool ok = run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0 && !err.contains("ERROR");
            if (!ok)
                qWarning("psql: %d %s", run.exitCode(), err.constData());
            return ok;
        };
        auto rolesWork = [&] {
            const QString writer = QStringLiteral("cr%1_%2_writer").arg(round).arg(suffix);
            const QString reader = QStringLiteral("cr%1_%2_reader").arg(round).arg(suffix);
            for (Database *db : {m_db.get(), second ? second.get() : m_db.get()}) {
                const QString check = QStringLiteral(
                    "SELECT has_table_privilege('%1', 'event', 'INSERT') AND NOT has_table_privilege('%1', 'audit', "
                    "'DELETE') AND has_table_privilege('%2', 'event', 'SELECT') AND NOT "
                    "has_table_privilege('%2', 'event', 'INSERT')")
                                          .arg(writer, reader);
                if (!scalar(*db, check).toBool())
                    return false;
            }
            return true;
        };

        // Overlapping: the first run waits in its open transaction until the second one had its go.
        {
            const QString path = renamed();
            QVERIFY(!path.isEmpty());
            QProcess first;
            start(first,
                {QStringLiteral("-c"), QStringLiteral("BEGIN"), QStringLiteral("-f"), path, QStringLiteral("-c"),
                    QStringLiteral("SELECT pg_sleep(3) AS held"), QStringLiteral("-c"), QStringLiteral("COMMIT")},
                m_url);
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3) AS held%' "
                                   "AND pid <> pg_backend_pid()"))
                        .toInt()
                    == 1,
                30000);
            QProcess next;
            start(next, {QStringLiteral("-f"), path}, other);
            QVERIFY(succeeded(next));
            QVERIFY(succeeded(first));
            QVERIFY(rolesWork());
        }
        // Three at once, twice.
        for (int i = 0; i < 2; ++i) {
            const QString path = renamed();
            QVERIFY(!path.isEmpty());
            std::array<QProcess, 3> runs;
            for (size_t j = 0; j < runs.size(); ++j)
                start(runs[j], {QStringLiteral("-f"), path}, j == 1 ? other : m_url);
            for (QProcess &run : runs)
                QVERIFY(succeeded(run));
            QVERIFY(rolesWork());
        }
    }

    void concurrentEditsOneWins()
    {
        auto other = connect();
        QVERIFY(other);
        EventRepository mine(*m_db);
        EventRepository theirs(*other);
        Event created = makeEvent(QStringLiteral("Sommet"));
        StorageError error;
        QVERIFY2(mine.insert(created, &error), qPrintable(error.message));
        Event a = *mine.find(created.id, &error);
        Event b = *theirs.find(created.id, &error);
        a.notes = QStringLiteral("ma version");
        b.notes = QStringLiteral("leur version");
        QVERIFY2(theirs.update(b, &error), qPrintable(error.message));
        QVERIFY(!mine.update(a, &error));
        QCOMPARE(error.code, StorageError::Code::Conflict);
        QCOMPARE(a.version, 1);
        QCOMPARE(mine.find(created.id, &error)->notes, QStringLiteral("leur version"));
        QCOMPARE(mine.find(created.id, &error)->version, 2);
        // One audit row for the winner's change, none for the loser.
        const QList<AuditEntry> rows = AuditLog(*m_db).entries(QStringLiteral("event"), created.id, &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().newValue, QStringLiteral("leur version"));
    }

    void notificationReachesOtherClient_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("insert") << QStringLiteral("insert");
        QTest::newRow("update") << QStringLiteral("update");
        QTest::newRow("delete") << QStringLiteral("delete");
    }

    void notificationReachesOtherClient()
    {
        // Delivery is checked here with a generous deadline; how quickly it
        // arrives is measured by tests/bench/bench_storage (target: 1 s).
        QFETCH(QString, action);
        auto other = connect();
        QVERIFY(other);
        ActorRepository theirs(*other);
        Actor actor;
        actor.name = BilingualText::original(Language::French, QStringLiteral("Commission"));
        StorageError error;
        QVERIFY2(theirs.insert(actor, &error), qPrintable(error.message));
        QSignalSpy mine(m_db.get(), &Database::changed);
        QSignalSpy own(other.get(), &Database::changed);
        QTRY_COMPARE_WITH_TIMEOUT(mine.size(), 1, 30000); // the insert above
        mine.clear();
        if (action == QLatin1String("update")) {
            actor.aliases = {QStringLiteral("CE")};
            QVERIFY2(theirs.update(actor, &error), qPrintable(error.message));
        } else if (action == QLatin1String("delete")) {
            QVERIFY2(theirs.removeAnyVersion(actor.id, &error), qPrintable(error.message));
        } else {
            Actor second;
            second.name = BilingualText::original(Language::French, QStringLiteral("Conseil"));
            QVERIFY2(theirs.insert(second, &error), qPrintable(error.message));
            actor = second;
        }
        QTRY_COMPARE_WITH_TIMEOUT(mine.size(), 1, 30000);
        QCOMPARE(mine.at(0).at(0).toString(), QStringLiteral("actor"));
        QCOMPARE(mine.at(0).at(1).value<RowId>(), actor.id);
        // A client is not told about its own writes. The server delivers
        // notifications in commit order, so once the other client has heard
        // of a later write of mine, any echo of its own writes would be in.
        const RowId marker = insertMarker(*m_db);
        QVERIFY(marker > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!own.isEmpty(), 30000);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.at(0).at(1).value<RowId>(), marker);
    }

    void overlappingWritesOneWins_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("update/update") << int(Op::Notes) << int(Op::Notes);
        QTest::newRow("update/delete") << int(Op::Notes) << int(Op::Delete);
        QTest::newRow("delete/update") << int(Op::Delete) << int(Op::Notes);
        QTest::newRow("delete/delete") << int(Op::Delete) << int(Op::Delete);
        QTest::newRow("sources/sources") << int(Op::Sources) << int(Op::Sources);
        QTest::newRow("sources/delete") << int(Op::Sources) << int(Op::Delete);
        QTest::newRow("delete/sources") << int(Op::Delete) << int(Op::Sources);
    }

    void overlappingWritesOneWins()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        StorageError error;
        SourceRepository sources(*m_db);
        QList<RowId> sourceIds;
        for (const QString &title : {QStringLiteral("avant"), QStringLiteral("premier"), QStringLiteral("second")}) {
            Source source;
            source.outlet = QStringLiteral("Le Monde");
            source.title = title;
            source.language = QStringLiteral("fr");
            QVERIFY2(sources.insert(source, &error), qPrintable(error.message));
            sourceIds.append(source.id);
        }
        Event event = makeEvent(QStringLiteral("Disputé"));
        event.notes = QStringLiteral("avant");
        event.sourceIds = {sourceIds.at(0)};
        QVERIFY2(EventRepository(*m_db).insert(event, &error), qPrintable(error.message));
        const qint64 auditBefore = rowCount(*m_db, QStringLiteral("audit"));

        // Both writers read version 1 before either writes.
        const Overlap result = overlap(
            [&](Database &db, StorageError *e) {
                return runOp(Op(first), db, event, sourceIds.at(1), QStringLiteral("premier"), e);
            },
            [&](Database &db, StorageError *e) {
                return runOp(Op(second), db, event, sourceIds.at(2), QStringLiteral("second"), e);
            });
        QVERIFY2(result.firstOk, qPrintable(result.firstError.message));
        QVERIFY2(result.secondBlocked,
            qPrintable(QStringLiteral("the second write did not wait for the first transaction (%1: %2)")
                    .arg(result.secondOk ? QStringLiteral("it succeeded") : QStringLiteral("it failed"),
                        result.secondError.message)));
        QVERIFY(!result.secondOk);
        QCOMPARE(result.secondError.code, StorageError::Code::Conflict);

        // Exactly the first write is stored, links included, and only its audit rows.
        const std::optional<Event> stored = EventRepository(*m_db).find(event.id, &error);
        const qint64 auditRows = rowCount(*m_db, QStringLiteral("audit")) - auditBefore;
        QVERIFY(auditRows > 0);
        switch (Op(first)) {
        case Op::Delete:
            QVERIFY(!stored);
            QCOMPARE(error.code, StorageError::Code::NotFound);
            QCOMPARE(sourceLinks(*m_db, event.id), 0);
            break;
        case Op::Notes:
            QVERIFY(stored);
            QCOMPARE(stored->version, 2);
            QCOMPARE(stored->notes, QStringLiteral("premier"));
            QCOMPARE(stored->sourceIds, QList<RowId> {sourceIds.at(0)});
            QCOMPARE(sourceLinks(*m_db, event.id), 1);
            break;
        case Op::Sources:
            QVERIFY(stored);
            QCOMPARE(stored->version, 2);
            QCOMPARE(stored->notes, QStringLiteral("avant"));
            QCOMPARE(stored->sourceIds, QList<RowId> {sourceIds.at(1)});
            QCOMPARE(sourceLinks(*m_db, event.id), 1);
            break;
        }
        // The loser left no audit row: every one after the insert is the winner's.
        const QString winnerAction = Op(first) == Op::Delete ? QStringLiteral("delete") : QStringLiteral("update");
        const QList<AuditEntry> entries = AuditLog(*m_db).entries(QStringLiteral("event"), event.id, &error);
        QCOMPARE(entries.size(), 1 + auditRows);
        for (const AuditEntry &entry : entries.mid(1)) {
            QCOMPARE(entry.action, winnerAction);
            QVERIFY(entry.newValue != QStringLiteral("second"));
        }
    }

    void noNotificationForRolledBackWrite()
    {
        auto other = connect();
        QVERIFY(other);
        QSignalSpy mine(m_db.get(), &Database::changed);
        Event event = makeEvent(QStringLiteral("Cassé"));
        event.disputeIds = {4242}; // dangling: the transaction rolls back
        StorageError error;
        QVERIFY(!EventRepository(*other).insert(event, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        // A committed write after it: its notification comes after anything
        // the rolled-back one could have sent (commit order).
        const RowId marker = insertMarker(*other);
        QVERIFY(marker > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!mine.isEmpty(), 30000);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).at(0).toString(), QStringLiteral("actor"));
        QCOMPARE(mine.at(0).at(1).value<RowId>(), marker);
    }

    void rolesAndAuditUser()
    {
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(admin(QString::fromUtf8(script.readAll())));
        // Roles are cluster-wide: names unique to this run.
        const QString suffix = QUrl(m_url).path().mid(7);
        const QString writer = QStringLiteral("w_") + suffix;
        const QString reader = QStringLiteral("r_") + suffix;
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frise_writer").arg(writer)));
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frise_reader").arg(reader)));

        auto asWriter = connect(writer);
        QVERIFY(asWriter);
        QVERIFY(!asWriter->isReadOnly());
        QCOMPARE(asWriter->userName(), writer);
        EventRepository events(*asWriter);
        Event event = makeEvent(QStringLiteral("Audition"));
        StorageError error;
        QVERIFY2(events.insert(event, &error), qPrintable(error.message));
        event.notes = QStringLiteral("modifié");
        QVERIFY2(events.update(event, &error), qPrintable(error.message));
        const QList<AuditEntry> rows = AuditLog(*m_db).entries(QStringLiteral("event"), event.id, &error);
        QCOMPARE(rows.size(), 2);
        for (const AuditEntry &row : rows)
            QCOMPARE(row.who, writer);
        // Writers cannot rewrite history.
        QSqlQuery forge(asWriter->connection());
        QVERIFY(!forge.exec(QStringLiteral("DELETE FROM audit")));
        QCOMPARE(asWriter->errorFrom(forge).code, StorageError::Code::ReadOnly);

        auto asReader = connect(reader);
        QVERIFY(asReader);
        QVERIFY(asReader->isReadOnly());
        QCOMPARE(EventRepository(*asReader).find(event.id, &error)->notes, QStringLiteral("modifié"));
        const qsizetype auditBefore = AuditLog(*m_db).entries(QString(), 0, &error).size();
        // Through the repositories: refused up front, with a clear message.
        Event mine = *EventRepository(*asReader).find(event.id, &error);
        mine.notes = QStringLiteral("lecteur");
        error = {};
        QVERIFY(!EventRepository(*asReader).update(mine, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QVERIFY(!error.message.isEmpty());
        // And the server refuses whatever gets past that.
        for (const QString &sql : {QStringLiteral("UPDATE event SET notes = 'lecteur'"),
                 QStringLiteral("INSERT INTO tag (name) VALUES ('x')"), QStringLiteral("DELETE FROM event")}) {
            QSqlQuery query(asReader->connection());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY2(!query.exec(sql), qPrintable(sql));
            const StorageError refused = asReader->errorFrom(query);
            QCOMPARE(refused.code, StorageError::Code::ReadOnly);
            QVERIFY2(refused.message.contains(QLatin1String("permission")), qPrintable(refused.message));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        // Nothing half-applied.
        QCOMPARE(EventRepository(*m_db).find(event.id, &error)->notes, QStringLiteral("modifié"));
        QCOMPARE(AuditLog(*m_db).entries(QString(), 0, &error).size(), auditBefore);
        QCOMPARE(rowCount(*m_db, QStringLiteral("tag")), 0);
    }

    // A confidential source's identity is the server's to keep from
    // frise_reader: the columns themselves are refused, the view blanks
    // them, the audit rows of sources are hidden, and the reader's session
    // (repositories, search, credits, a data export) still works. The
    // writer keeps everything.
    void confidentialSourcesHiddenFromReader()
    {
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(admin(QString::fromUtf8(script.readAll())));
        const QString suffix = QUrl(m_url).path().mid(7);
        const QString writer = QStringLiteral("cw_") + suffix;
        const QString reader = QStringLiteral("cr_") + suffix;
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frise_writer").arg(writer)));
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frise_reader").arg(reader)));

        auto asWriter = connect(writer);
        QVERIFY(asWriter);
        QVERIFY(!asWriter->hidesConfidentialSources());
        StorageError error;
        Source informant;
        informant.outlet = QStringLiteral("Gorge Profonde");
        informant.title = QStringLiteral("Entretien au parking");
        informant.url = QStringLiteral("https://informant.example/secret");
        informant.excerpt = QStringLiteral("Suivez l'argent");
        informant.archives = {{QStringLiteral("https://web.archive.org/web/2024/informant"),
            ArchivedUrl::Kind::WebArchive, QStringLiteral("copie"), QDate(2024, 5, 1)}};
        informant.grade = {QChar(u'B'), 2};
        informant.confidential = true;
        QVERIFY2(SourceRepository(*asWriter).insert(informant, &error), qPrintable(error.message));
        Source open;
        open.outlet = QStringLiteral("Reuters");
        open.title = QStringLiteral("Parking public");
        QVERIFY2(SourceRepository(*asWriter).insert(open, &error), qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Rencontre au parking"));
        event.sourceIds = {informant.id, open.id};
        QVERIFY2(EventRepository(*asWriter).insert(event, &error), qPrintable(error.message));
        // The writer reads it all back.
        QCOMPARE(SourceRepository(*asWriter).find(informant.id, &error)->outlet, informant.outlet);
        // A saved copy for each source (raw rows: this is about the server's rules, not the copy code).
        for (const auto &[sourceId, hash] :
            {std::pair {informant.id, QStringLiteral("aa")}, std::pair {open.id, QStringLiteral("bb")}}) {
            QSqlQuery insert(asWriter->connection());
            QVERIFY2(insert.exec(QStringLiteral("WITH b AS (INSERT INTO copy_blob (sha256, size) VALUES ('%1', 3) "
                                                "RETURNING id), c AS (INSERT INTO copy_chunk (blob_id, seq, data) "
                                                "SELECT id, 0, '\\x616263' FROM b) INSERT INTO saved_copy "
                                                "(source_id, blob_id, file_name, media_type, captured) SELECT %2, id, "
                                                "'page.html', 'text/html', '2024-05-01T00:00:00Z' FROM b")
                             .arg(hash.repeated(32))
                             .arg(sourceId)),
                qPrintable(insert.lastError().text()));
        }

        auto asReader = connect(reader);
        QVERIFY(asReader);
        QVERIFY(asReader->isReadOnly());
        QVERIFY(asReader->hidesConfidentialSources());
        // Straight at the table: permission denied, whatever the row.
        for (const char *column : {"outlet", "title", "url", "excerpt", "archives", "search_vector", "*"}) {
            QSqlQuery query(asReader->connection());
            const QString sql
                = QStringLiteral("SELECT %1 FROM source WHERE id = %2").arg(QLatin1String(column)).arg(informant.id);
            QVERIFY2(!query.exec(sql), qPrintable(sql));
            QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied")),
                qPrintable(query.lastError().text()));
        }
        // Through the view: blanked for the confidential row only.
        QSqlQuery view(asReader->connection());
        QVERIFY(view.exec(QStringLiteral("SELECT outlet, title, url, excerpt, archives, search_vector IS NULL, "
                                         "reliability, credibility FROM source_reader WHERE id = %1")
                .arg(informant.id)));
        QVERIFY(view.next());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(view.value(i).toString(), QString());
        QVERIFY(view.value(5).toBool());
        QCOMPARE(view.value(6).toString(), QStringLiteral("B"));
        QCOMPARE(view.value(7).toInt(), 2);
        QCOMPARE(
            scalar(*asReader, QStringLiteral("SELECT outlet FROM source_reader WHERE id = ?"), {open.id}).toString(),
            QStringLiteral("Reuters"));
        // Saved copies: the confidential source's link, blob and bytes are not the reader's to see.
        for (const char *table : {"saved_copy", "copy_blob", "copy_chunk"}) {
            QCOMPARE(scalar(*asWriter, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 2);
            QCOMPARE(scalar(*asReader, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 1);
        }
        QCOMPARE(
            scalar(*asReader, QStringLiteral("SELECT count(*) FROM saved_copy WHERE source_id = ?"), {informant.id})
                .toInt(),
            0);
        QCOMPARE(scalar(*asReader, QStringLiteral("SELECT sha256 FROM copy_blob")).toString(),
            QStringLiteral("bb").repeated(32));
        // The audit log keeps old and new values: none of a source's rows reach the reader.
        QCOMPARE(scalar(*asReader, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'source'")).toInt(), 0);
        QVERIFY(scalar(*asReader, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'event'")).toInt() > 0);
        QVERIFY(scalar(*asWriter, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'source'")).toInt() >= 2);

        // The reader's session: repositories, search, credits and exports work without the identity.
        const std::optional<Source> seen = SourceRepository(*asReader).find(informant.id, &error);
        QVERIFY2(seen, qPrintable(error.message));
        QVERIFY(seen->confidential);
        QVERIFY(seen->outlet.isEmpty() && seen->title.isEmpty() && seen->url.isEmpty() && seen->excerpt.isEmpty());
        QVERIFY(seen->archives.isEmpty());
        QCOMPARE(seen->grade.code(), QStringLiteral("B2"));
        QCOMPARE(SourceRepository(*asReader).all(&error).size(), 2);
        QCOMPARE(EventRepository(*asReader).find(event.id, &error)->sourceIds, event.sourceIds);
        SearchQuery words;
        words.text = QStringLiteral("parking");
        QStringList found;
        for (const SearchHit &hit : SearchIndex(*asReader).search(words, &error))
            found.append(hit.entity + u':' + QString::number(hit.id));
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QVERIFY(found.contains(QStringLiteral("source:%1").arg(open.id)));
        QVERIFY(found.contains(QStringLiteral("event:%1").arg(event.id)));
        QVERIFY(!found.contains(QStringLiteral("source:%1").arg(informant.id)));
        words.text = QStringLiteral("parking");
        words.minReliability = QChar(u'B');
        QVERIFY(SearchIndex(*asReader).search(words, &error).isEmpty()); // the informant's words are hidden
        QCOMPARE(SearchIndex(*asWriter).search(words, &error).size(), 1);
        QCOMPARE(TimelineRows(*asReader).creditedOutlets(false, &error), QStringList {QStringLiteral("Reuters")});
        QCOMPARE(TimelineRows(*asWriter).creditedOutlets(false, &error), QStringList {QStringLiteral("Reuters")});
        Dataset exported;
        QVERIFY2(DatasetStore(*asReader).exportAll(&exported, &error), qPrintable(error.message));
        QCOMPARE(exported.sources.size(), 2);
        for (const Source &source : std::as_const(exported.sources))
            QVERIFY(source.outlet != informant.outlet && source.url != informant.url);
    }

    // A writer does not own the tables: its big imports go in batches
    // with the indexes and foreign keys in place (only an owner may drop
    // them), and still check references and index every row.
    // A big import is vacuumed once committed, so that readers find its rows marked visible to all at once
    // (else every read checks each row's transaction until autovacuum comes by); a small one is not.
    void bigImportIsVacuumed()
    {
        const auto allVisiblePages = [&] {
            QSqlQuery query(m_db->connection());
            return query.exec(QStringLiteral("SELECT relallvisible FROM pg_class WHERE oid = 'event'::regclass"))
                    && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        const auto phaseNames = [](const ImportSummary &summary) {
            QStringList names;
            for (const ImportPhase &phase : summary.phases)
                names << phase.name;
            return names;
        };
        // The test cluster commits asynchronously, and VACUUM leaves a page unmarked until the commits of its
        // rows are flushed; a real server commits synchronously, as here.
        QSqlQuery synchronous(m_db->connection());
        QVERIFY(synchronous.exec(QStringLiteral("SET synchronous_commit TO on")));
        Dataset set;
        for (int i = 1; i <= 40; ++i) {
            Event event = makeEvent(QStringLiteral("Dépêche %1").arg(i), QStringLiteral("2021-03-04"));
            event.uid = QStringLiteral("vacuum-%1").arg(i);
            set.events << event;
        }
        StorageError error;
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(set, {}, {}, &summary, &error), qPrintable(error.message));
        QVERIFY(!phaseNames(summary).contains(QStringLiteral("vacuum")));
        QCOMPARE(allVisiblePages(), 0);

        // Autovacuum's first visit to this database (a minute after it was
        // made, near here under ASan) would pin the event pages while the
        // import's VACUUM wants them, which then leaves them unmarked: not
        // for this table. And a snapshot older than the import's rows would
        // keep VACUUM from marking them: none when it starts, and the holders
        // named if it fails anyway.
        QVERIFY(synchronous.exec(QStringLiteral("ALTER TABLE event SET (autovacuum_enabled = false)")));
        const QString holders = QStringLiteral(
            "SELECT coalesce(string_agg(backend_type || ' ' || coalesce(query, ''), '; '), '') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL");
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, holders).toString(), QString(), 30000);
        for (Event &event : set.events)
            event.uid += QStringLiteral("-big");
        DatasetStore::ImportOptions big;
        big.deferSearchIndexFrom = 40;
        QVERIFY2(DatasetStore(*m_db).import(set, big, {}, &summary, &error), qPrintable(error.message));
        QVERIFY(phaseNames(summary).contains(QStringLiteral("vacuum")));
        QVERIFY2(
            allVisiblePages() > 0, qPrintable(QStringLiteral("other snapshots: ") + scalar(*m_db, holders).toString()));
        QCOMPARE(rowCount(*m_db, QStringLiteral("event")), 80);
        QVERIFY(synchronous.exec(QStringLiteral("ALTER TABLE event RESET (autovacuum_enabled)")));
    }

    void bulkImportAsWriter()
    {
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(admin(QString::fromUtf8(script.readAll())));
        const QString writer = QStringLiteral("bw_") + QUrl(m_url).path().mid(7);
        QVERIFY(admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frise_writer").arg(writer)));
        auto asWriter = connect(writer);
        QVERIFY(asWriter);
        auto schema = [&] {
            QStringList lines;
            QSqlQuery query(m_db->connection());
            query.exec(QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = "
                                      "current_schema() UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) "
                                      "FROM pg_constraint ORDER BY 1"));
            while (query.next())
                lines << query.value(0).toString();
            return lines;
        };
        const QStringList before = schema();
        QVERIFY(before.size() > 20);

        Dataset set;
        Actor actor;
        actor.id = 1;
        actor.uid = QStringLiteral("writer-actor");
        actor.name = BilingualText::original(Language::French, QStringLiteral("Rédaction"));
        set.actors << actor;
        for (int i = 1; i <= 6000; ++i) {
            Event event = makeEvent(QStringLiteral("Dépêche %1 négociation").arg(i), QStringLiteral("2020-01-02"));
            event.id = i;
            event.uid = QStringLiteral("writer-event-%1").arg(i);
            event.actors = {{1, QStringLiteral("auteur")}};
            event.tags = {QStringLiteral("fil")};
            set.events << event;
        }
        ImportSummary summary;
        StorageError error;
        QVERIFY2(DatasetStore(*asWriter).import(set, {}, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(summary.inserted, 6001);
        QVERIFY(std::none_of(summary.phases.cbegin(), summary.phases.cend(),
            [](const ImportPhase &phase) { return phase.name.startsWith(QLatin1String("index ")); }));
        QCOMPARE(schema(), before);
        QCOMPARE(rowCount(*m_db, QStringLiteral("event_actor")), 6000);
        SearchQuery query;
        query.text = QStringLiteral("depeche 5999");
        const QList<SearchHit> hits = SearchIndex(*m_db).search(query, &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(EventRepository(*m_db).find(hits.first().id, &error)->uid, QStringLiteral("writer-event-5999"));
        const QList<AuditEntry> audit = AuditLog(*m_db).entries(QStringLiteral("dataset"), 0, &error);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().who, writer);

        // A dangling reference among the batched rows fails the whole import.
        Dataset broken = set;
        for (Event &event : broken.events)
            event.uid += QStringLiteral("-b");
        broken.events[5500].actors = {{2, QString()}};
        QVERIFY(!DatasetStore(*asWriter).import(broken, {}, {}, &summary, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(rowCount(*m_db, QStringLiteral("event")), 6000);
    }

    void copyRoundTrip()
    {
        // What `frise copy` does, both ways: SQLite -> PostgreSQL -> SQLite.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto original = openSqlite(dir.filePath(QStringLiteral("original.frise")));
        QVERIFY(original);
        QVERIFY(fill(*original));
        const Dataset before = exported(*original);
        QVERIFY(before.actors.size() == 2 && before.events.size() == 1 && before.audit.size() > 10);

        DatasetStore::ImportOptions options;
        options.matchActorsByName = false;
        options.keepAudit = true;
        options.keepIds = true;
        options.recordImport = false;
        StorageError error;
        Dataset dataset;
        QVERIFY(DatasetStore(*original).exportAll(&dataset, &error));
        QVERIFY2(DatasetStore(*m_db).import(dataset, options, {}, nullptr, &error), qPrintable(error.message));
        compareDatasets(exported(*m_db), before);
        // New rows after a copy get fresh ids.
        Event later = makeEvent(QStringLiteral("Après la copie"));
        QVERIFY2(EventRepository(*m_db).insert(later, &error), qPrintable(error.message));
        QVERIFY(later.id > before.events.last().id);
        QVERIFY(EventRepository(*m_db).removeAnyVersion(later.id, &error));

        auto back = openSqlite(dir.filePath(QStringLiteral("back.frise")));
        QVERIFY(back);
        Dataset fromServer;
        QVERIFY(DatasetStore(*m_db).exportAll(&fromServer, &error));
        // The insert/delete above left audit rows; drop them for the comparison.
        fromServer.audit.resize(dataset.audit.size());
        QVERIFY2(DatasetStore(*back).import(fromServer, options, {}, nullptr, &error), qPrintable(error.message));
        compareDatasets(exported(*back), before);
    }

    void copyCommand()
    {
        QVERIFY2(QFileInfo::exists(TestPaths::friseBinary()), qPrintable(TestPaths::friseBinary()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = dir.filePath(QStringLiteral("original.frise"));
        const QString back = dir.filePath(QStringLiteral("back.frise"));
        {
            auto db = openSqlite(original);
            QVERIFY(db);
            QVERIFY(fill(*db));
        }
        m_db.reset(); // the copy fills an empty database
        auto run = [](const QStringList &args, int expected) {
            QProcess frise;
            frise.start(TestPaths::friseBinary(), args);
            if (!frise.waitForFinished(60000))
                return false;
            const bool ok = frise.exitStatus() == QProcess::NormalExit && frise.exitCode() == expected;
            if (!ok)
                qWarning("frise %s: %d %s", qPrintable(args.join(u' ')), frise.exitCode(),
                    frise.readAllStandardError().constData());
            return ok;
        };
        QVERIFY(run({QStringLiteral("copy"), original, m_url}, 0));
        // Never into a database that has records.
        QVERIFY(run({QStringLiteral("copy"), original, m_url}, 1));
        QVERIFY(run({QStringLiteral("copy"), m_url, back}, 0));
        auto a = openSqlite(original, false);
        auto b = openSqlite(back, false);
        QVERIFY(a && b);
        compareDatasets(exported(*b), exported(*a));
    }

    // Schema step 5 stores the search vectors: a database at step 4 gets
    // them on upgrade, with its rows, and finds what the expression index
    // found before.
    void searchColumnUpgrade()
    {
        QString message;
        const QString url = createPostgresDatabase(&message);
        QVERIFY2(!url.isEmpty(), qPrintable(message));
        Database::OpenOptions beforeVectors;
        beforeVectors.targetVersion = 4;
        StorageError error;
        auto old = Database::open(url, beforeVectors, &error);
        QVERIFY2(old, qPrintable(error.message));
        QCOMPARE(old->schemaVersion(), 4);
        const QStringList titles = {QStringLiteral("Négociation à Bruxelles"),
            QStringLiteral("Les négociations reprennent"), QStringLiteral("Accord commercial signé"),
            QStringLiteral("Nouvel accord de négociation"), QStringLiteral("Rien à voir")};
        for (const QString &title : titles) {
            Event event = makeEvent(title);
            QVERIFY2(EventRepository(*old).insert(event, &error), qPrintable(error.message));
        }
        Claim claim;
        claim.text = BilingualText::original(Language::French, QStringLiteral("La négociation a échoué"));
        QVERIFY2(ClaimRepository(*old).insert(claim, &error), qPrintable(error.message));
        const QString column = QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'event'::regclass "
                                              "AND attname = 'search_vector' AND NOT attisdropped");
        QCOMPARE(scalar(*old, column).toInt(), 0);
        // What the expression index (before step 5) answers, per word: the reference.
        const QStringList words = {QStringLiteral("negociation"), QStringLiteral("nego"), QStringLiteral("accord"),
            QStringLiteral("accord negoc"), QStringLiteral("bruxelles"), QStringLiteral("introuvable")};
        QHash<QString, QList<qint64>> expected;
        for (const QString &word : words) {
            for (const char *table : {"event", "claim"}) {
                const QString entity = QLatin1String(table);
                QSqlQuery query(old->connection());
                QVERIFY(query.prepare(QStringLiteral("SELECT id FROM %1 WHERE (%2) @@ to_tsquery('%3', ?) ORDER BY id")
                        .arg(entity, postgresSearchVector(entity, QString()), QLatin1String(postgresSearchConfig))));
                query.addBindValue(SearchIndex::tsQueryExpression(word));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
                while (query.next())
                    expected[word].append(query.value(0).toLongLong() * 10 + (entity == QLatin1String("claim")));
            }
        }
        for (QList<qint64> &ids : expected)
            std::sort(ids.begin(), ids.end());
        QCOMPARE(expected.value(QStringLiteral("nego")).size(), 4);
        QCOMPARE(expected.value(QStringLiteral("accord negoc")).size(), 1);
        old.reset();

        auto upgraded = Database::open(url, {}, &error);
        QVERIFY2(upgraded, qPrintable(error.message));
        QCOMPARE(upgraded->schemaVersion(), postgresSchemaVersion());
        QVERIFY(postgresSchemaVersion() >= 5);
        QCOMPARE(scalar(*upgraded, column).toInt(), 1);
        QVERIFY(scalar(*upgraded, QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'event_search'"))
                .toString()
                .contains(QLatin1String("search_vector")));
        for (const QString &word : words) {
            SearchQuery query;
            query.text = word;
            const QList<SearchHit> hits = SearchIndex(*upgraded).search(query, &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QList<qint64> found;
            for (const SearchHit &hit : hits)
                found.append(hit.id * 10 + (hit.entity == QLatin1String("claim")));
            std::sort(found.begin(), found.end());
            QCOMPARE(found, expected.value(word));
        }
        // New and edited rows get their vector from the column's expression.
        Event later = makeEvent(QStringLiteral("Ancien intitulé"));
        QVERIFY2(EventRepository(*upgraded).insert(later, &error), qPrintable(error.message));
        later.title.fr = QStringLiteral("Négociation prolongée");
        QVERIFY2(EventRepository(*upgraded).update(later, &error), qPrintable(error.message));
        SearchQuery query;
        query.text = QStringLiteral("prolongee");
        const QList<SearchHit> hits = SearchIndex(*upgraded).search(query, &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, later.id);
        query.text = QStringLiteral("ancien");
        QVERIFY(SearchIndex(*upgraded).search(query, &error).isEmpty());
    }

    // Schema step 9 makes the link indexes cover their events: a database at
    // step 8 gets them on upgrade, and a dispute's or an actor's event ids are
    // then read from the index alone (the search starts from them).
    void linkIndexesUpgrade()
    {
        auto upgraded = upgradedFrom(8);
        QVERIFY(upgraded);
        const QString dispute = indexDefinition(*upgraded, "event_dispute_dispute");
        QVERIFY2(dispute.endsWith(QLatin1String("(dispute_id, event_id)")), qPrintable(dispute));
        const QString actor = indexDefinition(*upgraded, "event_actor_actor");
        QVERIFY2(actor.endsWith(QLatin1String("(actor_id, event_id)")), qPrintable(actor));
        QVERIFY(scalar(*upgraded, QStringLiteral("VACUUM event_dispute")).isNull());
        const QString plan
            = indexPlan(*upgraded, QStringLiteral("SELECT event_id FROM event_dispute WHERE dispute_id = 1"));
        QVERIFY2(plan.contains(QLatin1String("Index Only Scan using event_dispute_dispute")), qPrintable(plan));
        StorageError error;
        // The upgraded database's dispute still finds its event.
        SearchQuery query;
        query.text = QStringLiteral("bruxelles");
        query.disputeId = scalar(*upgraded, QStringLiteral("SELECT min(id) FROM dispute")).toLongLong();
        const QList<SearchHit> hits = SearchIndex(*upgraded).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entity, QStringLiteral("event"));
    }

    // Schema step 10: a date range's events with their search vectors in a
    // span index, those too long for one in another. An upgraded database
    // has both, a range is read from the first alone, and an event of
    // either is found.
    void spanVectorIndexesUpgrade()
    {
        Event longNotes = makeEvent(QStringLiteral("Bruxelles, le lendemain"), QStringLiteral("2023-04-26"));
        for (int word = 0; word < 400; ++word)
            longNotes.notes += QStringLiteral(" note%1").arg(word);
        auto upgraded = upgradedFrom(9, [&](Database &old) {
            StorageError error;
            return EventRepository(old).insert(longNotes, &error);
        });
        QVERIFY(upgraded);
        const QString vectors = indexDefinition(*upgraded, "event_span_text");
        QVERIFY2(vectors.contains(QLatin1String("INCLUDE (id, t_min, t_max, search_vector) WHERE "
                                                "(octet_length((search_vector)::text) <= 3000)")),
            qPrintable(vectors));
        const QString longOnes = indexDefinition(*upgraded, "event_span_long");
        QVERIFY2(longOnes.endsWith(QLatin1String("WHERE (octet_length((search_vector)::text) > 3000)")),
            qPrintable(longOnes));
        QCOMPARE(scalar(*upgraded,
                     QStringLiteral("SELECT count(*) FROM event r WHERE %1")
                         .arg(postgresSpanVectorCondition(QStringLiteral("r."), false)))
                     .toInt(),
            1);
        QVERIFY(scalar(*upgraded, QStringLiteral("VACUUM event")).isNull());
        const QString plan = indexPlan(*upgraded,
            QStringLiteral("SELECT r.id, r.search_vector FROM event r WHERE int8range(r.t_min, r.t_max, '[]') && "
                           "int8range(0, 99999999, '[]') AND %1")
                .arg(postgresSpanVectorCondition(QStringLiteral("r."), true)));
        QVERIFY2(plan.contains(QLatin1String("Index Only Scan using event_span_text")), qPrintable(plan));
        StorageError error;
        SearchQuery query;
        query.text = QStringLiteral("bruxelles");
        query.fromMinutes = FuzzyDate::fromYear(2023).earliestMinutes();
        query.toMinutes = FuzzyDate::fromYear(2023).latestMinutes();
        const QList<SearchHit> hits = SearchIndex(*upgraded).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(hits.size(), 2);
        QSet<qint64> ids;
        for (const SearchHit &hit : hits)
            ids.insert(hit.id);
        QVERIFY(ids.contains(longNotes.id));
    }

    // A big import (the bulk path, owner role) holds no lock that stops
    // another client's reads: paused with its transaction open and thousands
    // of rows written, the other client reads and searches within a bound and
    // sees the data as it was; after the commit it sees the import.
    void importDoesNotBlockReaders()
    {
        Event before = makeEvent(QStringLiteral("Avant l’import"), QStringLiteral("2020-01-02"));
        StorageError error;
        QVERIFY2(EventRepository(*m_db).insert(before, &error), qPrintable(error.message));
        Dataset set;
        Actor actor;
        actor.id = 1;
        actor.uid = QStringLiteral("import-actor");
        actor.name = BilingualText::original(Language::French, QStringLiteral("Agence"));
        set.actors << actor;
        constexpr int events = 8000;
        for (int i = 1; i <= events; ++i) {
            Event event = makeEvent(QStringLiteral("Dépêche %1 négociation").arg(i), QStringLiteral("2020-01-02"));
            event.id = i;
            event.uid = QStringLiteral("import-event-%1").arg(i);
            event.actors = {{1, QStringLiteral("auteur")}};
            event.tags = {QStringLiteral("fil")};
            set.events << event;
        }
        std::promise<void> paused;
        std::promise<void> resume;
        std::shared_future<void> resumed = resume.get_future().share();
        std::atomic<bool> imported = false;
        QString importError;
        // One connection per thread: the importer opens its own.
        std::unique_ptr<QThread> importer(QThread::create([&] {
            auto db = connect();
            if (!db) {
                importError = QStringLiteral("no connection");
                paused.set_value();
                return;
            }
            bool pausedOnce = false;
            const auto progress = [&](qint64 done, qint64) {
                // Past 5,000 events the first batch is written (and, before,
                // the indexes and keys had been dropped).
                if (!pausedOnce && done >= 6000) {
                    pausedOnce = true;
                    paused.set_value();
                    resumed.wait_for(std::chrono::seconds(60));
                }
                return true;
            };
            ImportSummary summary;
            StorageError importFailure;
            imported = DatasetStore(*db).import(set, {}, progress, &summary, &importFailure);
            importError = importFailure.message;
            if (!pausedOnce)
                paused.set_value();
        }));
        importer->start();
        bool resumeSent = false;
        const auto release = qScopeGuard([&] {
            if (!resumeSent)
                resume.set_value();
            importer->wait();
        });
        QVERIFY(paused.get_future().wait_for(std::chrono::seconds(120)) == std::future_status::ready);
        QVERIFY2(importError.isEmpty(), qPrintable(importError));
        // A read stuck behind a lock fails after the timeout instead of
        // waiting for an import that waits for it.
        QVERIFY(admin(QStringLiteral("SET statement_timeout = '10s'")));
        QElapsedTimer timer;
        timer.start();
        const qint64 seen = EventRepository(*m_db).count(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        SearchQuery query;
        query.text = QStringLiteral("avant");
        const QList<SearchHit> old = SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        query.text = QStringLiteral("depeche");
        const QList<SearchHit> pending = SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const qint64 elapsed = timer.elapsed();
        const qint64 importedRows
            = scalar(*m_db, QStringLiteral("SELECT count(*) FROM event WHERE uid LIKE 'import-event-%'")).toLongLong();
        resume.set_value();
        resumeSent = true;
        QVERIFY(importer->wait(QDeadlineTimer(300000)));
        QVERIFY(admin(QStringLiteral("SET statement_timeout = 0")));
        QVERIFY2(imported, qPrintable(importError));
        QCOMPARE(seen, 1);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().id, before.id);
        QVERIFY(pending.isEmpty());
        QCOMPARE(importedRows, 0);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        // Committed: the other client sees it.
        QCOMPARE(EventRepository(*m_db).count(&error), events + 1);
        query.text = QStringLiteral("depeche 7999");
        const QList<SearchHit> hits = SearchIndex(*m_db).search(query, &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(EventRepository(*m_db).find(hits.first().id, &error)->uid, QStringLiteral("import-event-7999"));
        // A word only older rows hold, 8,000 rows behind the newest: found
        // past the newest rows read first, through the GIN index.
        QVERIFY(SearchIndex::newestFirstLook < events);
        query.text = QStringLiteral("avant");
        const QList<SearchHit> older = SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(older.size(), 1);
        QCOMPARE(older.first().id, before.id);
        QVERIFY2(older.first().snippet.contains(SearchHit::highlightStart), qPrintable(older.first().snippet));
    }

    void windowQuery()
    {
        EventRepository events(*m_db);
        StorageError error;
        for (const char *date : {"1914-07-28", "2001-09-11", "2023-04-25", "2023-05"}) {
            Event event = makeEvent(QString::fromLatin1(date), QString::fromLatin1(date));
            QVERIFY2(events.insert(event, &error), qPrintable(error.message));
        }
        // The GiST index answers the overlap query.
        QVERIFY(admin(QStringLiteral("SET enable_seqscan = off")));
        QSqlQuery plan(m_db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM event WHERE int8range(t_min, t_max, '[]') && "
                                         "int8range(0, 10, '[)')")));
        QString text;
        while (plan.next())
            text += plan.value(0).toString() + u'\n';
        QVERIFY2(text.contains(QLatin1String("event_span")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
