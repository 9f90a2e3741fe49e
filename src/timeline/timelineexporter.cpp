// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"

#include "pngencoder.h"
#include "timelinealttext.h"
#include "timelinelayout.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Frise::Timeline {

namespace {

// Export text follows the content language (--lang), not the UI language.
QString bi(Language language, const char *fr, const char *en)
{
    return QString::fromUtf8(language == Language::French ? fr : en);
}

std::pair<qint64, qint64> rangeOf(const TimelineData &data, const TimelineExportOptions &o)
{
    qint64 from = o.fromMinutes.value_or(data.minMinutes());
    qint64 to = o.toMinutes.value_or(data.maxMinutes());
    if (data.isEmpty() && !o.fromMinutes && !o.toMinutes) {
        const qint64 now = FuzzyDate::minutesFromDateTime(QDateTime::currentDateTimeUtc());
        from = now - 525960;
        to = now;
    }
    if (to <= from)
        to = from + 1440;
    // A little air around the whole timeline, none around an explicit range.
    const qint64 pad = (to - from) / 40;
    if (!o.fromMinutes)
        from -= pad;
    if (!o.toMinutes)
        to += pad;
    return {from, to};
}

// QLocale's formats for years 1000 to 9999; outside them FuzzyDate's wording:
// QLocale writes no era ("500 av. J.-C.") and pads early years ("0079").
QString periodText(qint64 minutes, const QString &format, FuzzyDate::Precision precision, Language language)
{
    const QDateTime dateTime = FuzzyDate::dateTimeFromMinutes(minutes);
    if (dateTime.isValid() && dateTime.date().year() >= 1000 && dateTime.date().year() <= 9999)
        return localeFor(language).toString(dateTime.date(), format);
    return FuzzyDate::containing(minutes, precision).toDisplayString(language);
}

QString rangeText(qint64 from, qint64 to, Language language)
{
    using P = FuzzyDate::Precision;
    const qint64 days
        = CivilDate::floorDiv(to, CivilDate::minutesPerDay) - CivilDate::floorDiv(from, CivilDate::minutesPerDay);
    const bool years = days > 3 * 366;
    const bool months = !years && days > 62;
    const QString format = years ? QStringLiteral("yyyy")
        : months                 ? QStringLiteral("MMMM yyyy")
                                 : QStringLiteral("d MMMM yyyy");
    const P precision = years ? P::Year : months ? P::Month : P::Day;
    const QString left = periodText(from, format, precision, language);
    const QString right = periodText(to, format, precision, language);
    return left == right ? left : left % QStringLiteral(" – ") % right;
}

/**
 * A @p width x @p height RGB32 image whose pixels the kernel is asked to back with 2 MiB pages (where
 * transparent huge pages are on "madvise", Debian's default): a 1920x1080 export's 8 MB otherwise fault in
 * 4 KiB at a time on first touch, which took about as long as drawing the picture. Null when out of memory.
 */
QImage blankImage(int width, int height)
{
    const auto bytesPerLine = qsizetype(width) * 4;
    const auto bytes = size_t(bytesPerLine) * size_t(height);
#ifdef Q_OS_LINUX
    constexpr size_t hugePage = size_t(2) << 20;
    if (bytes >= hugePage) {
        const size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        if (void *data = std::aligned_alloc(hugePage, rounded)) {
            madvise(data, rounded, MADV_HUGEPAGE);
            return QImage(
                static_cast<uchar *>(data), width, height, bytesPerLine, QImage::Format_RGB32, std::free, data);
        }
        return {};
    }
#endif
    return QImage(width, height, QImage::Format_RGB32);
}

QFont pixelFont(const TimelineStyle &style, int px, int weight = QFont::Normal)
{
    QFont f(style.fontFamily);
    f.setPixelSize(px);
    f.setWeight(QFont::Weight(weight));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

bool TimelineExporter::parseDate(const QString &text, bool end, qint64 *minutes, QString *error)
{
    QString parseError;
    const FuzzyDate date = FuzzyDate::fromIsoText(text.trimmed(), &parseError);
    if (!date.isValid()) {
        if (error)
            *error = tr("Invalid date “%1”: %2").arg(text, parseError);
        return false;
    }
    *minutes = end ? date.latestMinutes() : date.earliestMinutes();
    return true;
}

TimelineExportOptions::Format TimelineExporter::resolveFormat(const TimelineExportOptions &options)
{
    if (options.format != TimelineExportOptions::Format::Auto)
        return options.format;
    const QString suffix = QFileInfo(options.outputPath).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return TimelineExportOptions::Format::Png;
    if (suffix == QLatin1String("svg"))
        return TimelineExportOptions::Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return TimelineExportOptions::Format::Pdf;
    return TimelineExportOptions::Format::Auto;
}

double TimelineExporter::render(QPainter *p, QSizeF size, const TimelineData &data, const TitleProvider *titles,
    const TimelineExportOptions &o, AltText *altText)
{
    Q_ASSERT(data.hasLaneMode(o.laneMode)); // data read for another lane mode has none of these lanes
    const TimelineStyle style;
    const TimelinePainter painter(style);
    const Language lang = o.language;
    const double margin = 40;
    const double width = size.width();
    const double plotWidth = std::max(100.0, width - 2 * margin);
    const auto [from, to] = rangeOf(data, o);

    TimelineLayout layout;
    layout.setData(&data, titles);
    LayoutOptions lo;
    lo.from = from;
    lo.to = to;
    lo.width = plotWidth;
    lo.laneMode = o.laneMode;
    lo.language = lang;
    lo.labelFont = pixelFont(style, 12);
    // Lanes that start below the picture are counted, not binned: a million events in thousands of
    // lanes cost the few lanes drawn.
    lo.binBottom = size.height();
    layout.compute(lo);
    // The layouts tried only for their height bin nothing (a lane's height does not depend on its bins).
    auto heightOf = [&data, titles](LayoutOptions options) {
        options.binTop = options.binBottom = 0;
        TimelineLayout trial;
        trial.setData(&data, titles);
        trial.compute(options);
        return trial.height();
    };

    const QFont titleFont = pixelFont(style, 30, QFont::Bold);
    const QFont subtitleFont = pixelFont(style, 16);
    const QFont legendFont = pixelFont(style, 13);
    const QFont footerFont = pixelFont(style, 12);
    const QString title = o.title;
    // The subtitle names the period shown: the data's own span unless a range was asked for.
    const QString subtitle = !o.subtitle.isEmpty()
        ? o.subtitle
        : rangeText(o.fromMinutes.value_or(data.minMinutes()), o.toMinutes.value_or(data.maxMinutes()), lang);

    double y = 30;
    QRectF titleRect;
    if (!title.isEmpty()) {
        titleRect = QRectF(margin, y, plotWidth, QFontMetricsF(titleFont).height());
        y = titleRect.bottom() + 4;
    }
    const QRectF subtitleRect(margin, y, plotWidth, QFontMetricsF(subtitleFont).height());
    y = subtitleRect.bottom() + 14;

    // Legend: one swatch per lane shown, wrapped over lines.
    struct Swatch
    {
        QRectF rect;
        QColor colour;
        QString label;
        bool band = false; ///< a status band's tint, drawn as a framed square
    };
    std::vector<Swatch> legend;
    const QFontMetricsF lfm(legendFont);
    if (o.legend && o.laneMode != LaneMode::None && !layout.lanes().empty()) {
        double x = margin;
        const double lineH = lfm.height() + 6;
        for (const LayoutLane &l : layout.lanes()) {
            const double w = 16 + lfm.horizontalAdvance(l.label) + 18;
            if (x + w > margin + plotWidth && x > margin) {
                x = margin;
                y += lineH;
            }
            if (y > size.height() * 0.3) // a legend never eats the picture
                break;
            legend.push_back({QRectF(x, y, w, lineH), l.colour, l.label});
            x += w;
        }
        // Then the statuses the bands name, in the order a dispute goes through them.
        std::vector<Dispute::Status> statuses;
        for (const LayoutEra &era : layout.eras())
            if (era.status && std::find(statuses.begin(), statuses.end(), *era.status) == statuses.end())
                statuses.push_back(*era.status);
        std::sort(statuses.begin(), statuses.end());
        for (Dispute::Status status : statuses) {
            const QString label = disputeStatusName(status, lang);
            const double w = 16 + lfm.horizontalAdvance(label) + 18;
            if (x + w > margin + plotWidth && x > margin) {
                x = margin;
                y += lineH;
            }
            if (y > size.height() * 0.3)
                break;
            QColor tint = style.text;
            tint.setAlphaF(float(std::min(1.0, eraOpacity(status) * 2.5)));
            legend.push_back({QRectF(x, y, w, lineH), tint, label, true});
            x += w;
        }
        y += lineH + 8;
    }

    const double footerH = 44;
    const double axisH = style.axisHeight;
    double available = size.height() - y - footerH;
    // Fit the lanes in a fixed height: fewer rows, flatter histograms.
    if (layout.height() + axisH <= available) {
        // Room to spare: more rows, so fewer events hide in "+N" clusters.
        for (int rows : {6, 8}) {
            LayoutOptions more = lo;
            more.maxRows = rows;
            const double biggerHeight = heightOf(more);
            if (biggerHeight + axisH > available || biggerHeight == layout.height())
                break;
            lo = more;
            layout.compute(lo);
        }
    } else {
        for (int rows : {3, 2, 1}) {
            lo.maxRows = rows;
            lo.aggregateHeight = rows >= 2 ? 32 : 22;
            layout.compute(lo);
            if (layout.height() + axisH <= available)
                break;
        }
    }
    // A fixed height with room to spare: airier rows rather than a blank bottom.
    if (size.height() < 1e6) {
        for (double rowHeight : {26.0, 30.0}) {
            LayoutOptions airy = lo;
            airy.rowHeight = rowHeight;
            airy.laneHeaderHeight = rowHeight;
            if (heightOf(airy) + axisH > available)
                break;
            lo = airy;
            layout.compute(lo);
        }
    }
    const double needed = y + axisH + layout.height() + footerH;
    // The footer counts the lanes below the picture's bottom as not shown (lanes stack downwards).
    int hidden = 0;
    for (const LayoutLane &l : layout.lanes()) {
        if (l.top + l.height > available - axisH)
            ++hidden;
    }
    if (altText) {
        TimelinePicture picture;
        picture.language = lang;
        picture.title = title;
        picture.period
            = rangeText(o.fromMinutes.value_or(data.minMinutes()), o.toMinutes.value_or(data.maxMinutes()), lang);
        picture.shownLanes = int(layout.lanes().size()) - hidden;
        picture.credits = o.credits;
        picture.publishSafe = o.publishSafe;
        *altText = TimelineAltText::describe(layout, picture);
    }
    if (!p)
        return needed;

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(QRectF(QPointF(0, 0), size), style.background);
    if (!title.isEmpty()) {
        p->setFont(titleFont);
        p->setPen(style.text);
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    }
    p->setFont(subtitleFont);
    p->setPen(style.mutedText);
    p->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(subtitleFont).elidedText(subtitle, Qt::ElideRight, subtitleRect.width()));
    p->setFont(legendFont);
    for (const Swatch &s : legend) {
        p->setPen(s.band ? QPen(style.mutedText, 1, Qt::DashLine) : QPen(Qt::NoPen));
        p->setBrush(s.colour);
        p->drawRoundedRect(QRectF(s.rect.left(), s.rect.center().y() - 5, 10, 10), 2, 2);
        p->setPen(style.text);
        p->drawText(s.rect.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, s.label);
    }

    const double timelineH = std::max(0.0, std::min(available, axisH + layout.height()));
    PaintState state;
    state.rect = QRectF(margin, y, plotWidth, timelineH);
    state.plotLeft = margin;
    state.asOf = o.asOf;
    state.language = lang;
    state.drawBackground = false;
    painter.paint(p, layout, state);

    // Footer: a hairline, then credits left and lanes not shown / Frise right.
    const double footerTop = size.height() - footerH + 10;
    p->setPen(QPen(style.gridStrong, 1));
    p->drawLine(QPointF(margin, footerTop), QPointF(margin + plotWidth, footerTop));
    p->setFont(footerFont);
    p->setPen(style.mutedText);
    QString right = QStringLiteral("Frise");
    if (hidden > 0)
        right = bi(lang, "%1 lignes non affichées · ", "%1 lanes not shown · ").arg(hidden) % right;
    if (o.publishSafe)
        right = bi(lang, "Version publiable · ", "Publish-safe · ") % right;
    const QFontMetricsF ffm(footerFont);
    const double rightW = ffm.horizontalAdvance(right) + 4;
    const QRectF footer(margin, footerTop + 6, plotWidth, ffm.height());
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
    p->drawText(footer.adjusted(0, 0, -rightW - 16, 0), Qt::AlignLeft | Qt::AlignVCenter,
        ffm.elidedText(o.credits, Qt::ElideRight, footer.width() - rightW - 16));
    p->restore();
    return needed;
}

bool TimelineExporter::exportTimeline(const TimelineData &data, const TitleProvider *titles,
    const TimelineExportOptions &options, QString *error, const std::atomic<bool> *cancel)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = resolveFormat(options);
    if (format == TimelineExportOptions::Format::Auto)
        return fail(tr("Unknown image format for “%1”: use .png, .svg or .pdf.").arg(options.outputPath));
    if (options.width < minWidth || options.width > maxWidth)
        return fail(tr("The width must be between %1 and %2 pixels.").arg(minWidth).arg(maxWidth));
    if (options.height != 0 && (options.height < minHeight || options.height > maxHeight))
        return fail(tr("The height must be between %1 and %2 pixels.").arg(minHeight).arg(maxHeight));
    if (options.dpi < minDpi || options.dpi > maxDpi)
        return fail(tr("The resolution must be between %1 and %2 DPI.").arg(minDpi).arg(maxDpi));
    if (options.fromMinutes && options.toMinutes && *options.fromMinutes > *options.toMinutes)
        return fail(tr("The start of the range is after its end."));

    const double scale = double(options.dpi) / 96.0;
    const double logicalWidth = double(options.width) / scale;
    int height = options.height;
    if (height == 0) {
        const double needed = render(nullptr, QSizeF(logicalWidth, 1e7), data, titles, options);
        height = std::clamp(int(std::ceil(needed * scale)), minHeight, maxHeight);
    }
    const QSizeF logical(logicalWidth, double(height) / scale);

    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write “%1”: %2").arg(options.outputPath, file.errorString()));

    // SVG and PDF write their metadata as they begin: the text alternative comes from a layout of its own
    // first. A PNG's is filled by the drawing itself.
    AltText alt;
    if (format != TimelineExportOptions::Format::Png)
        render(nullptr, logical, data, titles, options, &alt);

    switch (format) {
    case TimelineExportOptions::Format::Png: {
        // Opaque: no alpha channel to encode, and the fastest raster path.
        QImage image = blankImage(options.width, height);
        if (image.isNull())
            return fail(tr("Not enough memory for a %1×%2 image.").arg(options.width).arg(height));
        const int dpm = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.scale(scale, scale);
            render(&p, logical, data, titles, options, &alt);
        }
        // Text set on the image, not the writer: the writer's texts lose their line breaks (simplified()).
        if (!options.title.isEmpty())
            image.setText(QStringLiteral("Title"), options.title);
        // "Description", a keyword the PNG specification defines; Qt writes it as iTXt when not Latin-1.
        image.setText(QStringLiteral("Description"), alt.fileText().trimmed());
        if (!options.smallestFile) {
            QString problem;
            if (!PngEncoder::write(image, &file, &problem))
                return fail(tr("Cannot write “%1”: %2").arg(options.outputPath, problem));
            break;
        }
        // libpng's best filter for each row at zlib's level 9 (Qt takes the level from the quality q as
        // (100 - q) * 9 / 91): a third smaller, several times slower.
        QImageWriter writer(&file, "png");
        writer.setQuality(0);
        if (!writer.write(image))
            return fail(tr("Cannot write “%1”: %2").arg(options.outputPath, writer.errorString()));
        break;
    }
    case TimelineExportOptions::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(options.width, height));
        svg.setViewBox(QRectF(0, 0, options.width, height));
        svg.setResolution(options.dpi);
        svg.setTitle(alt.summary);
        svg.setDescription(alt.description);
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("Cannot write “%1”.").arg(options.outputPath));
        p.scale(scale, scale);
        render(&p, logical, data, titles, options);
        p.end();
        break;
    }
    case TimelineExportOptions::Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(options.width * 72.0 / options.dpi, height * 72.0 / options.dpi),
            QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        const QString title = options.title.isEmpty() ? alt.summary : options.title;
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Frise"));
        pdf.setDocumentXmpMetadata(alt.xmpPacket(title, options.language));
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("Cannot write “%1”.").arg(options.outputPath));
        // The page may round to whole points: map the logical size onto it exactly.
        const QRect page = p.viewport();
        p.setWindow(QRect(0, 0, qRound(logical.width()), qRound(logical.height())));
        p.setViewport(page);
        render(&p, logical, data, titles, options);
        p.end();
        break;
    }
    case TimelineExportOptions::Format::Auto:
        break;
    }
    // The text alternative is written before the image replaces anything: when it cannot be, nothing changes.
    const QString altPath = AltText::pathBeside(options.outputPath);
    QSaveFile altFile(altPath);
    if (options.altTextFile) {
        if (!altFile.open(QIODevice::WriteOnly) || altFile.write(alt.fileText().toUtf8()) < 0) {
            file.cancelWriting();
            return fail(tr("Cannot write “%1”: %2").arg(altPath, altFile.errorString()));
        }
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        altFile.cancelWriting();
        return fail(tr("Export cancelled."));
    }
    if (!file.commit()) {
        altFile.cancelWriting();
        return fail(tr("Cannot write “%1”: %2").arg(options.outputPath, file.errorString()));
    }
    if (options.altTextFile && !altFile.commit())
        return fail(tr("Cannot write “%1”: %2").arg(altPath, altFile.errorString()));
    return true;
}

AltText TimelineExporter::altText(
    const TimelineData &data, const TitleProvider *titles, const TimelineExportOptions &options)
{
    const double scale = double(options.dpi) / 96.0;
    const double logicalWidth = double(options.width) / scale;
    double height = options.height;
    if (height == 0) {
        const double needed = render(nullptr, QSizeF(logicalWidth, 1e7), data, titles, options);
        height = std::clamp(std::ceil(needed * scale), double(minHeight), double(maxHeight));
    }
    AltText alt;
    render(nullptr, QSizeF(logicalWidth, height / scale), data, titles, options, &alt);
    return alt;
}

QString TimelineExporter::sourcesLine(const QStringList &allOutlets, Language language)
{
    // First-seen order, found through a set: a large database cites tens of thousands of sources.
    QStringList outlets;
    QSet<QString> seen;
    for (const QString &name : allOutlets) {
        const QString outlet = name.trimmed();
        if (!outlet.isEmpty() && !seen.contains(outlet)) {
            seen.insert(outlet);
            outlets.append(outlet);
        }
    }
    if (outlets.isEmpty())
        return {};
    const int shown = std::min<int>(int(outlets.size()), 8);
    QString line = bi(language, "Sources : ", "Sources: ") % outlets.mid(0, shown).join(QStringLiteral(", "));
    if (outlets.size() > shown)
        line += bi(language, " et %1 autres", " and %1 more").arg(outlets.size() - shown);
    return line;
}

} // namespace Frise::Timeline
