// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Frise::Ui {

/**
 * What a custom-painted view (timeline, graph) tells accessibility tools:
 * its items as children, each with a name, a description, a place on screen
 * and its selected/focused state. The view has no widget per item, so the
 * children are light interfaces over item keys, made on demand, kept while
 * the view lives (a screen reader holds on to them) and dropped with it.
 *
 * Subclasses list the items shown (keys in reading order) and describe one.
 */
class AccessibleItemView : public QAccessibleWidget
{
public:
    AccessibleItemView(QWidget *view, QAccessible::Role role, QAccessible::Role itemRole);
    ~AccessibleItemView() override;
    Q_DISABLE_COPY_MOVE(AccessibleItemView)

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /// Keys of the items shown, in reading order (children 0 ... n-1).
    virtual QList<qint64> itemKeys() const = 0;
    /// Name (title) and description (dates, kind, status) of item @p key.
    virtual QString itemText(qint64 key, QAccessible::Text text) const = 0;
    /// Where item @p key is drawn, in the view's coordinates.
    virtual QRect itemRect(qint64 key) const = 0;
    virtual bool isItemSelected(qint64 key) const = 0;
    /// The item keyboard focus is on (0: none).
    virtual qint64 currentItem() const = 0;

    QAccessible::Role itemRole() const { return m_itemRole; }
    /// The child interface of item @p key (made once).
    QAccessibleInterface *itemInterface(qint64 key) const;

    /**
     * Tells accessibility tools that item @p key of @p view is now the
     * selected (and, when the view has focus, focused) one. Cheap when no
     * tool listens.
     */
    static void notifyCurrentItem(QWidget *view, qint64 key);

    /// Where notifyCurrentItem() sends its events instead of QAccessible (tests: no platform bridge offscreen).
    using EventSink = void (*)(QAccessibleEvent *event);
    static void setEventSink(EventSink sink);

private:
    QAccessible::Role m_itemRole;
    mutable QHash<qint64, QAccessible::Id> m_items;
};

} // namespace Frise::Ui
