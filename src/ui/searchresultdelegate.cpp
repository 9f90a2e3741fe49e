// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"

#include "labels.h"
#include "roles.h"
#include "storage/searchindex.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Frise::Ui {

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

SearchResultDelegate::~SearchResultDelegate() = default;

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(6, 3, -6, -3);
    const QFontMetrics metrics(option.font);
    painter->save();

    // First line: the title in bold, the kind of record on the right.
    QFont bold = option.font;
    bold.setBold(true);
    const QString kind = Labels::entity(index.data(EntityRole).toString());
    const int kindWidth = metrics.horizontalAdvance(kind) + 8;
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(QRect(area.right() - kindWidth, area.top(), kindWidth, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, kind);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QString title = QFontMetrics(bold).elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width() - kindWidth);
    painter->drawText(QRect(area.left(), area.top(), area.width() - kindWidth, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, title);

    // Second line: the snippet, matches in bold.
    const QString raw = index.data(SnippetRole).toString();
    QString text;
    QList<QTextLayout::FormatRange> formats;
    int matchStart = -1;
    for (QChar c : raw) {
        if (c == Storage::SearchHit::highlightStart) {
            matchStart = int(text.size());
        } else if (c == Storage::SearchHit::highlightEnd) {
            if (matchStart >= 0) {
                QTextLayout::FormatRange range;
                range.start = matchStart;
                range.length = int(text.size()) - matchStart;
                range.format.setFontWeight(QFont::Bold);
                range.format.setFontUnderline(true);
                formats.append(range);
            }
            matchStart = -1;
        } else {
            text.append(c == QLatin1Char('\n') ? QLatin1Char(' ') : c);
        }
    }
    QTextLayout layout(text, option.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(area.width());
    layout.endLayout();
    painter->setClipRect(area);
    painter->setPen(option.palette.color(textRole));
    layout.draw(painter, QPointF(area.left(), area.top() + metrics.height() + 2));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 2 + 10};
}

} // namespace Frise::Ui
