// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace Frise::Io {

/**
 * A copy of @p dataset fit for publication: event and claim notes emptied,
 * unverified and disputed claims removed (a kept claim that rebutted a
 * removed one no longer points at it), and the audit log dropped (it holds
 * old values, notes included).
 */
Dataset publishSafeCopy(const Dataset &dataset);

} // namespace Frise::Io
