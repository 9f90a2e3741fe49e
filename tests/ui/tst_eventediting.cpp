// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, editing and deleting an event through the real widgets, checked
// against what the database holds.
#include "ui/actorrolesdialog.h"
#include "ui/bilingualfield.h"
#include "ui/databasesession.h"
#include "ui/datefield.h"
#include "ui/eventeditor.h"
#include "ui/inspector.h"
#include "ui/linklistfield.h"
#include "ui/mainwindow.h"
#include "ui/markdownnoteseditor.h"
#include "uitestdata.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Frise;

class TestEventEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    UiTestData::Ids m_ids;
    int m_counter = 0;

    std::optional<Event> stored(RowId id) const { return m_window->session()->find<Event>(id); }
    Ui::EventEditor *editor() const { return qobject_cast<Ui::EventEditor *>(m_window->inspector()->currentEditor()); }
    void trigger(const char *action) { m_window->findChild<QAction *>(QLatin1String(action))->trigger(); }
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit%1.frise").arg(++m_counter));
        m_ids = UiTestData::fill(path);
        QVERIFY(m_ids.drop);
        m_window = std::make_unique<Ui::MainWindow>();
        QVERIFY(m_window->openDatabase(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void createEditDelete_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::newRow("french") << Language::French << QStringLiteral("Reddit et OpenAI rompent les discussions")
                                << QStringLiteral("2023-06-12");
        QTest::newRow("english") << Language::English << QStringLiteral("Talks break down")
                                 << QStringLiteral("~2023-06");
    }

    void createEditDelete()
    {
        QFETCH(Language, language);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QUndoStack *stack = m_window->session()->undoStack();
        const int before = stack->count();
        m_window->setContentLanguage(
            language == Language::French ? Ui::ContentLanguage::French : Ui::ContentLanguage::English);

        trigger("actionNewEvent");
        QCOMPARE(m_window->currentEntity(), QStringLiteral("event"));
        const RowId id = m_window->currentId();
        QVERIFY(id);
        QVERIFY(stored(id));
        QCOMPARE(stack->count(), before + 1);
        Ui::EventEditor *form = editor();
        QVERIFY(form);
        QCOMPARE(form->recordId(), id);

        // Title in one language: the other stays missing, visibly marked.
        auto *titleEdit = qobject_cast<QLineEdit *>(form->titleField()->editor(language));
        QVERIFY(titleEdit);
        typeInto(titleEdit, title);
        QTRY_COMPARE_WITH_TIMEOUT(stored(id)->title.text(language), title, 30000);
        QCOMPARE(stored(id)->title.status(language), TranslationStatus::Original);
        auto *otherEdit = form->titleField()->editor(otherLanguage(language));
        QVERIFY(otherEdit->property("translationMissing").toBool());

        // The translation: typed, then marked as needing review.
        auto *otherTitle = qobject_cast<QLineEdit *>(otherEdit);
        typeInto(otherTitle, QStringLiteral("Traduction / translation"));
        QTRY_COMPARE_WITH_TIMEOUT(
            stored(id)->title.text(otherLanguage(language)), QStringLiteral("Traduction / translation"), 30000);
        QComboBox *status = form->titleField()->statusCombo(otherLanguage(language));
        const int review = status->findData(static_cast<int>(TranslationStatus::NeedsReview));
        status->setCurrentIndex(review);
        Q_EMIT status->activated(review);
        QCOMPARE(stored(id)->title.status(otherLanguage(language)), TranslationStatus::NeedsReview);

        // A date typed as text, shown as understood.
        typeInto(form->startField()->lineEdit(), date);
        const FuzzyDate expected = FuzzyDate::fromIsoText(date);
        QVERIFY(expected.isValid());
        QCOMPARE(stored(id)->start, expected);
        // Nonsense is not saved.
        typeInto(form->startField()->lineEdit(), QStringLiteral("pas une date"));
        QVERIFY(!form->startField()->isAcceptable());
        QCOMPARE(stored(id)->start, expected);
        typeInto(form->startField()->lineEdit(), date);

        form->importanceField()->setValue(5);
        QCOMPARE(stored(id)->importance, 5);

        // Links: a dispute ticked, an actor and a source added by name.
        const RowId disputeId = form->disputesField()->item(0)->data(Qt::UserRole).toLongLong();
        form->disputesField()->item(0)->setCheckState(Qt::Checked); // the list is rebuilt after the save
        QCOMPARE(stored(id)->disputeIds, QList<RowId> {disputeId});
        form->actorsField()->entry()->setText(QStringLiteral("Reddit"));
        QTest::keyClick(form->actorsField()->entry(), Qt::Key_Return);
        QCOMPARE(stored(id)->actors.size(), 1);
        QCOMPARE(stored(id)->actors.first().actorId, m_ids.reddit);
        form->sourcesField()->entry()->setText(QStringLiteral("Mashable — Microsoft is dropping Twitter from its "
                                                              "advertising platform"));
        QTest::keyClick(form->sourcesField()->entry(), Qt::Key_Return);
        QCOMPARE(stored(id)->sourceIds, QList<RowId> {m_ids.mashable});
        typeInto(form->tagsField(), QStringLiteral("data, api-pricing"));
        QCOMPARE(stored(id)->tags.size(), 2);

        // Notes are saved when the editor loses focus.
        QPlainTextEdit *notes = form->notesField()->sourceEditor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("**A verifier** avec le service juridique"));
        form->importanceField()->setFocus();
        QTRY_COMPARE_WITH_TIMEOUT(stored(id)->notes, QStringLiteral("**A verifier** avec le service juridique"), 30000);

        // Delete, then undo: the same row comes back with its links.
        const Event full = *stored(id);
        trigger("actionDelete");
        QVERIFY(!stored(id));
        QCOMPARE(m_window->currentId(), RowId(0));
        trigger("actionUndo");
        QVERIFY(stored(id));
        QCOMPARE(Ui::withVersion(*stored(id), 0), Ui::withVersion(full, 0));
        trigger("actionRedo");
        QVERIFY(!stored(id));
    }

    // A role is picked or typed in either language and stored by name; it
    // reads in the content language; Edit → Actor Roles translates a new
    // role as one undoable step.
    void rolesFromTheVocabulary()
    {
        m_window->setContentLanguage(Ui::ContentLanguage::French);
        m_window->selectEvent(m_ids.drop);
        Ui::EventEditor *form = editor();
        QVERIFY(form);
        form->actorsField()->entry()->setText(QStringLiteral("Reddit"));
        QTest::keyClick(form->actorsField()->entry(), Qt::Key_Return);
        auto *list = form->actorsField()->findChild<QTreeWidget *>();
        QVERIFY(list);
        // Sets the last link's role to @p text, in the role editor offering @p offered (a built-in role's label).
        const auto setRole = [&](const QString &text, const QString &offered) {
            QTreeWidgetItem *item = list->topLevelItem(list->topLevelItemCount() - 1);
            list->editItem(item, 1);
            auto *combo = list->findChild<QComboBox *>();
            QVERIFY(combo);
            QVERIFY(combo->findText(offered) >= 0); // the vocabulary, in the content language
            combo->setCurrentText(text);
            Q_EMIT list->itemDelegateForColumn(1)->commitData(combo);
            Q_EMIT list->itemDelegateForColumn(1)->closeEditor(combo);
        };
        const auto storedRole = [&] {
            const Event event = *stored(m_ids.drop);
            for (const EventActor &link : event.actors)
                if (link.actorId == m_ids.reddit)
                    return link.role;
            return QString();
        };

        setRole(QStringLiteral("Demandeur"), QStringLiteral("demandeur"));
        QTRY_COMPARE(storedRole(), QStringLiteral("plaintiff"));
        form = editor();
        list = form->actorsField()->findChild<QTreeWidget *>();
        QTRY_COMPARE(list->topLevelItem(list->topLevelItemCount() - 1)->text(1), QStringLiteral("demandeur"));
        m_window->setContentLanguage(Ui::ContentLanguage::English);
        form = editor();
        list = form->actorsField()->findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItem(list->topLevelItemCount() - 1)->text(1), QStringLiteral("plaintiff"));

        // A new role joins the vocabulary as typed.
        setRole(QStringLiteral("ad buyer"), QStringLiteral("plaintiff"));
        QTRY_COMPARE(storedRole(), QStringLiteral("ad buyer"));
        const auto findRole = [&](const QString &name) -> std::optional<ActorRole> {
            for (const ActorRole &role : m_window->session()->roles())
                if (role.name == name)
                    return role;
            return std::nullopt;
        };
        QVERIFY(findRole(QStringLiteral("ad buyer")));

        // Translated in the roles dialog, as one step that undo takes back.
        Ui::ActorRolesDialog dialog(m_window->session()->roles(), false);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("actorRoleTable"));
        QVERIFY(table);
        const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("ad buyer"), Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        table->item(found.first()->row(), 2)->setText(QStringLiteral("acheteur d’espace"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.edits().size(), 1);
        QVERIFY(m_window->session()->push(
            new Ui::ActorRoleCommand(m_window->session(), dialog.edits(), QStringLiteral("roles"))));
        QCOMPARE(findRole(QStringLiteral("ad buyer"))->label.fr, QStringLiteral("acheteur d’espace"));
        QCOMPARE(findRole(QStringLiteral("ad buyer"))->label.frStatus, TranslationStatus::Original);
        trigger("actionUndo");
        QVERIFY(findRole(QStringLiteral("ad buyer"))->label.fr.isEmpty());

        // A new role that is another's label is refused, naming it.
        Ui::ActorRolesDialog adding(m_window->session()->roles(), false);
        table = adding.findChild<QTableWidget *>(QStringLiteral("actorRoleTable"));
        adding.findChild<QPushButton *>(QStringLiteral("addRoleButton"))->click();
        table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("Tribunal"));
        adding.accept();
        QVERIFY(adding.result() != int(QDialog::Accepted));
        QVERIFY(
            adding.findChild<QLabel *>(QStringLiteral("actorRoleProblem"))->text().contains(QStringLiteral("court")));
    }

    void undoRedoEditsThroughEditor()
    {
        m_window->selectEvent(m_ids.drop);
        Ui::EventEditor *form = editor();
        QVERIFY(form);
        const Event original = *stored(m_ids.drop);
        auto *title = qobject_cast<QLineEdit *>(form->titleField()->editor(Language::English));
        typeInto(title, QStringLiteral("Microsoft pulls Twitter from Smart Campaigns"));
        QCOMPARE(stored(m_ids.drop)->title.en, QStringLiteral("Microsoft pulls Twitter from Smart Campaigns"));
        const Event edited = *stored(m_ids.drop);

        trigger("actionUndo");
        QCOMPARE(Ui::withVersion(*stored(m_ids.drop), 0), Ui::withVersion(original, 0));
        QCOMPARE(title->text(), original.title.en); // the editor follows the database
        trigger("actionRedo");
        QCOMPARE(Ui::withVersion(*stored(m_ids.drop), 0), Ui::withVersion(edited, 0));
    }

    void invalidEditIsRefusedAndNotStacked()
    {
        m_window->selectEvent(m_ids.threat);
        Ui::EventEditor *form = editor();
        const int count = m_window->session()->undoStack()->count();
        const Event original = *stored(m_ids.threat);
        // An end before the start: storage refuses, the form goes back to the stored record.
        typeInto(form->endField()->lineEdit(), QStringLiteral("1999"));
        QCOMPARE(m_window->session()->undoStack()->count(), count);
        QCOMPARE(*stored(m_ids.threat), original);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("messageBar"))->isHidden());
        QCOMPARE(form->endField()->lineEdit()->text(), QString());
    }
};

QTEST_MAIN(TestEventEditing)
#include "tst_eventediting.moc"
