// SPDX-License-Identifier: GPL-3.0-or-later
// The compact editors (claim, actor) save through their widgets and undo cleanly.
#include "ui/actoreditor.h"
#include "ui/archivelistfield.h"
#include "ui/bilingualfield.h"
#include "ui/claimeditor.h"
#include "ui/databasesession.h"
#include "ui/linklistfield.h"
#include "ui/markdownnoteseditor.h"
#include "ui/recordcombo.h"
#include "ui/roles.h"
#include "ui/searchresultsmodel.h"
#include "ui/searchwidget.h"
#include "ui/sourceeditor.h"
#include "uitestdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Frise;

class TestRecordEditors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void claimStatusAndRebuttal_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("confirmed") << int(Claim::Status::Confirmed);
        QTest::newRow("refuted") << int(Claim::Status::Refuted);
        QTest::newRow("retracted") << int(Claim::Status::Retracted);
    }

    void claimStatusAndRebuttal()
    {
        QFETCH(int, status);
        const QString path = m_dir.filePath(QStringLiteral("claims%1.frise").arg(++m_counter));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Claim other;
        other.text = BilingualText::original(Language::English, QStringLiteral("Microsoft never used Twitter data"));
        Storage::StorageError error;
        QVERIFY(Storage::ClaimRepository(*session.database()).insert(other, &error));
        session.notifyChanged(QStringLiteral("claim"), other.id);

        Ui::ClaimEditor editor(&session);
        editor.load(ids.claim);
        QCOMPARE(editor.recordId(), ids.claim);
        const Claim original = *session.find<Claim>(ids.claim);

        // Confirmed and refuted need a source as evidence (core/claimrules.h): it comes first.
        editor.evidenceField()->setIds({ids.reuters});
        Q_EMIT editor.evidenceField()->edited();
        QCOMPARE(session.find<Claim>(ids.claim)->evidenceSourceIds, QList<RowId> {ids.reuters});

        QComboBox *statusField = editor.statusField();
        const int index = statusField->findData(status);
        QVERIFY(index >= 0);
        statusField->setCurrentIndex(index);
        Q_EMIT statusField->activated(index);
        QCOMPARE(int(session.find<Claim>(ids.claim)->status), status);

        Ui::RecordCombo *rebuts = editor.rebutsField();
        QVERIFY(rebuts->findData(qint64(ids.claim)) < 0); // a claim cannot rebut itself
        const int otherIndex = rebuts->findData(qint64(other.id));
        QVERIFY(otherIndex > 0);
        rebuts->setCurrentIndex(otherIndex);
        Q_EMIT rebuts->activated(otherIndex);
        QCOMPARE(session.find<Claim>(ids.claim)->rebutsClaimId, other.id);

        QCOMPARE(session.undoStack()->count(), 3);
        session.undoStack()->undo();
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(Ui::withVersion(*session.find<Claim>(ids.claim), 0), Ui::withVersion(original, 0));
        QCOMPARE(int(editor.statusField()->currentData().toInt()), int(original.status));
    }

    // Grade, archived copies, dead link and confidentiality through the
    // source editor's widgets: each a saved, undoable edit; the grade shows
    // as "B2" with its meaning, and the search filters by it.
    void sourceEvidence()
    {
        const QString path = m_dir.filePath(QStringLiteral("sources%1.frise").arg(++m_counter));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Ui::SourceEditor editor(&session);
        editor.load(ids.reuters);
        const Source original = *session.find<Source>(ids.reuters);
        QVERIFY(original.grade.isEmpty());
        const auto pick = [](QComboBox *box, const QVariant &data) {
            const int index = box->findData(data);
            QVERIFY(index > 0);
            box->setCurrentIndex(index);
            Q_EMIT box->activated(index);
        };
        pick(editor.reliabilityField(), QStringLiteral("B"));
        pick(editor.credibilityField(), 2);
        QCOMPARE(session.find<Source>(ids.reuters)->grade.code(), QStringLiteral("B2"));
        QCOMPARE(editor.gradeLabel()->text(), QStringLiteral("B2"));
        QVERIFY2(editor.gradeLabel()->toolTip().contains(QLatin1String("Usually reliable"))
                && editor.gradeLabel()->toolTip().contains(QLatin1String("Probably true")),
            qPrintable(editor.gradeLabel()->toolTip()));

        Ui::ArchiveListField *archives = editor.archivesField();
        const QString archived = QStringLiteral("https://web.archive.org/web/2024/https://reuters.example/x");
        QTest::keyClicks(archives->urlEntry(), archived);
        QCOMPARE(archives->kindChoice()->currentData().toInt(), int(ArchivedUrl::Kind::WebArchive));
        QTest::keyClicks(archives->capturedEntry(), QStringLiteral("hier"));
        archives->addButton()->click(); // not a date: nothing added, the entry kept for correction
        QVERIFY(session.find<Source>(ids.reuters)->archives.isEmpty());
        QCOMPARE(archives->urlEntry()->text(), archived);
        archives->capturedEntry()->setText(QStringLiteral("2024-06-01"));
        archives->addButton()->click();
        const QList<ArchivedUrl> stored = session.find<Source>(ids.reuters)->archives;
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().url, archived);
        QCOMPARE(stored.first().kind, ArchivedUrl::Kind::WebArchive);
        QCOMPARE(stored.first().captured, QDate(2024, 6, 1));
        QCOMPARE(archives->list()->topLevelItemCount(), 1);

        editor.urlDeadField()->click();
        QVERIFY(session.find<Source>(ids.reuters)->urlDead);
        QCOMPARE(session.find<Source>(ids.reuters)->citedUrl(), archived);
        editor.confidentialField()->click();
        QVERIFY(session.find<Source>(ids.reuters)->confidential);
        QVERIFY2(session.sourceLabel(ids.reuters).contains(QLatin1String("confidential"))
                && session.sourceLabel(ids.reuters).contains(QLatin1String("[B2]")),
            qPrintable(session.sourceLabel(ids.reuters)));

        // The search dock: "reliability at least B" keeps this source, "at least A" does not.
        Ui::SearchWidget search(&session);
        search.searchField()->setText(session.find<Source>(ids.reuters)->outlet);
        pick(search.reliabilityFilter(), QStringLiteral("B"));
        QCOMPARE(search.resultsModel()->rowCount(), 1);
        const QModelIndex hit = search.resultsModel()->index(0);
        QCOMPARE(hit.data(Ui::EntityRole).toString(), QStringLiteral("source"));
        QVERIFY2(hit.data(Qt::DisplayRole).toString().contains(QLatin1String("[B2]")),
            qPrintable(hit.data(Qt::DisplayRole).toString()));
        QVERIFY(hit.data(Qt::ToolTipRole).toString().contains(QLatin1String("Usually reliable")));
        pick(search.reliabilityFilter(), QStringLiteral("A"));
        QCOMPARE(search.resultsModel()->rowCount(), 0);

        QCOMPARE(session.undoStack()->count(), 5);
        for (int i = 0; i < 5; ++i)
            session.undoStack()->undo();
        QCOMPARE(Ui::withVersion(*session.find<Source>(ids.reuters), 0), Ui::withVersion(original, 0));
        QCOMPARE(editor.gradeLabel()->text(), QString());
        QVERIFY(!editor.confidentialField()->isChecked());
        QCOMPARE(archives->list()->topLevelItemCount(), 0);
    }

    void staleTranslation_data()
    {
        QTest::addColumn<int>("frStatus"); // of the French name, edited
        QTest::addColumn<int>("enStatus"); // of the English name, before
        QTest::addColumn<QString>("en");
        QTest::addColumn<int>("expected"); // of the English name, after
        const int original = int(TranslationStatus::Original);
        const int translated = int(TranslationStatus::Translated);
        const int review = int(TranslationStatus::NeedsReview);
        const int missing = int(TranslationStatus::Missing);
        const QString en = QStringLiteral("Microsoft Corp.");
        QTest::newRow("translation becomes stale") << original << translated << en << review;
        QTest::newRow("already to review") << original << review << en << review;
        QTest::newRow("both originals") << original << original << en << original;
        QTest::newRow("no translation yet") << original << missing << QString() << missing;
        QTest::newRow("editing the translation") << translated << original << en << original;
    }

    // Changing the original text marks its checked translation "needs review", in the same undoable edit.
    void staleTranslation()
    {
        QFETCH(int, frStatus);
        QFETCH(int, enStatus);
        QFETCH(QString, en);
        QFETCH(int, expected);
        const QString path = m_dir.filePath(QStringLiteral("stale%1.frise").arg(++m_counter));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Actor actor = *session.find<Actor>(ids.microsoft);
        actor.name.setText(Language::French, QStringLiteral("Microsoft"), TranslationStatus(frStatus));
        actor.name.setText(Language::English, en, TranslationStatus(enStatus));
        Storage::StorageError error;
        QVERIFY(Storage::ActorRepository(*session.database()).update(actor, &error));
        session.notifyChanged(QStringLiteral("actor"), actor.id);
        const Actor before = *session.find<Actor>(ids.microsoft);

        Ui::ActorEditor editor(&session);
        editor.load(ids.microsoft);
        auto *name = qobject_cast<QLineEdit *>(editor.nameField()->editor(Language::French));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Microsoft Corporation"));
        QTest::keyClick(name, Qt::Key_Return);
        const Actor after = *session.find<Actor>(ids.microsoft);
        QCOMPARE(after.name.fr, QStringLiteral("Microsoft Corporation"));
        QCOMPARE(after.name.frStatus, TranslationStatus(frStatus));
        QCOMPARE(after.name.en, en);
        QCOMPARE(after.name.enStatus, TranslationStatus(expected));
        const auto *enStatusCombo = editor.nameField()->statusCombo(Language::English);
        QCOMPARE(enStatusCombo->currentData().toInt(), expected);

        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo(); // text and status together
        QCOMPARE(session.find<Actor>(ids.microsoft)->name, before.name);
        QCOMPARE(enStatusCombo->currentData().toInt(), enStatus);
        session.undoStack()->redo();
        QCOMPARE(session.find<Actor>(ids.microsoft)->name, after.name);
    }

    void actorNameAndNotesPreview()
    {
        const QString path = m_dir.filePath(QStringLiteral("actor.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Ui::ActorEditor editor(&session);
        editor.load(ids.microsoft);
        auto *name = qobject_cast<QLineEdit *>(editor.nameField()->editor(Language::French));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Microsoft Corporation"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(session.find<Actor>(ids.microsoft)->name.fr, QStringLiteral("Microsoft Corporation"));
        QCOMPARE(session.actorName(ids.microsoft, Language::French), QStringLiteral("Microsoft Corporation"));

        Ui::MarkdownNotesEditor notes;
        notes.setMarkdown(QStringLiteral("# Suivi\n\n**important** : *rappeler* l’avocat"));
        QVERIFY(notes.preview()->toPlainText().contains(QStringLiteral("important")));
        QVERIFY(notes.preview()->toHtml().contains(QStringLiteral("font-weight")));
        QCOMPARE(notes.markdown(), QStringLiteral("# Suivi\n\n**important** : *rappeler* l’avocat"));
    }
};

QTEST_MAIN(TestRecordEditors)
#include "tst_recordeditors.moc"
