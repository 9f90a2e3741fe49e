// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter_p.h"

#include "database.h"

namespace Frise::Storage {

bool ImportWriter::setReferences(
    const QString &table, const QString &column, const QList<QPair<RowId, RowId>> &values, StorageError *error)
{
    if (values.isEmpty())
        return true;
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), error))
        return false;
    for (const auto &[id, value] : values) {
        query.bindValue(0, value);
        query.bindValue(1, id);
        if (!m_db.exec(query, error))
            return false;
    }
    return true;
}

bool ImportWriter::selectDefinitions(const QString &sql, QList<QPair<QString, QString>> *rows, StorageError *error)
{
    QSqlQuery query;
    if (!m_db.prepare(query, sql, error) || !m_db.exec(query, error))
        return false;
    while (query.next())
        rows->append({query.value(0).toString(), query.value(1).toString()});
    return true;
}

} // namespace Frise::Storage
