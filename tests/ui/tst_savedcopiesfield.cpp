// SPDX-License-Identifier: GPL-3.0-or-later
// The source editor's saved copies with real widgets: attach in the
// background (by the field and by a drop), undo and redo, remove and undo,
// the size limit, cancel, the capture date, opening a copy (extracted to a
// temporary file) and copying its hash.
#include "storage/savedcopies.h"
#include "ui/databasesession.h"
#include "ui/savedcopiesfield.h"
#include "ui/savedcopymodel.h"
#include "ui/sourceeditor.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace Frise;

class TestSavedCopiesField : public QObject
{
    Q_OBJECT

private:
    QString makeFile(const QString &name, qint64 size, quint32 seed)
    {
        QByteArray bytes;
        QRandomGenerator random(seed);
        while (bytes.size() < size)
            bytes.append(char(random.bounded(256)));
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool attach(Ui::SavedCopiesField *field, const QStringList &paths)
    {
        QSignalSpy finished(field, &Ui::SavedCopiesField::attachFinished);
        field->attachFiles(paths);
        return finished.wait(60000);
    }

    static qint64 links(Ui::DatabaseSession &session)
    {
        QSqlQuery query(session.database()->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM saved_copy")) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        Ui::DatabaseSession session;
        std::unique_ptr<Ui::SourceEditor> editor;
        UiTestData::Ids ids;
    };

    std::unique_ptr<Fixture> open()
    {
        auto fixture = std::make_unique<Fixture>();
        const QString path = m_dir.filePath(QStringLiteral("copies%1.frise").arg(++m_counter));
        fixture->ids = UiTestData::fill(path);
        if (!fixture->session.open(path, false, nullptr))
            return nullptr;
        fixture->editor = std::make_unique<Ui::SourceEditor>(&fixture->session);
        fixture->editor->load(fixture->ids.reuters);
        return fixture;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void attachUndoRedo()
    {
        auto f = open();
        QVERIFY(f);
        Ui::SavedCopiesField *field = f->editor->savedCopies();
        QAbstractItemModelTester tester(field->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString pdf = makeFile(QStringLiteral("ruling.pdf"), 3 * 1024 * 1024 + 1, 1);
        QVERIFY(attach(field, {pdf}));
        QVERIFY2(field->statusText().contains(QStringLiteral("attached")), qPrintable(field->statusText()));
        QCOMPARE(field->model()->rowCount(), 1);
        const SavedCopy copy = *field->model()->copyAt(0);
        QCOMPARE(copy.fileName, QStringLiteral("ruling.pdf"));
        QCOMPARE(copy.sha256,
            QString::fromLatin1(QCryptographicHash::hash(bytesOf(pdf), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(field->model()->index(0, Ui::SavedCopyModel::HashColumn).data().toString(), copy.sha256);
        QCOMPARE(f->session.undoStack()->count(), 1);

        f->session.undoStack()->undo();
        QCOMPARE(field->model()->rowCount(), 0);
        QCOMPARE(links(f->session), 0);
        f->session.undoStack()->redo();
        QCOMPARE(field->model()->rowCount(), 1);
        QCOMPARE(*field->model()->copyAt(0), copy);

        // The same file again changes nothing and adds no undo step.
        QVERIFY(attach(field, {pdf}));
        QVERIFY2(field->statusText().contains(QStringLiteral("already")), qPrintable(field->statusText()));
        QCOMPARE(field->model()->rowCount(), 1);
        QCOMPARE(f->session.undoStack()->count(), 1);
    }

    void removeAndUndo()
    {
        auto f = open();
        QVERIFY(f);
        Ui::SavedCopiesField *field = f->editor->savedCopies();
        QVERIFY(
            attach(field, {makeFile(QStringLiteral("a.png"), 5000, 2), makeFile(QStringLiteral("b.html"), 700, 3)}));
        QCOMPARE(field->model()->rowCount(), 2);
        QCOMPARE(f->session.undoStack()->count(), 2);
        field->view()->setCurrentIndex(field->model()->index(0, 0));
        const SavedCopy removed = *field->model()->copyAt(0);
        field->removeSelected();
        QCOMPARE(field->model()->rowCount(), 1);
        QCOMPARE(links(f->session), 1);
        f->session.undoStack()->undo();
        QCOMPARE(field->model()->rowCount(), 2);
        QVERIFY(field->model()->copies().contains(removed));
        // Collected only when the window lets go of the database: the undo may still need the bytes.
        f->session.undoStack()->redo();
        QSqlQuery blobs(f->session.database()->connection());
        QVERIFY(blobs.exec(QStringLiteral("SELECT count(*) FROM copy_blob")) && blobs.next());
        QCOMPARE(blobs.value(0).toInt(), 2);
    }

    void dropAttaches()
    {
        auto f = open();
        QVERIFY(f);
        f->editor->resize(600, 800);
        const QString path = makeFile(QStringLiteral("dropped.warc"), 10000, 4);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f->editor.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(f->editor->savedCopies(), &Ui::SavedCopiesField::attachFinished);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(f->editor.get(), &drop);
        QVERIFY(finished.wait(60000));
        QCOMPARE(f->editor->savedCopies()->model()->rowCount(), 1);
        QCOMPARE(f->editor->savedCopies()->model()->copyAt(0)->fileName, QStringLiteral("dropped.warc"));
    }

    void limitAndCancel()
    {
        auto f = open();
        QVERIFY(f);
        Ui::SavedCopiesField *field = f->editor->savedCopies();
        field->setMaximumSize(1000);
        QVERIFY(attach(field, {makeFile(QStringLiteral("over.pdf"), 1001, 5)}));
        QVERIFY2(field->statusText().contains(QStringLiteral("over.pdf")), qPrintable(field->statusText()));
        QCOMPARE(field->model()->rowCount(), 0);
        QCOMPARE(f->session.undoStack()->count(), 0);

        field->setMaximumSize(SavedCopy::maximumSize());
        QSignalSpy finished(field, &Ui::SavedCopiesField::attachFinished);
        field->attachFiles({makeFile(QStringLiteral("long.warc"), 4 * 1024 * 1024, 6)});
        QVERIFY(field->isAttaching());
        field->cancelAttach(); // before the worker's first chunk: it stops there
        QVERIFY(finished.wait(60000));
        QVERIFY2(field->statusText().contains(QStringLiteral("cancelled")), qPrintable(field->statusText()));
        QCOMPARE(field->model()->rowCount(), 0);
        QCOMPARE(links(f->session), 0);
        QCOMPARE(f->session.undoStack()->count(), 0);
    }

    void openCopyAndCaptured()
    {
        auto f = open();
        QVERIFY(f);
        Ui::SavedCopiesField *field = f->editor->savedCopies();
        const QString path = makeFile(QStringLiteral("shot.png"), 2 * 1024 * 1024 + 7, 7);
        QVERIFY(attach(field, {path}));
        field->view()->setCurrentIndex(field->model()->index(0, 0));
        QSignalSpy extracted(field, &Ui::SavedCopiesField::copyExtracted);
        field->openSelected(false);
        QVERIFY(extracted.count() == 1 || extracted.wait(60000));
        QCOMPARE(QFileInfo(field->lastOpenedFile()).fileName(), QStringLiteral("shot.png"));
        QCOMPARE(bytesOf(field->lastOpenedFile()), bytesOf(path));

        field->copySelectedHash();
        QCOMPARE(QGuiApplication::clipboard()->text(), field->model()->copyAt(0)->sha256);

        const QDateTime captured(QDate(2023, 4, 25), QTime(8, 0), QTimeZone::UTC);
        QVERIFY(field->model()->setData(field->model()->index(0, Ui::SavedCopyModel::CapturedColumn), captured));
        QTRY_COMPARE(field->model()->copyAt(0)->captured, captured);
        QCOMPARE(f->session.undoStack()->count(), 2);
        f->session.undoStack()->undo();
        QVERIFY(field->model()->copyAt(0)->captured != captured);
    }
};

QTEST_MAIN(TestSavedCopiesField)
#include "tst_savedcopiesfield.moc"
