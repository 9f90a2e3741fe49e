// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: a prepared SQLite statement used directly through the C API, for
// bulk imports. Going through QSqlQuery costs ~10x more per row (measured:
// ~2,000 events/s through QSqlQuery), so imports bind and step statements
// themselves on the same connection and transaction Qt opened.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

namespace Frise::Storage {

class RawStatement
{
    Q_DISABLE_COPY_MOVE(RawStatement)

public:
    RawStatement() = default;
    ~RawStatement() { sqlite3_finalize(m_stmt); }

    /// The sqlite3 handle under a QSQLITE connection (nullptr for other drivers).
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.data());
    }

    bool prepare(sqlite3 *db, const QString &sql)
    {
        m_db = db;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
    }
    bool isPrepared() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    /// Binds text ('' for a null QString), encoded into a buffer kept per
    /// parameter so that neither Qt nor SQLite allocates a copy per row.
    void bindText(int index, QStringView value)
    {
        if (size_t(index) > m_buffers.size())
            m_buffers.resize(size_t(index));
        QByteArray &buffer = m_buffers[size_t(index - 1)];
        buffer.resize(m_encoder.requiredSpace(value.size()));
        char *end = m_encoder.appendToBuffer(buffer.data(), value);
        const qsizetype length = end - buffer.constData();
        sqlite3_bind_text(m_stmt, index, buffer.constData(), int(length), SQLITE_STATIC);
    }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    /// Index of the named parameter @p name (":from"), 0 when there is none.
    int parameterIndex(const char *name) const { return sqlite3_bind_parameter_index(m_stmt, name); }
    /// Binds a QVariant as Qt would (null, integer, real or text).
    void bind(int index, const QVariant &value)
    {
        if (value.isNull()) {
            bindNull(index);
            return;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bind(index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        default:
            bind(index, value.toString());
        }
    }

    /// Runs the statement to completion and resets it; false on error.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    /// Runs a query for one integer: @p id gets the first column of the first row, or 0 without rows.
    bool runForId(qint64 *id)
    {
        const int rc = sqlite3_step(m_stmt);
        *id = rc == SQLITE_ROW ? sqlite3_column_int64(m_stmt, 0) : 0;
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    /// One step: SQLITE_ROW while rows come, SQLITE_DONE at the end, else an error code.
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 columnInt64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int errorCode() const { return sqlite3_errcode(m_db); }
    qint64 lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_buffers;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace Frise::Storage
