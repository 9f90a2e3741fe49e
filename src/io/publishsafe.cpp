// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsafe.h"

#include <QSet>

namespace Frise::Io {

Dataset publishSafeCopy(const Dataset &dataset)
{
    Dataset safe = dataset;
    for (Event &event : safe.events)
        event.notes.clear();
    QSet<RowId> removed;
    QList<Claim> claims;
    for (const Claim &claim : std::as_const(safe.claims)) {
        if (isUnsafeToPublish(claim.status)) {
            removed.insert(claim.id);
            continue;
        }
        claims.append(claim);
    }
    for (Claim &claim : claims) {
        claim.notes.clear();
        if (removed.contains(claim.rebutsClaimId))
            claim.rebutsClaimId = 0;
    }
    safe.claims = claims;
    for (Source &source : safe.sources) {
        if (source.confidential)
            source = source.withoutIdentity();
    }
    safe.audit.clear();
    return safe;
}

Dataset citableCopy(const Dataset &dataset)
{
    Dataset citable = dataset;
    for (Source &source : citable.sources) {
        if (source.confidential)
            source = source.withoutIdentity();
        else
            source.url = source.citedUrl();
    }
    // The audit log holds old values; no publication format writes it, and none may.
    citable.audit.clear();
    return citable;
}

} // namespace Frise::Io
