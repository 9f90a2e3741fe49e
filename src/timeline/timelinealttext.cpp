// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinealttext.h"

#include "timelinelayout.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Frise::Timeline {

namespace {

// Alt text follows the export's language (--lang), not the UI language, as the image's own words do.
QString bi(Language language, const char *fr, const char *en)
{
    return QString::fromUtf8(language == Language::French ? fr : en);
}

// The period of @p precision after (@p step 1) or before (-1) the one holding @p minutes; circa
// widens a date by one such period on each side (an hour for a minute).
FuzzyDate stepped(qint64 minutes, FuzzyDate::Precision precision, int step)
{
    if (precision == FuzzyDate::Precision::Minute)
        return FuzzyDate::containing(minutes + 60 * step, precision);
    const FuzzyDate date = FuzzyDate::containing(minutes, precision);
    if (!date.isValid())
        return date;
    return FuzzyDate::containing(step > 0 ? date.latestMinutes() + 1 : date.earliestMinutes() - 1, precision);
}

// The date of @p precision whose extent is exactly [@p earliest, @p latest], one period or, with
// @p range, "between" two; with @p circa, one whose circa extent it is. Null when there is none.
FuzzyDate exactly(qint64 earliest, qint64 latest, FuzzyDate::Precision precision, bool circa, bool range)
{
    const FuzzyDate first = circa ? stepped(earliest, precision, 1) : FuzzyDate::containing(earliest, precision);
    const FuzzyDate last = circa ? stepped(latest, precision, -1) : FuzzyDate::containing(latest, precision);
    if (!first.isValid() || !last.isValid() || last.latestMinutes() < first.earliestMinutes())
        return {};
    const bool one = first.earliestMinutes() == last.earliestMinutes();
    if (!one && !range)
        return {};
    FuzzyDate date = one ? first : FuzzyDate::between(first, last);
    date.setCirca(circa);
    return date.earliestMinutes() == earliest && date.latestMinutes() == latest ? date : FuzzyDate();
}

// What the record keeps of a date (its extent, a precision, a circa flag shared by start and end)
// read back as the date entered, at one of @p precisions (finest first): one period rather than a
// range, a range of the coarsest periods; circa first when @p circaFirst (the start: a circa flag is
// most often its own), else plain first. At worst the periods it spans.
FuzzyDate dateOf(
    qint64 earliest, qint64 latest, std::initializer_list<FuzzyDate::Precision> precisions, bool circa, bool circaFirst)
{
    const std::vector<FuzzyDate::Precision> order(precisions);
    for (bool range : {false, true}) {
        for (bool widened : {circaFirst, !circaFirst}) {
            if (widened && !circa)
                continue;
            // A range of days is also one of minutes: the coarsest that fits says it.
            for (size_t k = 0; k < order.size(); ++k) {
                const FuzzyDate date
                    = exactly(earliest, latest, order[range ? order.size() - 1 - k : k], widened, range);
                if (date.isValid())
                    return date;
            }
        }
    }
    FuzzyDate date = FuzzyDate::containing(earliest, *precisions.begin());
    const FuzzyDate last = FuzzyDate::containing(latest, *precisions.begin());
    if (date.isValid() && last.isValid() && last.earliestMinutes() != date.earliestMinutes())
        date = FuzzyDate::between(date, last);
    date.setCirca(circa);
    return date;
}

QString laneModeWords(LaneMode mode, Language language)
{
    switch (mode) {
    case LaneMode::Dispute:
        return bi(language, "par litige", "by dispute");
    case LaneMode::Actor:
        return bi(language, "par acteur", "by actor");
    case LaneMode::Tag:
        return bi(language, "par étiquette", "by tag");
    case LaneMode::None:
        break;
    }
    return {};
}

// "A, B, C and 2 more" / "A, B, C et 2 autres".
QString namesText(const QStringList &names, int shown, Language language)
{
    const QString list = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() <= shown)
        return list;
    return list % bi(language, " et %1 autres", " and %1 more").arg(localeFor(language).toString(names.size() - shown));
}

} // namespace

QString TimelineAltText::dateText(const TimelineData &data, qsizetype index, Language language)
{
    using P = FuzzyDate::Precision;
    const bool circa = data.isCirca(index);
    QString text = dateOf(data.startEarliest(index), data.startLatest(index), {data.precision(index)}, circa, true)
                       .toDisplayString(language);
    if (data.hasEnd(index)) {
        // The record keeps no precision for an end: the finest that gives back its extent.
        const QString end
            = dateOf(data.endEarliest(index), data.latest(index), {P::Minute, P::Day, P::Month, P::Year}, circa, false)
                  .toDisplayString(language);
        if (!end.isEmpty() && end != text)
            text += QStringLiteral(" – ") % end;
    }
    return text;
}

AltText TimelineAltText::describe(const TimelineLayout &layout, const TimelinePicture &picture)
{
    const Language lang = picture.language;
    const QLocale locale = localeFor(lang);
    const LayoutOptions &options = layout.options();
    const LaneMode mode = options.laneMode;
    const TimelineData *data = layout.data();
    const TitleProvider *titles = layout.titles();
    const bool fr = lang == Language::French;

    // The lanes drawn, by data lane index; what is in no lane drawn is not in the picture.
    const auto &lanes = layout.lanes();
    const int shown = std::clamp(picture.shownLanes, 0, int(lanes.size()));
    const int hidden = int(lanes.size()) - shown;
    std::vector<QString> laneLabel(data ? size_t(data->laneCount(mode)) : 0);
    std::vector<quint8> laneShown(laneLabel.size(), 0);
    QStringList shownNames;
    for (int s = 0; s < shown; ++s) {
        const LayoutLane &lane = lanes[size_t(s)];
        if (lane.lane >= 0 && size_t(lane.lane) < laneLabel.size()) {
            laneLabel[size_t(lane.lane)] = lane.label;
            laneShown[size_t(lane.lane)] = 1;
        }
        shownNames.append(lane.label);
    }
    const qsizetype otherLane = qsizetype(laneLabel.size()) - 1;

    // Events drawn: those overlapping the range, in the lanes drawn, kept by the view's filter; in start order.
    const qint64 from = qint64(std::floor(options.from));
    const qint64 to = qint64(std::ceil(options.to));
    qsizetype end = 0;
    if (data && !data->isEmpty()) {
        qsizetype lo = 0;
        qsizetype hi = data->count();
        while (lo < hi) { // the first event starting after the range
            const qsizetype mid = lo + (hi - lo) / 2;
            if (data->startEarliest(mid) <= to)
                lo = mid + 1;
            else
                hi = mid;
        }
        end = lo;
    }
    // Then every event starting before the range's end is drawn: counted without a look at each.
    const bool everyStartedEventShown
        = hidden == 0 && shown > 0 && !layout.hasFilter() && (!data || from <= data->minMinutes());
    // Otherwise the events of the lanes drawn, read from their lane indexes as the layout reads them (from
    // the range's start less the lane's longest event): a big timeline whose lanes mostly fall below the
    // picture costs its lanes shown, not a look at every event.
    std::vector<quint32> picked;
    if (!everyStartedEventShown && data && !data->isEmpty()) {
        const TimelineData::LaneIndex &index = data->laneIndex(mode);
        for (int s = 0; s < shown; ++s) {
            const size_t lane = size_t(lanes[size_t(s)].lane);
            if (lane + 1 >= index.offsets.size())
                continue;
            const auto first = index.starts.begin() + index.offsets[lane];
            const auto last = index.starts.begin() + index.offsets[lane + 1];
            const qint64 earliest = from - index.maxExtent[lane]; // nothing starting before it reaches the range
            const auto hi = std::upper_bound(first, last, to);
            for (auto it = std::lower_bound(first, hi, earliest); it != hi; ++it) {
                const size_t k = size_t(it - index.starts.begin());
                if (index.latests[k] >= from && layout.passesFilter(index.events[k]))
                    picked.push_back(index.events[k]);
            }
        }
        // Data indexes follow the start order: sorted, an event of several lanes shown is listed once.
        std::sort(picked.begin(), picked.end());
        picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    }
    const qint64 count = everyStartedEventShown ? end : qint64(picked.size());
    const qsizetype listed = std::min<qsizetype>(maxListed, everyStartedEventShown ? end : qsizetype(picked.size()));
    if (titles && listed > 0) {
        // The titles listed in one read, not one per event (a provider over storage reads each miss's neighbours
        // in time, which are seldom the events listed here).
        std::vector<RowId> ids;
        ids.reserve(size_t(listed));
        for (qsizetype n = 0; n < listed; ++n)
            ids.push_back(data->id(everyStartedEventShown ? n : qsizetype(picked[size_t(n)])));
        titles->prefetch(ids);
    }
    QStringList lines;
    for (qsizetype n = 0; n < listed; ++n) {
        const qsizetype i = everyStartedEventShown ? n : qsizetype(picked[size_t(n)]);
        QString line = QStringLiteral("- ") % dateText(*data, i, lang);
        // One line per event: line breaks go, other spacing (a French no-break space) stays.
        QString title = titles ? titles->title(data->id(i), lang) : QString();
        title.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        title = title.trimmed();
        if (!title.isEmpty())
            line += (fr ? QStringLiteral("\u00a0: ") : QStringLiteral(": ")) % title;
        if (mode != LaneMode::None) {
            QStringList names;
            const auto members = data->lanesOf(mode, i);
            if (members.empty() && otherLane >= 0)
                names.append(laneLabel[size_t(otherLane)]);
            for (quint32 l : members) {
                if (laneShown[l])
                    names.append(laneLabel[l]);
            }
            if (!names.isEmpty())
                line += QStringLiteral(" (") % names.join(QStringLiteral(", ")) % u')';
        }
        lines.append(line);
    }

    AltText alt;
    QString summary = fr ? QStringLiteral("Frise chronologique") : QStringLiteral("Timeline");
    if (!picture.title.isEmpty())
        summary += fr ? QStringLiteral(" «\u00a0") % picture.title % QStringLiteral("\u00a0»")
                      : QStringLiteral(" “") % picture.title % QStringLiteral("”");
    if (!picture.period.isEmpty())
        summary += QStringLiteral(", ") % picture.period;
    summary += fr ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
    if (count == 0) {
        summary += bi(lang, "aucun événement.", "no events.");
    } else {
        summary += eventCountText(int(std::min<qint64>(count, std::numeric_limits<int>::max())), lang);
        if (mode != LaneMode::None && shown > 0) {
            const QString laneCount = shown == 1 ? bi(lang, "1 ligne", "1 lane")
                                                 : bi(lang, "%1 lignes", "%1 lanes").arg(locale.toString(shown));
            summary += (fr ? QStringLiteral(" sur ") : QStringLiteral(" in ")) % laneCount % u' '
                % laneModeWords(mode, lang) % QStringLiteral(" (") % namesText(shownNames, 4, lang) % u')';
        }
        summary += u'.';
    }
    if (hidden > 0)
        summary += u' '
            % (hidden == 1 ? bi(lang, "1 ligne n’est pas affichée.", "1 lane is not shown.")
                           : bi(lang, "%1 lignes ne sont pas affichées.", "%1 lanes are not shown.")
                                 .arg(locale.toString(hidden)));
    alt.summary = summary;

    QStringList description;
    if (!lines.isEmpty()) {
        description.append(bi(lang, "Événements par date\u00a0:", "Events by date:"));
        description += lines;
        if (count > lines.size())
            description.append(bi(lang, "… et %1 autres événements.", "… and %1 more events.")
                    .arg(locale.toString(count - lines.size())));
    }
    if (hidden > 0)
        description.append(
            bi(lang, "Lignes non affichées\u00a0: %1.", "Lanes not shown: %1.").arg(locale.toString(hidden)));
    if (!picture.credits.isEmpty())
        description.append(picture.credits);
    if (picture.publishSafe)
        description.append(bi(lang, "Version publiable.", "Publish-safe version."));
    alt.description = description.join(u'\n');
    return alt;
}

} // namespace Frise::Timeline
