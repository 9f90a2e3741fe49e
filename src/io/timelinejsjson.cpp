// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejsjson.h"

#include "datasetbuilder.h"
#include "jsonhelpers_p.h"
#include "timelinejs_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Frise::Io {

namespace {

class TljsText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsJson)
public:
    static QString notNumber(const QString &path) { return tr("%1: not a whole number").arg(path); }
    static QString aNumber() { return tr("a whole number or a string of digits"); }
    static QString outOfRange(const QString &path) { return tr("%1: year out of supported range").arg(path); }
    static QString yearRange()
    {
        return tr("a year from %1 to %2").arg(FuzzyDate::minimumYear()).arg(FuzzyDate::maximumYear());
    }
    static QString yearZero(const QString &path) { return tr("%1: there is no year 0").arg(path); }
    static QString notZero() { return tr("a year other than 0 (-1 is 1 BCE, followed by 1 CE)"); }
    static QString badDate(const QString &path) { return tr("%1: not a valid date").arg(path); }
    static QString dateParts() { return tr("year, then optionally month (1–12), day, hour (0–23), minute (0–59)"); }
    static QString missingStart(const QString &path) { return tr("%1: missing start_date").arg(path); }
    static QString missingEnd(const QString &path) { return tr("%1: an era needs an end_date").arg(path); }
    static QString missingYear(const QString &path) { return tr("%1: missing year").arg(path); }
    static QString anObjectWithYear() { return tr("an object with at least “year”"); }
    static QString noEvents() { return tr("not a TimelineJS file: no “events” array"); }
    static QString eventsArray() { return tr("an “events” array"); }
    static QString noContent(const QString &path) { return tr("%1: neither a headline nor a text").arg(path); }
    static QString headlineOrText() { return tr("“text” with a “headline” or a “text”"); }
    static QString skipped(const QString &problem) { return tr("%1; skipped").arg(problem); }
    static QString anEra() { return tr("an era object"); }
    static QString anArray() { return tr("an array"); }
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
    using Skipped = Json::Reader::Skipped;

    /// How a date object read.
    enum class DateRead {
        Absent, ///< no date, or an object with no year and nothing else
        Ok,
        Invalid, ///< m_problem says why
        OutOfRange, ///< m_problem says where
    };
    struct Problem
    {
        QString path;
        QString message;
        QString expected;
    };

    bool part(const QJsonObject &object, const char *key, const QString &path, int *out);
    DateRead date(const QJsonValue &value, const QString &path, FuzzyDate *out);
    /// The start_date of the slide @p object at @p path, which every slide needs.
    bool startDate(const QJsonObject &object, const QString &path, FuzzyDate *out);
    bool failProblem() { return m_json.fail(m_problem.path, m_problem.message, m_problem.expected); }
    bool texts(const QJsonObject &object, const QString &path, QString *headline, QString *body);
    bool event(const QJsonValue &value, const QString &path, qint64 position);
    bool era(const QJsonValue &value, const QString &path);
    void title(const QJsonObject &root);

    const ImportOptions &m_options;
    ImportResult *m_result;
    Json::Reader m_json;
    DatasetBuilder m_builder;
    Problem m_problem;
};

// Date parts other than the year: -1 when absent (missing, null or "", which
// is how sheets converted to JSON write them); false with m_problem set when
// not a whole number.
bool TljsParser::part(const QJsonObject &object, const char *key, const QString &path, int *out)
{
    *out = -1;
    const QJsonValue value = object.value(QLatin1String(key));
    const QString at = Json::Reader::child(path, key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= -1e9 && d <= 1e9) || d != std::floor(d)) {
            m_problem = {at, TljsText::notNumber(at), TljsText::aNumber()};
            return false;
        }
        *out = int(d);
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok) {
            *out = number;
            return true;
        }
    }
    m_problem = {at, TljsText::notNumber(at), TljsText::aNumber()};
    return false;
}

TljsParser::DateRead TljsParser::date(const QJsonValue &value, const QString &path, FuzzyDate *out)
{
    if (value.isUndefined() || value.isNull())
        return DateRead::Absent;
    if (!value.isObject()) {
        m_problem = {path, TljsText::badDate(path), TljsText::anObjectWithYear()};
        return DateRead::Invalid;
    }
    const QJsonObject object = value.toObject();
    const QString yearPath = Json::Reader::child(path, "year");
    const QJsonValue yearValue = object.value(QLatin1String("year"));
    qint64 year = 0;
    TimelineJs::YearText yearText = TimelineJs::YearText::NotWhole;
    if (yearValue.isUndefined() || yearValue.isNull())
        yearText = TimelineJs::YearText::Absent;
    else if (yearValue.isDouble())
        yearText = TimelineJs::yearFromNumber(yearValue.toDouble(), &year);
    else if (yearValue.isString())
        yearText = TimelineJs::yearFromText(yearValue.toString(), &year);
    if (yearText == TimelineJs::YearText::OutOfRange) {
        m_problem = {yearPath, TljsText::outOfRange(yearPath), TljsText::yearRange()};
        return DateRead::OutOfRange;
    }
    if (yearText == TimelineJs::YearText::Zero) {
        m_problem = {yearPath, TljsText::yearZero(yearPath), TljsText::notZero()};
        return DateRead::OutOfRange;
    }
    int month, day, hour, minute, second, millisecond;
    if (!(part(object, "month", path, &month) && part(object, "day", path, &day) && part(object, "hour", path, &hour)
            && part(object, "minute", path, &minute) && part(object, "second", path, &second)
            && part(object, "millisecond", path, &millisecond)))
        return DateRead::Invalid;
    switch (yearText) {
    case TimelineJs::YearText::Absent:
        if (month < 0 && day < 0 && hour < 0 && minute < 0)
            return DateRead::Absent; // `{}`, or only a display_date: an empty end_date
        m_problem = {path, TljsText::missingYear(path), TljsText::anObjectWithYear()};
        return DateRead::Invalid;
    case TimelineJs::YearText::NotWhole:
        m_problem = {yearPath, TljsText::notNumber(yearPath), TljsText::aNumber()};
        return DateRead::Invalid;
    case TimelineJs::YearText::OutOfRange: // returned above
    case TimelineJs::YearText::Zero:
    case TimelineJs::YearText::Ok:
        break;
    }
    FuzzyDate result = TimelineJs::dateFromParts(year, month, day, hour, minute);
    if (!result.isValid()) {
        m_problem = {path, TljsText::badDate(path), TljsText::dateParts()};
        return DateRead::Invalid;
    }
    m_json.checkOptionalKeys(
        object, path, {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}, {"format"});
    QString wording;
    if (m_json.optionalString(object, "display_date", path, &wording))
        result.setWording(wording);
    *out = result;
    return DateRead::Ok;
}

bool TljsParser::texts(const QJsonObject &object, const QString &path, QString *headline, QString *body)
{
    QJsonObject text;
    const QString textPath = Json::Reader::child(path, "text");
    if (!m_json.optionalObject(object, "text", path, &text))
        return false;
    m_json.checkOptionalKeys(text, textPath, {"headline", "text"});
    m_json.optionalString(text, "headline", textPath, headline);
    m_json.optionalString(text, "text", textPath, body);
    return true;
}

bool TljsParser::event(const QJsonValue &value, const QString &path, qint64 position)
{
    QJsonObject object;
    if (!m_json.object(value, path, &object))
        return false;
    m_json.checkOptionalKeys(object, path,
        {"start_date", "end_date", "text", "media", "group", "display_date", "autolink", "unique_id"}, {"background"});

    FuzzyDate start;
    if (!startDate(object, path, &start))
        return false;
    FuzzyDate end;
    const QString endPath = Json::Reader::child(path, "end_date");
    switch (date(object.value(QLatin1String("end_date")), endPath, &end)) {
    case DateRead::Absent:
        if (object.contains(QLatin1String("end_date")))
            m_json.skip(object.value(QLatin1String("end_date")).isNull() ? Skipped::Null : Skipped::Empty, endPath);
        break;
    case DateRead::Invalid: // the end is optional: the event stands without it
        m_json.warn(Skipped::Invalid, m_problem.path, TljsText::skipped(m_problem.message));
        end = {};
        break;
    case DateRead::OutOfRange:
        return failProblem();
    case DateRead::Ok:
        break;
    }

    QString headline;
    QString body;
    texts(object, path, &headline, &body);
    if (headline.isEmpty() && body.isEmpty())
        return m_json.fail(object.contains(QLatin1String("text")) ? Json::Reader::child(path, "text") : path,
            TljsText::noContent(path), TljsText::headlineOrText());

    QString uniqueId;
    QString group;
    QString displayDate;
    m_json.optionalString(object, "unique_id", path, &uniqueId);
    m_json.optionalString(object, "group", path, &group);
    if (m_json.optionalString(object, "display_date", path, &displayDate) && start.wording().isEmpty())
        start.setWording(displayDate);

    const QString title = headline.isEmpty() ? TimelineJs::titleFromText(body) : headline;
    Event &event = m_builder.addEvent(uniqueId.isEmpty() ? title : uniqueId);
    const Language language = m_builder.language();
    event.title = BilingualText::original(language, title);
    if (!body.isEmpty())
        event.text = BilingualText::original(language, body);
    event.start = start;
    event.end = end;
    QStringList duplicates;
    m_builder.checkDuplicate(event, uniqueId, position, &duplicates);
    for (const QString &duplicate : std::as_const(duplicates))
        m_json.warn(Skipped::Duplicate, path, duplicate);
    if (!group.isEmpty())
        event.disputeIds.append(m_builder.disputeByTitle(group));

    QJsonObject media;
    if (m_json.optionalObject(object, "media", path, &media)) {
        const QString mediaPath = Json::Reader::child(path, "media");
        m_json.checkOptionalKeys(
            media, mediaPath, {"url", "caption", "credit"}, {"thumbnail", "alt", "title", "link", "link_target"});
        QString url, caption, credit;
        m_json.optionalString(media, "url", mediaPath, &url);
        m_json.optionalString(media, "caption", mediaPath, &caption);
        m_json.optionalString(media, "credit", mediaPath, &credit);
        if (const RowId source = m_builder.source(credit, caption, url))
            event.sourceIds.append(source);
    }
    return true;
}

bool TljsParser::startDate(const QJsonObject &object, const QString &path, FuzzyDate *out)
{
    const QString startPath = Json::Reader::child(path, "start_date");
    switch (date(object.value(QLatin1String("start_date")), startPath, out)) {
    case DateRead::Absent:
        return m_json.fail(object.contains(QLatin1String("start_date")) ? startPath : path,
            TljsText::missingStart(path), TljsText::anObjectWithYear());
    case DateRead::Invalid:
    case DateRead::OutOfRange:
        return failProblem();
    case DateRead::Ok:
        break;
    }
    return true;
}

bool TljsParser::era(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        m_json.skip(value.isNull() ? Skipped::Null : Skipped::WrongType, path, value, TljsText::anEra());
        return true;
    }
    const QJsonObject object = value.toObject();
    m_json.checkOptionalKeys(object, path, {"start_date", "end_date", "text", "display_date", "unique_id"},
        {"background", "media", "group", "autolink"});
    FuzzyDate start;
    if (!startDate(object, path, &start))
        return false;
    FuzzyDate end;
    const QString endPath = Json::Reader::child(path, "end_date");
    switch (date(object.value(QLatin1String("end_date")), endPath, &end)) {
    case DateRead::Absent:
        return m_json.fail(object.contains(QLatin1String("end_date")) ? endPath : path, TljsText::missingEnd(path),
            TljsText::anObjectWithYear());
    case DateRead::Invalid:
    case DateRead::OutOfRange:
        return failProblem();
    case DateRead::Ok:
        break;
    }
    QString headline;
    QString body;
    texts(object, path, &headline, &body);
    if (!body.isEmpty()) // an era is a named band: it has no text of its own
        m_json.skip(Skipped::NotKept, Json::Reader::child(Json::Reader::child(path, "text"), "text"));
    QString uniqueId;
    QString displayDate;
    m_json.optionalString(object, "unique_id", path, &uniqueId);
    if (m_json.optionalString(object, "display_date", path, &displayDate) && start.wording().isEmpty())
        start.setWording(displayDate);
    Era &era = m_builder.addEra(uniqueId.isEmpty() ? headline : uniqueId);
    era.title = BilingualText::original(m_builder.language(), headline);
    era.start = start;
    era.end = end;
    return true;
}

void TljsParser::title(const QJsonObject &root)
{
    QJsonObject title;
    if (!m_json.optionalObject(root, "title", {}, &title))
        return;
    const QString path = QStringLiteral("title");
    m_json.checkOptionalKeys(title, path, {"text", "unique_id", "autolink"}, {"media", "background"});
    QString headline;
    QString body;
    texts(title, path, &headline, &body);
    const Language language = m_builder.language();
    if (!headline.isEmpty())
        m_builder.dataset().title = BilingualText::original(language, headline);
    if (!body.isEmpty())
        m_builder.dataset().description = BilingualText::original(language, body);
}

bool TljsParser::parse(const QByteArray &data)
{
    QJsonObject root;
    if (!m_json.syntax(data, &root))
        return false;
    const QJsonValue eventsValue = root.value(QLatin1String("events"));
    if (!eventsValue.isArray())
        return m_json.fail(eventsValue.isUndefined() ? QString() : QStringLiteral("events"), TljsText::noEvents(),
            TljsText::eventsArray());
    m_json.checkOptionalKeys(root, {}, {"events", "title", "eras", "scale"});
    const QJsonArray events = eventsValue.toArray();
    QJsonArray eras;
    const QJsonValue erasValue = root.value(QLatin1String("eras"));
    if (erasValue.isArray())
        eras = erasValue.toArray();
    else if (erasValue.isNull())
        m_json.skip(Skipped::Null, QStringLiteral("eras"));
    else if (!erasValue.isUndefined())
        m_json.skip(Skipped::WrongType, QStringLiteral("eras"), erasValue, TljsText::anArray());

    title(root);

    m_builder.setWhereFormatter([](qint64 at) { return Json::Reader::item(QStringLiteral("events"), at); });
    const qint64 total = events.size() + eras.size();
    m_builder.dataset().events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        if ((i & 4095) == 0) {
            if (m_options.cancel && m_options.cancel->load()) {
                m_result->cancelled = true;
                return false;
            }
            if (m_options.progress)
                m_options.progress(i, total);
        }
        if (!event(events.at(i), Json::Reader::item(QStringLiteral("events"), i), i))
            return false;
    }
    for (qsizetype i = 0; i < eras.size(); ++i) {
        if (!era(eras.at(i), Json::Reader::item(QStringLiteral("eras"), i)))
            return false;
    }
    if (m_options.progress)
        m_options.progress(total, total);
    m_result->warnings.append(m_json.takeWarnings());
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
