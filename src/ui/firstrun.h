// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Ui {

/// Where the sample database lives: AppDataLocation/sample.frise.
QString sampleDatabasePath();

/**
 * Makes sure the bundled sample database exists and sets @p path to it.
 * Creates it when missing; false with @p error when it cannot be written.
 */
bool ensureSampleDatabase(QString *path, QString *error);

} // namespace Frise::Ui
