// SPDX-License-Identifier: GPL-3.0-or-later
// `frise export --format claimreview|ftm|csl-json`, through the real binary,
// on the sample and on a database holding a confidential source.
#include "../io/factdataset.h"
#include "friseprocess.h"

#include "io/backupjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestFactExports final : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Result exportTo(const QString &db, const QString &file, const QStringList &options = {})
    {
        return frise(QStringList {QStringLiteral("export"), db, QStringLiteral("-o"), m_dir.filePath(file)} + options);
    }

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.frise"));
        Result r = frise({QStringLiteral("sample"), m_sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The generated set, with its confidential source and notes, stored through a backup import.
        const QString backup = m_dir.filePath(QStringLiteral("facts.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Frise::Io::BackupJson::write(FriseTest::factDataset()));
        file.close();
        m_secret = m_dir.filePath(QStringLiteral("secret.frise"));
        QCOMPARE(frise({QStringLiteral("new"), m_secret}).exitCode, 0);
        r = frise({QStringLiteral("import"), m_secret, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void claimReview_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("fr") << "fr" << "Faux";
        QTest::newRow("en") << "en" << "False";
    }

    void claimReview()
    {
        QFETCH(QString, lang);
        QFETCH(QString, verdict);
        const QString file = QStringLiteral("checks-%1.jsonld").arg(lang);
        const Result r = exportTo(m_sample, file,
            {QStringLiteral("--lang"), lang, QStringLiteral("--publisher"), QStringLiteral("Le Desk"),
                QStringLiteral("--publisher-url"), QStringLiteral("https://desk.example/checks")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray reviews = QJsonDocument::fromJson(readAll(m_dir.filePath(file))).array();
        QVERIFY(reviews.size() >= 5); // the sample's confirmed, refuted and retracted claims
        bool sawVerdict = false;
        for (const QJsonValue &value : reviews) {
            const QJsonObject review = value.toObject();
            QCOMPARE(review.value(u"@type").toString(), QStringLiteral("ClaimReview"));
            QCOMPARE(review.value(u"author").toObject().value(u"name").toString(), QStringLiteral("Le Desk"));
            QVERIFY(review.value(u"url").toString().startsWith(QLatin1String("https://desk.example/checks#claim-")));
            sawVerdict
                = sawVerdict || review.value(u"reviewRating").toObject().value(u"alternateName").toString() == verdict;
        }
        QVERIFY(sawVerdict);
    }

    void formatsByExtension_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("mark");
        QTest::newRow("ftm lines") << "entities.jsonl" << QByteArray("{\"id\":\"frise-actor-")
                                   << QByteArray("\"schema\":\"Event\"");
        QTest::newRow("ftm json") << "entities.ftm.json" << QByteArray("{\"id\":\"frise-actor-")
                                  << QByteArray("\"schema\":\"Person\"");
        QTest::newRow("csl") << "sources.csl.json" << QByteArray("[") << QByteArray("\"container-title\"");
        QTest::newRow("claimreview") << "checks.jsonld" << QByteArray("[") << QByteArray("\"ClaimReview\"");
    }

    void formatsByExtension()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, mark);
        const Result r = exportTo(m_sample, file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray data = readAll(m_dir.filePath(file));
        QVERIFY2(data.startsWith(start) && data.contains(mark), data.left(200).constData());
    }

    void nothingSecret_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("lang");
        for (const char *format : {"claimreview", "ftm", "csl-json"}) {
            for (const char *lang : {"fr", "en"})
                QTest::addRow("%s %s", format, lang) << QString::fromLatin1(format) << QString::fromLatin1(lang);
        }
    }

    void nothingSecret()
    {
        QFETCH(QString, format);
        QFETCH(QString, lang);
        const QString file = QStringLiteral("secret-%1-%2.out").arg(format, lang);
        const Result r = exportTo(m_secret, file, {QStringLiteral("--format"), format, QStringLiteral("--lang"), lang});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray data = readAll(m_dir.filePath(file));
        QVERIFY(data.size() > 100);
        for (const QString &marker : FriseTest::secretMarkers())
            QVERIFY2(!data.contains(marker.toUtf8()), qPrintable(marker));
        // The dead link is cited at its archive only.
        QVERIFY(!data.contains("\"https://blog.example/gone\""));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("publisher with csv")
            << "p.csv" << QStringList {QStringLiteral("--publisher"), QStringLiteral("X")}
            << "--publisher applies to --format claimreview only";
        QTest::newRow("publisher url with ftm")
            << "p.jsonl" << QStringList {QStringLiteral("--publisher-url"), QStringLiteral("https://x.example")}
            << "--publisher-url applies to --format claimreview only";
        QTest::newRow("not a web address")
            << "p.jsonld" << QStringList {QStringLiteral("--publisher-url"), QStringLiteral("ftp://x.example/a")}
            << "--publisher-url expects an http:// or https:// address";
        QTest::newRow("unknown extension") << "p.xyz" << QStringList() << "unknown format 'xyz'";
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Result r = exportTo(m_sample, file, options);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(file)));
    }

    void exportsOnlyNotImported()
    {
        const QString file = m_dir.filePath(QStringLiteral("back.jsonld"));
        QCOMPARE(exportTo(m_sample, QStringLiteral("back.jsonld")).exitCode, 0);
        const QString db = m_dir.filePath(QStringLiteral("back.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        Result r = frise({QStringLiteral("import"), db, file});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("exports only")), qPrintable(r.err));
        r = frise({QStringLiteral("import"), db, file, QStringLiteral("--format"), QStringLiteral("ftm")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestFactExports)
#include "tst_factexports.moc"
