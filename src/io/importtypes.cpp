// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtypes.h"

#include <QCoreApplication>

namespace Frise::Io {

namespace {
class MappingText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    static QString malformed(const QString &item) { return tr("“%1” is not COLUMN=field").arg(item); }
    static QString unknownField(const QString &field) { return tr("unknown field “%1”").arg(field); }
};

struct FieldName
{
    CsvField field;
    const char *code;
};
constexpr FieldName fieldNames[] = {
    {CsvField::Ignore, "ignore"},
    {CsvField::Date, "date"},
    {CsvField::End, "end"},
    {CsvField::Title, "title"},
    {CsvField::Text, "text"},
    {CsvField::Actors, "actors"},
    {CsvField::Tags, "tags"},
    {CsvField::Dispute, "dispute"},
    {CsvField::Source, "source"},
    {CsvField::Url, "url"},
    {CsvField::Grade, "grade"},
};

struct OrderName
{
    DateOrder order;
    const char *code;
};
constexpr OrderName orderNames[] = {
    {DateOrder::Auto, "auto"},
    {DateOrder::Dmy, "dmy"},
    {DateOrder::Mdy, "mdy"},
    {DateOrder::Ymd, "ymd"},
};
} // namespace

QString dateOrderCode(DateOrder order)
{
    for (const auto &entry : orderNames) {
        if (entry.order == order)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

bool dateOrderFromCode(const QString &code, DateOrder *order)
{
    for (const auto &entry : orderNames) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0) {
            *order = entry.order;
            return true;
        }
    }
    return false;
}

QString csvFieldCode(CsvField field)
{
    for (const auto &entry : fieldNames) {
        if (entry.field == field)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

bool csvFieldFromCode(const QString &code, CsvField *field)
{
    for (const auto &entry : fieldNames) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0) {
            *field = entry.field;
            return true;
        }
    }
    return false;
}

QString csvDialectCode(CsvDialect dialect)
{
    return dialect == CsvDialect::ExcelFr ? QStringLiteral("excel-fr") : QStringLiteral("standard");
}

bool csvDialectFromCode(const QString &code, CsvDialect *dialect)
{
    for (const CsvDialect candidate : {CsvDialect::Standard, CsvDialect::ExcelFr}) {
        if (code.compare(csvDialectCode(candidate), Qt::CaseInsensitive) == 0) {
            *dialect = candidate;
            return true;
        }
    }
    return false;
}

bool parseColumnMapping(const QString &text, ColumnMapping *mapping, QString *error)
{
    mapping->clear();
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.lastIndexOf(u'=');
        if (eq <= 0) {
            *error = MappingText::malformed(item);
            return false;
        }
        CsvField field;
        const QString code = item.mid(eq + 1).trimmed();
        if (!csvFieldFromCode(code, &field)) {
            *error = MappingText::unknownField(code);
            return false;
        }
        mapping->insert(item.left(eq).trimmed().toCaseFolded(), field);
    }
    return true;
}

} // namespace Frise::Io
