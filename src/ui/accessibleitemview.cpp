// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibleitemview.h"

#include <QWidget>
#include <QWindow>

namespace Frise::Ui {

namespace {

AccessibleItemView::EventSink eventSink = nullptr;

/// One item of an AccessibleItemView: no QObject behind it, everything asked of the view.
class AccessibleItem final : public QAccessibleInterface
{
public:
    AccessibleItem(QWidget *view, qint64 key)
        : m_view(view)
        , m_key(key)
    { }

    qint64 key() const { return m_key; }

    bool isValid() const override { return owner() && owner()->itemKeys().contains(m_key); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return owner(); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const AccessibleItemView *view = owner();
        return view ? view->itemText(m_key, t) : QString();
    }
    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        const AccessibleItemView *view = owner();
        if (!view)
            return {};
        const QRect local = view->itemRect(m_key);
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override
    {
        const AccessibleItemView *view = owner();
        return view ? view->itemRole() : QAccessible::NoRole;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const AccessibleItemView *view = owner();
        if (!view) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        s.selected = view->isItemSelected(m_key);
        s.focused = m_view->hasFocus() && view->currentItem() == m_key;
        const QRect r = view->itemRect(m_key);
        s.offscreen = r.isEmpty() || !m_view->rect().intersects(r);
        return s;
    }

private:
    AccessibleItemView *owner() const
    {
        return m_view ? dynamic_cast<AccessibleItemView *>(QAccessible::queryAccessibleInterface(m_view.data()))
                      : nullptr;
    }

    QPointer<QWidget> m_view;
    qint64 m_key;
};

} // namespace

AccessibleItemView::AccessibleItemView(QWidget *view, QAccessible::Role role, QAccessible::Role itemRole)
    : QAccessibleWidget(view, role)
    , m_itemRole(itemRole)
{ }

AccessibleItemView::~AccessibleItemView()
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

int AccessibleItemView::childCount() const
{
    return int(itemKeys().size());
}

QAccessibleInterface *AccessibleItemView::itemInterface(qint64 key) const
{
    const auto it = m_items.constFind(key);
    if (it != m_items.cend())
        return QAccessible::accessibleInterface(*it);
    auto *item = new AccessibleItem(widget(), key);
    m_items.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

QAccessibleInterface *AccessibleItemView::child(int index) const
{
    const QList<qint64> keys = itemKeys();
    if (index < 0 || index >= keys.size())
        return nullptr;
    return itemInterface(keys[index]);
}

int AccessibleItemView::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const AccessibleItem *>(child);
    return item ? int(itemKeys().indexOf(item->key())) : -1;
}

QAccessibleInterface *AccessibleItemView::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    const QList<qint64> keys = itemKeys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) { // topmost first
        if (itemRect(*it).contains(local))
            return itemInterface(*it);
    }
    return nullptr;
}

QAccessibleInterface *AccessibleItemView::focusChild() const
{
    const qint64 current = currentItem();
    if (!current || !widget()->hasFocus() || !itemKeys().contains(current))
        return nullptr;
    return itemInterface(current);
}

void AccessibleItemView::setEventSink(EventSink sink)
{
    eventSink = sink;
}

void AccessibleItemView::notifyCurrentItem(QWidget *view, qint64 key)
{
    // Without a listening tool, no interface is even made.
    if ((!eventSink && !QAccessible::isActive()) || !key)
        return;
    const EventSink send = eventSink ? eventSink : &QAccessible::updateAccessibility;
    auto *iface = dynamic_cast<AccessibleItemView *>(QAccessible::queryAccessibleInterface(view));
    if (!iface)
        return;
    const int index = int(iface->itemKeys().indexOf(key));
    if (index < 0)
        return;
    QAccessibleEvent selection(view, QAccessible::Selection);
    selection.setChild(index);
    send(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(index);
        send(&focus);
    }
}

} // namespace Frise::Ui
