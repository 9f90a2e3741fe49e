// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Frise::Storage {

namespace {
QString toJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

bool AuditLog::record(const AuditEntry &entry, StorageError *error)
{
    QSqlQuery query;
    if (!m_db.prepare(query,
            QStringLiteral("INSERT INTO audit (at, who, entity, entity_id, entity_uid, action, field, "
                           "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.who.isEmpty() ? m_db.userName() : entry.who);
    query.addBindValue(entry.entity);
    query.addBindValue(entry.entityId);
    query.addBindValue(entry.entityUid);
    query.addBindValue(entry.action);
    // Qt binds a null QString as NULL; the column is NOT NULL DEFAULT ''.
    query.addBindValue(entry.field.isNull() ? QString::fromLatin1("") : entry.field);
    query.addBindValue(entry.oldValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.oldValue));
    query.addBindValue(entry.newValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.newValue));
    return m_db.exec(query, error);
}

bool AuditLog::recordInsert(
    const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &fields, StorageError *error)
{
    AuditEntry entry;
    entry.entity = entity;
    entry.entityId = id;
    entry.entityUid = uid;
    entry.action = QStringLiteral("insert");
    entry.newValue = toJson(fields);
    return record(entry, error);
}

bool AuditLog::recordDelete(
    const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &fields, StorageError *error)
{
    AuditEntry entry;
    entry.entity = entity;
    entry.entityId = id;
    entry.entityUid = uid;
    entry.action = QStringLiteral("delete");
    entry.oldValue = toJson(fields);
    return record(entry, error);
}

bool AuditLog::recordUpdate(const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &before,
    const QMap<QString, QString> &after, StorageError *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString old = before.value(it.key());
        if (old == it.value())
            continue;
        AuditEntry entry;
        entry.at = now;
        entry.entity = entity;
        entry.entityId = id;
        entry.entityUid = uid;
        entry.action = QStringLiteral("update");
        entry.field = it.key();
        entry.oldValue = old.isNull() ? QStringLiteral("") : old;
        entry.newValue = it.value().isNull() ? QStringLiteral("") : it.value();
        if (!record(entry, error))
            return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(const QString &entity, RowId id, StorageError *error) const
{
    QList<AuditEntry> result;
    QSqlQuery query;
    const QString sql = entity.isEmpty()
        ? QStringLiteral("SELECT * FROM audit ORDER BY id")
        : QStringLiteral("SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id");
    if (!m_db.prepare(query, sql, error))
        return result;
    if (!entity.isEmpty()) {
        query.addBindValue(entity);
        query.addBindValue(id);
    }
    if (!m_db.exec(query, error))
        return result;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(QStringLiteral("id")).toLongLong();
        entry.at = QDateTime::fromString(query.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        entry.who = query.value(QStringLiteral("who")).toString();
        entry.entity = query.value(QStringLiteral("entity")).toString();
        entry.entityId = query.value(QStringLiteral("entity_id")).toLongLong();
        entry.entityUid = query.value(QStringLiteral("entity_uid")).toString();
        entry.action = query.value(QStringLiteral("action")).toString();
        entry.field = query.value(QStringLiteral("field")).toString();
        entry.oldValue = query.value(QStringLiteral("old_value")).toString();
        entry.newValue = query.value(QStringLiteral("new_value")).toString();
        result.append(entry);
    }
    return result;
}

} // namespace Frise::Storage
