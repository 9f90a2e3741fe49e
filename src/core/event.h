// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "fuzzydate.h"
#include "ids.h"

#include <QList>
#include <QStringList>

namespace Frise {

/// An actor taking part in an event, with its role ("plaintiff", "announcer").
struct EventActor
{
    RowId actorId = 0;
    QString role;

    friend bool operator==(const EventActor &, const EventActor &) = default;
};

/// Something that happened.
struct Event
{
    RowId id = 0;
    QString uid;
    BilingualText title;
    BilingualText text;
    FuzzyDate start;
    FuzzyDate end; ///< null unless the event lasted (a span)
    int importance = 3; ///< 1 (minor) to 5 (major)
    QString notes; ///< Markdown, internal: never published in publish-safe exports
    QList<RowId> disputeIds;
    QList<EventActor> actors;
    QStringList tags; ///< tag slugs
    QList<RowId> sourceIds;
    int version = 1;

    /// First minute the event can have started.
    qint64 earliestMinutes() const { return start.earliestMinutes(); }
    /// Last minute the event can have lasted to (the end date's, or the start's).
    qint64 latestMinutes() const { return end.isValid() ? end.latestMinutes() : start.latestMinutes(); }

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace Frise
