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

    /// `frise export-timeline DB -o OUTPUT` at a fixed size, then @p more options.
    Result exportTo(const QString &output, const QStringList &more = {}) const
    {
        return FriseCli::run(
            QStringList {QStringLiteral("export-timeline"), m_db, QStringLiteral("-o"), output,
                QStringLiteral("--width"), QStringLiteral("1200"), QStringLiteral("--height"), QStringLiteral("700")}
            + more);
    }

    /// The text alternative written beside the image @p png (FILE.alt.txt for FILE.png).
    static QString altText(const QString &png)
    {
        QFile file(png.chopped(4) + QStringLiteral(".alt.txt"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
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

    // The command reads only its lane mode from a snapshot: each mode's cached picture, its text
    // alternative included, is the one built from storage.
    void cachedExportOfEachLaneModeDrawsTheBuiltImage_data()
    {
        QTest::addColumn<QString>("lanes");
        for (const char *lanes : {"none", "dispute", "actor", "tag"})
            QTest::newRow(lanes) << QString::fromLatin1(lanes);
    }
    void cachedExportOfEachLaneModeDrawsTheBuiltImage()
    {
        QFETCH(QString, lanes);
        for (const QString &file : snapshots())
            QVERIFY(QFile::remove(file));
        const QStringList args {QStringLiteral("--lanes"), lanes};
        const QString built = path(QStringLiteral("built-%1.png").arg(lanes));
        const Result first = exportTo(built, args);
        QVERIFY2(first.exitCode == 0 && first.err.contains(QLatin1String(wroteMark)), qPrintable(first.err));
        const QString cached = path(QStringLiteral("cached-%1.png").arg(lanes));
        const Result second = exportTo(cached, args);
        QVERIFY2(second.exitCode == 0 && second.err.contains(QLatin1String(readMark)), qPrintable(second.err));
        QVERIFY(!QImage(built).isNull());
        QVERIFY2(QImage(built) == QImage(cached), "the image drawn from the cache differs from the one built");
        QVERIFY(altText(built).contains(QLatin1String("Events by date")));
        QCOMPARE(altText(cached), altText(built));
    }

    // An import after the snapshot was written is drawn by the next export, not the cached timeline.
    void importIsDrawnAtOnce()
    {
        QVERIFY(exportTo(path(QStringLiteral("before-import.png"))).err.contains(QLatin1String(readMark)));
        QFile csv(path(QStringLiteral("later.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,title,dispute\n2037-03-01,Imported later,Dispute 2\n");
        csv.close();
        const Result imported = FriseCli::run(
            {QStringLiteral("import"), m_db, csv.fileName(), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString after = path(QStringLiteral("after-import.svg"));
        const Result r = exportTo(after);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String(readMark)), qPrintable(r.err));
        QVERIFY2(svgText(after).contains(QLatin1String("2037")), "the imported event is not on the timeline");
    }

    // A deleted event leaves the next export, though its id is not the last one: the cache key's
    // revision token, not a count, says the database changed.
    void deleteIsDrawnAtOnce()
    {
        const QString listed = QStringLiteral(": Event 1 (");
        const QString before = path(QStringLiteral("before-delete.png"));
        QVERIFY(exportTo(before).exitCode == 0);
        QVERIFY(exportTo(before).err.contains(QLatin1String(readMark)));
        QVERIFY2(altText(before).contains(listed), "the event to delete is not listed");
        {
            Frise::Storage::StorageError error;
            auto db = Frise::Storage::Database::open(m_db, {}, &error);
            QVERIFY2(db, qPrintable(error.message));
            Frise::Storage::EventRepository events(*db);
            std::optional<Frise::Event> event = events.find(2, &error); // the import's second row
            QVERIFY2(event, qPrintable(error.message));
            QCOMPARE(event->title.en, QStringLiteral("Event 1"));
            QVERIFY2(events.removeAnyVersion(event->id, &error), qPrintable(error.message));
        }
        const QString after = path(QStringLiteral("after-delete.png"));
        const Result r = exportTo(after);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String(readMark)), qPrintable(r.err));
        QVERIFY2(!altText(after).contains(listed), "the deleted event is still drawn");
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
