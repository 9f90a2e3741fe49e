// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace Frise::Io {

/**
 * A copy of @p dataset fit for publication: event and claim notes emptied,
 * unverified and disputed claims removed (a kept claim that rebutted a
 * removed one no longer points at it), confidential sources without their
 * identity (Source::withoutIdentity()), and the audit log dropped (it holds
 * old values, notes and identities included).
 */
Dataset publishSafeCopy(const Dataset &dataset);

/**
 * The sources as the publication formats (TimelineJS JSON and CSV, CSV,
 * ICS) cite them, publish-safe or not: confidential ones without their
 * identity, and a dead live URL replaced by the archived one
 * (Source::citedUrl()).
 */
Dataset citableCopy(const Dataset &dataset);

} // namespace Frise::Io
