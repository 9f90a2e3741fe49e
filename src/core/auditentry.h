// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDateTime>
#include <QString>

namespace Frise {

/// One recorded change: who changed which field of which record, from what to what.
struct AuditEntry
{
    RowId id = 0;
    QDateTime at; ///< UTC
    QString who; ///< OS user (SQLite) or database role (PostgreSQL)
    QString entity; ///< "actor", "event", "claim", ...
    RowId entityId = 0;
    QString entityUid;
    QString action; ///< "insert", "update", "delete"
    QString field; ///< empty for whole-record inserts and deletes
    QString oldValue; ///< null QString when there was none
    QString newValue;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace Frise
