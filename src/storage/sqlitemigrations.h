// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Frise::Storage {

/// SQLite `application_id` of Frise files ("FRIS" in ASCII).
constexpr int sqliteApplicationId = 0x46524953;

/**
 * The ordered SQLite schema migrations. Step N (1-based) brings a database
 * from user_version N-1 to N; each step runs in one transaction. Steps are
 * never edited once released: a change is a new step.
 */
const QList<QStringList> &sqliteMigrations();

/// The step that adds saved copies (SavedCopies' tables).
constexpr int sqliteSavedCopiesStep = 7;

/// The schema version this build writes (the number of steps).
int sqliteSchemaVersion();

} // namespace Frise::Storage
