// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejscsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "datasetbuilder.h"
#include "timelinejs_p.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <optional>

namespace Frise::Io {

namespace {

class SheetText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsCsv)
public:
    static QString notSheet() { return tr("not a TimelineJS sheet: no “Year” and “Headline” columns"); }
    static QString sheetColumns() { return tr("the TimelineJS template columns (Year, Month, Day, …, Headline, …)"); }
    static QString notNumber(const QString &column, const QString &value)
    {
        return tr("%1: “%2” is not a whole number").arg(column, value);
    }
    static QString notTime(const QString &column, const QString &value)
    {
        return tr("%1: “%2” is not a time").arg(column, value);
    }
    static QString aTime() { return tr("a time such as 14:30 or 2:30 PM"); }
    static QString badDate(const QString &which) { return tr("%1: not a valid date").arg(which); }
    static QString dateParts() { return tr("Year, then optionally Month (1–12) and Day"); }
    static QString start() { return tr("start date"); }
    static QString end() { return tr("end date"); }
    static QString outOfRange(const QString &column) { return tr("%1: year out of supported range").arg(column); }
    static QString yearRange()
    {
        return tr("a year from %1 to %2").arg(FuzzyDate::minimumYear()).arg(FuzzyDate::maximumYear());
    }
    static QString yearZero(const QString &column) { return tr("%1: there is no year 0").arg(column); }
    static QString notZero() { return tr("a year other than 0 (-1 is 1 BCE, followed by 1 CE)"); }
    static QString missingYear() { return tr("Year: missing"); }
    static QString eraNeedsEnd() { return tr("End Year: missing; an era needs an end"); }
    static QString noContent() { return tr("neither a Headline nor a Text"); }
    static QString notKept(const QString &column, qint64 more)
    {
        if (more == 0)
            return tr("%1: not kept by Frise, dropped").arg(column);
        return tr(
            "%1: not kept by Frise, dropped (%n more row(s) like this)", nullptr, int(qMin(more, qint64(1) << 30)))
            .arg(column);
    }
    static QString unknownColumn(const QString &column)
    {
        return tr("“%1”: not a TimelineJS column, ignored").arg(column);
    }
    static QString line(qint64 line) { return tr("line %1").arg(line); }
    static QString skipped(const QString &problem) { return tr("%1; end date skipped").arg(problem); }
};

enum Column {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    Type,
    Group,
    Background,
    ColumnCount
};

constexpr const char *columnNames[ColumnCount] = {
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
};

// Empty or only white space, without the copy trimmed() makes.
bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

// -1 when empty; false when not a number.
bool numberCell(QStringView cell, int *out)
{
    const QStringView text = cell.trimmed();
    if (text.isEmpty()) {
        *out = -1;
        return true;
    }
    bool ok = false;
    *out = text.toInt(&ok);
    return ok;
}

bool timeCell(QStringView cell, int *hour, int *minute)
{
    *hour = -1;
    *minute = -1;
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return true;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?$"));
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch())
        return false;
    int h = match.captured(1).toInt();
    const int m = match.captured(2).toInt();
    const QString half = match.captured(4).toLower();
    if (!half.isEmpty()) {
        if (h < 1 || h > 12)
            return false;
        h = (h % 12) + (half == QLatin1String("pm") ? 12 : 0);
    }
    if (h > 23 || m > 59)
        return false;
    *hour = h;
    *minute = m;
    return true;
}

QString timeText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList TimelineJsCsv::columns()
{
    QStringList names;
    for (const char *name : columnNames)
        names.append(QString::fromLatin1(name));
    return names;
}

bool TimelineJsCsv::looksLikeSheet(const QStringList &header)
{
    bool year = false;
    bool headline = false;
    for (const QString &cell : header) {
        const QString name = cell.trimmed();
        year = year || name.compare(QLatin1String("Year"), Qt::CaseInsensitive) == 0;
        headline = headline || name.compare(QLatin1String("Headline"), Qt::CaseInsensitive) == 0;
    }
    return year && headline;
}

void TimelineJsCsv::read(
    const QString &text, const QString &fileName, const ImportOptions &options, ImportResult *result)
{
    result->format = Format::TimelineJsCsv;
    CsvReader reader(text);
    result->delimiter = reader.delimiter();
    IoError &error = result->error;
    error.file = fileName;
    QStringList header;
    if (!reader.readRow(&header)) {
        if (reader.hasError())
            error = reader.error();
        else
            error.message = SheetText::notSheet();
        error.file = fileName;
        error.expected = error.expected.isEmpty() ? SheetText::sheetColumns() : error.expected;
        return;
    }
    result->header = header;
    if (!looksLikeSheet(header)) {
        error.line = 1;
        error.message = SheetText::notSheet();
        error.expected = SheetText::sheetColumns();
        return;
    }
    int index[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c) {
        index[c] = -1;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(QLatin1String(columnNames[c]), Qt::CaseInsensitive) == 0) {
                index[c] = int(i);
                break;
            }
        }
    }

    const auto located = [](int line, int column, const QString &message) {
        return QString::number(line) + u':' + QString::number(qMax(column, 1)) + QStringLiteral(": ") + message;
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        bool known = header.at(i).trimmed().isEmpty();
        for (int c = 0; c < ColumnCount && !known; ++c)
            known = index[c] == i;
        if (!known)
            result->warnings.append(located(1, reader.fieldStart(i).column, SheetText::unknownColumn(header.at(i))));
    }

    DatasetBuilder builder(options.language);
    builder.setWhereFormatter([](qint64 at) { return SheetText::line(at); });
    // One allocation instead of a dozen regrowths of big Event records on
    // large files.
    const qsizetype partEvents = qMax(options.partEvents, qsizetype(1));
    builder.reserveEvents(qMax(text.count(u'\n'), text.count(u'\r')), options.parts ? partEvents : -1);
    const Language language = options.language;
    // Columns with no place in Frise: where first met, and how many more rows had them.
    struct Dropped
    {
        int line = 0;
        int column = 0;
        qint64 more = -1;
    };
    QMap<QString, Dropped> dropped;
    const auto drop = [&](const QString &name, CsvReader::FieldStart at) {
        Dropped &d = dropped[name];
        if (++d.more == 0) {
            d.line = at.line;
            d.column = at.column;
        }
    };
    // Views into the text: a row costs no string but those an event keeps.
    QList<QStringView> row;
    QStringView cells[ColumnCount];
    qint64 rows = 0;
    while (reader.readRow(&row)) {
        if ((++rows & 4095) == 0) {
            if (options.cancel && options.cancel->load()) {
                result->cancelled = true;
                return;
            }
            if (options.progress)
                options.progress(reader.position(), reader.size());
        }
        bool empty = true;
        for (const QStringView value : std::as_const(row))
            empty = empty && isBlank(value);
        if (empty)
            continue;
        // Each cell read once: the checks below look at most of them several times.
        for (int c = 0; c < ColumnCount; ++c)
            cells[c]
                = index[c] >= 0 && index[c] < row.size() ? CsvWriter::unneutralised(row.at(index[c])) : QStringView();
        const auto cell = [&cells](Column c) { return cells[c]; };
        const int line = reader.rowLine();
        const auto at = [&](Column c) {
            const CsvReader::FieldStart start = index[c] >= 0 ? reader.fieldStart(index[c]) : CsvReader::FieldStart();
            return start.line > 0 ? start : CsvReader::FieldStart {line, 0};
        };
        const auto fail = [&](Column c, const QString &message, const QString &expected) {
            const CsvReader::FieldStart start = at(c);
            error.line = start.line;
            error.column = start.column;
            error.message = message;
            error.expected = expected;
        };
        const QString type = cell(Type).trimmed().toString().toLower();
        if (type == QLatin1String("title")) {
            if (const QStringView headline = cell(Headline); !isBlank(headline))
                builder.dataset().title = BilingualText::original(language, headline.toString());
            if (const QStringView body = cell(Text); !isBlank(body))
                builder.dataset().description = BilingualText::original(language, body.toString());
            continue;
        }
        const bool isEra = type == QLatin1String("era");
        // The start is required: any fault in it refuses the file. The end of an event is optional: a fault
        // in it (but a year out of range) drops it with a warning; an era's end is required.
        qint64 years[2] = {-1, -1};
        const Column yearColumns[] = {Year, EndYear};
        struct Problem
        {
            Column column = Year;
            QString message;
            QString expected;
        };
        std::optional<Problem> endProblem;
        for (int k = 0; k < 2; ++k) {
            // Named only for a message, not on every row.
            const auto name = [&] { return QString::fromLatin1(columnNames[yearColumns[k]]); };
            switch (TimelineJs::yearFromText(cell(yearColumns[k]), &years[k])) {
            case TimelineJs::YearText::Absent:
            case TimelineJs::YearText::Ok:
                break;
            case TimelineJs::YearText::NotWhole:
                if (k == 0) {
                    fail(Year, SheetText::notNumber(name(), cell(Year).toString()), {});
                    return;
                }
                endProblem = Problem {EndYear, SheetText::notNumber(name(), cell(EndYear).toString()), {}};
                break;
            case TimelineJs::YearText::OutOfRange:
                fail(yearColumns[k], SheetText::outOfRange(name()), SheetText::yearRange());
                return;
            case TimelineJs::YearText::Zero:
                fail(yearColumns[k], SheetText::yearZero(name()), SheetText::notZero());
                return;
            }
        }
        int times[4];
        const Column numberColumns[] = {Month, Day, EndMonth, EndDay};
        int values[4];
        for (int k = 0; k < 4; ++k) {
            if (numberCell(cell(numberColumns[k]), &values[k]))
                continue;
            const QString message = SheetText::notNumber(
                QString::fromLatin1(columnNames[numberColumns[k]]), cell(numberColumns[k]).toString());
            if (k < 2) {
                fail(numberColumns[k], message, {});
                return;
            }
            if (!endProblem)
                endProblem = Problem {numberColumns[k], message, {}};
        }
        if (!timeCell(cell(Time), &times[0], &times[1])) {
            fail(Time, SheetText::notTime(QStringLiteral("Time"), cell(Time).toString()), SheetText::aTime());
            return;
        }
        if (!timeCell(cell(EndTime), &times[2], &times[3]) && !endProblem)
            endProblem = Problem {
                EndTime, SheetText::notTime(QStringLiteral("End Time"), cell(EndTime).toString()), SheetText::aTime()};
        if (isBlank(cell(Year))) {
            fail(Year, SheetText::missingYear(), SheetText::dateParts());
            return;
        }
        FuzzyDate start = TimelineJs::dateFromParts(years[0], values[0], values[1], times[0], times[1]);
        if (!start.isValid()) {
            fail(Year, SheetText::badDate(SheetText::start()), SheetText::dateParts());
            return;
        }
        if (const QStringView wording = cell(DisplayDate); !isBlank(wording))
            start.setWording(wording.toString());
        FuzzyDate end;
        const bool hasEnd
            = !isBlank(cell(EndYear)) || !isBlank(cell(EndMonth)) || !isBlank(cell(EndDay)) || !isBlank(cell(EndTime));
        if (hasEnd && !endProblem) {
            if (!isBlank(cell(EndYear)))
                end = TimelineJs::dateFromParts(years[1], values[2], values[3], times[2], times[3]);
            if (!end.isValid())
                endProblem = Problem {EndYear, SheetText::badDate(SheetText::end()), SheetText::dateParts()};
        }
        if (endProblem) {
            if (isEra) {
                fail(endProblem->column, endProblem->message, endProblem->expected);
                return;
            }
            const CsvReader::FieldStart where = at(endProblem->column);
            result->warnings.append(located(where.line, where.column, SheetText::skipped(endProblem->message)));
            end = {};
        }
        const QString headline = cell(Headline).toString();
        const QStringView body = cell(Text);
        if (isEra) {
            if (!end.isValid()) {
                fail(index[EndYear] >= 0 ? EndYear : Type, SheetText::eraNeedsEnd(), SheetText::dateParts());
                return;
            }
            Era &era = builder.addEra(headline);
            era.title = BilingualText::original(language, headline);
            era.start = start;
            era.end = end;
            for (const Column c : {Text, Media, MediaCredit, MediaCaption, Group}) {
                if (!isBlank(cell(c)))
                    drop(QString::fromLatin1(columnNames[c]), at(c));
            }
        } else {
            if (isBlank(headline) && isBlank(body)) {
                fail(Headline, SheetText::noContent(), {});
                return;
            }
            const QString title = isBlank(headline) ? TimelineJs::titleFromText(body.toString()) : headline;
            Event &event = builder.addEvent(title);
            event.title = BilingualText::original(language, title);
            if (!body.isEmpty())
                event.text = BilingualText::original(language, body.toString());
            event.start = start;
            event.end = end;
            if (const QStringView group = cell(Group); !isBlank(group))
                event.disputeIds.append(builder.disputeByTitle(group));
            if (const RowId source = builder.source(cell(MediaCredit), cell(MediaCaption), cell(Media)))
                event.sourceIds.append(source);
            QStringList duplicates;
            builder.checkDuplicate(event, {}, line, &duplicates);
            for (const QString &duplicate : std::as_const(duplicates))
                result->warnings.append(located(line, 1, duplicate));
            if (options.parts && builder.dataset().events.size() >= partEvents) {
                if (!options.parts(builder.takePart())) {
                    result->cancelled = true;
                    return;
                }
                builder.dataset().events.reserve(partEvents);
            }
        }
        if (!cell(MediaThumbnail).isEmpty())
            drop(QString::fromLatin1(columnNames[MediaThumbnail]), at(MediaThumbnail));
        if (!cell(Background).isEmpty())
            drop(QString::fromLatin1(columnNames[Background]), at(Background));
    }
    if (reader.hasError()) {
        error = reader.error();
        error.file = fileName;
        return;
    }
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it)
        result->warnings.append(located(it->line, it->column, SheetText::notKept(it.key(), it->more)));
    result->dataset = builder.takeDataset();
}

QByteArray TimelineJsCsv::write(const Dataset &dataset, const ExportOptions &options)
{
    CsvWriter::Options csvOptions;
    csvOptions.byteOrderMark = options.csvByteOrderMark;
    CsvWriter writer(csvOptions);
    writer.writeRow(columns());
    const Language language = options.language;
    const TimelineJs::SlideContext context(dataset, language);
    QStringList row;
    const auto blankRow = [&row] {
        row.clear();
        row.resize(ColumnCount);
    };
    if (!dataset.title.isEmpty() || !dataset.description.isEmpty()) {
        blankRow();
        row[Headline] = dataset.title.textOrFallback(language);
        row[Text] = dataset.description.textOrFallback(language);
        row[Type] = QStringLiteral("title");
        writer.writeRow(row);
    }
    const auto number = [](int value) { return value > 0 ? QString::number(value) : QString(); };
    // The date columns of a row; a range start without an end is a span over the range.
    const auto writeDates = [&](const FuzzyDate &startDate, const FuzzyDate &endDate) {
        const FuzzyDate::Point &start = startDate.start();
        row[Year] = QString::number(start.year);
        row[Month] = number(start.month);
        row[Day] = number(start.day);
        if (start.minuteOfDay >= 0)
            row[Time] = timeText(start.minuteOfDay);
        const FuzzyDate::Point *end = endDate.isValid() ? &endDate.end()
            : startDate.isRange()                       ? &startDate.end()
                                                        : nullptr;
        if (end) {
            row[EndYear] = QString::number(end->year);
            row[EndMonth] = number(end->month);
            row[EndDay] = number(end->day);
            if (end->minuteOfDay >= 0)
                row[EndTime] = timeText(end->minuteOfDay);
        }
        row[DisplayDate] = context.displayDate(startDate);
    };
    for (const Era &era : dataset.eras) {
        if (!era.start.isValid())
            continue;
        blankRow();
        writeDates(era.start, era.end.isValid() ? era.end : FuzzyDate::fromPoint(era.start.end()));
        row[Headline] = era.title.textOrFallback(language);
        row[Type] = QStringLiteral("era");
        writer.writeRow(row);
    }
    for (const Event &event : dataset.events) {
        if (!event.start.isValid())
            continue;
        blankRow();
        writeDates(event.start, event.end);
        row[Headline] = context.headline(event);
        if (context.isEra(event)) {
            row[Text] = context.text(event);
            row[Type] = QStringLiteral("era");
        } else {
            // As in TimelineJS JSON: no caption or credit without a media url.
            row[Text] = context.slideText(event);
            row[Media] = context.mediaUrl(event);
            if (!row[Media].isEmpty()) {
                row[MediaCredit] = context.mediaCredit(event);
                row[MediaCaption] = context.mediaCaption(event);
            }
            row[Group] = context.group(event);
        }
        writer.writeRow(row);
    }
    return writer.takeData();
}

} // namespace Frise::Io
