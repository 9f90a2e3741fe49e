// SPDX-License-Identifier: GPL-3.0-or-later
#include "genericcsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "datasetbuilder.h"

#include <QCoreApplication>

namespace Frise::Io {

namespace {

class GenericText
{
    Q_DECLARE_TR_FUNCTIONS(GenericCsv)
public:
    static QString empty() { return tr("the file is empty"); }
    static QString aHeader() { return tr("a header row naming the columns"); }
    static QString noDateColumn() { return tr("no column for the date"); }
    static QString noTitleColumn() { return tr("no column for the title"); }
    static QString mappingHint()
    {
        return tr("a column named date/Date/Début and one named title/titre/headline, or a --map option");
    }
    static QString unknownColumn(const QString &column)
    {
        return tr("the mapping names a column “%1” that the file does not have").arg(column);
    }
    static QString notDate(const QString &cell) { return tr("“%1” is not a date").arg(cell); }
    static QString noDate() { return tr("the date is empty"); }
    static QString notGrade(const QString &cell) { return tr("“%1” is not a source grade").arg(cell); }
    static QString gradeShape()
    {
        return tr("a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”");
    }
    static QString dateShape(DateOrder order)
    {
        switch (order) {
        case DateOrder::Dmy:
            return tr("a date such as 25/04/2023 (day first), 2023-04-25, 04/2023 or 2023");
        case DateOrder::Mdy:
            return tr("a date such as 04/25/2023 (month first), 2023-04-25, 04/2023 or 2023");
        default:
            return tr("a date such as 2023-04-25, 2023-04 or 2023");
        }
    }
    static QString skipped(const QString &where) { return tr("%1: no title: row skipped").arg(where); }
    static QString allIso() { return tr("every date is written year first (yyyy-mm-dd)"); }
    static QString dayFirst(const QString &cell) { return tr("“%1” can only be day/month/year").arg(cell); }
    static QString monthFirst(const QString &cell) { return tr("“%1” can only be month/day/year").arg(cell); }
    static QString frenchDefault() { return tr("no date settles it; “;”-separated or French file: day first"); }
    static QString usDefault() { return tr("no date settles it; month first"); }
};

struct AutoName
{
    const char *slug;
    CsvField field;
};
constexpr AutoName autoNames[] = {
    {"date", CsvField::Date},
    {"start", CsvField::Date},
    {"start-date", CsvField::Date},
    {"debut", CsvField::Date},
    {"date-de-debut", CsvField::Date},
    {"quand", CsvField::Date},
    {"when", CsvField::Date},
    {"jour", CsvField::Date},
    {"day", CsvField::Date},
    {"end", CsvField::End},
    {"end-date", CsvField::End},
    {"fin", CsvField::End},
    {"date-de-fin", CsvField::End},
    {"title", CsvField::Title},
    {"titre", CsvField::Title},
    {"headline", CsvField::Title},
    {"evenement", CsvField::Title},
    {"event", CsvField::Title},
    {"intitule", CsvField::Title},
    {"text", CsvField::Text},
    {"texte", CsvField::Text},
    {"description", CsvField::Text},
    {"resume", CsvField::Text},
    {"summary", CsvField::Text},
    {"details", CsvField::Text},
    {"actors", CsvField::Actors},
    {"actor", CsvField::Actors},
    {"acteurs", CsvField::Actors},
    {"acteur", CsvField::Actors},
    {"parties", CsvField::Actors},
    {"qui", CsvField::Actors},
    {"who", CsvField::Actors},
    {"tags", CsvField::Tags},
    {"tag", CsvField::Tags},
    {"etiquettes", CsvField::Tags},
    {"mots-cles", CsvField::Tags},
    {"keywords", CsvField::Tags},
    {"dispute", CsvField::Dispute},
    {"litige", CsvField::Dispute},
    {"conflit", CsvField::Dispute},
    {"affaire", CsvField::Dispute},
    {"group", CsvField::Dispute},
    {"groupe", CsvField::Dispute},
    {"source", CsvField::Source},
    {"sources", CsvField::Source},
    {"media", CsvField::Source},
    {"outlet", CsvField::Source},
    {"url", CsvField::Url},
    {"lien", CsvField::Url},
    {"link", CsvField::Url},
    {"source-url", CsvField::Url},
    {"grade", CsvField::Grade},
    {"cotation", CsvField::Grade},
    {"admiralty", CsvField::Grade},
};

// "a/b/c" or "a/b" (separators / . -, 1-4 digits each), optionally a time
// "HH:MM[:SS]" after a space or T. A hand parser: this runs once or twice per row.
struct NumericDate
{
    QStringView parts[3];
    int count = 0;
    int hour = -1;
    int minute = -1;
};

bool splitNumericDate(QStringView text, NumericDate *out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digits = [&](qsizetype max) {
        const qsizetype start = i;
        while (i < n && i - start < max && text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
            ++i;
        return text.mid(start, i - start);
    };
    const auto isSeparator = [](QChar c) { return c == u'/' || c == u'.' || c == u'-'; };
    out->count = 0;
    while (out->count < 3) {
        const QStringView part = digits(4);
        if (part.isEmpty())
            return false;
        out->parts[out->count++] = part;
        if (i < n && isSeparator(text[i]) && out->count < 3) {
            ++i;
            continue;
        }
        break;
    }
    if (out->count < 2)
        return false;
    if (i == n)
        return true;
    if (text[i] != u' ' && text[i] != u'T')
        return false;
    while (i < n && (text[i] == u' ' || text[i] == u'T'))
        ++i;
    const QStringView hour = digits(2);
    if (hour.isEmpty() || i >= n || (text[i] != u':' && text[i] != u'h'))
        return false;
    ++i;
    const QStringView minute = digits(2);
    if (minute.size() != 2)
        return false;
    if (i < n && text[i] == u':') {
        ++i;
        if (digits(2).size() != 2)
            return false;
    }
    if (i != n)
        return false;
    out->hour = hour.toInt();
    out->minute = minute.toInt();
    return true;
}

int fullYear(QStringView digits)
{
    const int value = digits.toInt();
    if (digits.size() <= 2)
        return value + (value < 70 ? 2000 : 1900);
    return value;
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

struct PendingDates
{
    qsizetype eventIndex = 0;
    QString start;
    QString end;
    CsvReader::FieldStart startAt; ///< where the cells are, for an error naming line and column
    CsvReader::FieldStart endAt;
};

} // namespace

ColumnMapping GenericCsv::autoMapping(const QStringList &header)
{
    ColumnMapping mapping;
    QList<CsvField> used;
    for (const QString &name : header) {
        const QString slug = DatasetBuilder::slug(name);
        for (const AutoName &entry : autoNames) {
            if (slug == QLatin1String(entry.slug) && !used.contains(entry.field)) {
                mapping.insert(name.trimmed().toCaseFolded(), entry.field);
                used.append(entry.field);
                break;
            }
        }
    }
    return mapping;
}

DateOrder GenericCsv::detectDateOrder(const QStringList &cells, QChar delimiter, Language language, QString *reason)
{
    bool allIso = true;
    for (const QString &cell : cells) {
        if (!FuzzyDate::fromIsoText(cell.trimmed()).isValid()) {
            allIso = false;
            break;
        }
    }
    if (allIso) {
        *reason = GenericText::allIso();
        return DateOrder::Ymd;
    }
    QString secondOver12;
    NumericDate date;
    for (const QString &cell : cells) {
        const QStringView text = QStringView(cell).trimmed();
        if (!splitNumericDate(text, &date) || date.count != 3 || date.parts[0].size() == 4)
            continue;
        if (date.parts[0].toInt() > 12) {
            *reason = GenericText::dayFirst(text.toString());
            return DateOrder::Dmy;
        }
        if (secondOver12.isEmpty() && date.parts[1].toInt() > 12)
            secondOver12 = text.toString();
    }
    if (!secondOver12.isEmpty()) {
        *reason = GenericText::monthFirst(secondOver12);
        return DateOrder::Mdy;
    }
    if (delimiter == u';' || language == Language::French) {
        *reason = GenericText::frenchDefault();
        return DateOrder::Dmy;
    }
    *reason = GenericText::usDefault();
    return DateOrder::Mdy;
}

FuzzyDate GenericCsv::parseDate(const QString &cell, DateOrder order, QString *error)
{
    const QString text = cell.trimmed();
    if (text.isEmpty()) {
        *error = GenericText::noDate();
        return {};
    }
    const FuzzyDate iso = FuzzyDate::fromIsoText(text);
    if (iso.isValid())
        return iso;
    NumericDate numeric;
    if (!splitNumericDate(text, &numeric)) {
        *error = GenericText::notDate(text);
        return {};
    }
    int year = 0, month = 0, day = 0;
    const QStringView a = numeric.parts[0], b = numeric.parts[1];
    if (numeric.count == 2) {
        // Two numbers: mm/yyyy or yyyy/mm.
        if (a.size() == 4) {
            year = a.toInt();
            month = b.toInt();
        } else {
            month = a.toInt();
            year = fullYear(b);
        }
    } else {
        const QStringView c = numeric.parts[2];
        if (a.size() == 4 || order == DateOrder::Ymd) {
            year = fullYear(a);
            month = b.toInt();
            day = c.toInt();
        } else if (order == DateOrder::Mdy) {
            month = a.toInt();
            day = b.toInt();
            year = fullYear(c);
        } else {
            day = a.toInt();
            month = b.toInt();
            year = fullYear(c);
        }
    }
    FuzzyDate::Point point {year, month, day, -1};
    if (numeric.hour >= 0) {
        if (day == 0 || numeric.hour > 23 || numeric.minute > 59) {
            *error = GenericText::notDate(text);
            return {};
        }
        point.minuteOfDay = numeric.hour * 60 + numeric.minute;
    }
    const FuzzyDate date = FuzzyDate::fromPoint(point);
    if (!date.isValid())
        *error = GenericText::notDate(text);
    return date;
}

void GenericCsv::read(const QString &text, const QString &fileName, const ImportOptions &options, ImportResult *result)
{
    result->format = Format::Csv;
    IoError &error = result->error;
    CsvReader reader(text);
    result->delimiter = reader.delimiter();
    QStringList header;
    if (!reader.readRow(&header)) {
        if (reader.hasError()) {
            error = reader.error();
        } else {
            error.message = GenericText::empty();
            error.expected = GenericText::aHeader();
        }
        error.file = fileName;
        return;
    }
    result->header = header;
    ColumnMapping mapping;
    if (options.mapping.isEmpty()) {
        mapping = autoMapping(header);
    } else {
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
            mapping.insert(it.key().trimmed().toCaseFolded(), it.value());
    }
    result->mapping = mapping;
    error.file = fileName;
    QList<CsvField> fields(header.size(), CsvField::Ignore);
    for (qsizetype i = 0; i < header.size(); ++i)
        fields[i] = mapping.value(header.at(i).trimmed().toCaseFolded(), CsvField::Ignore);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        bool found = false;
        for (const QString &name : std::as_const(header))
            found = found || name.trimmed().toCaseFolded() == it.key();
        if (!found) {
            error.line = 1;
            error.message = GenericText::unknownColumn(it.key());
            return;
        }
    }
    const auto column = [&](CsvField field) { return int(fields.indexOf(field)); };
    const int dateColumn = column(CsvField::Date);
    const int titleColumn = column(CsvField::Title);
    if (dateColumn < 0 || titleColumn < 0) {
        error.line = 1;
        error.message = dateColumn < 0 ? GenericText::noDateColumn() : GenericText::noTitleColumn();
        error.expected = GenericText::mappingHint();
        return;
    }
    const int endColumn = column(CsvField::End);
    const int textColumn = column(CsvField::Text);
    const int disputeColumn = column(CsvField::Dispute);
    const int sourceColumn = column(CsvField::Source);
    const int urlColumn = column(CsvField::Url);
    const int gradeColumn = column(CsvField::Grade);
    const int actorsColumn = column(CsvField::Actors);
    const int tagsColumn = column(CsvField::Tags);

    DatasetBuilder builder(options.language);
    builder.setWhereFormatter([fileName](qint64 line) { return fileName + u':' + QString::number(line); });
    const Language language = options.language;
    QList<PendingDates> dates;
    // One allocation instead of a dozen regrowths of big Event records on large files.
    const qsizetype expectedRows = qMax(text.count(u'\n'), text.count(u'\r'));
    builder.reserveEvents(expectedRows);
    dates.reserve(expectedRows);
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
        const auto cell
            = [&row](int c) { return c >= 0 && c < row.size() ? CsvWriter::unneutralised(row.at(c)) : QString(); };
        const QString title = cell(titleColumn).trimmed();
        if (title.isEmpty()) {
            bool blank = true;
            for (const QString &value : std::as_const(row))
                blank = blank && value.trimmed().isEmpty();
            if (!blank)
                result->warnings.append(
                    GenericText::skipped(QStringLiteral("%1:%2").arg(fileName).arg(reader.rowLine())));
            continue;
        }
        Event &event = builder.addEvent(title);
        event.title = BilingualText::original(language, title);
        if (const QString body = cell(textColumn); !body.isEmpty())
            event.text = BilingualText::original(language, body);
        if (const QString dispute = cell(disputeColumn); !dispute.trimmed().isEmpty())
            event.disputeIds.append(builder.disputeByTitle(dispute));
        if (const RowId source = builder.source(cell(sourceColumn).trimmed(), {}, cell(urlColumn).trimmed())) {
            event.sourceIds.append(source);
            // The first grade given for a source is its grade.
            if (const QString gradeText = cell(gradeColumn).trimmed(); !gradeText.isEmpty()) {
                const std::optional<SourceGrade> grade = SourceGrade::fromCode(gradeText);
                if (!grade) {
                    const CsvReader::FieldStart at = reader.fieldStart(gradeColumn);
                    error.line = at.line;
                    error.column = at.column;
                    error.message = GenericText::notGrade(gradeText);
                    error.expected = GenericText::gradeShape();
                    return;
                }
                Source &stored = builder.dataset().sources[source - 1];
                if (stored.grade.isEmpty())
                    stored.grade = *grade;
            }
        }
        if (actorsColumn >= 0) {
            for (const QString &name : splitList(cell(actorsColumn))) {
                const RowId actor = builder.actorByName(name);
                bool present = false;
                for (const EventActor &link : std::as_const(event.actors))
                    present = present || link.actorId == actor;
                if (!present)
                    event.actors.append(EventActor {actor, {}});
            }
        }
        if (tagsColumn >= 0) {
            for (const QString &name : splitList(cell(tagsColumn).replace(u';', u','))) {
                const QString tag = builder.tagByName(name);
                if (!tag.isEmpty() && !event.tags.contains(tag))
                    event.tags.append(tag);
            }
        }
        dates.append({builder.dataset().events.size() - 1, cell(dateColumn), cell(endColumn),
            reader.fieldStart(dateColumn), reader.fieldStart(endColumn)});
    }
    if (reader.hasError()) {
        error = reader.error();
        error.file = fileName;
        return;
    }

    // Dates last: the order may depend on every date in the file.
    DateOrder order = options.dateOrder;
    if (order == DateOrder::Auto) {
        QStringList cells;
        cells.reserve(dates.size());
        for (const PendingDates &pending : std::as_const(dates)) {
            cells.append(pending.start);
            if (!pending.end.trimmed().isEmpty())
                cells.append(pending.end);
        }
        order = detectDateOrder(cells, reader.delimiter(), language, &result->dateOrderReason);
    }
    result->dateOrder = order;
    QList<Event> &events = builder.dataset().events;
    for (const PendingDates &pending : std::as_const(dates)) {
        Event &event = events[pending.eventIndex];
        QString why;
        event.start = parseDate(pending.start, order, &why);
        if (event.start.isValid() && !pending.end.trimmed().isEmpty())
            event.end = parseDate(pending.end, order, &why);
        if (!event.start.isValid() || (!pending.end.trimmed().isEmpty() && !event.end.isValid())) {
            const CsvReader::FieldStart at = event.start.isValid() ? pending.endAt : pending.startAt;
            error.line = at.line;
            error.column = at.column;
            error.message = why;
            error.expected = GenericText::dateShape(order);
            return;
        }
        builder.checkDuplicate(event, {}, pending.startAt.line, &result->warnings);
    }
    if (options.progress)
        options.progress(reader.size(), reader.size());
    result->dataset = builder.takeDataset();
}

QString GenericCsv::excelFrDate(const FuzzyDate &date)
{
    if (!date.isValid())
        return {};
    const FuzzyDate::Point &point = date.start();
    // Circa dates, ranges and years a spreadsheet cannot write as dd/mm/yyyy
    // keep the canonical text, which read() takes in any date order.
    if (date.isCirca() || date.isRange() || point.year < 1000 || point.year > 9999)
        return date.toIsoText();
    const auto two = [](int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    switch (date.precision()) {
    case FuzzyDate::Precision::Year:
        return QString::number(point.year);
    case FuzzyDate::Precision::Month:
        return two(point.month) + u'/' + QString::number(point.year);
    case FuzzyDate::Precision::Day:
        return two(point.day) + u'/' + two(point.month) + u'/' + QString::number(point.year);
    case FuzzyDate::Precision::Minute:
        return two(point.day) + u'/' + two(point.month) + u'/' + QString::number(point.year) + u' '
            + two(point.minuteOfDay / 60) + u':' + two(point.minuteOfDay % 60);
    }
    return date.toIsoText();
}

QByteArray GenericCsv::write(const Dataset &dataset, const ExportOptions &options)
{
    const bool excelFr = options.csvDialect == CsvDialect::ExcelFr;
    CsvWriter::Options csvOptions;
    csvOptions.byteOrderMark = options.csvByteOrderMark || excelFr;
    if (excelFr)
        csvOptions.delimiter = u';';
    const auto dateText = [excelFr](const FuzzyDate &date) { return excelFr ? excelFrDate(date) : date.toIsoText(); };
    CsvWriter writer(csvOptions);
    writer.writeRow({QStringLiteral("date"), QStringLiteral("end"), QStringLiteral("title"), QStringLiteral("text"),
        QStringLiteral("actors"), QStringLiteral("tags"), QStringLiteral("dispute"), QStringLiteral("source"),
        QStringLiteral("url"), QStringLiteral("grade")});
    const Language language = options.language;
    QHash<RowId, const Actor *> actors;
    for (const Actor &actor : dataset.actors)
        actors.insert(actor.id, &actor);
    QHash<RowId, const Dispute *> disputes;
    for (const Dispute &dispute : dataset.disputes)
        disputes.insert(dispute.id, &dispute);
    QHash<RowId, const Source *> sources;
    for (const Source &source : dataset.sources)
        sources.insert(source.id, &source);
    for (const Event &event : dataset.events) {
        QStringList names;
        for (const EventActor &link : event.actors) {
            if (const Actor *actor = actors.value(link.actorId))
                names.append(actor->name.textOrFallback(language));
        }
        QString dispute;
        if (!event.disputeIds.isEmpty()) {
            if (const Dispute *d = disputes.value(event.disputeIds.first()))
                dispute = d->title.textOrFallback(language);
        }
        QString outlet;
        QString url;
        QString grade;
        // The first source that can be named (a confidential one comes without its identity).
        const Source *cited = nullptr;
        for (const RowId id : event.sourceIds) {
            const Source *source = sources.value(id);
            if (source && (!cited || (cited->outlet.isEmpty() && cited->title.isEmpty() && cited->url.isEmpty())))
                cited = source;
        }
        if (cited) {
            outlet = cited->outlet.isEmpty() ? cited->title : cited->outlet;
            url = cited->url;
            grade = cited->grade.code();
        }
        writer.writeRow({dateText(event.start), dateText(event.end), event.title.textOrFallback(language),
            event.text.textOrFallback(language), names.join(QStringLiteral(", ")),
            event.tags.join(QStringLiteral(", ")), dispute, outlet, url, grade});
    }
    return writer.takeData();
}

} // namespace Frise::Io
