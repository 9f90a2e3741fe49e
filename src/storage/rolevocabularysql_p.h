// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Frise::Storage {

/**
 * Statements, valid on SQLite and PostgreSQL alike, that fill a new
 * actor_role table with the built-in roles and bring existing event actor
 * links onto them: a free-text role that reads as a built-in one in either
 * language ("Plaintiff", "demandeur") becomes that role's name. Roles that
 * match nothing stay as typed; the caller adds them to the vocabulary.
 *
 * This is the built-in list as of the migration that calls it: a role added
 * to builtinActorRoles() later needs a migration step of its own.
 */
QStringList roleVocabularySeed();

} // namespace Frise::Storage
