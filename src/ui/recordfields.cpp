// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfields.h"

#include "databasesession.h"
#include "labels.h"

#include <QLocale>

namespace Frise::Ui {

namespace {

using Names = std::function<QString(RowId)>;

QString orEmpty(const QString &text)
{
    return text.isEmpty() ? RecordFields::tr("(empty)") : text;
}

QString statusLabel(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing:
        return RecordFields::tr("missing");
    case TranslationStatus::Original:
        return RecordFields::tr("original");
    case TranslationStatus::Translated:
        return RecordFields::tr("translated");
    case TranslationStatus::NeedsReview:
        return RecordFields::tr("needs review");
    }
    return {};
}

template<typename Record, typename T>
RecordField<Record> member(const QString &label, T Record::*field, const std::function<QString(const T &)> &format)
{
    return {label, [field, format](const Record &record) { return format(record.*field); },
        [field](const Record &a, const Record &b) { return a.*field == b.*field; },
        [field](Record &to, const Record &from) { to.*field = from.*field; }};
}

template<typename Record>
RecordField<Record> text(const QString &label, QString Record::*field)
{
    return member<Record, QString>(label, field, orEmpty);
}

// One field per language: its text and its translation status travel together.
template<typename Record>
void addBilingual(QList<RecordField<Record>> *fields, const QString &label, BilingualText Record::*field)
{
    for (const Language language : {Language::French, Language::English}) {
        const QString name = language == Language::French ? RecordFields::tr("%1 (French)").arg(label)
                                                          : RecordFields::tr("%1 (English)").arg(label);
        fields->append({name,
            [field, language](const Record &record) {
                const BilingualText &value = record.*field;
                return orEmpty(value.text(language)) + QStringLiteral(" [") + statusLabel(value.status(language))
                    + u']';
            },
            [field, language](const Record &a, const Record &b) {
                return (a.*field).text(language) == (b.*field).text(language)
                    && (a.*field).status(language) == (b.*field).status(language);
            },
            [field, language](Record &to, const Record &from) {
                (to.*field).setText(language, (from.*field).text(language), (from.*field).status(language));
            }});
    }
}

std::function<QString(const FuzzyDate &)> dateText(Language language)
{
    return [language](const FuzzyDate &date) {
        if (date.isNull())
            return RecordFields::tr("(none)");
        QString result = date.toDisplayString(language);
        if (!date.wording().isEmpty())
            result += QStringLiteral(" — “") + date.wording() + QStringLiteral("”");
        return result;
    };
}

std::function<QString(const RowId &)> reference(const Names &name)
{
    return [name](const RowId &id) { return id ? name(id) : RecordFields::tr("(none)"); };
}

std::function<QString(const QList<RowId> &)> references(const Names &name)
{
    return [name](const QList<RowId> &ids) {
        QStringList names;
        for (const RowId id : ids)
            names.append(name(id));
        return orEmpty(names.join(QStringLiteral(", ")));
    };
}

QString joined(const QStringList &list)
{
    return orEmpty(list.join(QStringLiteral(", ")));
}

Names actorNames(const DatabaseSession *session, Language language)
{
    return [session, language](
               RowId id) { return session ? session->actorName(id, language) : QStringLiteral("#%1").arg(id); };
}

Names disputeTitles(const DatabaseSession *session, Language language)
{
    return [session, language](
               RowId id) { return session ? session->disputeTitle(id, language) : QStringLiteral("#%1").arg(id); };
}

Names sourceLabels(const DatabaseSession *session)
{
    return [session](RowId id) { return session ? session->sourceLabel(id) : QStringLiteral("#%1").arg(id); };
}

Names claimLabels(const DatabaseSession *session, Language language)
{
    return [session, language](
               RowId id) { return session ? session->claimLabel(id, language) : QStringLiteral("#%1").arg(id); };
}

} // namespace

template<>
QList<RecordField<Event>> RecordFields::list<Event>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Event>> fields;
    addBilingual(&fields, tr("Title"), &Event::title);
    addBilingual(&fields, tr("Text"), &Event::text);
    fields.append(member<Event, FuzzyDate>(tr("Start"), &Event::start, dateText(language)));
    fields.append(member<Event, FuzzyDate>(tr("End"), &Event::end, dateText(language)));
    fields.append(
        member<Event, int>(tr("Importance"), &Event::importance, [](int value) { return QString::number(value); }));
    fields.append(
        member<Event, QList<RowId>>(tr("Disputes"), &Event::disputeIds, references(disputeTitles(session, language))));
    const Names actor = actorNames(session, language);
    const QList<ActorRole> roles = session ? session->roles() : QList<ActorRole>();
    fields.append(member<Event, QList<EventActor>>(
        tr("Actors"), &Event::actors, [actor, roles, language](const QList<EventActor> &list) {
            QStringList names;
            for (const EventActor &link : list)
                names.append(link.role.isEmpty()
                        ? actor(link.actorId)
                        : tr("%1 (%2)").arg(actor(link.actorId), roleDisplayName(link.role, language, roles)));
            return joined(names);
        }));
    fields.append(member<Event, QStringList>(tr("Tags"), &Event::tags, joined));
    fields.append(member<Event, QList<RowId>>(tr("Sources"), &Event::sourceIds, references(sourceLabels(session))));
    fields.append(text(tr("Notes"), &Event::notes));
    return fields;
}

template<>
QList<RecordField<Actor>> RecordFields::list<Actor>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Actor>> fields;
    addBilingual(&fields, tr("Name"), &Actor::name);
    fields.append(member<Actor, Actor::Kind>(tr("Kind"), &Actor::kind, &Labels::actorKind));
    addBilingual(&fields, tr("Description"), &Actor::description);
    fields.append(member<Actor, QStringList>(tr("Aliases"), &Actor::aliases, joined));
    fields.append(member<Actor, RowId>(tr("Part of"), &Actor::parentId, reference(actorNames(session, language))));
    return fields;
}

template<>
QList<RecordField<Dispute>> RecordFields::list<Dispute>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Dispute>> fields;
    addBilingual(&fields, tr("Title"), &Dispute::title);
    addBilingual(&fields, tr("Description"), &Dispute::description);
    fields.append(member<Dispute, Dispute::Status>(tr("Status"), &Dispute::status, &Labels::disputeStatus));
    fields.append(text(tr("Colour"), &Dispute::colour));
    fields.append(
        member<Dispute, QList<RowId>>(tr("Parties"), &Dispute::partyIds, references(actorNames(session, language))));
    return fields;
}

template<>
QList<RecordField<Claim>> RecordFields::list<Claim>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Claim>> fields;
    addBilingual(&fields, tr("Claim"), &Claim::text);
    fields.append(text(tr("Quote"), &Claim::quote));
    fields.append(text(tr("Quote language"), &Claim::quoteLanguage));
    fields.append(member<Claim, RowId>(tr("Made by"), &Claim::claimantId, reference(actorNames(session, language))));
    fields.append(member<Claim, FuzzyDate>(tr("Made on"), &Claim::madeOn, dateText(language)));
    fields.append(member<Claim, RowId>(tr("Made in"), &Claim::madeInSourceId, reference(sourceLabels(session))));
    fields.append(member<Claim, RowId>(tr("Dispute"), &Claim::disputeId, reference(disputeTitles(session, language))));
    fields.append(member<Claim, Claim::Status>(tr("Status"), &Claim::status, &Labels::claimStatus));
    fields.append(member<Claim, RowId>(tr("Rebuts"), &Claim::rebutsClaimId, reference(claimLabels(session, language))));
    fields.append(
        member<Claim, QList<RowId>>(tr("Evidence"), &Claim::evidenceSourceIds, references(sourceLabels(session))));
    fields.append(text(tr("Notes"), &Claim::notes));
    return fields;
}

template<>
QList<RecordField<Source>> RecordFields::list<Source>(const DatabaseSession *, Language language)
{
    QList<RecordField<Source>> fields;
    fields.append(text(tr("Outlet"), &Source::outlet));
    fields.append(text(tr("Title"), &Source::title));
    fields.append(text(tr("Address"), &Source::url));
    fields.append(text(tr("Language"), &Source::language));
    fields.append(member<Source, FuzzyDate>(tr("Published"), &Source::published, dateText(language)));
    fields.append(member<Source, QDate>(tr("Accessed"), &Source::accessed, [](const QDate &date) {
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("(none)");
    }));
    fields.append(text(tr("Excerpt"), &Source::excerpt));
    fields.append(member<Source, QList<ArchivedUrl>>(
        tr("Archived copies"), &Source::archives, [](const QList<ArchivedUrl> &archives) {
            QStringList urls;
            for (const ArchivedUrl &archive : archives)
                urls.append(archive.url);
            return urls.isEmpty() ? tr("(none)") : urls.join(QStringLiteral(", "));
        }));
    fields.append(member<Source, bool>(
        tr("Live URL dead"), &Source::urlDead, [](bool dead) { return dead ? tr("yes") : tr("no"); }));
    fields.append(member<Source, SourceGrade>(
        tr("Grade"), &Source::grade, [](const SourceGrade &grade) { return orEmpty(grade.code()); }));
    fields.append(member<Source, bool>(tr("Confidential"), &Source::confidential,
        [](bool confidential) { return confidential ? tr("yes") : tr("no"); }));
    return fields;
}

template<>
QList<RecordField<Relation>> RecordFields::list<Relation>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Relation>> fields;
    const Names actor = actorNames(session, language);
    fields.append(member<Relation, RowId>(tr("From"), &Relation::fromActorId, reference(actor)));
    fields.append(member<Relation, Relation::Type>(tr("Type"), &Relation::type, &Labels::relationType));
    fields.append(member<Relation, RowId>(tr("To"), &Relation::toActorId, reference(actor)));
    fields.append(member<Relation, FuzzyDate>(tr("Start"), &Relation::start, dateText(language)));
    fields.append(member<Relation, FuzzyDate>(tr("End"), &Relation::end, dateText(language)));
    fields.append(text(tr("Note"), &Relation::note));
    fields.append(
        member<Relation, QList<RowId>>(tr("Sources"), &Relation::sourceIds, references(sourceLabels(session))));
    return fields;
}

template<>
QList<RecordField<Era>> RecordFields::list<Era>(const DatabaseSession *session, Language language)
{
    QList<RecordField<Era>> fields;
    addBilingual(&fields, tr("Title"), &Era::title);
    fields.append(member<Era, FuzzyDate>(tr("Start"), &Era::start, dateText(language)));
    fields.append(member<Era, FuzzyDate>(tr("End"), &Era::end, dateText(language)));
    fields.append(member<Era, RowId>(tr("Dispute"), &Era::disputeId, reference(disputeTitles(session, language))));
    return fields;
}

template<>
QList<RecordField<StatusChange>> RecordFields::list<StatusChange>(const DatabaseSession *session, Language language)
{
    QList<RecordField<StatusChange>> fields;
    fields.append(member<StatusChange, RowId>(
        tr("Dispute"), &StatusChange::disputeId, reference(disputeTitles(session, language))));
    fields.append(member<StatusChange, std::optional<Dispute::Status>>(
        tr("From"), &StatusChange::from, [](const std::optional<Dispute::Status> &status) {
            return status ? Labels::disputeStatus(*status) : tr("(none)");
        }));
    fields.append(member<StatusChange, Dispute::Status>(tr("To"), &StatusChange::to, &Labels::disputeStatus));
    fields.append(member<StatusChange, FuzzyDate>(tr("Date"), &StatusChange::date, dateText(language)));
    fields.append(
        member<StatusChange, QList<RowId>>(tr("Sources"), &StatusChange::sourceIds, references(sourceLabels(session))));
    addBilingual(&fields, tr("Note"), &StatusChange::note);
    return fields;
}

} // namespace Frise::Ui
