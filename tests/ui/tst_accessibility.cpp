// SPDX-License-Identifier: GPL-3.0-or-later
// What accessibility tools see of the custom-painted views: the timeline's
// events and the graph's nodes as children with names, descriptions (dates,
// kind, status), roles and selected/focused states, and an event when the
// selection moves.
#include "../graph/sampledataset.h"
#include "io/sample.h"
#include "ui/accessibleitemview.h"
#include "ui/graphview.h"
#include "ui/timelineview.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;

namespace {

struct Notification
{
    QObject *object = nullptr;
    QAccessible::Event type = QAccessible::InvalidEvent;
    int child = -1;
};
QList<Notification> notifications;

void recordEvent(QAccessibleEvent *event)
{
    notifications.append({event->object(), event->type(), event->child()});
}

bool showGraph(Ui::GraphView &view)
{
    QSignalSpy finished(&view, &Ui::GraphView::layoutFinished);
    view.resize(900, 700);
    view.setDataset(FriseTest::sampleGraphDataset());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    return !view.isLayoutRunning() || finished.wait(60000);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    Dataset m_sample;

    std::unique_ptr<Ui::TimelineView> makeTimeline()
    {
        auto view = std::make_unique<Ui::TimelineView>();
        view->resize(1200, 700);
        auto data = std::make_shared<TimelineData>(TimelineData::fromDataset(m_sample));
        // The disputes' status periods, as the window's timeline has them.
        QHash<RowId, int> disputeLanes;
        for (const Dispute &d : m_sample.disputes) {
            for (int lane = 0; lane < data->laneCount(LaneMode::Dispute); ++lane) {
                if (data->lane(LaneMode::Dispute, lane).key == laneKey(d.id, d.uid))
                    disputeLanes.insert(d.id, lane);
            }
        }
        data->addEras(m_sample.eras, m_sample.statusChanges, disputeLanes);
        view->setData(data, std::shared_ptr<TitleProvider>(TimelineData::titleProvider(m_sample)));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    const Event *sampleEvent(RowId id) const
    {
        for (const Event &e : m_sample.events) {
            if (e.id == id)
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Io::IoError error;
        QVERIFY2(Io::loadSample(&m_sample, &error), qPrintable(error.toString()));
        QVERIFY(!m_sample.statusChanges.isEmpty());
        Ui::AccessibleItemView::setEventSink(recordEvent);
    }

    void init() { notifications.clear(); }

    void timelineListsTheEventsShown()
    {
        auto view = makeTimeline();
        QVERIFY(view);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.get());
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);

        QSet<RowId> drawn;
        const QRectF shown(view->viewport()->rect());
        for (const LayoutItem &item : view->layout().items()) {
            if (view->itemRect(item.id).intersects(shown))
                drawn.insert(item.id);
        }
        QVERIFY(drawn.size() >= 5);
        QCOMPARE(iface->childCount(), int(drawn.size()));

        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child && child->isValid());
            QCOMPARE(iface->child(i), child); // the same interface each time
            QCOMPARE(iface->indexOfChild(child), i);
            QCOMPARE(child->parent(), iface);
            QCOMPARE(child->role(), QAccessible::ListItem);
            const QString name = child->text(QAccessible::Name);
            const Event *event = nullptr;
            for (const Event &e : m_sample.events) {
                if (e.title.textOrFallback(Language::English) == name)
                    event = &e;
            }
            QVERIFY2(event, qPrintable(name));
            QVERIFY(drawn.contains(event->id));
            // The description gives the date as the application writes it.
            const QString description = child->text(QAccessible::Description);
            QVERIFY2(description.startsWith(event->start.toDisplayString(Language::English)),
                qPrintable(description + QStringLiteral(" / ") + event->start.toDisplayString(Language::English)));
            // On screen where the view draws it.
            const QRect local(view->mapFromGlobal(child->rect().topLeft()), child->rect().size());
            QVERIFY(local.intersects(view->rect()));
            QVERIFY(!child->state().selected);
        }
    }

    void timelineDescriptionNamesTheDisputeAndItsStatus()
    {
        auto view = makeTimeline();
        QVERIFY(view);
        // Some event is dated during a recorded status of its dispute: its description says which.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.get());
        bool statusSeen = false;
        for (int i = 0; i < iface->childCount(); ++i) {
            const QString description = iface->child(i)->text(QAccessible::Description);
            for (const Dispute::Status status :
                {Dispute::Status::Brewing, Dispute::Status::Threatened, Dispute::Status::Filed,
                    Dispute::Status::Settled, Dispute::Status::Ruled, Dispute::Status::Dropped})
                statusSeen = statusSeen
                    || description.contains(QStringLiteral("(%1)").arg(disputeStatusName(status, Language::English)));
        }
        QVERIFY(statusSeen);
    }

    void timelineReportsTheSelection()
    {
        auto view = makeTimeline();
        QVERIFY(view);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.get());
        QVERIFY(iface->childCount() > 1);
        QTest::keyClick(view.get(), Qt::Key_Right); // selects an event in sight
        QCOMPARE(view->selection().size(), 1);
        const RowId selected = view->selection().constFirst();
        const Event *event = sampleEvent(selected);
        QVERIFY(event);

        QAccessibleInterface *focus = iface->focusChild();
        QVERIFY(focus);
        QCOMPARE(focus->text(QAccessible::Name), event->title.textOrFallback(Language::English));
        QVERIFY(focus->state().selected);
        QVERIFY(focus->state().focused);
        int selectedChildren = 0;
        for (int i = 0; i < iface->childCount(); ++i)
            selectedChildren += iface->child(i)->state().selected ? 1 : 0;
        QCOMPARE(selectedChildren, 1);

        // Screen readers are told: a selection event and a focus event on that child.
        QVERIFY(notifications.size() >= 2);
        const int index = iface->indexOfChild(focus);
        QCOMPARE(notifications[0].object, static_cast<QObject *>(view.get()));
        QCOMPARE(notifications[0].type, QAccessible::Selection);
        QCOMPARE(notifications[0].child, index);
        QCOMPARE(notifications[1].type, QAccessible::Focus);
        QCOMPARE(notifications[1].child, index);
    }

    void graphListsItsNodes()
    {
        Ui::GraphView view;
        QVERIFY(showGraph(view));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.canvas());
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Graphic);
        QCOMPARE(iface->childCount(), view.model().nodeCount()); // the whole graph fits
        QSet<QString> names;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child);
            names.insert(child->text(QAccessible::Name));
            QVERIFY(!child->text(QAccessible::Description).isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("Elon Musk")));
        QVERIFY(names.contains(QStringLiteral("Stability AI")));
        // A company's description names its kind.
        for (int i = 0; i < iface->childCount(); ++i) {
            if (iface->child(i)->text(QAccessible::Name) == QLatin1String("Microsoft"))
                QVERIFY(iface->child(i)->text(QAccessible::Description).startsWith(QStringLiteral("Company")));
        }
    }

    void graphReportsTheClickedNode()
    {
        Ui::GraphView view;
        QVERIFY(showGraph(view));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view.canvas());
        view.canvas()->setFocus();
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, view.actorPosition(7));
        QCOMPARE(view.selectedActor(), RowId(7));
        int selected = -1;
        for (int i = 0; i < iface->childCount(); ++i) {
            if (iface->child(i)->state().selected) {
                QCOMPARE(selected, -1);
                selected = i;
            }
        }
        QVERIFY(selected >= 0);
        QCOMPARE(iface->child(selected)->text(QAccessible::Name), QStringLiteral("Stability AI"));
        QVERIFY(!notifications.isEmpty());
        QCOMPARE(notifications[0].type, QAccessible::Selection);
        QCOMPARE(notifications[0].child, selected);
        // The child reports where the node is drawn.
        const QRect rect = iface->child(selected)->rect();
        QVERIFY(rect.contains(view.canvas()->mapToGlobal(view.actorPosition(7))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
