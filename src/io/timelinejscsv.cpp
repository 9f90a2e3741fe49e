// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejscsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "datasetbuilder.h"
#include "timelinejs_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

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
    static QString dropped(const QStringList &columns)
    {
        return tr("columns Frise does not keep were dropped: %1").arg(columns.join(QStringLiteral(", ")));
    }
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

// -1 when empty; false when not a number.
bool numberCell(const QString &cell, int *out)
{
    const QString text = cell.trimmed();
    if (text.isEmpty()) {
        *out = -1;
        return true;
    }
    bool ok = false;
    *out = text.toInt(&ok);
    return ok;
}

bool timeCell(const QString &cell, int *hour, int *minute)
{
    *hour = -1;
    *minute = -1;
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return true;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?$"));
    const QRegularExpressionMatch match = pattern.match(text);
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

    DatasetBuilder builder(options.language);
    builder.setWhereFormatter([fileName](qint64 at) { return fileName + u':' + QString::number(at); });
    const Language language = options.language;
    QSet<QString> dropped;
    QStringList row;
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
        const auto cell = [&](Column c) {
            return index[c] >= 0 && index[c] < row.size() ? CsvWriter::unneutralised(row.at(index[c])) : QString();
        };
        bool empty = true;
        for (const QString &value : std::as_const(row))
            empty = empty && value.trimmed().isEmpty();
        if (empty)
            continue;
        const int line = reader.rowLine();
        const auto fail = [&](const QString &message, const QString &expected) {
            error.line = line;
            error.message = message;
            error.expected = expected;
        };
        const QString type = cell(Type).trimmed().toLower();
        if (type == QLatin1String("title")) {
            builder.dataset().title = BilingualText::original(language, cell(Headline));
            continue;
        }
        int times[4];
        const Column numberColumns[] = {Year, Month, Day, EndYear, EndMonth, EndDay};
        int values[6];
        for (int k = 0; k < 6; ++k) {
            if (!numberCell(cell(numberColumns[k]), &values[k])) {
                fail(SheetText::notNumber(QString::fromLatin1(columnNames[numberColumns[k]]), cell(numberColumns[k])),
                    {});
                return;
            }
        }
        if (!timeCell(cell(Time), &times[0], &times[1])) {
            fail(SheetText::notTime(QStringLiteral("Time"), cell(Time)), SheetText::aTime());
            return;
        }
        if (!timeCell(cell(EndTime), &times[2], &times[3])) {
            fail(SheetText::notTime(QStringLiteral("End Time"), cell(EndTime)), SheetText::aTime());
            return;
        }
        FuzzyDate start = TimelineJs::dateFromParts(values[0], values[1], values[2], times[0], times[1]);
        if (!start.isValid()) {
            fail(SheetText::badDate(SheetText::start()), SheetText::dateParts());
            return;
        }
        start.setWording(cell(DisplayDate));
        FuzzyDate end;
        if (values[3] >= 0 || values[4] >= 0 || values[5] >= 0 || times[2] >= 0) {
            end = TimelineJs::dateFromParts(values[3], values[4], values[5], times[2], times[3]);
            if (!end.isValid()) {
                fail(SheetText::badDate(SheetText::end()), SheetText::dateParts());
                return;
            }
        }
        const QString headline = cell(Headline);
        Event &event = builder.addEvent(headline);
        event.title = BilingualText::original(language, headline);
        if (const QString body = cell(Text); !body.isEmpty())
            event.text = BilingualText::original(language, body);
        event.start = start;
        event.end = end;
        if (type == QLatin1String("era"))
            event.tags.append(builder.tagByName(TimelineJs::eraTag()));
        if (const QString group = cell(Group); !group.trimmed().isEmpty())
            event.disputeIds.append(builder.disputeByTitle(group));
        if (const RowId source = builder.source(cell(MediaCredit), cell(MediaCaption), cell(Media)))
            event.sourceIds.append(source);
        builder.checkDuplicate(event, {}, line, &result->warnings);
        if (!cell(MediaThumbnail).isEmpty())
            dropped.insert(QStringLiteral("Media Thumbnail"));
        if (!cell(Background).isEmpty())
            dropped.insert(QStringLiteral("Background"));
    }
    if (reader.hasError()) {
        error = reader.error();
        error.file = fileName;
        return;
    }
    if (!dropped.isEmpty()) {
        QStringList names(dropped.cbegin(), dropped.cend());
        names.sort();
        result->warnings.append(SheetText::dropped(names));
    }
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
