// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include <algorithm>

namespace Frise {

namespace {
template<typename T>
const T *findById(const QList<T> &list, RowId id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

bool SavedCopy::isHash(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

const Actor *Dataset::actor(RowId id) const
{
    return findById(actors, id);
}

const Source *Dataset::source(RowId id) const
{
    return findById(sources, id);
}

const Dispute *Dataset::dispute(RowId id) const
{
    return findById(disputes, id);
}

const Claim *Dataset::claim(RowId id) const
{
    return findById(claims, id);
}

} // namespace Frise
