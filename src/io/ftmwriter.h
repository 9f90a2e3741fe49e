// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Frise::Io {

/**
 * The dataset as FollowTheMoney entities (the data model of OCCRP's Aleph,
 * https://followthemoney.tech), one JSON object per line:
 * `{"id", "schema", "properties": {name: [values]}}`.
 *
 * - an actor is a `Person`, a `Company` (company, platform), an
 *   `Organization` (regulator, court, outlet) or a `LegalEntity` (other),
 *   with `name` in the language (the other language's name and the aliases
 *   as `alias`), `description`, and `parent`;
 * - an event is an `Event`: `name`, `description`, `date` (or `startDate`
 *   and `endDate` for a span, a range or a circa date, which covers its
 *   whole extent), `involved` (its actors), `keywords` (its disputes' titles
 *   and its tags), `sourceUrl` and `publisher` (its sources);
 * - an actor's part in an event is an `UnknownLink` from the actor to the
 *   event with the role as `role` (`Event.involved` cannot say the role);
 * - a relation between actors: "invests in" an `Ownership` (owner, asset)
 *   when the asset is a Company, "cofounded" a `Membership` (member,
 *   organization) when the organisation is a Company or an Organization,
 *   every other one an `UnknownLink` (subject, object) with the relation
 *   as `role`; dates as `startDate`/`endDate`, sources as on events.
 *
 * Ids are stable: `frise-actor-UID`, `frise-event-UID`,
 * `frise-relation-UID`; an actor's part in an event, which has no uid of its
 * own, `frise-involvement-` and the SHA-1 of event uid, actor uid and role.
 * Notes and claims are never written; sources are cited at their cited URL
 * (archived when the live one is dead) and confidential ones not at all.
 * FollowTheMoney dates have no years before 1 or after 9999: such dates are
 * left out.
 */
class FtmWriter
{
public:
    /// The FtM schema an actor of @p kind is written as.
    static QString schemaOf(Actor::Kind kind);
    /// The entities, actors first, then events and their involvements, then relations.
    static QList<QJsonObject> entities(const Dataset &dataset, Language language);
    /// entities() as JSON lines (UTF-8, one compact object per line).
    static QByteArray write(const Dataset &dataset, Language language);
};

} // namespace Frise::Io
