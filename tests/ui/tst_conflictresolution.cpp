// SPDX-License-Identifier: GPL-3.0-or-later
// Two sessions on one SQLite file stand for two journalists: an edit based on
// a stale copy meets the conflict dialog, and keep mine / keep theirs / merge
// each store what was chosen, through the same versioned save (a change made
// while the dialog is open is caught again). Backend-independent: the
// PostgreSQL side runs in tst_teammode.
#include "conflictdialogdriver.h"
#include "ui/bilingualfield.h"
#include "ui/conflictdialog.h"
#include "ui/conflictresolver.h"
#include "ui/databasesession.h"
#include "ui/eventeditor.h"
#include "ui/recordactions.h"
#include "ui/recordfields.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Frise;
using Ui::ConflictDialog;
using Ui::ConflictResolver;

namespace {

using UiTestData::ConflictDialogDriver;

Storage::Database::OpenOptions shared()
{
    Storage::Database::OpenOptions options;
    options.exclusive = false; // two sessions on one file, as two clients on one server
    return options;
}

void fillEveryMember(Event &e)
{
    e.id = 7;
    e.uid = QStringLiteral("event-x");
    e.title = BilingualText::both(QStringLiteral("T"), QStringLiteral("T"));
    e.text = BilingualText::both(QStringLiteral("X"), QStringLiteral("X"));
    e.start = FuzzyDate::fromIsoText(QStringLiteral("2023"));
    e.end = FuzzyDate::fromIsoText(QStringLiteral("2024"));
    e.importance = 5;
    e.notes = QStringLiteral("n");
    e.disputeIds = {1};
    e.actors = {{2, QStringLiteral("r")}};
    e.tags = {QStringLiteral("t")};
    e.sourceIds = {3};
    e.version = 4;
}

void fillEveryMember(Actor &a)
{
    a.id = 7;
    a.kind = Actor::Kind::Court;
    a.name = BilingualText::both(QStringLiteral("N"), QStringLiteral("N"));
    a.description = BilingualText::both(QStringLiteral("D"), QStringLiteral("D"));
    a.aliases = {QStringLiteral("A")};
    a.parentId = 2;
}

void fillEveryMember(Dispute &d)
{
    d.id = 7;
    d.title = BilingualText::both(QStringLiteral("T"), QStringLiteral("T"));
    d.description = BilingualText::both(QStringLiteral("D"), QStringLiteral("D"));
    d.status = Dispute::Status::Ruled;
    d.colour = QStringLiteral("#ff0000");
    d.partyIds = {1, 2};
}

void fillEveryMember(Claim &c)
{
    c.id = 7;
    c.text = BilingualText::both(QStringLiteral("T"), QStringLiteral("T"));
    c.quote = QStringLiteral("q");
    c.quoteLanguage = QStringLiteral("fr");
    c.claimantId = 1;
    c.madeOn = FuzzyDate::fromIsoText(QStringLiteral("2023-04"));
    c.madeInSourceId = 2;
    c.disputeId = 3;
    c.status = Claim::Status::Refuted;
    c.rebutsClaimId = 4;
    c.evidenceSourceIds = {5};
    c.notes = QStringLiteral("n");
}

void fillEveryMember(Source &s)
{
    s.id = 7;
    s.outlet = QStringLiteral("o");
    s.title = QStringLiteral("t");
    s.url = QStringLiteral("https://example.org");
    s.language = QStringLiteral("fr");
    s.published = FuzzyDate::fromIsoText(QStringLiteral("2023"));
    s.accessed = QDate(2024, 1, 2);
    s.excerpt = QStringLiteral("e");
    s.archives = {{QStringLiteral("https://web.archive.org/web/2024/https://example.org"),
        ArchivedUrl::Kind::WebArchive, QString(), QDate(2024, 1, 3)}};
    s.urlDead = true;
    s.grade = {QChar(u'B'), 2};
    s.confidential = true;
}

void fillEveryMember(Relation &r)
{
    r.id = 7;
    r.fromActorId = 1;
    r.toActorId = 2;
    r.type = Relation::Type::Sues;
    r.start = FuzzyDate::fromIsoText(QStringLiteral("2020"));
    r.end = FuzzyDate::fromIsoText(QStringLiteral("2021"));
    r.note = QStringLiteral("n");
    r.sourceIds = {3};
}

} // namespace

class TestConflictResolution : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Ui::DatabaseSession> m_mine;
    std::unique_ptr<Ui::DatabaseSession> m_theirs;
    RowId m_eventId = 0;

    Event base() const { return *m_mine->find<Event>(m_eventId); }

    /// Their save of @p change, as the other journalist's editor does it.
    bool theirEdit(const std::function<void(Event &)> &change)
    {
        const Event stored = *m_theirs->find<Event>(m_eventId);
        Event edited = stored;
        change(edited);
        return m_theirs->push(new Ui::EditEventCommand(m_theirs.get(), stored, edited, QStringLiteral("theirs")));
    }

    static Event mineFrom(const Event &base)
    {
        Event mine = base;
        mine.title.setText(Language::French, QStringLiteral("Mon titre"), TranslationStatus::Original);
        mine.notes = QStringLiteral("mes notes");
        return mine;
    }

    static void theirChange(Event &event)
    {
        event.text.setText(Language::English, QStringLiteral("Their text"), TranslationStatus::Translated);
        event.notes = QStringLiteral("their notes");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared-%1.frise").arg(++m_counter));
        const UiTestData::Ids ids = UiTestData::fill(path);
        QVERIFY(ids.drop);
        m_eventId = ids.drop;
        m_mine = std::make_unique<Ui::DatabaseSession>();
        m_theirs = std::make_unique<Ui::DatabaseSession>();
        QString message;
        QVERIFY2(m_mine->open(path, shared(), &message), qPrintable(message));
        QVERIFY2(m_theirs->open(path, shared(), &message), qPrintable(message));
    }

    void cleanup()
    {
        m_mine.reset();
        m_theirs.reset();
    }

    void resolutions_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<bool>("notesFromTheirs"); // the merge's choice for the field both changed
        QTest::addColumn<QString>("titleFr");
        QTest::addColumn<QString>("textEn");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<int>("undoSteps");
        QTest::newRow("keep mine") << int(ConflictDialog::Resolution::KeepMine) << false << "Mon titre" << "(base)"
                                   << "mes notes" << 1;
        QTest::newRow("keep theirs") << int(ConflictDialog::Resolution::KeepTheirs) << false << "(base)"
                                     << "Their text" << "their notes" << 0;
        QTest::newRow("merge, defaults") << int(ConflictDialog::Resolution::Merge) << false << "Mon titre"
                                         << "Their text" << "mes notes" << 1;
        QTest::newRow("merge, their notes") << int(ConflictDialog::Resolution::Merge) << true << "Mon titre"
                                            << "Their text" << "their notes" << 1;
    }

    void resolutions()
    {
        QFETCH(int, resolution);
        QFETCH(bool, notesFromTheirs);
        QFETCH(QString, titleFr);
        QFETCH(QString, textEn);
        QFETCH(QString, notes);
        QFETCH(int, undoSteps);

        const Event stored = base(); // what my editor shows
        const Event mine = mineFrom(stored);
        QVERIFY(theirEdit(theirChange));
        const Event theirs = *m_theirs->find<Event>(m_eventId);
        if (titleFr == QLatin1String("(base)"))
            titleFr = stored.title.fr;
        if (textEn == QLatin1String("(base)"))
            textEn = stored.text.en;

        QStringList labels;
        QList<bool> defaults;
        QList<bool> bothChanged;
        ConflictDialogDriver driver([&](ConflictDialog *dialog, int) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                labels.append(label->text());
            defaults = dialog->takeMine();
            if (notesFromTheirs)
                dialog->setTakeMine(dialog->rowCount() - 1, false); // Notes is the last field
            dialog->resolve(ConflictDialog::Resolution(resolution));
        });
        QSignalSpy errors(m_mine.get(), &Ui::DatabaseSession::errorOccurred);
        const ConflictResolver::Outcome outcome = ConflictResolver::pushEdit(
            m_mine.get(), stored, mine, QStringLiteral("Edit"), QStringLiteral("“test”"), Language::French, nullptr);
        QCOMPARE(driver.seen(), 1);
        QCOMPARE(errors.size(), 0); // the conflict went to the dialog, not to the message bar
        QCOMPARE(outcome,
            resolution == int(ConflictDialog::Resolution::KeepTheirs) ? ConflictResolver::Outcome::KeptTheirs
                                                                      : ConflictResolver::Outcome::Saved);
        // The dialog showed the three differing fields, each with its three-way default.
        QCOMPARE(defaults, (QList<bool> {true, false, true}));
        QVERIFY(labels.contains(QStringLiteral("Mon titre [original]")));
        QVERIFY(labels.contains(QStringLiteral("Their text [translated]")));
        QVERIFY(labels.contains(QStringLiteral("their notes")));

        // Both sessions read what was chosen, and nothing else changed.
        for (Ui::DatabaseSession *session : {m_mine.get(), m_theirs.get()}) {
            const Event now = *session->find<Event>(m_eventId);
            QCOMPARE(now.title.fr, titleFr);
            QCOMPARE(now.text.en, textEn);
            QCOMPARE(now.notes, notes);
            QCOMPARE(now.title.en, stored.title.en);
            QCOMPARE(now.text.fr, stored.text.fr);
            QCOMPARE(now.start, stored.start);
            QCOMPARE(now.actors, stored.actors);
            QCOMPARE(now.disputeIds, stored.disputeIds);
            QCOMPARE(now.sourceIds, stored.sourceIds);
            QCOMPARE(now.tags, stored.tags);
            QCOMPARE(now.version, theirs.version + undoSteps);
        }

        // Only the landed edit is on my undo stack; undoing it brings theirs back exactly.
        QCOMPARE(m_mine->undoStack()->count(), undoSteps);
        if (undoSteps) {
            m_mine->undoStack()->undo();
            QCOMPARE(Ui::withVersion(*m_mine->find<Event>(m_eventId), 0), Ui::withVersion(theirs, 0));
            m_mine->undoStack()->redo();
            QCOMPARE(m_mine->find<Event>(m_eventId)->notes, notes);
            QCOMPARE(m_mine->undoStack()->count(), 1);
        }
    }

    void changeWhileDialogIsOpen()
    {
        const Event stored = base();
        const Event mine = mineFrom(stored);
        QVERIFY(theirEdit(theirChange));
        QList<int> rowsShown;
        const int importance = stored.importance == 1 ? 2 : 1;
        ConflictDialogDriver driver([&](ConflictDialog *dialog, int index) {
            rowsShown.append(dialog->rowCount());
            if (index == 0) {
                // They save again while I am choosing: my "keep mine" must not overwrite it blindly.
                QVERIFY(theirEdit([importance](Event &event) { event.importance = importance; }));
                dialog->resolve(ConflictDialog::Resolution::KeepMine);
            } else {
                dialog->resolve(ConflictDialog::Resolution::Merge);
            }
        });
        const ConflictResolver::Outcome outcome = ConflictResolver::pushEdit(
            m_mine.get(), stored, mine, QStringLiteral("Edit"), QStringLiteral("“test”"), Language::French, nullptr);
        QCOMPARE(outcome, ConflictResolver::Outcome::Saved);
        QCOMPARE(driver.seen(), 2);
        QCOMPARE(rowsShown.at(0), 3);
        // Round two: what "keep mine" meant (title, notes, their text undone) against their new importance.
        QCOMPARE(rowsShown.at(1), 4);
        const Event now = *m_theirs->find<Event>(m_eventId);
        QCOMPARE(now.title.fr, QStringLiteral("Mon titre"));
        QCOMPARE(now.notes, QStringLiteral("mes notes"));
        QCOMPARE(now.text.en, stored.text.en);
        QCOMPARE(now.importance, importance); // their second change survived the merge
        QCOMPARE(m_mine->undoStack()->count(), 1);
    }

    void deletedMeanwhile()
    {
        const Event stored = base();
        const std::optional<Event> current = m_theirs->find<Event>(m_eventId);
        QVERIFY(current);
        Storage::StorageError error;
        QVERIFY(Storage::EventRepository(*m_theirs->database()).removeAnyVersion(m_eventId, &error));
        QSignalSpy errors(m_mine.get(), &Ui::DatabaseSession::errorOccurred);
        const ConflictResolver::Outcome outcome = ConflictResolver::pushEdit(m_mine.get(), stored, mineFrom(stored),
            QStringLiteral("Edit"), QStringLiteral("“test”"), Language::French, nullptr);
        QCOMPARE(outcome, ConflictResolver::Outcome::Failed);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("deleted")),
            qPrintable(errors.at(0).at(0).toString()));
        QVERIFY(!m_mine->find<Event>(m_eventId));
        QCOMPARE(m_mine->undoStack()->count(), 0);
    }

    void editorOpensTheDialog()
    {
        // My inspector shows the event; they change its notes; I then change its title.
        Ui::EventEditor editor(m_mine.get());
        editor.setContentLanguage(Ui::ContentLanguage::Both);
        editor.load(m_eventId);
        QVERIFY(theirEdit(theirChange));
        ConflictDialogDriver driver(
            [](ConflictDialog *dialog, int) { dialog->resolve(ConflictDialog::Resolution::Merge); });
        auto *title = qobject_cast<QLineEdit *>(editor.titleField()->editor(Language::French));
        QVERIFY(title);
        title->setText(QStringLiteral("Titre de l’éditeur"));
        Q_EMIT title->editingFinished();
        QCOMPARE(driver.seen(), 1);
        const Event now = *m_theirs->find<Event>(m_eventId);
        QCOMPARE(now.title.fr, QStringLiteral("Titre de l’éditeur"));
        QCOMPARE(now.notes, QStringLiteral("their notes"));
        QCOMPARE(now.text.en, QStringLiteral("Their text"));
        // The editor shows the stored result.
        QCOMPARE(editor.textField()->value().en, QStringLiteral("Their text"));
        QCOMPARE(m_mine->undoStack()->count(), 1);
    }

    // My inspector shows the event; they change it; I then press Delete: the
    // conflict dialog decides, and undo brings the deleted version back whole.
    void deleteFromStaleView_data()
    {
        QTest::addColumn<bool>("deleteAnyway");
        QTest::newRow("keep theirs") << false;
        QTest::newRow("delete anyway") << true;
    }

    void deleteFromStaleView()
    {
        QFETCH(bool, deleteAnyway);
        QWidget window;
        Ui::EventEditor editor(m_mine.get(), &window);
        editor.setContentLanguage(Ui::ContentLanguage::Both);
        editor.load(m_eventId);
        Ui::RecordActions actions(m_mine.get(), &window);
        // As the main window wires it: Delete goes to the editor showing the record.
        actions.setShownDelete([&editor](const QString &entity, RowId id) -> std::optional<bool> {
            if (editor.entity() != entity || editor.recordId() != id)
                return std::nullopt;
            return editor.deleteShown();
        });
        actions.setWritable(true);
        actions.setSelection(QStringLiteral("event"), m_eventId);
        const Event seen = base();
        QVERIFY(!seen.sourceIds.isEmpty() || !seen.actors.isEmpty()); // links for the undo to bring back
        QVERIFY(theirEdit(theirChange));
        const Event theirs = *m_theirs->find<Event>(m_eventId);

        QStringList labels;
        bool hasMerge = true;
        ConflictDialogDriver driver([&](ConflictDialog *dialog, int) {
            QCOMPARE(dialog->kind(), ConflictDialog::Kind::Delete);
            hasMerge = dialog->mergeButton() != nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                labels.append(label->text());
            (deleteAnyway ? dialog->keepMineButton() : dialog->keepTheirsButton())->click();
        });
        QSignalSpy deleted(&actions, &Ui::RecordActions::deleted);
        QSignalSpy errors(m_mine.get(), &Ui::DatabaseSession::errorOccurred);
        actions.deleteAction()->trigger();
        QCOMPARE(driver.seen(), 1);
        QCOMPARE(errors.size(), 0);
        QVERIFY(!hasMerge);
        // The dialog showed what they changed since I looked.
        QVERIFY(labels.contains(QStringLiteral("their notes")));

        if (!deleteAnyway) {
            QCOMPARE(deleted.size(), 0);
            QCOMPARE(m_mine->undoStack()->count(), 0);
            for (Ui::DatabaseSession *session : {m_mine.get(), m_theirs.get()})
                QCOMPARE(*session->find<Event>(m_eventId), theirs);
            // The editor now shows their version, and a second Delete deletes it without asking.
            QCOMPARE(editor.textField()->value().en, QStringLiteral("Their text"));
            actions.deleteAction()->trigger();
            QCOMPARE(driver.seen(), 1);
            QCOMPARE(deleted.size(), 1);
            QVERIFY(!m_theirs->find<Event>(m_eventId));
            return;
        }
        QCOMPARE(deleted.size(), 1);
        QVERIFY(!m_theirs->find<Event>(m_eventId));
        QCOMPARE(m_mine->undoStack()->count(), 1);
        // Undo restores what was deleted: their version, links included.
        m_mine->undoStack()->undo();
        const std::optional<Event> restored = m_theirs->find<Event>(m_eventId);
        QVERIFY(restored);
        QCOMPARE(Ui::withVersion(*restored, 0), Ui::withVersion(theirs, 0));
        QCOMPARE(restored->sourceIds, theirs.sourceIds);
        QCOMPARE(restored->actors, theirs.actors);
        QCOMPARE(restored->disputeIds, theirs.disputeIds);
        // Redo deletes it again; a change by them after the undo makes redo refuse.
        m_mine->undoStack()->redo();
        QVERIFY(!m_theirs->find<Event>(m_eventId));
        m_mine->undoStack()->undo();
        QVERIFY(theirEdit([](Event &event) { event.notes = QStringLiteral("after the undo"); }));
        m_mine->undoStack()->redo();
        const std::optional<Event> survived = m_theirs->find<Event>(m_eventId);
        QVERIFY(survived);
        QCOMPARE(survived->notes, QStringLiteral("after the undo"));
    }

    // Every stored member of every record kind is one of the dialog's fields: a merge loses nothing.
    void fieldsCoverRecords_data()
    {
        QTest::addColumn<QString>("entity");
        for (const char *entity : {"event", "actor", "dispute", "claim", "source", "relation"})
            QTest::newRow(entity) << QString::fromLatin1(entity);
    }

    void fieldsCoverRecords()
    {
        QFETCH(QString, entity);
        if (entity == QLatin1String("event"))
            checkCoverage<Event>();
        else if (entity == QLatin1String("actor"))
            checkCoverage<Actor>();
        else if (entity == QLatin1String("dispute"))
            checkCoverage<Dispute>();
        else if (entity == QLatin1String("claim"))
            checkCoverage<Claim>();
        else if (entity == QLatin1String("source"))
            checkCoverage<Source>();
        else
            checkCoverage<Relation>();
    }

private:
    template<typename Record>
    static void checkCoverage()
    {
        Record full;
        fillEveryMember(full);
        const Record empty;
        const auto fields = Ui::RecordFields::list<Record>(nullptr, Language::English);
        QVERIFY(!fields.isEmpty());
        // Copying every field makes the records equal (ids and versions aside)...
        Record copy = empty;
        for (const auto &field : fields) {
            QVERIFY2(!field.same(copy, full), qPrintable(field.label));
            field.copy(copy, full);
            QVERIFY2(field.same(copy, full), qPrintable(field.label));
            QVERIFY(!field.text(full).isEmpty());
        }
        copy.id = full.id;
        copy.uid = full.uid;
        copy.version = full.version;
        QCOMPARE(copy, full);
        // ...and merged() takes exactly the fields asked for.
        QList<bool> takeMine(fields.size(), false);
        QCOMPARE(Ui::withVersion(Ui::RecordFields::merged(fields, empty, full, takeMine), 0),
            Ui::withVersion(
                [&] {
                    Record expected = full;
                    expected.id = empty.id;
                    expected.uid = empty.uid;
                    return expected;
                }(),
                0));
    }
};

QTEST_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
