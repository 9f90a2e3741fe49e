// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QRandomGenerator>

namespace Frise::Bench {

/**
 * Deterministic synthetic data for benchmarks: FR/EN titles from word
 * lists, fuzzy dates of every precision over 1975–2025, disputes, actors,
 * claims and sources referencing each other by dataset-local ids.
 */
class DatasetGenerator
{
public:
    struct Sizes
    {
        int disputes = 1000;
        int actors = 100000;
        int sources = 50000;
        int events = 1000000;
        int claims = 200000;
        int relations = 100000;
    };

    explicit DatasetGenerator(quint32 seed = 20261126);

    /// Actors, sources, disputes, tags: what events and claims refer to.
    Dataset base(const Sizes &sizes);
    /// Events numbered [first, first + count) referring to base() records.
    QList<Event> events(const Sizes &sizes, int first, int count);
    QList<Claim> claims(const Sizes &sizes, int first, int count);
    QList<Relation> relations(const Sizes &sizes, int count);

    FuzzyDate randomDate();
    /// A few words of FR or EN text; common words appear often, rare ones seldom.
    QString phrase(bool french, int words);

private:
    QRandomGenerator m_random;
};

} // namespace Frise::Bench
