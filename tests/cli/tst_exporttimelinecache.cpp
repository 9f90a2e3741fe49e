// SPDX-License-Identifier: GPL-3.0-or-later
// `frise export-timeline` and the timeline cache it shares with the window: a second export of an
// unchanged database reads the snapshot the first one wrote and draws the same pixels; any change to
// the database, even one that keeps the event count and the last id, makes the snapshot stale.
#include "friseprocess.h"

#include "storage/database.h"
#include "storage/repositories.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestExportTimelineCache final : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;

    /// Events in the generated database: above what `frise export-timeline` caches (10,000).
    static constexpr int eventCount = 12000;
    static constexpr auto readMark = "frise.timelinecache: read";
    static constexpr auto wroteMark = "frise.timelinecache: wrote";

    /// `frise export-timeline DB -o OUTPUT` at a fixed size.
    Result exportTo(const QString &output) const
    {
        return FriseCli::run({QStringLiteral("export-timeline"), m_db, QStringLiteral("-o"), output,
            QStringLiteral("--width"), QStringLiteral("1200"), QStringLiteral("--height"), QStringLiteral("700")});
    }

    /// The snapshot files in the cache folder the command uses (XDG_CACHE_HOME below).
    QStringList snapshots() const
    {
        QStringList found;
        QDir dir(m_cacheHome.path());
        for (const QString &folder : {QStringLiteral("Frise/frise/timelines"), QStringLiteral("frise/timelines")}) {
            for (const QFileInfo &file : QDir(dir.filePath(folder)).entryInfoList({QStringLiteral("*.timeline")}))
                found.append(file.absoluteFilePath());
        }
        return found;
    }

    /// The text of an SVG file; empty when it is not well-formed XML.
    static QString svgText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text() + QLatin1Char('\n');
        }
        return xml.hasError() ? QString() : text;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_cacheHome;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_cacheHome.isValid());
        // The command's cache goes to a folder of this test, and says when it reads or writes.
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toUtf8());
        qputenv("QT_LOGGING_RULES", "frise.timelinecache.debug=true");
        QFile csv(path(QStringLiteral("events.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,title,dispute\n");
        for (int i = 0; i < eventCount; ++i) {
            const QDate day = QDate(2000, 1, 1).addDays((i * 37) % 7300);
            csv.write(
                QStringLiteral("%1,Event %2,Dispute %3\n").arg(day.toString(Qt::ISODate)).arg(i).arg(i % 5).toUtf8());
        }
        csv.close();
        m_db = path(QStringLiteral("big.frise"));
        QCOMPARE(FriseCli::run({QStringLiteral("new"), m_db}).exitCode, 0);
        const Result r = FriseCli::run(
            {QStringLiteral("import"), m_db, csv.fileName(), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // The first export builds the timeline and caches it; the second reads it and draws the same image.
    void cachedExportDrawsTheBuiltImage()
    {
        QVERIFY(snapshots().isEmpty());
        const Result built = exportTo(path(QStringLiteral("built.png")));
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        QVERIFY2(!built.err.contains(QLatin1String(readMark)), qPrintable(built.err));
        QVERIFY2(built.err.contains(QLatin1String(wroteMark)), qPrintable(built.err));
        QCOMPARE(snapshots().size(), 1);

        const Result cached = exportTo(path(QStringLiteral("cached.png")));
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
        QVERIFY2(cached.err.contains(QLatin1String(readMark)), qPrintable(cached.err));
        const QImage a(path(QStringLiteral("built.png")));
        const QImage b(path(QStringLiteral("cached.png")));
        QVERIFY(!a.isNull());
        QCOMPARE(a.size(), QSize(1200, 700));
        QVERIFY2(a == b, "the image drawn from the cache differs from the one drawn from storage");
    }

    // An edit that keeps the count and the last id (the window's date edit) is drawn at once: the
    // snapshot of the unchanged database is stale, never used.
    void editedDatabaseIsRebuilt()
    {
        QCOMPARE(snapshots().size(), 1);
        const QString before = path(QStringLiteral("before.svg"));
        QCOMPARE(exportTo(before).exitCode, 0);
        QVERIFY(!svgText(before).contains(QLatin1String("2035")));
        {
            Frise::Storage::StorageError error;
            auto db = Frise::Storage::Database::open(m_db, {}, &error);
            QVERIFY2(db, qPrintable(error.message));
            Frise::Storage::EventRepository events(*db);
            std::optional<Frise::Event> event = events.find(1, &error);
            QVERIFY2(event, qPrintable(error.message));
            event->start = Frise::FuzzyDate::fromDay(QDate(2035, 6, 1));
            QVERIFY2(events.update(*event, &error), qPrintable(error.message));
        }
        const QString after = path(QStringLiteral("after.svg"));
        const Result r = exportTo(after);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String(readMark)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(wroteMark)), qPrintable(r.err));
        QVERIFY2(svgText(after).contains(QLatin1String("2035")), "the moved event is not on the timeline");

        // The rebuilt timeline, cached in turn, draws what a build draws.
        for (const QString &file : snapshots())
            QVERIFY(QFile::remove(file));
        const Result rebuilt = exportTo(path(QStringLiteral("rebuilt.png")));
        QVERIFY2(rebuilt.err.contains(QLatin1String(wroteMark)), qPrintable(rebuilt.err));
        const Result cached = exportTo(path(QStringLiteral("recached.png")));
        QVERIFY2(cached.err.contains(QLatin1String(readMark)), qPrintable(cached.err));
        QVERIFY(QImage(path(QStringLiteral("rebuilt.png"))) == QImage(path(QStringLiteral("recached.png"))));
        QVERIFY(QImage(path(QStringLiteral("rebuilt.png"))) != QImage(path(QStringLiteral("cached.png"))));
    }

    // A damaged snapshot is refused and the timeline rebuilt: the export still succeeds.
    void damagedSnapshotIsRebuilt()
    {
        const QStringList files = snapshots();
        QCOMPARE(files.size(), 1);
        QFile file(files.constFirst());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        QVERIFY(file.seek(bytes.size() / 2));
        file.write(QByteArray(4096, '\xff'));
        file.resize(bytes.size() * 3 / 4);
        file.close();
        const Result r = exportTo(path(QStringLiteral("repaired.png")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String(readMark)), qPrintable(r.err));
        QVERIFY(QImage(path(QStringLiteral("repaired.png"))) == QImage(path(QStringLiteral("rebuilt.png"))));
    }

    // Small timelines build in milliseconds and are not cached, so they never push big ones out.
    void smallDatabaseIsNotCached()
    {
        const QString sample = path(QStringLiteral("sample.frise"));
        QCOMPARE(FriseCli::run({QStringLiteral("sample"), sample}).exitCode, 0);
        const QStringList before = snapshots();
        const Result r = FriseCli::run(
            {QStringLiteral("export-timeline"), sample, QStringLiteral("-o"), path(QStringLiteral("sample.png"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String(wroteMark)), qPrintable(r.err));
        QCOMPARE(snapshots(), before);
    }
};

QTEST_GUILESS_MAIN(TestExportTimelineCache)
#include "tst_exporttimelinecache.moc"
