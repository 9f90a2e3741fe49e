// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import… on real files: a French Excel CSV goes into the database
// through the dialog, a broken file shows where it is broken and writes nothing.
#include "ui/databasesession.h"
#include "ui/importdialog.h"
#include "uitestdata.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Frise;

namespace {

// What Excel writes with a French locale: `;`, day first, CRLF, a BOM.
const QByteArray frenchCsv
    = QByteArrayLiteral("\xEF\xBB\xBF"
                        "Date;Titre;Acteurs;Litige\r\n"
                        "04/03/2023;Microsoft retire Twitter de ses outils;Microsoft, "
                        "Twitter;Twitter contre Microsoft\r\n"
                        "03/05/2023;Twitter répond à Microsoft;Twitter;Twitter contre Microsoft\r\n"
                        "06/02/2023;Getty Images porte plainte;Getty Images;\r\n");

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::DatabaseSession> m_session;
    int m_counter = 0;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    const Event *findEvent(const QList<Event> &events, const QString &title) const
    {
        for (const Event &event : events) {
            if (event.title.fr == title)
                return &event;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("import%1.frise").arg(++m_counter));
        QVERIFY(UiTestData::fill(path).drop);
        m_session = std::make_unique<Ui::DatabaseSession>();
        QString message;
        QVERIFY2(m_session->open(path, false, &message), qPrintable(message));
    }

    void cleanup() { m_session.reset(); }

    void importFrenchCsv_data()
    {
        QTest::addColumn<int>("dateOrder"); // -1: leave automatic
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("secondDate");
        QTest::newRow("automatic: semicolon means day first")
            << -1 << QStringLiteral("2023-03-04") << QStringLiteral("2023-05-03");
        QTest::newRow("overridden to month first")
            << int(Io::DateOrder::Mdy) << QStringLiteral("2023-04-03") << QStringLiteral("2023-03-05");
    }

    void importFrenchCsv()
    {
        QFETCH(int, dateOrder);
        QFETCH(QString, firstDate);
        QFETCH(QString, secondDate);
        const QString path = writeFile(QStringLiteral("excel.csv"), frenchCsv);
        QVERIFY(!path.isEmpty());
        const qsizetype eventsBefore = m_session->events().size();
        QSignalSpy reset(m_session.get(), &Ui::DatabaseSession::reset);

        Ui::ImportDialog dialog(m_session.get());
        dialog.setLanguage(Language::French);
        QSignalSpy preview(&dialog, &Ui::ImportDialog::previewReady);
        dialog.setFilePath(path);
        QVERIFY(preview.wait(60000));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error.toString()));
        QCOMPARE(dialog.result().format, Io::Format::Csv);
        QCOMPARE(dialog.result().delimiter, QChar(u';'));
        QCOMPARE(dialog.result().dateOrder, Io::DateOrder::Dmy);
        QVERIFY(!dialog.result().dateOrderReason.isEmpty());
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("Microsoft retire Twitter de ses outils"));
        QComboBox *dateColumn = dialog.mappingCombo(QStringLiteral("Date"));
        QVERIFY(dateColumn);
        QCOMPARE(Io::CsvField(dateColumn->currentData().toInt()), Io::CsvField::Date);
        QComboBox *titleColumn = dialog.mappingCombo(QStringLiteral("Titre"));
        QVERIFY(titleColumn);
        QCOMPARE(Io::CsvField(titleColumn->currentData().toInt()), Io::CsvField::Title);

        if (dateOrder >= 0) {
            dialog.dateOrderCombo()->setCurrentIndex(dialog.dateOrderCombo()->findData(dateOrder));
            QVERIFY(preview.wait(60000));
            QCOMPARE(int(dialog.result().dateOrder), dateOrder);
        }
        // Nothing is written before Import.
        QCOMPARE(m_session->events().size(), eventsBefore);

        QSignalSpy finished(&dialog, &Ui::ImportDialog::importFinished);
        dialog.importButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!reset.isEmpty()); // the views reload

        const QList<Event> events = m_session->events();
        QCOMPARE(events.size(), eventsBefore + 3);
        const Event *first = findEvent(events, QStringLiteral("Microsoft retire Twitter de ses outils"));
        QVERIFY(first);
        QCOMPARE(first->start.toIsoText(), firstDate);
        QCOMPARE(first->actors.size(), 2);
        QCOMPARE(first->disputeIds.size(), 1);
        const Event *second = findEvent(events, QStringLiteral("Twitter répond à Microsoft"));
        QVERIFY(second);
        QCOMPARE(second->start.toIsoText(), secondDate);
        QVERIFY(dialog.summary().inserted >= 3);
        QVERIFY(!dialog.importButton()->isEnabled()); // one import per file
    }

    void brokenFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::newRow("TimelineJS JSON cut short")
            << QStringLiteral("broken.json")
            << QByteArrayLiteral("{\n  \"events\": [\n    {\"start_date\": {\"year\": \"2023\"}, \"text\": "
                                 "{\"headline\": \"x\"}\n  \n")
            << QStringLiteral("broken\\.json:5:\\d+: ");
        QTest::newRow("CSV with an open quote")
            << QStringLiteral("quote.csv")
            << QByteArrayLiteral("Date;Titre\r\n25/04/2023;Bon\r\n26/04/2023;\"Jamais fermé\r\n")
            << QStringLiteral("quote\\.csv:3:\\d+: ");
        QTest::newRow("CSV with a bad date")
            << QStringLiteral("date.csv") << QByteArrayLiteral("Date;Titre\r\n25/04/2023;Bon\r\n31/31/2023;Mauvais\r\n")
            << QStringLiteral("date\\.csv:3:1: .*31/31/2023");
    }

    void brokenFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        const QString path = writeFile(name, data);
        QVERIFY(!path.isEmpty());
        const qsizetype eventsBefore = m_session->events().size();
        const qsizetype actorsBefore = m_session->actors().size();

        Ui::ImportDialog dialog(m_session.get());
        QSignalSpy finished(&dialog, &Ui::ImportDialog::importFinished);
        dialog.setFilePath(path);
        dialog.startImport(); // while the preview parse runs: imports once it is done, or refuses
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!dialog.result().ok());
        QVERIFY2(dialog.problemsText().contains(QRegularExpression(where)), qPrintable(dialog.problemsText()));
        QVERIFY(!dialog.importButton()->isEnabled());

        QCOMPARE(m_session->events().size(), eventsBefore);
        QCOMPARE(m_session->actors().size(), actorsBefore);
        QString message;
        QCOMPARE(m_session->counts(&message).events, qint64(eventsBefore));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
