// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetbuilder.h"

#include <QCoreApplication>

namespace Frise::Io {

namespace {
// Distinct lane colours for disputes created by an import.
constexpr const char16_t *disputeColours[] = {
    u"#1f77b4",
    u"#d62728",
    u"#2ca02c",
    u"#9467bd",
    u"#ff7f0e",
    u"#8c564b",
    u"#e377c2",
    u"#17becf",
};

class BuilderText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetBuilder)
public:
    static QString sameId(const QString &where, const QString &id, const QString &first)
    {
        return tr("%1: duplicate unique id “%2” (first at %3)").arg(where, id, first);
    }
    static QString sameTitleDate(const QString &where, const QString &first)
    {
        return tr("%1: same title and date as %2 (duplicate?)").arg(where, first);
    }
};

// splitmix64's finaliser: spreads a combined value over all 64 bits.
quint64 mixed(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace

DatasetBuilder::DatasetBuilder(Language language)
    : m_language(language)
{ }

void DatasetBuilder::checkDuplicate(const Event &event, const QString &uniqueId, qint64 position, QStringList *warnings)
{
    const auto where = [this](qint64 at) { return m_where ? m_where(at) : QString::number(at); };
    // One lookup each, inserting: a million-row file would pay for a second one.
    if (!uniqueId.isEmpty()) {
        qint64 &first = m_seenUniqueIds[uniqueId];
        if (first) {
            warnings->append(BuilderText::sameId(where(position), uniqueId, where(first - 1)));
            return;
        }
        first = position + 1;
    }
    const QStringView title = QStringView(event.title.text(m_language)).trimmed();
    if (title.isEmpty())
        return;
    // A 64-bit hash of the case-folded title and of the first and last minutes the date covers (the
    // wording may differ). Two different titles or dates share a hash one time in 2^64: on a million-row
    // file, a false warning about once in 37 million files. So nothing of the first event is kept.
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : title)
        hash = (hash ^ c.toCaseFolded().unicode()) * 1099511628211ULL;
    hash = mixed(hash ^ quint64(event.start.earliestMinutes()));
    hash = mixed(hash ^ quint64(event.start.latestMinutes()));
    qint64 &first = m_seenTitleDates[hash];
    if (!first)
        first = position + 1;
    else
        warnings->append(BuilderText::sameTitleDate(where(position), where(first - 1)));
}

QString DatasetBuilder::slug(const QString &text)
{
    QString out;
    out.reserve(qMin(text.size(), qsizetype(60)));
    // Fast path for ASCII; decompose the rest so "é" becomes "e".
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString source = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    bool dash = false;
    for (const QChar c : source) {
        if (out.size() >= 60)
            break;
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (dash && !out.isEmpty())
                out.append(u'-');
            dash = false;
            out.append(QChar(u));
        } else if (u == u'.' || u == u'_') {
            if (!out.isEmpty()) {
                if (dash)
                    out.append(u'-');
                dash = false;
                out.append(QChar(u));
            }
        } else if (c.isMark()) {
            continue;
        } else {
            dash = true;
        }
    }
    return out;
}

QString DatasetBuilder::uniqueUid(UidSet *set, const QString &hint, const QString &fallback)
{
    QString base = slug(hint);
    if (base.isEmpty())
        base = fallback;
    // Inserted at once: one lookup for a new uid, the common case.
    const qsizetype taken = set->taken.size();
    set->taken.insert(base);
    if (set->taken.size() > taken)
        return base;
    int &n = set->nextSuffix[base];
    n = qMax(n, 2);
    QString uid;
    do {
        uid = base + u'-' + QString::number(n++);
    } while (set->taken.contains(uid));
    set->taken.insert(uid);
    return uid;
}

void DatasetBuilder::reserveEvents(qsizetype count, qsizetype held)
{
    m_dataset.events.reserve(held >= 0 ? qMin(held, count) : count);
    m_eventUids.taken.reserve(count);
    m_seenTitleDates.reserve(count);
}

Dataset DatasetBuilder::takePart()
{
    Dataset part;
    part.actors = std::exchange(m_dataset.actors, {});
    part.sources = std::exchange(m_dataset.sources, {});
    part.tags = std::exchange(m_dataset.tags, {});
    part.disputes = std::exchange(m_dataset.disputes, {});
    part.events = std::exchange(m_dataset.events, {});
    part.eras = std::exchange(m_dataset.eras, {});
    return part;
}

Event &DatasetBuilder::addEvent(const QString &uidHint)
{
    Event event;
    event.id = ++m_made.events;
    event.uid = uniqueUid(&m_eventUids, uidHint, QStringLiteral("event"));
    m_dataset.events.append(std::move(event));
    return m_dataset.events.last();
}

Era &DatasetBuilder::addEra(const QString &uidHint)
{
    Era era;
    era.id = ++m_made.eras;
    era.uid = uniqueUid(&m_eraUids, uidHint, QStringLiteral("era"));
    m_dataset.eras.append(std::move(era));
    return m_dataset.eras.last();
}

RowId DatasetBuilder::actorByName(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    if (key.isEmpty())
        return 0;
    if (const auto it = m_actorsByName.constFind(key); it != m_actorsByName.cend())
        return it.value();
    Actor actor;
    actor.id = ++m_made.actors;
    actor.uid = uniqueUid(&m_actorUids, name, QStringLiteral("actor"));
    actor.kind = Actor::Kind::Other;
    actor.name = BilingualText::original(m_language, name.trimmed());
    m_dataset.actors.append(actor);
    m_actorsByName.insert(key, actor.id);
    return actor.id;
}

RowId DatasetBuilder::disputeByTitle(QStringView title)
{
    // Most rows name a dispute some row before named exactly so: found
    // without building the case-folded key, nor a string of the cell.
    m_key.resize(0);
    m_key.append(title);
    if (const auto it = m_disputesByExactTitle.constFind(m_key); it != m_disputesByExactTitle.cend())
        return it.value();
    const QString written = m_key;
    const RowId id = disputeByFoldedTitle(written);
    if (id)
        m_disputesByExactTitle.insert(written, id);
    return id;
}

RowId DatasetBuilder::disputeByFoldedTitle(const QString &title)
{
    const QString key = title.trimmed().toCaseFolded();
    if (key.isEmpty())
        return 0;
    if (const auto it = m_disputesByTitle.constFind(key); it != m_disputesByTitle.cend())
        return it.value();
    Dispute dispute;
    dispute.id = ++m_made.disputes;
    dispute.uid = uniqueUid(&m_disputeUids, title, QStringLiteral("dispute"));
    dispute.title = BilingualText::original(m_language, title.trimmed());
    dispute.colour = QString::fromUtf16(disputeColours[(dispute.id - 1) % qint64(std::size(disputeColours))]);
    m_dataset.disputes.append(dispute);
    m_disputesByTitle.insert(key, dispute.id);
    return dispute.id;
}

QString DatasetBuilder::tagByName(const QString &name)
{
    QString trimmed = name.trimmed();
    if (trimmed.startsWith(u'#'))
        trimmed.remove(0, 1);
    const QString tag = slug(trimmed);
    if (tag.isEmpty())
        return {};
    if (!m_tags.contains(tag)) {
        m_tags.insert(tag);
        Tag t;
        t.id = ++m_made.tags;
        t.name = tag;
        if (trimmed != tag)
            t.label = BilingualText::original(m_language, trimmed);
        m_dataset.tags.append(t);
    }
    return tag;
}

RowId DatasetBuilder::source(QStringView outlet, QStringView title, QStringView url)
{
    if (outlet.isEmpty() && title.isEmpty() && url.isEmpty())
        return 0;
    // Most rows cite a source some row before cited: found without a string per cell.
    m_key.resize(0);
    m_key.append(outlet).append(u'\x1f').append(title).append(u'\x1f').append(url);
    if (const auto it = m_sourcesByKey.constFind(m_key); it != m_sourcesByKey.cend())
        return it.value();
    Source source;
    source.id = ++m_made.sources;
    source.outlet = outlet.toString();
    source.title = title.toString();
    source.url = url.toString();
    source.uid = uniqueUid(&m_sourceUids, outlet.isEmpty() ? source.title : source.outlet, QStringLiteral("source"));
    source.language = languageCode(m_language);
    m_dataset.sources.append(source);
    m_sourcesByKey.insert(m_key, source.id);
    return source.id;
}

} // namespace Frise::Io
