// SPDX-License-Identifier: GPL-3.0-or-later
// A big `frise import` leaves its search index to a background process:
// `frise search` says it is incomplete, `--wait-index` waits, a build killed
// with SIGKILL is resumed by the next open, and `frise check` tells an
// incomplete or damaged index (exit 1) from a complete one.
#include "friseprocess.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {

constexpr int rows = 2000;

// The test hooks of `frise import`: a threshold below this file, and slices
// small enough for the build to be caught midway.
FriseCli::Result frise(const QStringList &args, int sliceRows = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("FRISE_SEARCH_DEFER_FROM"), QStringLiteral("500"));
    if (sliceRows > 0)
        env.insert(QStringLiteral("FRISE_SEARCH_SLICE_ROWS"), QString::number(sliceRows));
    process.setProcessEnvironment(env);
    process.start(TestPaths::friseBinary(), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool writeCsv(const QString &path)
{
    QByteArray data = "date;title;text;actors;tags;dispute\n";
    for (int i = 0; i < rows; ++i) {
        data += QByteArray::number(i % 28 + 1) + "/0" + QByteArray::number(i % 9 + 1) + '/'
            + QByteArray::number(2000 + i % 20) + ";Événement unique" + QByteArray::number(i)
            + (i % 10 == 0 ? " dixieme" : "") + ";Texte négociation" + QByteArray::number(i % 7) + ";Acteur "
            + QByteArray::number(i % 30) + ";tag" + QByteArray::number(i % 5) + ";Litige " + QByteArray::number(i % 4)
            + '\n';
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString hits(const QString &db, const QString &word)
{
    return frise({QStringLiteral("search"), db, word, QStringLiteral("--limit"), QStringLiteral("1000")}).out;
}

} // namespace

class TestSearchIndexCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_reference; ///< imported with --wait-index

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeCsv(m_csv));
    }

    void waitIndex()
    {
        m_reference = m_dir.filePath(QStringLiteral("waited.frise"));
        QCOMPARE(frise({QStringLiteral("new"), m_reference}).exitCode, 0);
        const FriseCli::Result r
            = frise({QStringLiteral("import"), m_reference, m_csv, QStringLiteral("--wait-index")}, 300);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Search index complete.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Search index: 10 %")), qPrintable(r.err));
        const FriseCli::Result search = frise({QStringLiteral("search"), m_reference, QStringLiteral("dixieme"),
            QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.out.count(u'\n'), rows / 10);
        QVERIFY2(!search.err.contains(QLatin1String("incomplete")), qPrintable(search.err));
        const FriseCli::Result check = frise({QStringLiteral("check"), m_reference});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void killedBuildResumesAtNextOpen()
    {
        QVERIFY(!m_reference.isEmpty());
        const QString db = m_dir.filePath(QStringLiteral("killed.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        // Slices of 2 rows: a build of a few seconds, each slice committed.
        const FriseCli::Result import = frise({QStringLiteral("import"), db, m_csv}, 2);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QRegularExpressionMatch pid = QRegularExpression(QStringLiteral("process (\\d+)")).match(import.err);
        QVERIFY2(pid.hasMatch(), qPrintable(import.err));

        // Search answers at once, saying how far the index is (the build has its lock by then).
        QThread::msleep(300);
        const FriseCli::Result early = frise({QStringLiteral("search"), db, QStringLiteral("dixieme")});
        QCOMPARE(early.exitCode, 0);
        QVERIFY2(early.err.contains(QRegularExpression(QStringLiteral("search index \\d+ % built; results may be "
                                                                      "incomplete"))),
            qPrintable(early.err));
        QVERIFY2(!early.err.contains(QLatin1String("Building")), qPrintable(early.err));
        QCOMPARE(::kill(pid.captured(1).toInt(), SIGKILL), 0);
        QThread::msleep(100);
        const FriseCli::Result stopped = frise({QStringLiteral("check"), db});
        QVERIFY2(stopped.exitCode == 1, qPrintable(stopped.out + stopped.err));
        QVERIFY2(stopped.err.contains(QLatin1String("no build is running")), qPrintable(stopped.err));

        // The next open (here a search) resumes the build in the background.
        const FriseCli::Result resumed = frise({QStringLiteral("search"), db, QStringLiteral("dixieme")}, 200);
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.err.contains(QLatin1String("Building the search index")), qPrintable(resumed.err));
        QElapsedTimer waited;
        waited.start();
        FriseCli::Result check;
        do {
            QThread::msleep(200);
            check = frise({QStringLiteral("check"), db});
        } while (check.exitCode != 0 && waited.elapsed() < 60000);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        for (const QString &word : {QStringLiteral("dixieme"), QStringLiteral("unique1234"),
                 QStringLiteral("negociation3"), QStringLiteral("acteur")})
            QCOMPARE(hits(db, word), hits(m_reference, word));
        QVERIFY(!frise({QStringLiteral("search"), db, QStringLiteral("dixieme")}).err.contains(u'%'));
    }

    void checkFindsADamagedIndex()
    {
        const QString db = m_dir.filePath(QStringLiteral("damaged.frise"));
        QVERIFY(QFile::copy(m_reference, db));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery damage(raw);
            // The terms of three events taken out of the index; the rows stay.
            QVERIFY(damage.exec(QStringLiteral(
                "INSERT INTO event_fts(event_fts, rowid, title_fr, title_en, text_fr, text_en, notes) "
                "SELECT 'delete', id, title_fr, title_en, text_fr, text_en, notes FROM event WHERE id <= 3")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const FriseCli::Result check = frise({QStringLiteral("check"), db});
        QVERIFY2(check.exitCode == 1, qPrintable(check.out + check.err));
        QVERIFY2(check.err.contains(QLatin1String("event_fts")), qPrintable(check.err));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexCommand)
#include "tst_searchindexcommand.moc"
