// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "timelineview.h"

#include <QScrollBar>
#include <QSet>
#include <QStringList>

namespace Frise::Ui {

namespace {

using Timeline::TimelineData;

/// The precision an event's end can be named at, from how long it may last (the data keeps no end precision).
FuzzyDate::Precision endPrecision(qint64 earliest, qint64 latest)
{
    const qint64 extent = latest - earliest;
    if (extent >= 364 * 1440)
        return FuzzyDate::Precision::Year;
    if (extent >= 27 * 1440)
        return FuzzyDate::Precision::Month;
    if (extent >= 1439)
        return FuzzyDate::Precision::Day;
    return FuzzyDate::Precision::Minute;
}

/// The date that spans [@p earliest, @p latest] at @p precision: one date, or "between" two when it is a range.
FuzzyDate dateOver(qint64 earliest, qint64 latest, FuzzyDate::Precision precision, bool circa)
{
    if (circa) { // widened by a unit on each side: the middle is the date
        FuzzyDate date = FuzzyDate::containing(earliest / 2 + latest / 2, precision);
        date.setCirca(true);
        return date;
    }
    const FuzzyDate first = FuzzyDate::containing(earliest, precision);
    const FuzzyDate last = FuzzyDate::containing(latest, precision);
    return first == last ? first : FuzzyDate::between(first, last);
}

/// The date(s) of event @p index, as the rest of the application writes them.
QString datesOf(const TimelineData &data, qsizetype index, Language language)
{
    QString text
        = dateOver(data.startEarliest(index), data.startLatest(index), data.precision(index), data.isCirca(index))
              .toDisplayString(language);
    if (data.hasEnd(index)) {
        const qint64 earliest = data.endEarliest(index);
        const qint64 latest = data.latest(index);
        text += QStringLiteral(" – ")
            + dateOver(earliest, latest, endPrecision(earliest, latest), false).toDisplayString(language);
    }
    return text;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : AccessibleItemView(view, QAccessible::List, QAccessible::ListItem)
{ }

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

QList<qint64> TimelineAccessible::itemKeys() const
{
    QList<qint64> keys;
    const TimelineView *timeline = view();
    if (!timeline->data())
        return keys;
    const Timeline::TimelineLayout &layout = timeline->layout();
    // In lane coordinates, like the items: what the viewport shows under the axis.
    const double axis = timeline->timelineStyle().axisHeight;
    const QRectF shown = QRectF(timeline->viewport()->rect())
                             .translated(-timeline->plotLeft(), timeline->verticalScrollBar()->value() - axis);
    // An event drawn in several lanes counts once, where itemRect() places it (its first copy).
    QSet<qint64> seen;
    for (const Timeline::LayoutItem &item : layout.items()) {
        if (seen.contains(item.id))
            continue;
        seen.insert(item.id);
        if (item.marker.intersects(shown))
            keys.append(item.id);
    }
    return keys;
}

QString TimelineAccessible::describe(const TimelineView *view, RowId id)
{
    const TimelineData *data = view->data();
    const qsizetype index = data ? data->indexOf(id) : -1;
    if (index < 0)
        return {};
    const Language language = view->contentLanguage();
    QStringList parts {datesOf(*data, index, language)};
    // Each dispute the event belongs to, with the status it was in then.
    const qint64 when = (data->startEarliest(index) + data->startLatest(index)) / 2;
    for (quint32 lane : data->lanesOf(Timeline::LaneMode::Dispute, index)) {
        QString dispute = data->lane(Timeline::LaneMode::Dispute, int(lane)).label(language);
        for (const Timeline::EraBand &era : data->eras()) {
            if (era.mode == Timeline::LaneMode::Dispute && era.lane == int(lane) && era.status
                && era.fromMinutes <= when && when <= era.toMinutes) {
                dispute
                    = tr("%1 (%2)", "dispute (its status then)").arg(dispute, disputeStatusName(*era.status, language));
                break;
            }
        }
        parts.append(dispute);
    }
    return parts.join(QStringLiteral("; "));
}

QString TimelineAccessible::itemText(qint64 key, QAccessible::Text text) const
{
    const TimelineView *timeline = view();
    switch (text) {
    case QAccessible::Name:
        return timeline->titleProvider() ? timeline->titleProvider()->title(key, timeline->contentLanguage())
                                         : QString();
    case QAccessible::Description:
        return describe(timeline, key);
    default:
        return {};
    }
}

QRect TimelineAccessible::itemRect(qint64 key) const
{
    const TimelineView *timeline = view();
    const QRectF inViewport = timeline->itemRect(key);
    if (inViewport.isNull())
        return {};
    return inViewport.translated(timeline->viewport()->pos()).toAlignedRect();
}

bool TimelineAccessible::isItemSelected(qint64 key) const
{
    return view()->selection().contains(key);
}

qint64 TimelineAccessible::currentItem() const
{
    return view()->currentEvent();
}

namespace {

QAccessibleInterface *timelineFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<TimelineView *>(object))
        return new TimelineAccessible(view);
    return nullptr;
}

} // namespace

void installTimelineAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Frise::Ui
