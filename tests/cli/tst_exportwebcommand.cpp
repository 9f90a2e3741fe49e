// SPDX-License-Identifier: GPL-3.0-or-later
// `frise export-web`, through the real binary: the contract's exit codes and
// what the page carries. The browser test (tests/client) checks the page itself.
#include "friseprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestExportWebCommand : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.frise"));
        const Result r = frise({QStringLiteral("sample"), m_sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesThePage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("htmlLang");
        QTest::newRow("default") << QStringList() << QByteArray("<html lang=\"en\">");
        QTest::newRow("French") << QStringList({QStringLiteral("--lang"), QStringLiteral("fr")})
                                << QByteArray("<html lang=\"fr\">");
        QTest::newRow("period") << QStringList(
            {QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"), QStringLiteral("2023-06")})
                                << QByteArray("<html lang=\"en\">");
    }

    void writesThePage()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, htmlLang);
        const QString page = m_dir.filePath(QStringLiteral("page-%1.html").arg(QTest::currentDataTag()));
        const Result r
            = frise(QStringList({QStringLiteral("export-web"), m_sample, QStringLiteral("-o"), page}) + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray html = readAll(page);
        QVERIFY2(html.contains(htmlLang), html.left(300).constData());
        QVERIFY(html.contains("id=\"frise-data\""));
        // Both languages of the sample are in the page, whatever it opens in.
        QVERIFY(html.contains("Microsoft retire Twitter") || html.contains("Twitter/X contre Microsoft"));
        QVERIFY(html.contains("Twitter/X vs Microsoft"));
        // Publish-safe: the sample's notes are not there (this one is an event's).
        QVERIFY(!html.contains("we did not check the original r/apple post date"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("refused.html"));
        QTest::newRow("no -o") << QStringList({QStringLiteral("export-web"), m_sample}) << 1 << QStringLiteral("-o");
        QTest::newRow("not .html") << QStringList(
            {QStringLiteral("export-web"), m_sample, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("page.png"))})
                                   << 1 << QStringLiteral(".html");
        QTest::newRow("bad --lang") << QStringList({QStringLiteral("export-web"), m_sample, QStringLiteral("-o"), out,
            QStringLiteral("--lang"), QStringLiteral("de")})
                                    << 1 << QStringLiteral("--lang");
        QTest::newRow("bad --from") << QStringList({QStringLiteral("export-web"), m_sample, QStringLiteral("-o"), out,
            QStringLiteral("--from"), QStringLiteral("yesterday")})
                                    << 1 << QStringLiteral("--from");
        QTest::newRow("reversed period") << QStringList({QStringLiteral("export-web"), m_sample, QStringLiteral("-o"),
            out, QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023")})
                                         << 1 << QStringLiteral("--from 2024");
        QTest::newRow("unknown option") << QStringList(
            {QStringLiteral("export-web"), m_sample, QStringLiteral("-o"), out, QStringLiteral("--publish-safe")})
                                        << 1 << QStringLiteral("--publish-safe");
        QTest::newRow("missing database") << QStringList(
            {QStringLiteral("export-web"), m_dir.filePath(QStringLiteral("missing.frise")), QStringLiteral("-o"), out})
                                          << 2 << QString();
        QTest::newRow("folder missing") << QStringList({QStringLiteral("export-web"), m_sample, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("nowhere/page.html"))})
                                        << 2 << QStringLiteral("nowhere/page.html");
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = frise(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.html"))));
    }
};

QTEST_GUILESS_MAIN(TestExportWebCommand)
#include "tst_exportwebcommand.moc"
