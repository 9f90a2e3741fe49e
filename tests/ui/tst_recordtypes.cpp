// SPDX-License-Identifier: GPL-3.0-or-later
// The record-type table drives the window: every kind the user can create gets
// its "New" action, creates from the selection's context, opens in its editor,
// deletes and comes back with undo — all without the window naming the kind.
#include "ui/databasesession.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/recordactions.h"
#include "ui/recordeditor.h"
#include "ui/recordtype.h"
#include "uitestdata.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Frise;

class TestRecordTypes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    UiTestData::Ids m_ids;
    int m_counter = 0;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    bool isStored(const Ui::RecordType &type, RowId id) const
    {
        Storage::StorageError error;
        const bool stored = type.exists(*m_window->session()->database(), id, &error);
        return !error && stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("types%1.frise").arg(++m_counter));
        m_ids = UiTestData::fill(path);
        QVERIFY(m_ids.drop);
        m_window = std::make_unique<Ui::MainWindow>();
        QVERIFY(m_window->openDatabase(path));
    }

    void cleanup() { m_window.reset(); }

    void table()
    {
        QStringList names;
        QStringList labels;
        for (const Ui::RecordType &type : Ui::RecordType::all()) {
            QVERIFY2(!names.contains(type.name), qPrintable(type.name));
            names.append(type.name);
            QVERIFY(!type.displayLabel().isEmpty());
            QVERIFY2(!labels.contains(type.displayLabel()), qPrintable(type.displayLabel()));
            labels.append(type.displayLabel());
            QCOMPARE(Ui::RecordType::find(type.name), &type);
            // What the user can create, the user can edit and delete.
            QCOMPARE(bool(type.createNew), bool(type.createEditor));
            QCOMPARE(bool(type.createNew), bool(type.remove));
            QCOMPARE(bool(type.createNew), type.newActionName != nullptr);
        }
        QVERIFY(names.contains(QStringLiteral("event")));
        QVERIFY(names.contains(QStringLiteral("tag")));
        QCOMPARE(Ui::RecordType::find(u"no such kind"), nullptr);
        QCOMPARE(Ui::RecordType::find(QString()), nullptr);
        QCOMPARE(std::count_if(Ui::RecordType::all().cbegin(), Ui::RecordType::all().cend(),
                     [](const Ui::RecordType &type) { return type.isMain; }),
            1);
    }

    void createDeleteUndo_data()
    {
        QTest::addColumn<QString>("entity");
        for (const Ui::RecordType &type : Ui::RecordType::all())
            if (type.createNew)
                QTest::newRow(qPrintable(type.name)) << type.name;
    }

    void createDeleteUndo()
    {
        QFETCH(QString, entity);
        const Ui::RecordType *type = Ui::RecordType::find(entity);
        QVERIFY(type);
        QUndoStack *stack = m_window->session()->undoStack();
        QAction *create = action(QLatin1String(type->newActionName));
        QVERIFY(create);
        QVERIFY(create->isEnabled());
        QVERIFY(!create->text().isEmpty());

        create->trigger();
        QCOMPARE(m_window->currentEntity(), entity);
        const RowId id = m_window->currentId();
        QVERIFY(id);
        QVERIFY(isStored(*type, id));
        QVERIFY(m_window->inspector()->currentEditor());
        QCOMPARE(m_window->inspector()->currentEditor()->entity(), entity);
        QCOMPARE(m_window->inspector()->currentEditor()->recordId(), id);

        QAction *remove = action(QStringLiteral("actionDelete"));
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QVERIFY(!isStored(*type, id));
        QCOMPARE(m_window->currentId(), RowId(0));
        QVERIFY(!remove->isEnabled());

        stack->undo();
        QVERIFY(isStored(*type, id));
        stack->undo();
        QVERIFY(!isStored(*type, id));
    }

    void newRecordsStartFromTheSelection()
    {
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionNewEvent"))->trigger();
        const std::optional<Event> event = m_window->session()->find<Event>(m_window->currentId());
        QVERIFY(event);
        QCOMPARE(event->disputeIds, QList<RowId> {m_ids.redditApi});

        m_window->selectRecord(QStringLiteral("actor"), m_ids.microsoft);
        action(QStringLiteral("actionNewClaim"))->trigger();
        const std::optional<Claim> claim = m_window->session()->find<Claim>(m_window->currentId());
        QVERIFY(claim);
        QCOMPARE(claim->claimantId, m_ids.microsoft);
        QCOMPARE(claim->disputeId, RowId(0));

        m_window->selectRecord(QStringLiteral("actor"), m_ids.reddit);
        action(QStringLiteral("actionNewRelation"))->trigger();
        const std::optional<Relation> relation = m_window->session()->find<Relation>(m_window->currentId());
        QVERIFY(relation);
        QCOMPARE(relation->fromActorId, m_ids.reddit);
        QVERIFY(relation->toActorId != m_ids.reddit);

        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionNewEra"))->trigger();
        const std::optional<Era> era = m_window->session()->find<Era>(m_window->currentId());
        QVERIFY(era);
        QCOMPARE(era->disputeId, m_ids.redditApi);
        QVERIFY(era->start.isValid() && era->end.isValid());
    }

    void deletingADisputeKeepsItsErasForTheUndo()
    {
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionNewEra"))->trigger();
        const RowId era = m_window->currentId();
        QCOMPARE(m_window->session()->find<Era>(era)->disputeId, m_ids.redditApi);
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionDelete"))->trigger();
        // The era stays, without its dispute (ON DELETE SET NULL) ...
        QCOMPARE(m_window->session()->find<Era>(era)->disputeId, RowId(0));
        QCOMPARE(m_window->session()->eras().size(), 1);
        QCOMPARE(m_window->session()->eras().first().disputeId, RowId(0));
        // ... and gets it back with the undo.
        m_window->session()->undoStack()->undo();
        QCOMPARE(m_window->session()->find<Era>(era)->disputeId, m_ids.redditApi);
        QCOMPARE(m_window->session()->eras().first().disputeId, m_ids.redditApi);
    }

    // A status change moves its dispute's status (storage derives it); the
    // window's cached dispute and its editor follow, and undo moves it back.
    void aStatusChangeMovesItsDisputeAndUndoMovesItBack()
    {
        Ui::DatabaseSession *session = m_window->session();
        const auto cachedStatus = [&] {
            for (const Dispute &dispute : session->disputes())
                if (dispute.id == m_ids.redditApi)
                    return dispute.status;
            return Dispute::Status::Dropped;
        };
        const Dispute::Status before = cachedStatus();
        QSignalSpy changed(session, &Ui::DatabaseSession::recordChanged);
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionNewStatusChange"))->trigger();
        const std::optional<StatusChange> change = session->find<StatusChange>(m_window->currentId());
        QVERIFY(change);
        QCOMPARE(change->disputeId, m_ids.redditApi);
        QCOMPARE(change->from, before); // it leaves the status the dispute had
        QVERIFY(change->to != before);
        QCOMPARE(session->find<Dispute>(m_ids.redditApi)->status, change->to);
        QCOMPARE(cachedStatus(), change->to);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [this](const QList<QVariant> &args) {
            return args.at(0).toString() == QLatin1String("dispute") && args.at(1).toLongLong() == m_ids.redditApi;
        }));

        // The dispute's editor shows the history and leaves the status to it.
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        auto *editor = m_window->inspector()->currentEditor();
        QVERIFY(editor);
        auto *status = editor->findChild<QComboBox *>(QStringLiteral("disputeStatus"));
        QVERIFY(status);
        QVERIFY(!status->isEnabled());

        session->undoStack()->undo();
        QCOMPARE(session->find<Dispute>(m_ids.redditApi)->status, before);
        QCOMPARE(cachedStatus(), before);
        QVERIFY(session->statusChanges().isEmpty());

        // Deleting the dispute takes its history; undo brings both back.
        session->undoStack()->redo();
        m_window->selectRecord(QStringLiteral("dispute"), m_ids.redditApi);
        action(QStringLiteral("actionDelete"))->trigger();
        QVERIFY(session->statusChanges().isEmpty());
        session->undoStack()->undo();
        QCOMPARE(session->statusChanges().size(), 1);
        QCOMPARE(session->find<Dispute>(m_ids.redditApi)->status, change->to);
    }

    void aRefusalIsSaidAndCreatesNothing()
    {
        // A relation needs two actors: an empty database has none.
        const QString path = m_dir.filePath(QStringLiteral("empty%1.frise").arg(m_counter));
        QVERIFY(m_window->openDatabase(path, true));
        const int steps = m_window->session()->undoStack()->count();
        action(QStringLiteral("actionNewRelation"))->trigger();
        QCOMPARE(m_window->currentId(), RowId(0));
        QCOMPARE(m_window->session()->undoStack()->count(), steps);
        QVERIFY(m_window->session()->relations().isEmpty());
        QCOMPARE(m_window->messageBar()->kind(), Ui::MessageBar::Kind::Warning);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("two actors")));
    }

    void tagsCannotBeDeleted()
    {
        const QList<Tag> &tags = m_window->session()->tags();
        QVERIFY(!tags.isEmpty());
        m_window->selectRecord(QStringLiteral("tag"), tags.constFirst().id);
        QCOMPARE(m_window->currentEntity(), QStringLiteral("tag"));
        QVERIFY(!m_window->inspector()->currentEditor());
        QVERIFY(!action(QStringLiteral("actionDelete"))->isEnabled());
        m_window->recordActions()->deleteSelection();
        QCOMPARE(m_window->session()->tags().size(), tags.size());
    }

    void newMenuListsTheOtherKinds()
    {
        QStringList inMenu;
        for (const QAction *entry : m_window->recordActions()->newMenu()->actions())
            inMenu.append(entry->objectName());
        QStringList expected;
        for (const Ui::RecordType &type : Ui::RecordType::all())
            if (type.createNew && !type.isMain)
                expected.append(QLatin1String(type.newActionName));
        QCOMPARE(inMenu, expected);
        QCOMPARE(m_window->recordActions()->newMainAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    }
};

QTEST_MAIN(TestRecordTypes)
#include "tst_recordtypes.moc"
