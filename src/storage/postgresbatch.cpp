// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresbatch.h"

#include "database.h"

#include <QCoreApplication>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::PostgresBatch)
public:
    static QString noColumn(const QString &table, const QString &column)
    {
        return tr("The server's table %1 has no column %2.").arg(table, column);
    }
};

} // namespace

PostgresBatch::PostgresBatch(Database &db, const QString &table, const QStringList &columns, const QString &suffix)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_suffix(suffix)
    , m_arrays(columns.size())
{ }

bool PostgresBatch::prepare(StorageError *error)
{
    QSqlQuery types;
    if (!m_db.prepare(types,
            QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                           "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped"),
            error))
        return false;
    types.addBindValue(m_table);
    if (!m_db.exec(types, error))
        return false;
    QHash<QString, QString> typeOf;
    while (types.next())
        typeOf.insert(types.value(0).toString(), types.value(1).toString());
    QStringList arrays;
    for (const QString &column : std::as_const(m_columns)) {
        const QString type = typeOf.value(column);
        if (type.isEmpty()) {
            *error = {StorageError::Code::Other, Messages::noColumn(m_table, column)};
            return false;
        }
        arrays.append(QStringLiteral("CAST(? AS %1[])").arg(type));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")));
    if (!m_suffix.isEmpty())
        sql += u' ' + m_suffix;
    return m_db.prepare(m_insert, sql, error);
}

QString &PostgresBatch::next(int index)
{
    QString &array = m_arrays[index - 1];
    if (m_rows > 0)
        array += u',';
    return array;
}

void PostgresBatch::appendElement(QString &array, QStringView value)
{
    // An array element in double quotes: only '"' and '\' need a backslash.
    array += u'"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'"' || c == u'\\') {
            array += value.mid(start, i - start);
            array += u'\\';
            start = i;
        }
    }
    array += value.mid(start);
    array += u'"';
}

QString PostgresBatch::arrayLiteral(const QStringList &values)
{
    QString array = QStringLiteral("{");
    for (const QString &value : values) {
        if (array.size() > 1)
            array += u',';
        appendElement(array, value);
    }
    return array + u'}';
}

void PostgresBatch::bindText(int index, QStringView value)
{
    QString &array = next(index);
    const qsizetype before = array.size();
    appendElement(array, value);
    m_bytes += array.size() - before;
}

void PostgresBatch::bind(int index, qint64 value)
{
    QString &array = next(index);
    const qsizetype before = array.size();
    array += QString::number(value);
    m_bytes += array.size() - before;
}

void PostgresBatch::bindNull(int index)
{
    next(index) += QStringLiteral("NULL");
    m_bytes += 4;
}

bool PostgresBatch::flush(StorageError *error)
{
    if (m_rows == 0)
        return true;
    for (qsizetype i = 0; i < m_arrays.size(); ++i) {
        m_insert.bindValue(int(i), QString(u'{' + m_arrays.at(i) + u'}'));
        m_arrays[i].clear();
    }
    m_rows = 0;
    m_bytes = 0;
    return m_db.exec(m_insert, error);
}

} // namespace Frise::Storage
