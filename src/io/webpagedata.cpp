// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpagedata.h"

#include "core/statushistory.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Frise::Io {

namespace {

// A text the page may show in @p language: not missing, and not a translation nobody checked yet.
bool isPublishable(const BilingualText &text, Language language)
{
    return !text.text(language).isEmpty() && text.status(language) != TranslationStatus::NeedsReview;
}

// [fr, en], a language left null when the page must fall back to the other one (and say so).
QJsonValue bilingual(const BilingualText &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const bool fr = isPublishable(text, Language::French);
    const bool en = isPublishable(text, Language::English);
    if (!fr && !en) // nothing checked at all: what there is, rather than nothing
        return QJsonArray {text.fr.isEmpty() ? QJsonValue() : QJsonValue(text.fr),
            text.en.isEmpty() ? QJsonValue() : QJsonValue(text.en)};
    return QJsonArray {fr ? QJsonValue(text.fr) : QJsonValue(), en ? QJsonValue(text.en) : QJsonValue()};
}

QJsonValue bilingual(const QString &fr, const QString &en)
{
    return bilingual(BilingualText::both(fr, en));
}

QString dateText(const FuzzyDate &start, const FuzzyDate &end, Language language)
{
    QString text = start.toDisplayString(language);
    if (end.isValid())
        text += QStringLiteral(" – ") + end.toDisplayString(language);
    return text;
}

bool isFuzzy(const FuzzyDate &date)
{
    return date.isValid()
        && (date.isCirca() || date.isRange() || date.precision() == FuzzyDate::Precision::Year
            || date.precision() == FuzzyDate::Precision::Month);
}

/// Where something sits in time, in minutes since the epoch: the start's extent and the end's.
struct Extent
{
    qint64 startEarliest = 0;
    qint64 startLatest = 0;
    qint64 endEarliest = 0;
    qint64 endLatest = 0;
};

Extent extentOf(const FuzzyDate &start, const FuzzyDate &end)
{
    Extent extent {start.earliestMinutes(), start.latestMinutes(), start.earliestMinutes(), start.latestMinutes()};
    if (end.isValid()) {
        extent.endEarliest = std::max(end.earliestMinutes(), extent.startEarliest);
        extent.endLatest = std::max(end.latestMinutes(), extent.startLatest);
    }
    return extent;
}

void insertExtent(QJsonObject *object, const FuzzyDate &start, const FuzzyDate &end)
{
    const Extent extent = extentOf(start, end);
    // Minutes are exact in a double across FuzzyDate's years (see FuzzyDate).
    object->insert(QLatin1String("a0"), double(extent.startEarliest));
    object->insert(QLatin1String("a1"), double(extent.startLatest));
    object->insert(QLatin1String("b0"), double(extent.endEarliest));
    object->insert(QLatin1String("b1"), double(extent.endLatest));
    object->insert(QLatin1String("fuzzy"), isFuzzy(start) || isFuzzy(end));
    object->insert(QLatin1String("date"),
        bilingual(dateText(start, end, Language::French), dateText(start, end, Language::English)));
}

class Builder
{
public:
    Builder(const Dataset &dataset, const WebPageOptions &options)
        : m_dataset(dataset)
        , m_options(options)
    {
        for (const Dispute &dispute : dataset.disputes)
            m_disputes.insert(dispute.id, &dispute);
    }

    QJsonObject build();

private:
    bool inRange(qint64 earliest, qint64 latest) const
    {
        return (!m_options.fromMinutes || latest >= *m_options.fromMinutes)
            && (!m_options.toMinutes || earliest <= *m_options.toMinutes);
    }
    bool isIncluded(const Claim &claim) const
    {
        if (isUnsafeToPublish(claim.status) && !m_options.includeUnverified)
            return false;
        if (!claim.madeOn.isValid()) // an undated claim has no place in a chosen period
            return !m_options.fromMinutes && !m_options.toMinutes;
        return inRange(claim.madeOn.earliestMinutes(), claim.madeOn.latestMinutes());
    }
    void assignLanes();
    /// The lane of a dispute, -1 when it has none (nothing of it in the page).
    int laneOf(RowId disputeId);
    int otherLane();
    /// The page's index of a source; -1 for a confidential or unknown one, which the page never names.
    int sourceIndex(RowId id);
    QJsonArray sourceIndexes(const QList<RowId> &ids);
    QJsonValue actorName(RowId id) const
    {
        const Actor *actor = m_dataset.actor(id);
        return actor ? bilingual(actor->name) : QJsonValue();
    }
    QJsonObject eventJson(const Event &event);
    QJsonObject claimJson(const Claim &claim);
    void addEras();

    const Dataset &m_dataset;
    const WebPageOptions &m_options;
    QHash<RowId, const Dispute *> m_disputes;
    QHash<RowId, int> m_laneOfDispute;
    QList<RowId> m_laneDisputes; ///< per lane, its dispute (0: the "other" lane)
    QHash<RowId, int> m_sourceIndex;
    QJsonArray m_sources;
    QJsonArray m_eras;
};

int Builder::laneOf(RowId disputeId)
{
    return m_laneOfDispute.value(disputeId, -1);
}

int Builder::otherLane()
{
    if (const auto found = m_laneOfDispute.constFind(0); found != m_laneOfDispute.cend())
        return *found;
    m_laneDisputes.append(0);
    return *m_laneOfDispute.insert(0, int(m_laneDisputes.size() - 1));
}

void Builder::assignLanes()
{
    // One lane per dispute that has something in the page, in the database's order; "other" comes last.
    QSet<RowId> used;
    for (const Event &event : m_dataset.events) {
        if (event.start.isValid() && inRange(event.earliestMinutes(), event.latestMinutes()))
            used.unite(QSet<RowId>(event.disputeIds.cbegin(), event.disputeIds.cend()));
    }
    for (const Claim &claim : m_dataset.claims) {
        if (isIncluded(claim))
            used.insert(claim.disputeId);
    }
    for (const Dispute &dispute : m_dataset.disputes) {
        if (used.contains(dispute.id)) {
            m_laneOfDispute.insert(dispute.id, int(m_laneDisputes.size()));
            m_laneDisputes.append(dispute.id);
        }
    }
}

int Builder::sourceIndex(RowId id)
{
    if (const auto found = m_sourceIndex.constFind(id); found != m_sourceIndex.cend())
        return *found;
    const Source *source = m_dataset.source(id);
    if (!source || source->confidential) {
        m_sourceIndex.insert(id, -1);
        return -1;
    }
    QJsonObject json;
    const QString cited = source->citedUrl();
    if (!source->outlet.isEmpty())
        json.insert(QLatin1String("outlet"), source->outlet);
    if (!source->title.isEmpty())
        json.insert(QLatin1String("title"), source->title);
    if (!cited.isEmpty())
        json.insert(QLatin1String("url"), cited);
    if (source->urlDead)
        json.insert(cited != source->url ? QLatin1String("archived") : QLatin1String("dead"), true);
    if (!source->language.isEmpty())
        json.insert(QLatin1String("lang"), source->language);
    if (source->published.isValid())
        json.insert(QLatin1String("published"),
            bilingual(source->published.toDisplayString(Language::French),
                source->published.toDisplayString(Language::English)));
    m_sources.append(json);
    const int index = int(m_sources.size() - 1);
    m_sourceIndex.insert(id, index);
    return index;
}

QJsonArray Builder::sourceIndexes(const QList<RowId> &ids)
{
    QJsonArray indexes;
    for (RowId id : ids) {
        if (const int index = sourceIndex(id); index >= 0 && !indexes.contains(index))
            indexes.append(index);
    }
    return indexes;
}

QJsonObject Builder::eventJson(const Event &event)
{
    QJsonObject json {{QLatin1String("kind"), QStringLiteral("event")}, {QLatin1String("uid"), event.uid},
        {QLatin1String("title"), bilingual(event.title)}, {QLatin1String("importance"), event.importance}};
    insertExtent(&json, event.start, event.end);
    if (!event.text.isEmpty())
        json.insert(QLatin1String("text"), bilingual(event.text));
    QJsonArray lanes;
    for (RowId disputeId : event.disputeIds) {
        if (const int lane = laneOf(disputeId); lane >= 0 && !lanes.contains(lane))
            lanes.append(lane);
    }
    if (lanes.isEmpty())
        lanes.append(otherLane());
    json.insert(QLatin1String("lanes"), lanes);
    if (const QJsonArray sources = sourceIndexes(event.sourceIds); !sources.isEmpty())
        json.insert(QLatin1String("sources"), sources);
    QJsonArray actors;
    for (const EventActor &actor : event.actors) {
        if (const QJsonValue name = actorName(actor.actorId); !name.isNull())
            actors.append(name);
    }
    if (!actors.isEmpty())
        json.insert(QLatin1String("actors"), actors);
    return json;
}

QJsonObject Builder::claimJson(const Claim &claim)
{
    QJsonObject json {{QLatin1String("kind"), QStringLiteral("claim")}, {QLatin1String("uid"), claim.uid},
        {QLatin1String("title"), bilingual(claim.text)}, {QLatin1String("verdict"), claimStatusCode(claim.status)}};
    if (claim.madeOn.isValid())
        insertExtent(&json, claim.madeOn, {});
    const int lane = claim.disputeId ? laneOf(claim.disputeId) : -1;
    json.insert(QLatin1String("lanes"), QJsonArray {lane >= 0 ? lane : otherLane()});
    if (!claim.quote.isEmpty()) {
        json.insert(QLatin1String("quote"), claim.quote);
        if (!claim.quoteLanguage.isEmpty())
            json.insert(QLatin1String("quoteLang"), claim.quoteLanguage);
    }
    if (const QJsonValue claimant = actorName(claim.claimantId); !claimant.isNull())
        json.insert(QLatin1String("claimant"), claimant);
    if (const int madeIn = claim.madeInSourceId ? sourceIndex(claim.madeInSourceId) : -1; madeIn >= 0)
        json.insert(QLatin1String("madeIn"), madeIn);
    if (const QJsonArray evidence = sourceIndexes(claim.evidenceSourceIds); !evidence.isEmpty())
        json.insert(QLatin1String("evidence"), evidence);
    return json;
}

void Builder::addEras()
{
    QSet<RowId> withEras;
    const auto add = [this](const QJsonValue &title, const FuzzyDate &start, const FuzzyDate &end, RowId disputeId,
                         const QString &status) {
        const Extent extent = extentOf(start, end);
        if (!inRange(extent.startEarliest, extent.endLatest))
            return;
        QJsonObject era {{QLatin1String("title"), title}, {QLatin1String("lane"), disputeId ? laneOf(disputeId) : -1},
            {QLatin1String("a"), double(extent.startEarliest)}, {QLatin1String("b"), double(extent.endLatest)},
            {QLatin1String("date"),
                bilingual(dateText(start, end, Language::French), dateText(start, end, Language::English))}};
        if (!status.isEmpty())
            era.insert(QLatin1String("status"), status);
        m_eras.append(era);
    };
    for (const Era &era : m_dataset.eras) {
        if (!era.start.isValid() || (era.disputeId && laneOf(era.disputeId) < 0))
            continue;
        if (era.disputeId)
            withEras.insert(era.disputeId);
        add(bilingual(era.title), era.start, era.end, era.disputeId, {});
    }
    // As on the desktop timeline: a dispute without eras of its own shows its status periods.
    const StatusHistory history(m_dataset.statusChanges);
    for (const Dispute &dispute : m_dataset.disputes) {
        if (withEras.contains(dispute.id) || laneOf(dispute.id) < 0)
            continue;
        for (const StatusPeriod &period : history.periods(dispute.id)) {
            if (!period.start.isValid())
                continue;
            const QJsonValue title = bilingual(disputeStatusName(period.status, Language::French),
                disputeStatusName(period.status, Language::English));
            add(title, period.start, period.end, dispute.id, disputeStatusCode(period.status));
        }
    }
}

QJsonObject Builder::build()
{
    assignLanes();
    QJsonArray items;
    for (const Event &event : m_dataset.events) {
        if (event.start.isValid() && inRange(event.earliestMinutes(), event.latestMinutes()))
            items.append(eventJson(event));
    }
    // Claims after the events, so that an event can point at the claims made in its sources.
    QHash<RowId, int> claimItem;
    QList<const Claim *> claims;
    for (const Claim &claim : m_dataset.claims) {
        if (!isIncluded(claim))
            continue;
        claimItem.insert(claim.id, int(items.size()));
        claims.append(&claim);
        items.append(claimJson(claim));
    }
    for (const Claim *claim : std::as_const(claims)) {
        if (const auto rebutted = claimItem.constFind(claim->rebutsClaimId); rebutted != claimItem.cend()) {
            QJsonObject json = items.at(claimItem.value(claim->id)).toObject();
            json.insert(QLatin1String("rebuts"), *rebutted);
            items.replace(claimItem.value(claim->id), json);
        }
    }
    // Claims made in a source an event cites are the event's claims.
    QHash<int, QList<int>> claimsBySource;
    for (const Claim *claim : std::as_const(claims)) {
        if (claim->madeInSourceId && sourceIndex(claim->madeInSourceId) >= 0)
            claimsBySource[sourceIndex(claim->madeInSourceId)].append(claimItem.value(claim->id));
    }
    for (qsizetype i = 0; i < items.size() && !claimsBySource.isEmpty(); ++i) {
        QJsonObject json = items.at(i).toObject();
        if (json.value(QLatin1String("kind")).toString() != QLatin1String("event"))
            break;
        QJsonArray related;
        for (const QJsonValue &source : json.value(QLatin1String("sources")).toArray()) {
            for (int claim : claimsBySource.value(source.toInt())) {
                if (!related.contains(claim))
                    related.append(claim);
            }
        }
        if (!related.isEmpty()) {
            json.insert(QLatin1String("claims"), related);
            items.replace(i, json);
        }
    }
    addEras();

    QJsonArray lanes;
    for (RowId disputeId : std::as_const(m_laneDisputes)) {
        const Dispute *dispute = m_disputes.value(disputeId);
        if (!dispute) {
            lanes.append(QJsonObject {{QLatin1String("other"), true}});
            continue;
        }
        QJsonObject lane {{QLatin1String("title"), bilingual(dispute->title)},
            {QLatin1String("status"),
                bilingual(disputeStatusName(dispute->status, Language::French),
                    disputeStatusName(dispute->status, Language::English))}};
        if (!dispute->colour.isEmpty())
            lane.insert(QLatin1String("colour"), dispute->colour);
        if (!dispute->description.isEmpty())
            lane.insert(QLatin1String("description"), bilingual(dispute->description));
        lanes.append(lane);
    }
    QJsonObject root {{QLatin1String("format"), QStringLiteral("frise-web")}, {QLatin1String("version"), 1},
        {QLatin1String("lang"), languageCode(m_options.language)}, {QLatin1String("title"), bilingual(m_dataset.title)},
        {QLatin1String("lanes"), lanes}, {QLatin1String("items"), items}, {QLatin1String("eras"), m_eras},
        {QLatin1String("sources"), m_sources}};
    if (!m_dataset.description.isEmpty())
        root.insert(QLatin1String("description"), bilingual(m_dataset.description));
    return root;
}

} // namespace

QJsonObject WebPageData::build(const Dataset &dataset, const WebPageOptions &options)
{
    return Builder(dataset, options).build();
}

} // namespace Frise::Io
