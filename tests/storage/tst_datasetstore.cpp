// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datasetstream.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/postgresmigrations.h"
#include "storage/recordcolumns_p.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"
#include "storagetesthelpers.h"

#include <QSqlRecord>

#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

namespace {

QString text(const BilingualText &t)
{
    return t.fr + u'/' + translationStatusCode(t.frStatus) + u'/' + t.en + u'/' + translationStatusCode(t.enStatus);
}

QString date(const FuzzyDate &d)
{
    return d.toIsoText() + u'@' + d.wording() + u'@' + d.referenceDate().toString(Qt::ISODate);
}

/**
 * A Dataset as sorted lines in which every reference is written as the uid
 * it points to, so that a set with local ids (1, 2, 3...) and the same set
 * exported with database ids compare equal.
 */
QStringList canonical(const Dataset &set)
{
    QHash<RowId, QString> actors, sources, disputes, claims;
    for (const Actor &a : set.actors)
        actors.insert(a.id, a.uid);
    for (const Source &s : set.sources)
        sources.insert(s.id, s.uid);
    for (const Dispute &d : set.disputes)
        disputes.insert(d.id, d.uid);
    for (const Claim &c : set.claims)
        claims.insert(c.id, c.uid);
    auto uids = [](const QHash<RowId, QString> &map, const QList<RowId> &ids) {
        QStringList out;
        for (RowId id : ids)
            out.append(map.value(id, QStringLiteral("?%1").arg(id)));
        return out.join(u',');
    };
    auto uid = [](const QHash<RowId, QString> &map, RowId id) {
        return id ? map.value(id, QStringLiteral("?%1").arg(id)) : QString();
    };

    QStringList lines;
    for (const Actor &a : set.actors) {
        lines << QStringList {QStringLiteral("actor"), a.uid, actorKindCode(a.kind), text(a.name), text(a.description),
            a.aliases.join(u','), uid(actors, a.parentId)}
                     .join(u'|');
    }
    for (const Source &s : set.sources) {
        lines << QStringList {QStringLiteral("source"), s.uid, s.outlet, s.title, s.url, s.language, date(s.published),
            s.accessed.toString(Qt::ISODate), s.excerpt}
                     .join(u'|');
    }
    for (const Tag &t : set.tags)
        lines << QStringList {QStringLiteral("tag"), t.name, text(t.label)}.join(u'|');
    for (const Dispute &d : set.disputes) {
        lines << QStringList {QStringLiteral("dispute"), d.uid, text(d.title), text(d.description),
            disputeStatusCode(d.status), d.colour, uids(actors, d.partyIds)}
                     .join(u'|');
    }
    for (const Event &e : set.events) {
        QStringList roles;
        for (const EventActor &a : e.actors)
            roles << uid(actors, a.actorId) + u':' + a.role;
        lines << QStringList {QStringLiteral("event"), e.uid, text(e.title), text(e.text), date(e.start), date(e.end),
            QString::number(e.importance), e.notes, uids(disputes, e.disputeIds), roles.join(u','), e.tags.join(u','),
            uids(sources, e.sourceIds)}
                     .join(u'|');
    }
    for (const Claim &c : set.claims) {
        lines << QStringList {QStringLiteral("claim"), c.uid, text(c.text), c.quote, c.quoteLanguage,
            uid(actors, c.claimantId), date(c.madeOn), uid(sources, c.madeInSourceId), uid(disputes, c.disputeId),
            claimStatusCode(c.status), uid(claims, c.rebutsClaimId), uids(sources, c.evidenceSourceIds), c.notes}
                     .join(u'|');
    }
    for (const Relation &r : set.relations) {
        lines << QStringList {QStringLiteral("relation"), r.uid, uid(actors, r.fromActorId), uid(actors, r.toActorId),
            relationTypeCode(r.type), date(r.start), date(r.end), r.note, uids(sources, r.sourceIds)}
                     .join(u'|');
    }
    for (const Era &e : set.eras) {
        lines << QStringList {QStringLiteral("era"), e.uid, text(e.title), date(e.start), date(e.end),
            uid(disputes, e.disputeId)}
                     .join(u'|');
    }
    for (const StatusChange &c : set.statusChanges) {
        lines << QStringList {QStringLiteral("status_change"), c.uid, uid(disputes, c.disputeId),
            c.from ? disputeStatusCode(*c.from) : QString(), disputeStatusCode(c.to), date(c.date), text(c.note),
            uids(sources, c.sourceIds)}
                     .join(u'|');
    }
    if (!set.description.isEmpty())
        lines << QStringList {QStringLiteral("description"), set.description.fr, set.description.en}.join(u'|');
    lines.sort();
    return lines;
}

Actor actor(RowId id, const QString &uid, const QString &name, RowId parent = 0)
{
    Actor a;
    a.id = id;
    a.uid = uid;
    a.name = BilingualText::original(Language::French, name);
    a.parentId = parent;
    return a;
}

Event makeDatasetEvent(RowId id, const QString &uid, const QString &title, const QString &start)
{
    Event e = makeEvent(title, start);
    e.id = id;
    e.uid = uid;
    return e;
}

/// A small but complete dataset with local ids and forward references.
Dataset sampleDataset()
{
    Dataset set;
    set.title = BilingualText::both(QStringLiteral("IA et finance"), QStringLiteral("AI and money"));
    // The parent comes after its child.
    set.actors << actor(1, QStringLiteral("actor-msads"), QStringLiteral("Microsoft Advertising"), 2)
               << actor(2, QStringLiteral("actor-microsoft"), QStringLiteral("Microsoft"))
               << actor(3, QStringLiteral("actor-openai"), QStringLiteral("OpenAI"));
    set.actors[1].aliases = {QStringLiteral("MSFT")};
    set.actors[2].description = BilingualText::both(QStringLiteral("Laboratoire"), QStringLiteral("Lab"));

    Source s1;
    s1.id = 1;
    s1.uid = QStringLiteral("source-annonce");
    s1.outlet = QStringLiteral("Reuters");
    s1.title = QStringLiteral("Microsoft invests");
    s1.language = QStringLiteral("en");
    s1.published = FuzzyDate::fromIsoText(QStringLiteral("2023-01-23"));
    s1.published.setWording(QStringLiteral("Monday"));
    s1.published.setReferenceDate(QDate(2023, 1, 24));
    s1.accessed = QDate(2023, 2, 1);
    Source s2;
    s2.id = 2;
    s2.uid = QStringLiteral("source-blog");
    s2.url = QStringLiteral("https://example.org/blog");
    set.sources << s1 << s2;

    Tag ia;
    ia.name = QStringLiteral("ia");
    ia.label = BilingualText::both(QStringLiteral("IA"), QStringLiteral("AI"));
    Tag finance;
    finance.name = QStringLiteral("finance");
    set.tags << finance << ia;

    Dispute dispute;
    dispute.id = 1;
    dispute.uid = QStringLiteral("dispute-ftc");
    dispute.title = BilingualText::original(Language::English, QStringLiteral("FTC inquiry"));
    dispute.status = Dispute::Status::Threatened;
    dispute.partyIds = {3, 2};
    set.disputes << dispute;

    Event e1 = makeDatasetEvent(
        1, QStringLiteral("event-investment"), QStringLiteral("Investissement"), QStringLiteral("2023-01"));
    e1.disputeIds = {1};
    e1.actors = {{2, QStringLiteral("investisseur")}, {3, QStringLiteral("bénéficiaire")}};
    e1.tags = {QStringLiteral("ia"), QStringLiteral("finance")};
    e1.sourceIds = {2, 1};
    Event e2 = makeDatasetEvent(2, QStringLiteral("event-inquiry"), QStringLiteral("Enquête"), QStringLiteral("~2024"));
    e2.start.setWording(QStringLiteral("début 2024"));
    e2.end = FuzzyDate::fromIsoText(QStringLiteral("2025-03"));
    e2.disputeIds = {1};
    Event e3 = makeDatasetEvent(
        3, QStringLiteral("event-ads"), QStringLiteral("Publicité"), QStringLiteral("2023-05-04T09:30"));
    e3.actors = {{1, QString()}};
    e3.importance = 1;
    e3.notes = QStringLiteral("à vérifier");
    set.events << e1 << e2 << e3;

    // The first claim rebuts the second, which comes later.
    Claim c1;
    c1.id = 1;
    c1.uid = QStringLiteral("claim-no-control");
    c1.text = BilingualText::original(Language::French, QStringLiteral("Microsoft ne contrôle pas OpenAI"));
    c1.claimantId = 2;
    c1.madeInSourceId = 1;
    c1.disputeId = 1;
    c1.rebutsClaimId = 2;
    c1.evidenceSourceIds = {2};
    c1.status = Claim::Status::Disputed;
    Claim c2;
    c2.id = 2;
    c2.uid = QStringLiteral("claim-control");
    c2.quote = QStringLiteral("de facto control");
    c2.quoteLanguage = QStringLiteral("en");
    set.claims << c1 << c2;

    Relation relation;
    relation.id = 1;
    relation.uid = QStringLiteral("relation-invests");
    relation.fromActorId = 2;
    relation.toActorId = 3;
    relation.type = Relation::Type::InvestsIn;
    relation.start = FuzzyDate::fromIsoText(QStringLiteral("2019-07"));
    relation.sourceIds = {1};
    set.relations << relation;

    set.description = BilingualText::both(QStringLiteral("Qui finance qui"), QStringLiteral("Who funds whom"));
    Era inquiry;
    inquiry.id = 1;
    inquiry.uid = QStringLiteral("era-inquiry");
    inquiry.title = BilingualText::both(QStringLiteral("Enquête"), QStringLiteral("Inquiry"));
    inquiry.start = FuzzyDate::fromIsoText(QStringLiteral("~2024"));
    inquiry.start.setWording(QStringLiteral("début 2024"));
    inquiry.end = FuzzyDate::fromIsoText(QStringLiteral("2025-03"));
    inquiry.disputeId = 1;
    Era boom;
    boom.id = 2;
    boom.uid = QStringLiteral("era-boom");
    boom.title = BilingualText::original(Language::English, QStringLiteral("The boom"));
    boom.start = FuzzyDate::fromYear(2022);
    boom.end = FuzzyDate::fromYear(2023);
    set.eras << inquiry << boom;

    // Recorded latest first: the dispute's status is its latest change's by date.
    StatusChange threatened;
    threatened.id = 1;
    threatened.uid = QStringLiteral("ftc-threatened");
    threatened.disputeId = 1;
    threatened.from = Dispute::Status::Brewing;
    threatened.to = Dispute::Status::Threatened;
    threatened.date = FuzzyDate::fromIsoText(QStringLiteral("2023-06"));
    threatened.sourceIds = {1, 2};
    threatened.note = BilingualText::both(QStringLiteral("Lettre"), QStringLiteral("Letter"));
    StatusChange brewing;
    brewing.id = 2;
    brewing.uid = QStringLiteral("ftc-brewing");
    brewing.disputeId = 1;
    brewing.to = Dispute::Status::Brewing;
    brewing.date = FuzzyDate::fromIsoText(QStringLiteral("~2023-01"));
    set.statusChanges << threatened << brewing;
    return set;
}

constexpr qint64 sampleRecords = 3 + 2 + 1 + 3 + 2 + 1 + 2 + 2;

/**
 * A set big enough for the bulk path of DatasetStore (more than 5,000
 * records) with every kind of column and link: accents, aliases, parent
 * actors, end dates, wordings, rebuttals, tags, roles, evidence. Local ids
 * are 1..n in order, so an import into an empty database gives the same
 * ids with and without keepIds; the last event repeats an earlier uid.
 */
Dataset bulkDataset()
{
    const QStringList words = {QStringLiteral("négociation"), QStringLiteral("États-Unis"), QStringLiteral("tribunal"),
        QStringLiteral("plainte"), QStringLiteral("accord"), QStringLiteral("licence"), QStringLiteral("données")};
    auto phrase = [&](int seed, int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << words.at((seed * 7 + i * 3) % words.size());
        return out.join(u' ') + QStringLiteral(" n%1").arg(seed);
    };
    Dataset set;
    set.title = BilingualText::both(QStringLiteral("Gros import"), QStringLiteral("Bulk import"));
    for (int i = 1; i <= 900; ++i) {
        Actor a = actor(i, QStringLiteral("bulk-actor-%1").arg(i), QStringLiteral("Acteur %1").arg(i),
            i > 10 && i % 9 == 0 ? i - 5 : 0);
        a.name.en = QStringLiteral("Actor %1").arg(i);
        a.name.enStatus = TranslationStatus::NeedsReview;
        if (i % 4 == 0)
            a.aliases = {QStringLiteral("Alias %1").arg(i), phrase(i, 2)};
        a.description = BilingualText::original(Language::French, phrase(i, 4));
        set.actors << a;
    }
    for (int i = 1; i <= 400; ++i) {
        Source source;
        source.id = i;
        source.uid = QStringLiteral("bulk-source-%1").arg(i);
        source.outlet = QStringLiteral("Le Monde");
        source.title = phrase(i, 5);
        source.url = QStringLiteral("https://example.org/%1").arg(i);
        source.language = QStringLiteral("fr");
        source.published = FuzzyDate::fromMonth(2000 + i % 20, 1 + i % 12);
        if (i % 3 == 0)
            source.accessed = QDate(2024, 1 + i % 12, 1 + i % 28);
        source.excerpt = phrase(i + 1, 8);
        set.sources << source;
    }
    for (int i = 1; i <= 40; ++i) {
        Dispute dispute;
        dispute.id = i;
        dispute.uid = QStringLiteral("bulk-dispute-%1").arg(i);
        dispute.title = BilingualText::both(QStringLiteral("Litige %1").arg(i), QStringLiteral("Dispute %1").arg(i));
        dispute.status = Dispute::Status(i % 3);
        dispute.colour = QStringLiteral("#12345%1").arg(i % 10);
        dispute.partyIds = {i, i + 1};
        set.disputes << dispute;
    }
    for (int i = 1; i <= 3200; ++i) {
        Event e;
        e.id = i;
        e.uid = QStringLiteral("bulk-event-%1").arg(i);
        e.title = BilingualText::both(phrase(i, 4), phrase(i + 3, 4));
        if (i % 3 == 0)
            e.text = BilingualText::original(Language::English, phrase(i + 5, 12));
        switch (i % 4) {
        case 0:
            e.start = FuzzyDate::fromYear(1950 + i % 70);
            break;
        case 1:
            e.start = FuzzyDate::fromDay(QDate(1990 + i % 30, 1 + i % 12, 1 + i % 28));
            e.end = FuzzyDate::fromDay(QDate(2021, 1 + i % 12, 1 + i % 28));
            break;
        case 2:
            e.start = FuzzyDate::fromMonth(2000 + i % 20, 1 + i % 12);
            e.start.setWording(QStringLiteral("début %1").arg(i));
            break;
        default:
            e.start = FuzzyDate::fromDay(QDate(2010, 1 + i % 12, 1 + i % 28));
            e.start.setCirca(true);
        }
        e.importance = 1 + i % 5;
        e.notes = i % 5 == 0 ? phrase(i, 3) : QString();
        // What array literals and SQL quoting must carry through unchanged.
        if (i % 97 == 0)
            e.notes = QStringLiteral("« cité » \"quoted\" back\\slash \\\" {a,b} 'l’apostrophe' $$\nligne 2\t");
        if (i % 101 == 0)
            e.text.en = QStringLiteral("NULL");
        e.disputeIds = {1 + i % 40};
        e.sourceIds = {1 + i % 400, 1 + (i + 7) % 400};
        e.actors = {{1 + i % 900, QStringLiteral("party")}, {1 + (i + 1) % 900, QString()}};
        e.tags = {QStringLiteral("tag-%1").arg(i % 30)};
        set.events << e;
    }
    Event repeated = set.events.at(10);
    repeated.id = 3201;
    repeated.title.fr = QStringLiteral("Doublon");
    set.events << repeated;
    for (int i = 1; i <= 1000; ++i) {
        Claim claim;
        claim.id = i;
        claim.uid = QStringLiteral("bulk-claim-%1").arg(i);
        claim.text = BilingualText::both(phrase(i, 6), phrase(i + 1, 6));
        claim.quote = i % 2 ? phrase(i, 3) : QString();
        claim.quoteLanguage = i % 2 ? QStringLiteral("fr") : QString();
        claim.claimantId = i % 7 ? 1 + i % 900 : 0;
        claim.madeOn = FuzzyDate::fromDay(QDate(2020, 1 + i % 12, 1 + i % 28));
        claim.madeInSourceId = i % 3 ? 1 + i % 400 : 0;
        claim.disputeId = 1 + i % 40;
        claim.status = Claim::Status(i % 5);
        claim.rebutsClaimId = i > 1 && i % 10 == 0 ? i - 1 : 0;
        claim.evidenceSourceIds = {1 + (i + 3) % 400};
        set.claims << claim;
    }
    for (int i = 1; i <= 300; ++i) {
        Relation relation;
        relation.id = i;
        relation.uid = QStringLiteral("bulk-relation-%1").arg(i);
        relation.fromActorId = 1 + i % 900;
        relation.toActorId = 1 + (i * 13) % 900;
        relation.type = Relation::Type(i % 9);
        relation.start = FuzzyDate::fromYear(2000 + i % 20);
        relation.note = i % 2 ? phrase(i, 2) : QString();
        relation.sourceIds = {1 + i % 400};
        set.relations << relation;
    }
    for (int i = 1; i <= 30; ++i) {
        Era era;
        era.id = i;
        era.uid = QStringLiteral("bulk-era-%1").arg(i);
        era.title = BilingualText::both(phrase(i, 2), phrase(i + 2, 2));
        era.start = FuzzyDate::fromYear(1990 + i);
        era.end = FuzzyDate::fromMonth(1991 + i, 1 + i % 12);
        era.disputeId = i % 3 ? 1 + i % 40 : 0;
        set.eras << era;
    }
    return set;
}

/// Every row of every ordinary table (not the audit log, whose rows carry
/// the time) and the schema, as sorted text.
QStringList tableDump(Database &db)
{
    QStringList lines;
    if (db.isPostgres()) {
        // Schema: tables' columns, indexes and constraints as the catalog gives them back.
        QSqlQuery schema(db.connection());
        schema.exec(QStringLiteral(
            "SELECT 'column|' || table_name || '|' || column_name || '|' || data_type || '|' || "
            "coalesce(column_default, '') || '|' || is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema() "
            "UNION ALL SELECT 'index|' || indexname || '|' || indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() "
            "UNION ALL SELECT 'constraint|' || conrelid::regclass || '|' || conname || '|' || "
            "pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"));
        while (schema.next())
            lines << schema.value(0).toString();
        QSqlQuery tables(db.connection());
        tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                   "AND tablename NOT IN ('audit', 'frise_schema')"));
        while (tables.next()) {
            const QString name = tables.value(0).toString();
            QSqlQuery rows(db.connection());
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(name));
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
                lines << name + u'|' + values.join(u'|');
            }
        }
        lines.sort();
        return lines;
    }
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        lines << QStringLiteral("schema|%1|%2|%3|%4")
                     .arg(tables.value(0).toString(), tables.value(1).toString(), tables.value(2).toString(),
                         tables.value(3).toString());
        const QString name = tables.value(1).toString();
        if (tables.value(0).toString() == QLatin1String("table") && name != QLatin1String("audit")
            && !name.startsWith(QLatin1String("sqlite_")) && !name.contains(QLatin1String("_fts")))
            names << name;
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(name));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
            // A fresh random token on every write (see TimelineRows::revision()): only its presence compares.
            if (name == QLatin1String("meta") && values.value(0) == QLatin1String("timeline_revision"))
                values[1] = values[1].isEmpty() ? QStringLiteral("(none)") : QStringLiteral("(token)");
            lines << name + u'|' + values.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

/// Full-text hits (table, id) of @p words (user text: each word a
/// prefix), through FTS5 or the tsvector index directly.
QStringList ftsDump(Database &db, const QStringList &words)
{
    QStringList lines;
    for (const char *table : {"event", "claim", "actor", "source"}) {
        for (const QString &word : words) {
            const QString entity = QLatin1String(table);
            QSqlQuery query(db.connection());
            if (db.isPostgres()) {
                query.prepare(QStringLiteral("SELECT id FROM %1 WHERE (%2) @@ to_tsquery('%3', ?) ORDER BY id")
                        .arg(entity, postgresSearchVector(entity, QString()), QLatin1String(postgresSearchConfig)));
                query.addBindValue(SearchIndex::tsQueryExpression(word));
            } else {
                query.prepare(
                    QStringLiteral("SELECT rowid FROM %1_fts WHERE %1_fts MATCH ? ORDER BY rowid").arg(entity));
                query.addBindValue(SearchIndex::matchExpression(word));
            }
            query.exec();
            while (query.next())
                lines << QStringLiteral("%1|%2|%3").arg(QLatin1String(table), word, query.value(0).toString());
        }
    }
    return lines;
}

} // namespace

class TestDatasetStore : public QObject
{
    Q_OBJECT

private:
    Dataset exportAll()
    {
        Dataset set;
        StorageError error;
        if (!DatasetStore(*m_db).exportAll(&set, &error))
            qWarning("export: %s", qPrintable(error.message));
        return set;
    }

    // Rows already in the database, so that database ids differ from the dataset's.
    void addUnrelatedRows()
    {
        StorageError error;
        ActorRepository actors(*m_db);
        for (const char *name : {"Premier", "Deuxième", "Troisième"}) {
            Actor a = actor(0, QString(), QString::fromUtf8(name));
            QVERIFY(actors.insert(a, &error));
        }
        Source s;
        s.title = QStringLiteral("Sans rapport");
        QVERIFY(SourceRepository(*m_db).insert(s, &error));
        Dispute d;
        d.title = BilingualText::original(Language::French, QStringLiteral("Autre litige"));
        QVERIFY(DisputeRepository(*m_db).insert(d, &error));
        Claim c;
        c.text = BilingualText::original(Language::French, QStringLiteral("Autre affirmation"));
        QVERIFY(ClaimRepository(*m_db).insert(c, &error));
        Event e = makeEvent(QStringLiteral("Autre événement"));
        QVERIFY(EventRepository(*m_db).insert(e, &error));
    }

    QStringList spanUids(const QList<EventSpan> &spans)
    {
        QStringList uids;
        for (const EventSpan &span : spans)
            uids << scalar(*m_db, QStringLiteral("SELECT uid FROM event WHERE id = ?"), {span.id}).toString();
        return uids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString message;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("dataset-%1.frise").arg(++m_counter)), &message);
        QVERIFY2(m_db, qPrintable(message));
    }

    void cleanup() { m_db.reset(); }

    void importRemapsReferences()
    {
        addUnrelatedRows();
        const Dataset set = sampleDataset();
        ImportSummary summary;
        StorageError error;
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const bool ok = DatasetStore(*m_db).import(
            set, {},
            [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return true;
            },
            &summary, &error);
        QVERIFY2(ok, qPrintable(error.message));
        QCOMPARE(summary.inserted, sampleRecords);
        QCOMPARE(summary.reused, 0);
        QCOMPARE(lastTotal, sampleRecords);
        QCOMPARE(lastDone, sampleRecords);

        const Counts counts = Maintenance(*m_db).counts(&error);
        QCOMPARE(counts.actors, 3 + 3);
        QCOMPARE(counts.sources, 1 + 2);
        QCOMPARE(counts.disputes, 1 + 1);
        QCOMPARE(counts.events, 1 + 3);
        QCOMPARE(counts.claims, 1 + 2);
        QCOMPARE(counts.relations, 1);

        const Dataset stored = exportAll();
        auto byUid = [](const auto &records, const QString &uid) {
            for (const auto &record : records) {
                if (record.uid == uid)
                    return record;
            }
            return std::decay_t<decltype(records.first())> {};
        };
        const Actor msads = byUid(stored.actors, QStringLiteral("actor-msads"));
        const Actor microsoft = byUid(stored.actors, QStringLiteral("actor-microsoft"));
        const Actor openai = byUid(stored.actors, QStringLiteral("actor-openai"));
        QVERIFY(microsoft.id > 3);
        QCOMPARE(msads.parentId, microsoft.id);
        const Claim noControl = byUid(stored.claims, QStringLiteral("claim-no-control"));
        const Claim control = byUid(stored.claims, QStringLiteral("claim-control"));
        QVERIFY(control.id);
        QCOMPARE(noControl.rebutsClaimId, control.id);
        QCOMPARE(noControl.claimantId, microsoft.id);
        const Dispute dispute = byUid(stored.disputes, QStringLiteral("dispute-ftc"));
        QCOMPARE(dispute.partyIds, (QList<RowId> {openai.id, microsoft.id}));
        QCOMPARE(noControl.disputeId, dispute.id);
        const Event investment = byUid(stored.events, QStringLiteral("event-investment"));
        QCOMPARE(investment.disputeIds, QList<RowId> {dispute.id});
        QCOMPARE(investment.actors.value(0).actorId, microsoft.id);
        QCOMPARE(investment.tags, (QStringList {QStringLiteral("ia"), QStringLiteral("finance")}));
        QCOMPARE(DatasetStore(*m_db).title(&error).en, QStringLiteral("AI and money"));

        // One summary audit row for the whole import, not one per record.
        const QList<AuditEntry> audit = AuditLog(*m_db).entries(QString(), 0, &error);
        QCOMPARE(audit.last().entity, QStringLiteral("dataset"));
        QCOMPARE(audit.last().action, QStringLiteral("import"));
        QCOMPARE(audit.size(), 7 + 1);

        const CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }

    void exportRoundTrip()
    {
        addUnrelatedRows();
        const QStringList before = canonical(exportAll());
        StorageError error;
        QVERIFY2(DatasetStore(*m_db).import(sampleDataset(), {}, {}, nullptr, &error), qPrintable(error.message));
        QStringList expected = before + canonical(sampleDataset());
        expected.sort();
        expected.removeDuplicates(); // tags are merged by name
        const QStringList exported = canonical(exportAll());
        QCOMPARE(exported, expected);

        // And back into an empty database.
        const Dataset full = exportAll();
        QString message;
        auto other = openDatabase(m_dir.filePath(QStringLiteral("copy-%1.frise").arg(m_counter)), &message);
        QVERIFY2(other, qPrintable(message));
        DatasetStore::ImportOptions options;
        options.keepAudit = true;
        QVERIFY2(DatasetStore(*other).import(full, options, {}, nullptr, &error), qPrintable(error.message));
        Dataset copy;
        QVERIFY(DatasetStore(*other).exportAll(&copy, &error));
        QCOMPARE(canonical(copy), exported);
        QCOMPARE(copy.title, full.title);
        QCOMPARE(copy.audit.size(), full.audit.size() + 1);

        // A leftover error from an earlier call does not fail the export.
        error = {StorageError::Code::Conflict, QStringLiteral("earlier")};
        Dataset again;
        QVERIFY(DatasetStore(*other).exportAll(&again, &error));
        QCOMPARE(again, copy);
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("event without title") << QStringLiteral("title");
        QTest::newRow("event ending before it starts") << QStringLiteral("end");
        QTest::newRow("dangling dispute") << QStringLiteral("dispute");
        QTest::newRow("dangling parent") << QStringLiteral("parent");
        QTest::newRow("dangling rebuttal") << QStringLiteral("rebuts");
        QTest::newRow("claim without text") << QStringLiteral("claim");
    }

    void importIsAllOrNothing()
    {
        QFETCH(QString, problem);
        addUnrelatedRows();
        StorageError error;
        QVERIFY(DatasetStore(*m_db).setTitle(
            BilingualText::both(QStringLiteral("Avant"), QStringLiteral("Before")), &error));
        const Dataset before = exportAll();
        QVERIFY(!before.audit.isEmpty());

        Dataset set = sampleDataset();
        Event &middle = set.events[1];
        if (problem == QLatin1String("title"))
            middle.title = {};
        else if (problem == QLatin1String("end"))
            middle.end = FuzzyDate::fromIsoText(QStringLiteral("2001"));
        else if (problem == QLatin1String("dispute"))
            middle.disputeIds = {99};
        else if (problem == QLatin1String("parent"))
            set.actors[0].parentId = 99;
        else if (problem == QLatin1String("rebuts"))
            set.claims[0].rebutsClaimId = 99;
        else
            set.claims[1].quote.clear();

        ImportSummary summary;
        QVERIFY(!DatasetStore(*m_db).import(set, {}, {}, &summary, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(summary.inserted, 0);
        const Dataset after = exportAll();
        QCOMPARE(after.audit, before.audit);
        QCOMPARE(Maintenance(*m_db).counts(&error).events, 1);
        QVERIFY(after == before);
        QCOMPARE(TagRepository(*m_db).all(&error).size(), 0);
    }

    void cancel()
    {
        const QByteArray emptyExport = canonical(exportAll()).join('\n').toUtf8();
        int calls = 0;
        ImportSummary summary;
        StorageError error;
        QVERIFY(!DatasetStore(*m_db).import(
            sampleDataset(), {},
            [&](qint64, qint64) {
                ++calls;
                return false;
            },
            &summary, &error));
        QVERIFY(calls > 0);
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(summary.inserted, 0);
        const Counts counts = Maintenance(*m_db).counts(&error);
        QCOMPARE(
            counts.actors + counts.events + counts.claims + counts.sources + counts.disputes + counts.relations, 0);
        QVERIFY(AuditLog(*m_db).entries(QString(), 0, &error).isEmpty());
        QVERIFY(DatasetStore(*m_db).title(&error).isEmpty());
        QCOMPARE(canonical(exportAll()).join('\n').toUtf8(), emptyExport);
    }

    // A dataset handed over in parts (DatasetStream), each referring to
    // earlier ones: the same records as importing it whole. SQLite writes
    // each part as it comes; PostgreSQL gathers them first.
    void importStreamMatchesWhole()
    {
        const Dataset whole = sampleDataset();
        DatasetStream stream(8);
        Dataset people;
        people.actors = whole.actors;
        people.sources = whole.sources;
        people.tags = whole.tags;
        people.roles = whole.roles;
        people.disputes = whole.disputes;
        Dataset happenings;
        happenings.events = whole.events;
        happenings.claims = whole.claims;
        Dataset rest;
        rest.relations = whole.relations;
        rest.eras = whole.eras;
        rest.statusChanges = whole.statusChanges;
        rest.audit = whole.audit;
        rest.savedCopies = whole.savedCopies;
        rest.title = whole.title;
        rest.description = whole.description;
        for (Dataset *part : {&people, &happenings, &rest})
            QVERIFY(stream.push(std::move(*part)));
        stream.finish();
        StorageError error;
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).importStream(stream, 100, {}, {}, &summary, &error), qPrintable(error.message));
        const QStringList streamed = canonical(exportAll());

        QString message;
        auto other = openDatabase(m_dir.filePath(QStringLiteral("dataset-whole-%1.frise").arg(m_counter)), &message);
        QVERIFY2(other, qPrintable(message));
        ImportSummary wholeSummary;
        QVERIFY2(DatasetStore(*other).import(whole, {}, {}, &wholeSummary, &error), qPrintable(error.message));
        Dataset fromWhole;
        QVERIFY(DatasetStore(*other).exportAll(&fromWhole, &error));
        QCOMPARE(summary.inserted, wholeSummary.inserted);
        QCOMPARE(streamed, canonical(fromWhole));
        // Written without SQLite's foreign-key checks, which are back; the references hold.
        if (!m_db->isPostgres())
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    }

    // A stream whose reader fails once a part is being written: nothing stays.
    void importStreamFailedReaderWritesNothing()
    {
        const QStringList before = canonical(exportAll());
        const Dataset whole = sampleDataset();
        DatasetStream stream(8);
        Dataset people;
        people.actors = whole.actors;
        people.sources = whole.sources;
        people.disputes = whole.disputes;
        QVERIFY(stream.push(std::move(people)));
        // PostgreSQL gathers every part before writing: its reader fails while it waits.
        if (m_db->isPostgres())
            stream.fail();
        StorageError error;
        qint64 written = 0;
        // One record expected: the progress comes at the first one, as the reader then fails.
        QVERIFY(!DatasetStore(*m_db).importStream(
            stream, 1, {},
            [&](qint64 done, qint64) {
                written = done;
                stream.fail();
                return true;
            },
            nullptr, &error));
        QCOMPARE(written, m_db->isPostgres() ? 0 : 1);
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(canonical(exportAll()), before);
        QVERIFY(AuditLog(*m_db).entries(QString(), 0, &error).isEmpty());
        if (!m_db->isPostgres())
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void reuseByUid()
    {
        StorageError error;
        QVERIFY(DatasetStore(*m_db).import(sampleDataset(), {}, {}, nullptr, &error));
        const Counts first = Maintenance(*m_db).counts(&error);
        const QStringList exported = canonical(exportAll());

        Dataset again = sampleDataset();
        again.events[0].title.fr = QStringLiteral("Ne doit pas écraser");
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(again, {}, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(summary.inserted, 0);
        QCOMPARE(summary.reused, sampleRecords);
        QVERIFY(summary.reusedUids.contains(QStringLiteral("event-investment")));
        QVERIFY(summary.reusedUids.contains(QStringLiteral("actor-msads")));
        const Counts second = Maintenance(*m_db).counts(&error);
        QCOMPARE(second.events, first.events);
        QCOMPARE(second.actors, first.actors);
        QCOMPARE(canonical(exportAll()), exported);
    }

    void reuseActorsByName_data()
    {
        QTest::addColumn<bool>("matchByName");
        QTest::newRow("match by name") << true;
        QTest::newRow("no matching") << false;
    }

    void reuseActorsByName()
    {
        QFETCH(bool, matchByName);
        Actor google = actor(0, QStringLiteral("actor-google"), QStringLiteral("Google"));
        google.aliases = {QStringLiteral("Alphabet Inc.")};
        StorageError error;
        QVERIFY(ActorRepository(*m_db).insert(google, &error));

        Dataset set;
        set.actors << actor(1, QStringLiteral("actor-csv-1"), QStringLiteral("GOOGLE"))
                   << actor(2, QStringLiteral("actor-csv-2"), QStringLiteral("alphabet inc."))
                   << actor(3, QStringLiteral("actor-csv-3"), QStringLiteral("Qwant"));
        Event e
            = makeDatasetEvent(1, QStringLiteral("event-csv"), QStringLiteral("Import CSV"), QStringLiteral("2022"));
        e.actors = {{1, QStringLiteral("a")}, {2, QStringLiteral("b")}, {3, QStringLiteral("c")}};
        set.events << e;

        DatasetStore::ImportOptions options;
        options.matchActorsByName = matchByName;
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(set, options, {}, &summary, &error), qPrintable(error.message));
        const Dataset stored = exportAll();
        const Event imported = stored.events.value(0);
        QCOMPARE(imported.actors.size(), 3);
        if (matchByName) {
            QCOMPARE(summary.reused, 2);
            QCOMPARE(summary.inserted, 2);
            QCOMPARE(summary.reusedUids, (QStringList {QStringLiteral("actor-csv-1"), QStringLiteral("actor-csv-2")}));
            QCOMPARE(stored.actors.size(), 2);
            QCOMPARE(imported.actors.at(0).actorId, google.id);
            QCOMPARE(imported.actors.at(1).actorId, google.id);
            QVERIFY(imported.actors.at(2).actorId != google.id);
        } else {
            QCOMPARE(summary.reused, 0);
            QCOMPARE(summary.inserted, 4);
            QCOMPARE(stored.actors.size(), 4);
        }
    }

    // The bulk path (SQLite: triggers and secondary indexes set aside,
    // set-based indexing; PostgreSQL: rows in batches, then ANALYZE) must
    // leave exactly what the
    // record-by-record path leaves: rows, links, schema, search hits.
    void bulkImportMatchesRecordByRecord_data()
    {
        QTest::addColumn<bool>("keepIds");
        QTest::newRow("new ids") << false;
        // PostgreSQL's bulk path also takes kept ids (a copy onto a server);
        // SQLite imports kept ids record by record.
        if (testingPostgres())
            QTest::newRow("kept ids") << true;
    }

    void bulkImportMatchesRecordByRecord()
    {
        QFETCH(bool, keepIds);
        const bool postgres = testingPostgres();
        const Dataset set = bulkDataset();
        DatasetStore::ImportOptions options;
        options.keepIds = keepIds;
        StorageError error;
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(set, options, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(summary.reused, 1);
        // The bulk path was taken: it reports its set-based indexing.
        const QString bulkPhase = postgres ? QStringLiteral("analyze") : QStringLiteral("time index");
        QVERIFY(std::any_of(summary.phases.cbegin(), summary.phases.cend(),
            [&](const ImportPhase &phase) { return phase.name == bulkPhase; }));

        QString message;
        auto reference = openDatabase(m_dir.filePath(QStringLiteral("reference-%1.frise").arg(m_counter)), &message);
        QVERIFY2(reference, qPrintable(message));
        DatasetStore::ImportOptions recordByRecord = options;
        recordByRecord.allowBulk = false;
        ImportSummary referenceSummary;
        QVERIFY2(DatasetStore(*reference).import(set, recordByRecord, {}, &referenceSummary, &error),
            qPrintable(error.message));
        QCOMPARE(referenceSummary.inserted, summary.inserted);
        QCOMPARE(referenceSummary.reused, summary.reused);
        QVERIFY(std::none_of(referenceSummary.phases.cbegin(), referenceSummary.phases.cend(),
            [&](const ImportPhase &phase) { return phase.name == bulkPhase; }));

        const QStringList bulkRows = tableDump(*m_db);
        const QStringList referenceRows = tableDump(*reference);
        QVERIFY(bulkRows.size() > 10000);
        QCOMPARE(bulkRows.size(), referenceRows.size());
        for (qsizetype i = 0; i < bulkRows.size(); ++i)
            QCOMPARE(bulkRows.at(i), referenceRows.at(i));
        QCOMPARE(DatasetStore(*m_db).title(&error), set.title);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT notes FROM event WHERE uid = 'bulk-event-97'")).toString(),
            set.events.at(96).notes);
        const QStringList words = {QStringLiteral("negociation"), QStringLiteral("etats-unis"), QStringLiteral("trib"),
            QStringLiteral("n17"), QStringLiteral("alias"), QStringLiteral("acteur")};
        const QStringList hits = ftsDump(*m_db, words);
        QVERIFY(hits.size() > 1000);
        QCOMPARE(hits, ftsDump(*reference, words));
        for (const QString &word : words + QStringList {QStringLiteral("donnees licence")}) {
            SearchQuery query;
            query.text = word;
            const QList<SearchHit> found = SearchIndex(*m_db).search(query, &error);
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QVERIFY2(!found.isEmpty(), qPrintable(word));
            const QList<SearchHit> expected = SearchIndex(*reference).search(query, &error);
            QCOMPARE(found.size(), expected.size());
            for (qsizetype i = 0; i < found.size(); ++i) {
                QCOMPARE(found.at(i).entity, expected.at(i).entity);
                QCOMPARE(found.at(i).id, expected.at(i).id);
                QCOMPARE(found.at(i).snippet, expected.at(i).snippet);
            }
        }
        if (!postgres) {
            // The import went without SQLite's foreign-key checks; they are back for what follows.
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(rowCount(*m_db, QStringLiteral("sqlite_schema WHERE name = 'event_window'")), 1);
            // The import's FTS5 settings do not stay in the file.
            QCOMPARE(rowCount(*m_db, QStringLiteral("event_fts_config WHERE k = 'hashsize'")), 0);
        }
        const CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        // New rows after the import get fresh ids and are found.
        const qint64 highest = scalar(*m_db, QStringLiteral("SELECT max(id) FROM event")).toLongLong();
        QCOMPARE(highest, set.events.size() - 1);
        Event later = makeEvent(QStringLiteral("Après le gros import"));
        QVERIFY2(EventRepository(*m_db).insert(later, &error), qPrintable(error.message));
        QVERIFY(later.id > highest);
        SearchQuery query;
        query.text = QStringLiteral("apres le gros");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 1);
    }

    // A big import that fails half way, after thousands of rows went in
    // (on SQLite with indexes and triggers set aside), leaves the database as it
    // was: rows, schema, search.
    void bulkImportFailingHalfWayChangesNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("dangling rebuttal in the last claim") << QStringLiteral("rebuts");
        QTest::newRow("kept event id already taken") << QStringLiteral("id");
    }

    void bulkImportFailingHalfWayChangesNothing()
    {
        QFETCH(QString, problem);
        StorageError error;
        Event there = makeEvent(QStringLiteral("Déjà là, négociation"));
        QVERIFY(EventRepository(*m_db).insert(there, &error));
        // Moved to an id that the dataset's events keep (through insert and
        // delete, so that SQLite's index triggers follow).
        scalar(*m_db,
            QStringLiteral("INSERT INTO event (id, uid, title_fr, title_fr_status, start_date, t_min, t_max) "
                           "SELECT 2000, uid || '-moved', title_fr, title_fr_status, start_date, t_min, t_max "
                           "FROM event WHERE id = ?"),
            {there.id});
        scalar(*m_db, QStringLiteral("DELETE FROM event WHERE id = ?"), {there.id});
        if (testingPostgres()) // an explicit id leaves the identity sequence behind
            scalar(*m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('event', 'id'), 2000)"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT id FROM event")).toLongLong(), 2000);
        const QStringList before = tableDump(*m_db);
        const qsizetype auditBefore = AuditLog(*m_db).entries(QString(), 0, &error).size();

        Dataset set = bulkDataset();
        DatasetStore::ImportOptions options;
        if (problem == QLatin1String("rebuts"))
            set.claims.last().rebutsClaimId = 99999;
        else
            options.keepIds = true;
        ImportSummary summary;
        QVERIFY(!DatasetStore(*m_db).import(set, options, {}, &summary, &error));
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(summary.inserted, 0);
        const QStringList after = tableDump(*m_db);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        QCOMPARE(AuditLog(*m_db).entries(QString(), 0, &error).size(), auditBefore);
        QCOMPARE(TagRepository(*m_db).all(&error).size(), 0);
        if (!testingPostgres()) // a failed import brings SQLite's foreign-key checks back too
            QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        SearchQuery query;
        query.text = QStringLiteral("negociation");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 1);

        // The same import without the problem then goes through.
        if (problem == QLatin1String("rebuts"))
            set.claims.last().rebutsClaimId = 0;
        options.keepIds = false;
        QVERIFY2(DatasetStore(*m_db).import(set, options, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(Maintenance(*m_db).counts(&error).events, 1 + set.events.size() - 1);
        const CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    }

    // A bulk import into a database that already has rows: new rows are
    // indexed, old ones stay indexed, uids already there are reused.
    void bulkImportIntoFilledDatabase()
    {
        addUnrelatedRows();
        StorageError error;
        Dataset first;
        first.events << makeEvent(QStringLiteral("Déjà là, négociation"));
        first.events.first().uid = QStringLiteral("bulk-event-5");
        first.events.first().id = 1;
        QVERIFY(DatasetStore(*m_db).import(first, {}, {}, nullptr, &error));
        const qint64 before = Maintenance(*m_db).counts(&error).events;

        const Dataset set = bulkDataset();
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(set, {}, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(summary.reused, 2); // bulk-event-5 was there; bulk-event-11 twice in the set
        QCOMPARE(Maintenance(*m_db).counts(&error).events, before + set.events.size() - 2);
        if (!testingPostgres()) {
            QCOMPARE(rowCount(*m_db, QStringLiteral("sqlite_schema WHERE name = 'event_window'")), 1);
            const CheckReport report = Maintenance(*m_db).check(&error);
            QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        }
        SearchQuery query;
        query.text = QStringLiteral("autre evenement");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 1);
        query.text = QStringLiteral("deja la");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 1);
        query.text = QStringLiteral("n3199");
        const QList<SearchHit> hits = SearchIndex(*m_db).search(query, &error);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().entity, QStringLiteral("event"));
    }

    // An import whose uids never repeat (a sheet read through DatasetBuilder)
    // skips their lookups in empty tables and writes what the lookups would;
    // a repeat it was not told of still cannot go in.
    void uniqueUidsWriteTheSameRows()
    {
        Dataset set = bulkDataset();
        DatasetStore::ImportOptions unique;
        unique.uidsUnique = true;
        StorageError error;
        if (testingPostgres()) {
            // PostgreSQL's bulk writer reads every uid first: the promise changes nothing, a repeat is reused.
            ImportSummary summary;
            QVERIFY2(DatasetStore(*m_db).import(set, unique, {}, &summary, &error), qPrintable(error.message));
            QCOMPARE(summary.reused, 1);
            return;
        }
        const QStringList before = tableDump(*m_db);
        QVERIFY(!DatasetStore(*m_db).import(set, unique, {}, nullptr, &error));
        QVERIFY2(error.message.contains(QLatin1String("bulk-event-11")), qPrintable(error.message));
        QCOMPARE(tableDump(*m_db), before);

        set.events.last().uid = QStringLiteral("bulk-event-doublon");
        ImportSummary summary;
        QVERIFY2(DatasetStore(*m_db).import(set, unique, {}, &summary, &error), qPrintable(error.message));
        QCOMPARE(summary.inserted,
            set.actors.size() + set.sources.size() + set.disputes.size() + set.events.size() + set.claims.size()
                + set.relations.size() + set.eras.size() + set.statusChanges.size());
        QString message;
        auto reference = openDatabase(m_dir.filePath(QStringLiteral("reference-%1.frise").arg(m_counter)), &message);
        QVERIFY2(reference, qPrintable(message));
        QVERIFY2(DatasetStore(*reference).import(set, {}, {}, nullptr, &error), qPrintable(error.message));
        QCOMPARE(tableDump(*m_db), tableDump(*reference));
        const CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    }

    // Imports bind columns straight from the record (recordcolumns_p.h)
    // only while those lists match the repositories' columns exactly; a
    // column added to one and not the other would quietly slow imports down.
    void quickBindingCoversEveryColumn()
    {
        QVERIFY(quickColumnsMatch<ActorTraits>());
        QVERIFY(quickColumnsMatch<SourceTraits>());
        QVERIFY(quickColumnsMatch<DisputeTraits>());
        QVERIFY(quickColumnsMatch<EventTraits>());
        QVERIFY(quickColumnsMatch<ClaimTraits>());
        QVERIFY(quickColumnsMatch<RelationTraits>());
        QVERIFY(quickColumnsMatch<EraTraits>());
        QVERIFY(quickColumnsMatch<StatusChangeTraits>());
    }

    void maintenanceCheck()
    {
        StorageError error;
        QVERIFY(DatasetStore(*m_db).import(sampleDataset(), {}, {}, nullptr, &error));
        CheckReport report = Maintenance(*m_db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
        QVERIFY(!report.notes.isEmpty());
        QVERIFY(!error.isError());

        const RowId broken = scalar(*m_db, QStringLiteral("SELECT id FROM event WHERE uid = 'event-ads'")).toLongLong();
        QVERIFY(broken);
        QVERIFY(m_db->write(
            [&](StorageError *e) {
                QSqlQuery query(m_db->connection());
                query.prepare(QStringLiteral("UPDATE event SET start_date = '2023-13-45' WHERE id = ?"));
                query.addBindValue(broken);
                if (!query.exec()) {
                    *e = m_db->errorFrom(query);
                    return false;
                }
                return true;
            },
            &error));
        report = Maintenance(*m_db).check(&error);
        QVERIFY(!report.isOk());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("2023-13-45")), qPrintable(report.problems.first()));
        QVERIFY(report.problems.first().contains(QString::number(broken)));
    }

    void eventsOverlapping_data()
    {
        QTest::addColumn<QString>("from"); // window from the first minute of this date...
        QTest::addColumn<QString>("to"); // ...to the last minute of this one
        QTest::addColumn<QStringList>("expected"); // in time order

        QTest::newRow("mid-year window") << QStringLiteral("2020-06-10") << QStringLiteral("2020-06-20")
                                         << QStringList {QStringLiteral("until-june-10"), QStringLiteral("year-2020"),
                                                QStringLiteral("june-20")};
        QTest::newRow("inside the year only") << QStringLiteral("2020-06-11") << QStringLiteral("2020-06-19")
                                              << QStringList {QStringLiteral("year-2020")};
        QTest::newRow("one minute") << QStringLiteral("2020-05-31T23:59") << QStringLiteral("2020-05-31T23:59")
                                    << QStringList {QStringLiteral("until-june-10"), QStringLiteral("year-2020"),
                                           QStringLiteral("may-2020")};
        QTest::newRow("gap between years") << QStringLiteral("2021") << QStringLiteral("2049") << QStringList {};
        QTest::newRow("nineteenth century")
            << QStringLiteral("1850") << QStringLiteral("1850") << QStringList {QStringLiteral("1850")};
        QTest::newRow("circa 1789") << QStringLiteral("1790-12-31") << QStringLiteral("1799")
                                    << QStringList {QStringLiteral("circa-1789")};
        QTest::newRow("after 2038") << QStringLiteral("2050-07-14") << QStringLiteral("2050-07-14")
                                    << QStringList {QStringLiteral("2050-07")};
        QTest::newRow("year 2500") << QStringLiteral("2500-06") << QStringLiteral("2600")
                                   << QStringList {QStringLiteral("2500")};
        QTest::newRow("year 9999, beyond 32-bit minutes")
            << QStringLiteral("9999-06") << QStringLiteral("9999-06") << QStringList {QStringLiteral("9999")};
        QTest::newRow("between 2500 and 9999") << QStringLiteral("2501") << QStringLiteral("9998") << QStringList {};
        QTest::newRow("everything") << QString() << QString()
                                    << QStringList {QStringLiteral("circa-1789"), QStringLiteral("1850"),
                                           QStringLiteral("until-june-10"), QStringLiteral("year-2020"),
                                           QStringLiteral("may-2020"), QStringLiteral("june-20"),
                                           QStringLiteral("june-21"), QStringLiteral("2050-07"), QStringLiteral("2500"),
                                           QStringLiteral("9999")};
    }

    void eventsOverlapping()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const QList<std::pair<const char *, const char *>> events = {
            {"year-2020", "2020"},
            {"may-2020", "2020-05"},
            {"june-20", "2020-06-20"},
            {"june-21", "2020-06-21"},
            {"until-june-10", "2019-12/2020-06-10"},
            {"1850", "1850"},
            {"circa-1789", "~1789"},
            {"2050-07", "2050-07"},
            {"2500", "2500"},
            {"9999", "9999"},
        };
        EventRepository repository(*m_db);
        StorageError error;
        for (const auto &[uid, start] : events) {
            Event e
                = makeDatasetEvent(0, QString::fromLatin1(uid), QString::fromLatin1(uid), QString::fromLatin1(start));
            QVERIFY2(e.start.isValid(), start);
            QVERIFY2(repository.insert(e, &error), qPrintable(error.message));
        }
        const qint64 fromMinutes
            = from.isEmpty() ? std::numeric_limits<qint64>::min() : FuzzyDate::fromIsoText(from).earliestMinutes();
        const qint64 toMinutes
            = to.isEmpty() ? std::numeric_limits<qint64>::max() : FuzzyDate::fromIsoText(to).latestMinutes();
        const QList<EventSpan> spans = Maintenance(*m_db).eventsOverlapping(fromMinutes, toMinutes, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(spanUids(spans), expected);
        for (const EventSpan &span : spans) {
            const Event stored = *repository.find(span.id, &error);
            QCOMPARE(span.tMin, stored.earliestMinutes());
            QCOMPARE(span.tMax, stored.latestMinutes());
        }

        qint64 first = 0;
        qint64 last = 0;
        QVERIFY(Maintenance(*m_db).timeExtent(&first, &last, &error));
        QCOMPARE(first, FuzzyDate::fromIsoText(QStringLiteral("~1789")).earliestMinutes());
        QCOMPARE(last, FuzzyDate::fromYear(9999).latestMinutes());
    }

    void emptyDatabase()
    {
        StorageError error;
        qint64 first = 0;
        qint64 last = 0;
        QVERIFY(!Maintenance(*m_db).timeExtent(&first, &last, &error));
        QVERIFY(Maintenance(*m_db).eventsOverlapping(0, 1000000000, &error).isEmpty());
        const Counts counts = Maintenance(*m_db).counts(&error);
        QCOMPARE(counts.events, 0);
        QVERIFY(Maintenance(*m_db).check(&error).isOk());
    }
};

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
