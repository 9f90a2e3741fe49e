// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibleitemview.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace Frise::Ui {

class TimelineView;

/**
 * The timeline as accessibility tools see it: a list whose children are the
 * events drawn in the view, named by their title and described by their
 * date(s), lane and the status their dispute was in at the time.
 */
class TimelineAccessible final : public AccessibleItemView
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::TimelineAccessible)

public:
    explicit TimelineAccessible(TimelineView *view);

    QList<qint64> itemKeys() const override;
    QString itemText(qint64 key, QAccessible::Text text) const override;
    QRect itemRect(qint64 key) const override;
    bool isItemSelected(qint64 key) const override;
    qint64 currentItem() const override;

    /// "25 April 2023 – 2 May 2023; Twitter/X vs Microsoft (filed)": what the description says of event @p id.
    static QString describe(const TimelineView *view, RowId id);

private:
    TimelineView *view() const;
};

/// Makes QAccessible build a TimelineAccessible for every TimelineView (once per process).
void installTimelineAccessibility();

} // namespace Frise::Ui
