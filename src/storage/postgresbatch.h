// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Frise::Storage {

class Database;

/**
 * Rows for one PostgreSQL table, gathered as one array literal per column
 * and written with a single `INSERT ... SELECT FROM unnest(arrays)` per
 * flush: thousands of rows per round trip instead of one. Values are bound
 * the way RawStatement binds them (1-based column index, one row after the
 * other, endRow() closing each), so the same column writers serve both.
 */
class PostgresBatch final
{
public:
    /// Rows of @p table with these @p columns; @p suffix follows the INSERT
    /// (e.g. "ON CONFLICT DO NOTHING").
    PostgresBatch(Database &db, const QString &table, const QStringList &columns, const QString &suffix = {});

    /// Reads the columns' types from the catalog and prepares the INSERT.
    bool prepare(StorageError *error);

    /// Text ('' for a null QString: the text columns are NOT NULL).
    void bindText(int index, QStringView value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    /// Closes the current row.
    void endRow() { ++m_rows; }

    qsizetype rows() const { return m_rows; }
    /// Enough gathered for one statement (rows or bytes).
    bool isFull() const { return m_rows >= maxRows || m_bytes >= maxBytes; }
    /// Writes the gathered rows (nothing when there are none).
    bool flush(StorageError *error);

    const QString &table() const { return m_table; }

    /// @p values as a PostgreSQL text array literal, for `CAST(? AS text[])`.
    static QString arrayLiteral(const QStringList &values);

private:
    static constexpr qsizetype maxRows = 5000;
    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;

    QString &next(int index);
    static void appendElement(QString &array, QStringView value);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    QList<QString> m_arrays; ///< array literal per column, without the braces
    QSqlQuery m_insert;
    qsizetype m_rows = 0;
    qsizetype m_bytes = 0;
};

} // namespace Frise::Storage
