// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjson.h"

#include "jsonhelpers_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Frise::Io {

namespace {

class BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupJson)
public:
    static QString notBackup() { return tr("not a Frise backup: “format” is not “frise-backup”"); }
    static QString newer(int version) { return tr("written by a newer Frise (format version %1)").arg(version); }
    static QString knownVersions() { return tr("format version 1 to %1").arg(BackupJson::formatVersion); }
    static QString unknownRef(const QString &path, const QString &uid)
    {
        return tr("%1: no record with uid “%2”").arg(path, uid);
    }
    static QString duplicateUid(const QString &path, const QString &uid)
    {
        return tr("%1: uid “%2” is used twice").arg(path, uid);
    }
    static QString badUid(const QString &path, const QString &uid) { return tr("%1: invalid uid “%2”").arg(path, uid); }
    static QString uidShape() { return tr("lowercase letters, digits, “.”, “_” or “-”"); }
    static QString badCode(const QString &path, const QString &code)
    {
        return tr("%1: unknown value “%2”").arg(path, code);
    }
    static QString badDateTime(const QString &path) { return tr("%1: invalid date and time").arg(path); }
    static QString isoUtc() { return tr("an ISO 8601 UTC date and time"); }
    static QString isoDay() { return tr("a YYYY-MM-DD date"); }
    static QString badHash(const QString &path) { return tr("%1: not a SHA-256 (64 lowercase hex digits)").arg(path); }
    static QString gradeShape()
    {
        return tr("a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”");
    }
    static QString emptyUrl(const QString &path) { return tr("%1: empty URL").arg(path); }
    static QString anActorLink() { return tr("an object {\"actor\": uid, \"role\": text}"); }
};

// ---------------------------------------------------------------- writing

QJsonValue bilingualJson(const BilingualText &text)
{
    QJsonObject object;
    if (!text.fr.isEmpty())
        object.insert(QLatin1String("fr"), text.fr);
    if (!text.en.isEmpty())
        object.insert(QLatin1String("en"), text.en);
    // Statuses are written only where they differ from what a reader infers.
    const auto inferred
        = [](const QString &s) { return s.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original; };
    if (text.frStatus != inferred(text.fr))
        object.insert(QLatin1String("frStatus"), translationStatusCode(text.frStatus));
    if (text.enStatus != inferred(text.en))
        object.insert(QLatin1String("enStatus"), translationStatusCode(text.enStatus));
    return object;
}

QJsonValue fuzzyJson(const FuzzyDate &date)
{
    if (date.wording().isEmpty() && !date.referenceDate().isValid())
        return date.toIsoText();
    QJsonObject object {{QLatin1String("date"), date.toIsoText()}};
    if (!date.wording().isEmpty())
        object.insert(QLatin1String("wording"), date.wording());
    if (date.referenceDate().isValid())
        object.insert(QLatin1String("reference"), date.referenceDate().toString(Qt::ISODate));
    return object;
}

template<typename T>
QHash<RowId, QString> uidsById(const QList<T> &records)
{
    QHash<RowId, QString> map;
    map.reserve(records.size());
    for (const T &record : records)
        map.insert(record.id, record.uid);
    return map;
}

void insertIfSet(QJsonObject *object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object->insert(QLatin1String(key), value);
}

void insertDate(QJsonObject *object, const char *key, const FuzzyDate &date)
{
    if (date.isValid())
        object->insert(QLatin1String(key), fuzzyJson(date));
}

void insertRef(QJsonObject *object, const char *key, const QHash<RowId, QString> &uids, RowId id)
{
    if (id != 0 && uids.contains(id))
        object->insert(QLatin1String(key), uids.value(id));
}

QJsonArray refArray(const QHash<RowId, QString> &uids, const QList<RowId> &ids)
{
    QJsonArray array;
    for (const RowId id : ids) {
        if (uids.contains(id))
            array.append(uids.value(id));
    }
    return array;
}

void insertBilingual(QJsonObject *object, const char *key, const BilingualText &text)
{
    if (!text.isEmpty() || text.frStatus != TranslationStatus::Missing || text.enStatus != TranslationStatus::Missing)
        object->insert(QLatin1String(key), bilingualJson(text));
}

// ---------------------------------------------------------------- reading

bool isValidUid(const QString &uid)
{
    if (uid.isEmpty())
        return false;
    for (qsizetype i = 0; i < uid.size(); ++i) {
        const char16_t c = uid.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

class BackupParser
{
public:
    explicit BackupParser(IoError *error)
        : m_json(error)
    { }

    bool parse(const QByteArray &data, Dataset *dataset);

private:
    using Json = Json::Reader;

    bool collectUids(const QJsonArray &array, const QString &path, QHash<QString, RowId> *ids);
    bool ref(
        const QJsonObject &object, const char *key, const QString &path, const QHash<QString, RowId> &ids, RowId *out);
    bool refs(const QJsonObject &object, const char *key, const QString &path, const QHash<QString, RowId> &ids,
        QList<RowId> *out);
    template<typename Fn>
    bool code(const QJsonObject &object, const char *key, const QString &path, Fn fromCode, bool required = false);
    bool records(const QJsonObject &root, const char *key, QJsonArray *array);

    bool actor(const QJsonObject &o, const QString &path, Actor *a);
    bool source(const QJsonObject &o, const QString &path, Source *s);
    bool archives(const QJsonObject &o, const QString &path, QList<ArchivedUrl> *out);
    bool tag(const QJsonObject &o, const QString &path, Tag *t);
    bool role(const QJsonObject &o, const QString &path, ActorRole *r);
    bool dispute(const QJsonObject &o, const QString &path, Dispute *d);
    bool event(const QJsonObject &o, const QString &path, Event *e);
    bool claim(const QJsonObject &o, const QString &path, Claim *c);
    bool relation(const QJsonObject &o, const QString &path, Relation *r);
    bool era(const QJsonObject &o, const QString &path, Era *e);
    bool savedCopy(const QJsonObject &o, const QString &path, SavedCopy *c);
    bool statusChange(const QJsonObject &o, const QString &path, StatusChange *c);
    bool audit(const QJsonObject &o, const QString &path, AuditEntry *a);

    Json m_json;
    QHash<QString, RowId> m_actors;
    QHash<QString, RowId> m_sources;
    QHash<QString, RowId> m_disputes;
    QHash<QString, RowId> m_claims;
    QHash<QString, RowId> m_events;
    QHash<QString, RowId> m_relations;
    QHash<QString, RowId> m_eras;
    QHash<QString, RowId> m_statusChanges;
    QHash<QString, RowId> m_tags;
    QHash<QString, RowId> m_roles;
};

bool BackupParser::collectUids(const QJsonArray &array, const QString &path, QHash<QString, RowId> *ids)
{
    ids->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = Json::item(path, i);
        QJsonObject object;
        if (!m_json.object(array.at(i), at, &object))
            return false;
        QString uid;
        // Tags and roles are keyed by their name, records by uid.
        const bool named = path == QLatin1String("tags") || path == QLatin1String("roles");
        const char *key = named ? "name" : "uid";
        if (!m_json.string(object, key, at, &uid, true))
            return false;
        const QString uidPath = Json::child(at, key);
        if (!named && !isValidUid(uid))
            return m_json.fail(uidPath, BackupText::badUid(uidPath, uid), BackupText::uidShape());
        if (ids->contains(uid))
            return m_json.fail(uidPath, BackupText::duplicateUid(uidPath, uid));
        ids->insert(uid, i + 1);
    }
    return true;
}

bool BackupParser::ref(
    const QJsonObject &object, const char *key, const QString &path, const QHash<QString, RowId> &ids, RowId *out)
{
    QString uid;
    if (!m_json.string(object, key, path, &uid))
        return false;
    if (uid.isEmpty())
        return true;
    const auto it = ids.constFind(uid);
    if (it == ids.cend())
        return m_json.fail(Json::child(path, key), BackupText::unknownRef(Json::child(path, key), uid));
    *out = it.value();
    return true;
}

bool BackupParser::refs(const QJsonObject &object, const char *key, const QString &path,
    const QHash<QString, RowId> &ids, QList<RowId> *out)
{
    QStringList uids;
    if (!m_json.stringList(object, key, path, &uids))
        return false;
    out->clear();
    for (qsizetype i = 0; i < uids.size(); ++i) {
        const auto it = ids.constFind(uids.at(i));
        if (it == ids.cend()) {
            const QString at = Json::item(Json::child(path, key), i);
            return m_json.fail(at, BackupText::unknownRef(at, uids.at(i)));
        }
        out->append(it.value());
    }
    return true;
}

template<typename Fn>
bool BackupParser::code(const QJsonObject &object, const char *key, const QString &path, Fn fromCode, bool required)
{
    QString text;
    if (!m_json.string(object, key, path, &text, required))
        return false;
    if (text.isEmpty() && !required)
        return true;
    if (!fromCode(text))
        return m_json.fail(Json::child(path, key), BackupText::badCode(Json::child(path, key), text));
    return true;
}

bool BackupParser::actor(const QJsonObject &o, const QString &path, Actor *a)
{
    if (!m_json.checkKeys(o, path, {"uid", "kind", "name", "description", "aliases", "parent"}))
        return false;
    return m_json.string(o, "uid", path, &a->uid, true)
        && code(o, "kind", path, [a](const QString &c) { return actorKindFromCode(c, &a->kind); })
        && m_json.bilingual(o, "name", path, &a->name, true)
        && m_json.bilingual(o, "description", path, &a->description)
        && m_json.stringList(o, "aliases", path, &a->aliases) && ref(o, "parent", path, m_actors, &a->parentId);
}

bool BackupParser::source(const QJsonObject &o, const QString &path, Source *s)
{
    if (!m_json.checkKeys(o, path,
            {"uid", "outlet", "title", "url", "language", "published", "accessed", "excerpt", "archives", "urlDead",
                "grade", "confidential"}))
        return false;
    QString accessed;
    QString grade;
    if (!(m_json.string(o, "uid", path, &s->uid, true) && m_json.string(o, "outlet", path, &s->outlet)
            && m_json.string(o, "title", path, &s->title) && m_json.string(o, "url", path, &s->url)
            && m_json.string(o, "language", path, &s->language) && m_json.fuzzyDate(o, "published", path, &s->published)
            && m_json.string(o, "accessed", path, &accessed) && m_json.string(o, "excerpt", path, &s->excerpt)
            && archives(o, path, &s->archives) && m_json.boolean(o, "urlDead", path, &s->urlDead)
            && m_json.string(o, "grade", path, &grade) && m_json.boolean(o, "confidential", path, &s->confidential)))
        return false;
    if (const std::optional<SourceGrade> parsed = SourceGrade::fromCode(grade))
        s->grade = *parsed;
    else
        return m_json.fail(Json::child(path, "grade"), BackupText::badCode(Json::child(path, "grade"), grade),
            BackupText::gradeShape());
    if (!accessed.isEmpty()) {
        s->accessed = QDate::fromString(accessed, Qt::ISODate);
        if (!s->accessed.isValid())
            return m_json.fail(Json::child(path, "accessed"), BackupText::badDateTime(Json::child(path, "accessed")),
                BackupText::isoDay());
    }
    return true;
}

bool BackupParser::archives(const QJsonObject &o, const QString &path, QList<ArchivedUrl> *out)
{
    QJsonArray items;
    if (!m_json.array(o, "archives", path, &items))
        return false;
    const QString listPath = Json::child(path, "archives");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = Json::item(listPath, i);
        QJsonObject item;
        if (!m_json.object(items.at(i), at, &item) || !m_json.checkKeys(item, at, {"url", "kind", "label", "captured"}))
            return false;
        ArchivedUrl archive;
        QString captured;
        if (!(m_json.string(item, "url", at, &archive.url, true)
                && code(
                    item, "kind", at, [&archive](const QString &c) { return archiveKindFromCode(c, &archive.kind); })
                && m_json.string(item, "label", at, &archive.label) && m_json.string(item, "captured", at, &captured)))
            return false;
        if (archive.url.trimmed().isEmpty())
            return m_json.fail(Json::child(at, "url"), BackupText::emptyUrl(Json::child(at, "url")));
        if (!captured.isEmpty()) {
            archive.captured = QDate::fromString(captured, Qt::ISODate);
            if (!archive.captured.isValid())
                return m_json.fail(Json::child(at, "captured"), BackupText::badDateTime(Json::child(at, "captured")),
                    BackupText::isoDay());
        }
        out->append(archive);
    }
    return true;
}

bool BackupParser::tag(const QJsonObject &o, const QString &path, Tag *t)
{
    return m_json.checkKeys(o, path, {"name", "label"}) && m_json.string(o, "name", path, &t->name, true)
        && m_json.bilingual(o, "label", path, &t->label);
}

bool BackupParser::role(const QJsonObject &o, const QString &path, ActorRole *r)
{
    return m_json.checkKeys(o, path, {"name", "label"}) && m_json.string(o, "name", path, &r->name, true)
        && m_json.bilingual(o, "label", path, &r->label);
}

bool BackupParser::dispute(const QJsonObject &o, const QString &path, Dispute *d)
{
    if (!m_json.checkKeys(o, path, {"uid", "title", "description", "status", "colour", "parties"}))
        return false;
    return m_json.string(o, "uid", path, &d->uid, true) && m_json.bilingual(o, "title", path, &d->title, true)
        && m_json.bilingual(o, "description", path, &d->description)
        && code(o, "status", path, [d](const QString &c) { return disputeStatusFromCode(c, &d->status); })
        && m_json.string(o, "colour", path, &d->colour) && refs(o, "parties", path, m_actors, &d->partyIds);
}

bool BackupParser::event(const QJsonObject &o, const QString &path, Event *e)
{
    if (!m_json.checkKeys(o, path,
            {"uid", "title", "text", "start", "end", "importance", "notes", "disputes", "actors", "tags", "sources"}))
        return false;
    if (!(m_json.string(o, "uid", path, &e->uid, true) && m_json.bilingual(o, "title", path, &e->title, true)
            && m_json.bilingual(o, "text", path, &e->text) && m_json.fuzzyDate(o, "start", path, &e->start, true)
            && m_json.fuzzyDate(o, "end", path, &e->end) && m_json.integer(o, "importance", path, &e->importance, 1, 5)
            && m_json.string(o, "notes", path, &e->notes) && refs(o, "disputes", path, m_disputes, &e->disputeIds)
            && m_json.stringList(o, "tags", path, &e->tags) && refs(o, "sources", path, m_sources, &e->sourceIds)))
        return false;
    QJsonArray links;
    if (!m_json.array(o, "actors", path, &links))
        return false;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString at = Json::item(Json::child(path, "actors"), i);
        QJsonObject link;
        EventActor eventActor;
        if (!m_json.object(links.at(i), at, &link) || !m_json.checkKeys(link, at, {"actor", "role"})
            || !m_json.string(link, "role", at, &eventActor.role))
            return false;
        if (!link.contains(QLatin1String("actor")))
            return m_json.fail(at, BackupText::unknownRef(Json::child(at, "actor"), {}), BackupText::anActorLink());
        if (!ref(link, "actor", at, m_actors, &eventActor.actorId))
            return false;
        e->actors.append(eventActor);
    }
    return true;
}

bool BackupParser::claim(const QJsonObject &o, const QString &path, Claim *c)
{
    if (!m_json.checkKeys(o, path,
            {"uid", "text", "quote", "quoteLanguage", "claimant", "madeOn", "madeIn", "dispute", "status", "rebuts",
                "evidence", "notes"}))
        return false;
    return m_json.string(o, "uid", path, &c->uid, true) && m_json.bilingual(o, "text", path, &c->text, true)
        && m_json.string(o, "quote", path, &c->quote) && m_json.string(o, "quoteLanguage", path, &c->quoteLanguage)
        && ref(o, "claimant", path, m_actors, &c->claimantId) && m_json.fuzzyDate(o, "madeOn", path, &c->madeOn)
        && ref(o, "madeIn", path, m_sources, &c->madeInSourceId) && ref(o, "dispute", path, m_disputes, &c->disputeId)
        && code(o, "status", path, [c](const QString &s) { return claimStatusFromCode(s, &c->status); })
        && ref(o, "rebuts", path, m_claims, &c->rebutsClaimId)
        && refs(o, "evidence", path, m_sources, &c->evidenceSourceIds) && m_json.string(o, "notes", path, &c->notes);
}

bool BackupParser::relation(const QJsonObject &o, const QString &path, Relation *r)
{
    if (!m_json.checkKeys(o, path, {"uid", "from", "to", "type", "start", "end", "note", "sources"}))
        return false;
    return m_json.string(o, "uid", path, &r->uid, true) && ref(o, "from", path, m_actors, &r->fromActorId)
        && ref(o, "to", path, m_actors, &r->toActorId)
        && code(
            o, "type", path, [r](const QString &t) { return relationTypeFromCode(t, &r->type); }, true)
        && m_json.fuzzyDate(o, "start", path, &r->start) && m_json.fuzzyDate(o, "end", path, &r->end)
        && m_json.string(o, "note", path, &r->note) && refs(o, "sources", path, m_sources, &r->sourceIds);
}

bool BackupParser::era(const QJsonObject &o, const QString &path, Era *e)
{
    if (!m_json.checkKeys(o, path, {"uid", "title", "start", "end", "dispute"}))
        return false;
    return m_json.string(o, "uid", path, &e->uid, true) && m_json.bilingual(o, "title", path, &e->title)
        && m_json.fuzzyDate(o, "start", path, &e->start) && m_json.fuzzyDate(o, "end", path, &e->end)
        && ref(o, "dispute", path, m_disputes, &e->disputeId);
}

bool BackupParser::savedCopy(const QJsonObject &o, const QString &path, SavedCopy *c)
{
    if (!m_json.checkKeys(o, path, {"source", "sha256", "fileName", "mediaType", "size", "captured"}))
        return false;
    QString source;
    QString captured;
    int size = 0;
    if (!(m_json.string(o, "source", path, &source, true) && ref(o, "source", path, m_sources, &c->sourceId)
            && m_json.string(o, "sha256", path, &c->sha256, true) && m_json.string(o, "fileName", path, &c->fileName)
            && m_json.string(o, "mediaType", path, &c->mediaType)
            && m_json.integer(o, "size", path, &size, 0, int(SavedCopy::maximumSize()))
            && m_json.string(o, "captured", path, &captured, true)))
        return false;
    c->size = size;
    if (!SavedCopy::isHash(c->sha256))
        return m_json.fail(Json::child(path, "sha256"), BackupText::badHash(Json::child(path, "sha256")));
    c->captured = QDateTime::fromString(captured, Qt::ISODateWithMs);
    if (!c->captured.isValid())
        return m_json.fail(Json::child(path, "captured"), BackupText::badDateTime(Json::child(path, "captured")),
            BackupText::isoUtc());
    c->captured = c->captured.toUTC();
    return true;
}

bool BackupParser::statusChange(const QJsonObject &o, const QString &path, StatusChange *c)
{
    if (!m_json.checkKeys(o, path, {"uid", "dispute", "from", "to", "date", "sources", "note"}))
        return false;
    QString dispute;
    return m_json.string(o, "uid", path, &c->uid, true) && m_json.string(o, "dispute", path, &dispute, true)
        && ref(o, "dispute", path, m_disputes, &c->disputeId)
        && code(o, "from", path,
            [c](const QString &code) {
                Dispute::Status from = Dispute::Status::Brewing;
                if (!disputeStatusFromCode(code, &from))
                    return false;
                c->from = from;
                return true;
            })
        && code(
            o, "to", path, [c](const QString &code) { return disputeStatusFromCode(code, &c->to); }, true)
        && m_json.fuzzyDate(o, "date", path, &c->date, true) && refs(o, "sources", path, m_sources, &c->sourceIds)
        && m_json.bilingual(o, "note", path, &c->note);
}

bool BackupParser::audit(const QJsonObject &o, const QString &path, AuditEntry *a)
{
    if (!m_json.checkKeys(o, path, {"at", "who", "entity", "entityUid", "action", "field", "old", "new"}))
        return false;
    QString at;
    if (!(m_json.string(o, "at", path, &at, true) && m_json.string(o, "who", path, &a->who)
            && m_json.string(o, "entity", path, &a->entity) && m_json.string(o, "entityUid", path, &a->entityUid)
            && m_json.string(o, "action", path, &a->action) && m_json.string(o, "field", path, &a->field)
            && m_json.nullableString(o, "old", path, &a->oldValue)
            && m_json.nullableString(o, "new", path, &a->newValue)))
        return false;
    a->at = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!a->at.isValid())
        return m_json.fail(
            Json::child(path, "at"), BackupText::badDateTime(Json::child(path, "at")), BackupText::isoUtc());
    a->at = a->at.toUTC();
    return true;
}

bool BackupParser::records(const QJsonObject &root, const char *key, QJsonArray *array)
{
    return m_json.array(root, key, {}, array);
}

bool BackupParser::parse(const QByteArray &data, Dataset *dataset)
{
    QJsonObject root;
    if (!m_json.syntax(data, &root))
        return false;
    if (!m_json.checkKeys(root, {},
            {"format", "formatVersion", "exportedAt", "title", "description", "actors", "sources", "tags", "roles",
                "disputes", "events", "claims", "relations", "eras", "statusChanges", "audit", "savedCopies"}))
        return false;
    if (root.value(QLatin1String("format")).toString() != QLatin1String("frise-backup"))
        return m_json.fail(QStringLiteral("format"), BackupText::notBackup());
    int version = 0;
    if (!m_json.integer(root, "formatVersion", {}, &version, 1, 1000000))
        return false;
    if (version > BackupJson::formatVersion)
        return m_json.fail(QStringLiteral("formatVersion"), BackupText::newer(version), BackupText::knownVersions());
    QString exportedAt;
    if (!m_json.string(root, "exportedAt", {}, &exportedAt))
        return false;

    Dataset result;
    if (!m_json.bilingual(root, "title", {}, &result.title)
        || !m_json.bilingual(root, "description", {}, &result.description))
        return false;
    QJsonArray actors, sources, tags, roles, disputes, events, claims, relations, eras, statusChanges, audit,
        savedCopies;
    if (!(records(root, "actors", &actors) && records(root, "sources", &sources) && records(root, "tags", &tags)
            && records(root, "roles", &roles) && records(root, "disputes", &disputes)
            && records(root, "events", &events) && records(root, "claims", &claims)
            && records(root, "relations", &relations) && records(root, "eras", &eras)
            && records(root, "statusChanges", &statusChanges) && records(root, "audit", &audit)
            && records(root, "savedCopies", &savedCopies)))
        return false;
    // Records may point forward (parent, rebuts): learn every uid first.
    if (!(collectUids(actors, QStringLiteral("actors"), &m_actors)
            && collectUids(sources, QStringLiteral("sources"), &m_sources)
            && collectUids(tags, QStringLiteral("tags"), &m_tags)
            && collectUids(roles, QStringLiteral("roles"), &m_roles)
            && collectUids(disputes, QStringLiteral("disputes"), &m_disputes)
            && collectUids(events, QStringLiteral("events"), &m_events)
            && collectUids(claims, QStringLiteral("claims"), &m_claims)
            && collectUids(relations, QStringLiteral("relations"), &m_relations)
            && collectUids(eras, QStringLiteral("eras"), &m_eras)
            && collectUids(statusChanges, QStringLiteral("statusChanges"), &m_statusChanges)))
        return false;

    const auto readAll = [this](const QJsonArray &array, const QString &name, auto *list, auto readOne) {
        list->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = Json::item(name, i);
            QJsonObject object;
            typename std::remove_reference_t<decltype(*list)>::value_type record;
            record.id = i + 1;
            if (!m_json.object(array.at(i), path, &object) || !(this->*readOne)(object, path, &record))
                return false;
            list->append(std::move(record));
        }
        return true;
    };
    if (!(readAll(actors, QStringLiteral("actors"), &result.actors, &BackupParser::actor)
            && readAll(sources, QStringLiteral("sources"), &result.sources, &BackupParser::source)
            && readAll(tags, QStringLiteral("tags"), &result.tags, &BackupParser::tag)
            && readAll(roles, QStringLiteral("roles"), &result.roles, &BackupParser::role)
            && readAll(disputes, QStringLiteral("disputes"), &result.disputes, &BackupParser::dispute)
            && readAll(events, QStringLiteral("events"), &result.events, &BackupParser::event)
            && readAll(claims, QStringLiteral("claims"), &result.claims, &BackupParser::claim)
            && readAll(relations, QStringLiteral("relations"), &result.relations, &BackupParser::relation)
            && readAll(eras, QStringLiteral("eras"), &result.eras, &BackupParser::era)
            && readAll(
                statusChanges, QStringLiteral("statusChanges"), &result.statusChanges, &BackupParser::statusChange)
            && readAll(audit, QStringLiteral("audit"), &result.audit, &BackupParser::audit)
            && readAll(savedCopies, QStringLiteral("savedCopies"), &result.savedCopies, &BackupParser::savedCopy)))
        return false;
    // A tag used by an event but not listed is still a tag: list it.
    for (const Event &event : std::as_const(result.events)) {
        for (const QString &name : event.tags) {
            if (!m_tags.contains(name)) {
                Tag tag;
                tag.id = result.tags.size() + 1;
                tag.name = name;
                result.tags.append(tag);
                m_tags.insert(name, tag.id);
            }
        }
    }
    // Roles written as free text (before format 4, or by hand) that read as
    // a known role ("Plaintiff", "demandeur") take its name; others are new
    // roles, listed like unlisted tags.
    for (Event &event : result.events) {
        for (EventActor &link : event.actors) {
            link.role = canonicalRoleName(link.role, result.roles);
            if (!link.role.isEmpty() && !m_roles.contains(link.role)) {
                ActorRole role;
                role.id = result.roles.size() + 1;
                role.name = link.role;
                if (const ActorRole *builtin = findActorRole(role.name, {}))
                    role.label = builtin->label;
                result.roles.append(role);
                m_roles.insert(role.name, role.id);
            }
        }
    }
    // Audit entries name their record by uid; give them the record's id in this set too.
    for (AuditEntry &entry : result.audit) {
        const QHash<QString, RowId> *ids = nullptr;
        if (entry.entity == QLatin1String("actor"))
            ids = &m_actors;
        else if (entry.entity == QLatin1String("source"))
            ids = &m_sources;
        else if (entry.entity == QLatin1String("dispute"))
            ids = &m_disputes;
        else if (entry.entity == QLatin1String("event"))
            ids = &m_events;
        else if (entry.entity == QLatin1String("claim"))
            ids = &m_claims;
        else if (entry.entity == QLatin1String("relation"))
            ids = &m_relations;
        else if (entry.entity == QLatin1String("era"))
            ids = &m_eras;
        else if (entry.entity == QLatin1String("status_change"))
            ids = &m_statusChanges;
        entry.entityId = ids ? ids->value(entry.entityUid) : 0;
    }
    *dataset = std::move(result);
    return true;
}

} // namespace

QByteArray BackupJson::write(const Dataset &dataset, const QDateTime &exportedAt)
{
    const auto actorUids = uidsById(dataset.actors);
    const auto sourceUids = uidsById(dataset.sources);
    const auto disputeUids = uidsById(dataset.disputes);
    const auto claimUids = uidsById(dataset.claims);

    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("frise-backup"));
    root.insert(QLatin1String("formatVersion"), formatVersion);
    root.insert(QLatin1String("exportedAt"), exportedAt.toUTC().toString(Qt::ISODate));
    insertBilingual(&root, "title", dataset.title);
    insertBilingual(&root, "description", dataset.description);

    QJsonArray actors;
    for (const Actor &a : dataset.actors) {
        QJsonObject o {{QLatin1String("uid"), a.uid}, {QLatin1String("kind"), actorKindCode(a.kind)},
            {QLatin1String("name"), bilingualJson(a.name)}};
        insertBilingual(&o, "description", a.description);
        if (!a.aliases.isEmpty())
            o.insert(QLatin1String("aliases"), QJsonArray::fromStringList(a.aliases));
        insertRef(&o, "parent", actorUids, a.parentId);
        actors.append(o);
    }
    QJsonArray sources;
    for (const Source &s : dataset.sources) {
        QJsonObject o {{QLatin1String("uid"), s.uid}};
        insertIfSet(&o, "outlet", s.outlet);
        insertIfSet(&o, "title", s.title);
        insertIfSet(&o, "url", s.url);
        insertIfSet(&o, "language", s.language);
        insertDate(&o, "published", s.published);
        if (s.accessed.isValid())
            o.insert(QLatin1String("accessed"), s.accessed.toString(Qt::ISODate));
        insertIfSet(&o, "excerpt", s.excerpt);
        if (!s.archives.isEmpty()) {
            QJsonArray archives;
            for (const ArchivedUrl &archive : s.archives) {
                QJsonObject item {
                    {QLatin1String("url"), archive.url}, {QLatin1String("kind"), archiveKindCode(archive.kind)}};
                insertIfSet(&item, "label", archive.label);
                if (archive.captured.isValid())
                    item.insert(QLatin1String("captured"), archive.captured.toString(Qt::ISODate));
                archives.append(item);
            }
            o.insert(QLatin1String("archives"), archives);
        }
        if (s.urlDead)
            o.insert(QLatin1String("urlDead"), true);
        insertIfSet(&o, "grade", s.grade.code());
        if (s.confidential)
            o.insert(QLatin1String("confidential"), true);
        sources.append(o);
    }
    QJsonArray tags;
    for (const Tag &t : dataset.tags) {
        QJsonObject o {{QLatin1String("name"), t.name}};
        insertBilingual(&o, "label", t.label);
        tags.append(o);
    }
    QJsonArray roles;
    for (const ActorRole &r : dataset.roles) {
        QJsonObject o {{QLatin1String("name"), r.name}};
        insertBilingual(&o, "label", r.label);
        roles.append(o);
    }
    QJsonArray disputes;
    for (const Dispute &d : dataset.disputes) {
        QJsonObject o {{QLatin1String("uid"), d.uid}, {QLatin1String("title"), bilingualJson(d.title)},
            {QLatin1String("status"), disputeStatusCode(d.status)}};
        insertBilingual(&o, "description", d.description);
        insertIfSet(&o, "colour", d.colour);
        if (!d.partyIds.isEmpty())
            o.insert(QLatin1String("parties"), refArray(actorUids, d.partyIds));
        disputes.append(o);
    }
    QJsonArray events;
    for (const Event &e : dataset.events) {
        QJsonObject o {{QLatin1String("uid"), e.uid}, {QLatin1String("title"), bilingualJson(e.title)},
            {QLatin1String("start"), fuzzyJson(e.start)}};
        insertBilingual(&o, "text", e.text);
        insertDate(&o, "end", e.end);
        if (e.importance != 3)
            o.insert(QLatin1String("importance"), e.importance);
        insertIfSet(&o, "notes", e.notes);
        if (!e.disputeIds.isEmpty())
            o.insert(QLatin1String("disputes"), refArray(disputeUids, e.disputeIds));
        if (!e.actors.isEmpty()) {
            QJsonArray links;
            for (const EventActor &link : e.actors) {
                QJsonObject l {{QLatin1String("actor"), actorUids.value(link.actorId)}};
                insertIfSet(&l, "role", link.role);
                links.append(l);
            }
            o.insert(QLatin1String("actors"), links);
        }
        if (!e.tags.isEmpty())
            o.insert(QLatin1String("tags"), QJsonArray::fromStringList(e.tags));
        if (!e.sourceIds.isEmpty())
            o.insert(QLatin1String("sources"), refArray(sourceUids, e.sourceIds));
        events.append(o);
    }
    QJsonArray claims;
    for (const Claim &c : dataset.claims) {
        QJsonObject o {{QLatin1String("uid"), c.uid}, {QLatin1String("text"), bilingualJson(c.text)},
            {QLatin1String("status"), claimStatusCode(c.status)}};
        insertIfSet(&o, "quote", c.quote);
        insertIfSet(&o, "quoteLanguage", c.quoteLanguage);
        insertRef(&o, "claimant", actorUids, c.claimantId);
        insertDate(&o, "madeOn", c.madeOn);
        insertRef(&o, "madeIn", sourceUids, c.madeInSourceId);
        insertRef(&o, "dispute", disputeUids, c.disputeId);
        insertRef(&o, "rebuts", claimUids, c.rebutsClaimId);
        if (!c.evidenceSourceIds.isEmpty())
            o.insert(QLatin1String("evidence"), refArray(sourceUids, c.evidenceSourceIds));
        insertIfSet(&o, "notes", c.notes);
        claims.append(o);
    }
    QJsonArray relations;
    for (const Relation &r : dataset.relations) {
        QJsonObject o {{QLatin1String("uid"), r.uid}, {QLatin1String("type"), relationTypeCode(r.type)}};
        insertRef(&o, "from", actorUids, r.fromActorId);
        insertRef(&o, "to", actorUids, r.toActorId);
        insertDate(&o, "start", r.start);
        insertDate(&o, "end", r.end);
        insertIfSet(&o, "note", r.note);
        if (!r.sourceIds.isEmpty())
            o.insert(QLatin1String("sources"), refArray(sourceUids, r.sourceIds));
        relations.append(o);
    }
    QJsonArray eras;
    for (const Era &e : dataset.eras) {
        QJsonObject o {{QLatin1String("uid"), e.uid}, {QLatin1String("title"), bilingualJson(e.title)},
            {QLatin1String("start"), fuzzyJson(e.start)}, {QLatin1String("end"), fuzzyJson(e.end)}};
        insertRef(&o, "dispute", disputeUids, e.disputeId);
        eras.append(o);
    }
    QJsonArray statusChanges;
    for (const StatusChange &c : dataset.statusChanges) {
        QJsonObject o {{QLatin1String("uid"), c.uid}};
        insertRef(&o, "dispute", disputeUids, c.disputeId);
        if (c.from)
            o.insert(QLatin1String("from"), disputeStatusCode(*c.from));
        o.insert(QLatin1String("to"), disputeStatusCode(c.to));
        o.insert(QLatin1String("date"), fuzzyJson(c.date));
        if (!c.sourceIds.isEmpty())
            o.insert(QLatin1String("sources"), refArray(sourceUids, c.sourceIds));
        insertBilingual(&o, "note", c.note);
        statusChanges.append(o);
    }
    QJsonArray audit;
    for (const AuditEntry &a : dataset.audit) {
        QJsonObject o {{QLatin1String("at"), a.at.toUTC().toString(Qt::ISODateWithMs)}};
        insertIfSet(&o, "who", a.who);
        insertIfSet(&o, "entity", a.entity);
        insertIfSet(&o, "entityUid", a.entityUid);
        insertIfSet(&o, "action", a.action);
        insertIfSet(&o, "field", a.field);
        o.insert(QLatin1String("old"), a.oldValue.isNull() ? QJsonValue() : QJsonValue(a.oldValue));
        o.insert(QLatin1String("new"), a.newValue.isNull() ? QJsonValue() : QJsonValue(a.newValue));
        audit.append(o);
    }
    root.insert(QLatin1String("actors"), actors);
    root.insert(QLatin1String("sources"), sources);
    root.insert(QLatin1String("tags"), tags);
    root.insert(QLatin1String("roles"), roles);
    root.insert(QLatin1String("disputes"), disputes);
    root.insert(QLatin1String("events"), events);
    root.insert(QLatin1String("claims"), claims);
    root.insert(QLatin1String("relations"), relations);
    root.insert(QLatin1String("eras"), eras);
    root.insert(QLatin1String("statusChanges"), statusChanges);
    root.insert(QLatin1String("audit"), audit);
    if (!dataset.savedCopies.isEmpty()) {
        // The bytes are files beside the backup, named by hash (docs/backup-format.md).
        QJsonArray copies;
        for (const SavedCopy &c : dataset.savedCopies) {
            copies.append(QJsonObject {{QLatin1String("source"), sourceUids.value(c.sourceId)},
                {QLatin1String("sha256"), c.sha256}, {QLatin1String("fileName"), c.fileName},
                {QLatin1String("mediaType"), c.mediaType}, {QLatin1String("size"), double(c.size)},
                {QLatin1String("captured"), c.captured.toUTC().toString(Qt::ISODateWithMs)}});
        }
        root.insert(QLatin1String("savedCopies"), copies);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool BackupJson::read(const QByteArray &data, Dataset *dataset, IoError *error)
{
    BackupParser parser(error);
    return parser.parse(data, dataset);
}

} // namespace Frise::Io
