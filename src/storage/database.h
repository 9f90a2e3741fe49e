// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Storage {

/// Placeholder until the schema lands: creates an empty SQLite file.
bool createEmptyDatabase(const QString &path, QString *error);

} // namespace Frise::Storage
