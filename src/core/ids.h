// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Frise {

/// Database row id; 0 means "not stored yet".
using RowId = qint64;

} // namespace Frise
