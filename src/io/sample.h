// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "ioerror.h"

namespace Frise::Io {

/// Reads the bundled bilingual sample (resources/sample/sample.json, built
/// into the binary) into @p dataset.
bool loadSample(Dataset *dataset, IoError *error);

} // namespace Frise::Io
