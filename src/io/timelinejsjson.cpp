// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejsjson.h"

#include "datasetbuilder.h"
#include "jsonhelpers_p.h"
#include "timelinejs_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Frise::Io {

namespace {

class TljsText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsJson)
public:
    static QString notNumber(const QString &path) { return tr("%1: not a whole number").arg(path); }
    static QString aNumber() { return tr("a whole number or a string of digits"); }
    static QString badDate(const QString &path) { return tr("%1: not a valid date").arg(path); }
    static QString dateParts() { return tr("year, then optionally month (1–12), day, hour (0–23), minute (0–59)"); }
    static QString missingStart(const QString &path) { return tr("%1: missing start_date").arg(path); }
    static QString anObjectWithYear() { return tr("an object with at least “year”"); }
    static QString noEvents() { return tr("not a TimelineJS file: no “events” array"); }
    static QString eventsArray() { return tr("an “events” array"); }
    static QString dropped(const QStringList &fields)
    {
        return tr("fields Frise does not keep were dropped: %1").arg(fields.join(QStringLiteral(", ")));
    }
};

class TljsParser
{
public:
    TljsParser(const ImportOptions &options, ImportResult *result)
        : m_options(options)
        , m_result(result)
        , m_json(&result->error)
        , m_builder(options.language)
    { }

    bool parse(const QByteArray &data);

private:
    bool part(const QJsonObject &object, const char *key, const QString &path, int *out);
    bool date(const QJsonValue &value, const QString &path, FuzzyDate *out, bool required);
    bool slide(const QJsonValue &value, const QString &path, qint64 position, bool era);
    void drop(const QString &field) { m_dropped.insert(field); }

    const ImportOptions &m_options;
    ImportResult *m_result;
    Json::Reader m_json;
    DatasetBuilder m_builder;
    QSet<QString> m_dropped;
};

bool TljsParser::part(const QJsonObject &object, const char *key, const QString &path, int *out)
{
    *out = -1;
    const QJsonValue value = object.value(QLatin1String(key));
    const QString at = Json::Reader::child(path, key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= -1e9 && d <= 1e9) || d != std::floor(d))
            return m_json.fail(at, TljsText::notNumber(at), TljsText::aNumber());
        *out = int(d);
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok)
            return m_json.fail(at, TljsText::notNumber(at), TljsText::aNumber());
        *out = number;
        return true;
    }
    return m_json.fail(at, TljsText::notNumber(at), TljsText::aNumber());
}

bool TljsParser::date(const QJsonValue &value, const QString &path, FuzzyDate *out, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return m_json.fail(path, TljsText::missingStart(path), TljsText::anObjectWithYear());
        return true;
    }
    QJsonObject object;
    if (!m_json.object(value, path, &object))
        return false;
    int year, month, day, hour, minute, second, millisecond;
    if (!(part(object, "year", path, &year) && part(object, "month", path, &month) && part(object, "day", path, &day)
            && part(object, "hour", path, &hour) && part(object, "minute", path, &minute)
            && part(object, "second", path, &second) && part(object, "millisecond", path, &millisecond)))
        return false;
    if (year < 0 && !required && month < 0 && day < 0 && hour < 0)
        return true; // an empty end_date
    FuzzyDate result = TimelineJs::dateFromParts(year, month, day, hour, minute);
    if (!result.isValid())
        return m_json.fail(path, TljsText::badDate(path), TljsText::dateParts());
    QString wording;
    if (!m_json.string(object, "display_date", path, &wording))
        return false;
    result.setWording(wording);
    *out = result;
    return true;
}

bool TljsParser::slide(const QJsonValue &value, const QString &path, qint64 position, bool era)
{
    QJsonObject object;
    if (!m_json.object(value, path, &object))
        return false;
    QJsonObject text;
    QString headline;
    QString body;
    const QJsonValue textValue = object.value(QLatin1String("text"));
    if (!textValue.isUndefined() && !textValue.isNull()) {
        const QString textPath = Json::Reader::child(path, "text");
        if (!m_json.object(textValue, textPath, &text) || !m_json.string(text, "headline", textPath, &headline)
            || !m_json.string(text, "text", textPath, &body))
            return false;
    }
    FuzzyDate start;
    FuzzyDate end;
    if (!date(object.value(QLatin1String("start_date")), Json::Reader::child(path, "start_date"), &start, true)
        || !date(object.value(QLatin1String("end_date")), Json::Reader::child(path, "end_date"), &end, false))
        return false;
    QString uniqueId;
    QString group;
    QString displayDate;
    if (!m_json.string(object, "unique_id", path, &uniqueId) || !m_json.string(object, "group", path, &group)
        || !m_json.string(object, "display_date", path, &displayDate))
        return false;
    if (start.wording().isEmpty() && !displayDate.isEmpty())
        start.setWording(displayDate);
    if (object.contains(QLatin1String("background")))
        drop(QStringLiteral("background"));

    Event &event = m_builder.addEvent(uniqueId.isEmpty() ? headline : uniqueId);
    const Language language = m_builder.language();
    event.title = BilingualText::original(language, headline);
    if (!body.isEmpty())
        event.text = BilingualText::original(language, body);
    event.start = start;
    event.end = end;
    m_builder.checkDuplicate(event, uniqueId, position, &m_result->warnings);
    if (era)
        event.tags.append(m_builder.tagByName(TimelineJs::eraTag()));
    if (!group.isEmpty())
        event.disputeIds.append(m_builder.disputeByTitle(group));

    const QJsonValue mediaValue = object.value(QLatin1String("media"));
    if (!mediaValue.isUndefined() && !mediaValue.isNull()) {
        const QString mediaPath = Json::Reader::child(path, "media");
        QJsonObject media;
        QString url, caption, credit;
        if (!m_json.object(mediaValue, mediaPath, &media) || !m_json.string(media, "url", mediaPath, &url)
            || !m_json.string(media, "caption", mediaPath, &caption)
            || !m_json.string(media, "credit", mediaPath, &credit))
            return false;
        if (media.contains(QLatin1String("thumbnail")))
            drop(QStringLiteral("media.thumbnail"));
        if (media.contains(QLatin1String("alt")))
            drop(QStringLiteral("media.alt"));
        if (const RowId source = m_builder.source(credit, caption, url))
            event.sourceIds.append(source);
    }
    return true;
}

bool TljsParser::parse(const QByteArray &data)
{
    QJsonObject root;
    if (!m_json.syntax(data, &root))
        return false;
    const QJsonValue eventsValue = root.value(QLatin1String("events"));
    if (!eventsValue.isArray())
        return m_json.fail(QStringLiteral("events"), TljsText::noEvents(), TljsText::eventsArray());
    const QJsonArray events = eventsValue.toArray();
    QJsonArray eras;
    if (!m_json.array(root, "eras", {}, &eras))
        return false;

    const QJsonValue titleValue = root.value(QLatin1String("title"));
    if (!titleValue.isUndefined() && !titleValue.isNull()) {
        QJsonObject title, text;
        QString headline, body;
        if (!m_json.object(titleValue, QStringLiteral("title"), &title))
            return false;
        const QJsonValue textValue = title.value(QLatin1String("text"));
        if (!textValue.isUndefined()
            && (!m_json.object(textValue, QStringLiteral("title.text"), &text)
                || !m_json.string(text, "headline", QStringLiteral("title.text"), &headline)
                || !m_json.string(text, "text", QStringLiteral("title.text"), &body)))
            return false;
        if (!headline.isEmpty())
            m_builder.dataset().title = BilingualText::original(m_builder.language(), headline);
        if (!body.isEmpty())
            drop(QStringLiteral("title.text.text"));
        if (title.contains(QLatin1String("media")))
            drop(QStringLiteral("title.media"));
        if (title.contains(QLatin1String("background")))
            drop(QStringLiteral("background"));
    }

    const qint64 eventCount = events.size();
    m_builder.setWhereFormatter([eventCount](qint64 at) {
        return at < eventCount ? Json::Reader::item(QStringLiteral("events"), at)
                               : Json::Reader::item(QStringLiteral("eras"), at - eventCount);
    });
    const qint64 total = events.size() + eras.size();
    m_builder.dataset().events.reserve(total);
    for (qsizetype i = 0; i < events.size(); ++i) {
        if ((i & 4095) == 0) {
            if (m_options.cancel && m_options.cancel->load()) {
                m_result->cancelled = true;
                return false;
            }
            if (m_options.progress)
                m_options.progress(i, total);
        }
        if (!slide(events.at(i), Json::Reader::item(QStringLiteral("events"), i), i, false))
            return false;
    }
    for (qsizetype i = 0; i < eras.size(); ++i) {
        if (!slide(eras.at(i), Json::Reader::item(QStringLiteral("eras"), i), events.size() + i, true))
            return false;
    }
    if (m_options.progress)
        m_options.progress(total, total);
    if (!m_dropped.isEmpty()) {
        QStringList fields(m_dropped.cbegin(), m_dropped.cend());
        fields.sort();
        m_result->warnings.append(TljsText::dropped(fields));
    }
    m_result->dataset = m_builder.takeDataset();
    return true;
}

QJsonObject dateJson(const FuzzyDate::Point &point, const QString &displayDate)
{
    QJsonObject object {{QLatin1String("year"), point.year}};
    if (point.month)
        object.insert(QLatin1String("month"), point.month);
    if (point.day)
        object.insert(QLatin1String("day"), point.day);
    if (point.minuteOfDay >= 0) {
        object.insert(QLatin1String("hour"), point.minuteOfDay / 60);
        object.insert(QLatin1String("minute"), point.minuteOfDay % 60);
    }
    if (!displayDate.isEmpty())
        object.insert(QLatin1String("display_date"), displayDate);
    return object;
}

// start_date, end_date and display_date of a slide or an era. TimelineJS shows
// "start — end", each from its display_date when it has one. A start that is a
// range ("between 17 and 19 April") without an end of its own is drawn as a
// span over the range, and the slide's display_date names the range once.
void insertDates(
    QJsonObject *slide, const TimelineJs::SlideContext &context, const FuzzyDate &start, const FuzzyDate &end)
{
    if (end.isValid()) {
        slide->insert(QLatin1String("start_date"), dateJson(start.start(), context.displayDate(start)));
        slide->insert(QLatin1String("end_date"), dateJson(end.end(), context.displayDate(end)));
    } else if (start.isRange()) {
        slide->insert(QLatin1String("start_date"), dateJson(start.start(), {}));
        slide->insert(QLatin1String("end_date"), dateJson(start.end(), {}));
        slide->insert(QLatin1String("display_date"), context.displayDate(start));
    } else {
        slide->insert(QLatin1String("start_date"), dateJson(start.start(), context.displayDate(start)));
    }
}

QJsonObject textJson(const QString &headline, const QString &body)
{
    QJsonObject text;
    if (!headline.isEmpty())
        text.insert(QLatin1String("headline"), headline);
    if (!body.isEmpty())
        text.insert(QLatin1String("text"), body);
    return text;
}

QJsonObject slideJson(const TimelineJs::SlideContext &context, const Event &event)
{
    QJsonObject slide;
    insertDates(&slide, context, event.start, event.end);
    slide.insert(QLatin1String("text"), textJson(context.headline(event), context.slideText(event)));
    // No media without a url: TimelineJS stops on one (issue #19); slideText()
    // keeps the caption and credit of sources without a link.
    if (const QString url = context.mediaUrl(event); !url.isEmpty()) {
        QJsonObject media {{QLatin1String("url"), url}};
        if (const QString caption = context.mediaCaption(event); !caption.isEmpty())
            media.insert(QLatin1String("caption"), caption);
        if (const QString credit = context.mediaCredit(event); !credit.isEmpty())
            media.insert(QLatin1String("credit"), credit);
        slide.insert(QLatin1String("media"), media);
    }
    if (const QString group = context.group(event); !group.isEmpty())
        slide.insert(QLatin1String("group"), group);
    if (!event.uid.isEmpty())
        slide.insert(QLatin1String("unique_id"), event.uid);
    return slide;
}

QJsonObject eraJson(const TimelineJs::SlideContext &context, const FuzzyDate &start, const FuzzyDate &end,
    const QString &headline, const QString &body)
{
    QJsonObject era;
    insertDates(&era, context, start, end);
    if (!era.contains(QLatin1String("end_date"))) // an era is a period: at least its start's extent
        era.insert(QLatin1String("end_date"), dateJson(start.end(), {}));
    era.insert(QLatin1String("text"), textJson(headline, body));
    return era;
}

} // namespace

void TimelineJsJson::read(const QByteArray &data, const ImportOptions &options, ImportResult *result)
{
    result->format = Format::TimelineJsJson;
    TljsParser parser(options, result);
    if (!parser.parse(data))
        result->dataset = {};
}

QByteArray TimelineJsJson::write(const Dataset &dataset, const ExportOptions &options)
{
    const Language language = options.language;
    const TimelineJs::SlideContext context(dataset, language);
    QJsonObject root;
    const QJsonObject title
        = textJson(dataset.title.textOrFallback(language), dataset.description.textOrFallback(language));
    if (!title.isEmpty())
        root.insert(QLatin1String("title"), QJsonObject {{QLatin1String("text"), title}});
    QJsonArray events;
    QJsonArray eras;
    for (const Era &era : dataset.eras) {
        if (era.start.isValid())
            eras.append(eraJson(context, era.start, era.end, era.title.textOrFallback(language), {}));
    }
    for (const Event &event : dataset.events) {
        if (!event.start.isValid())
            continue;
        // Events tagged `era` come from files imported before Frise kept eras.
        if (context.isEra(event))
            eras.append(eraJson(context, event.start, event.end, context.headline(event), context.text(event)));
        else
            events.append(slideJson(context, event));
    }
    root.insert(QLatin1String("events"), events);
    if (!eras.isEmpty())
        root.insert(QLatin1String("eras"), eras);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Frise::Io
