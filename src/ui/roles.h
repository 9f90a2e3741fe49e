// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Frise::Ui {

/// Item data roles shared by Frise's item models.
enum Role {
    EntityRole = Qt::UserRole + 1, ///< QString: "event", "actor", "dispute", "claim", "source", "relation", "tag"
    IdRole, ///< qint64 RowId of the record (0 for group rows)
    SnippetRole, ///< QString with SearchHit highlight markers
    SortKeyRole, ///< qint64: earliest minute for dated records
};

} // namespace Frise::Ui
