// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source.h"

#include <QTest>

using namespace Frise;

class TestSourceGrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("code");
        QTest::newRow("both") << "B2" << true << "B2";
        QTest::newRow("lower case, spaces") << " c3 " << true << "C3";
        QTest::newRow("letter only") << "A" << true << QStringLiteral("A\u2013");
        QTest::newRow("hyphen for none") << "-6" << true << QStringLiteral("\u20136");
        QTest::newRow("en dash for none") << QStringLiteral("F\u2013") << true << QStringLiteral("F\u2013");
        QTest::newRow("ungraded") << "" << true << "";
        QTest::newRow("letter out of scale") << "G1" << false << "";
        QTest::newRow("level out of scale") << "A7" << false << "";
        QTest::newRow("reversed") << "2B" << false << "";
        QTest::newRow("two letters") << "AB" << false << "";
        QTest::newRow("trailing space") << "B2 " << true << "B2";
        QTest::newRow("words") << "good" << false << "";
    }

    void codes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, code);
        const std::optional<SourceGrade> grade = SourceGrade::fromCode(text);
        QCOMPARE(grade.has_value(), valid);
        if (valid) {
            QVERIFY(grade->isValid());
            QCOMPARE(grade->code(), code);
            QCOMPARE(SourceGrade::fromCode(code), grade);
        }
    }

    void atLeast()
    {
        const SourceGrade b2 {QChar(u'B'), 2};
        QVERIFY(b2.reliabilityAtLeast(u'B') && b2.reliabilityAtLeast(u'E') && !b2.reliabilityAtLeast(u'A'));
        QVERIFY(b2.credibilityAtLeast(2) && !b2.credibilityAtLeast(1));
        // "Cannot be judged" is no grade on the scale, and neither is none.
        const SourceGrade f6 {QChar(u'F'), 6};
        QVERIFY(!f6.reliabilityAtLeast(u'E') && !f6.credibilityAtLeast(5));
        QVERIFY(!SourceGrade().reliabilityAtLeast(u'E') && !SourceGrade().credibilityAtLeast(5));
    }

    void explanation()
    {
        const QString text = SourceGrade {QChar(u'B'), 2}.explanation();
        QVERIFY2(text.contains(QLatin1String("Usually reliable")) && text.contains(QLatin1String("Probably true")),
            qPrintable(text));
        QVERIFY(SourceGrade().explanation().contains(QLatin1String("not graded")));
    }

    void archivedUrlsAsJson()
    {
        const QList<ArchivedUrl> archives
            = {{QStringLiteral("https://web.archive.org/web/2024/x"), ArchivedUrl::Kind::WebArchive,
                   QStringLiteral("é"), QDate(2024, 2, 29)},
                {QStringLiteral("https://archive.ph/abc"), ArchivedUrl::Kind::ArchiveToday, {}, {}}};
        QCOMPARE(archivedUrlsFromJson(archivedUrlsToJson(archives)), archives);
        QCOMPARE(archivedUrlsFromJson(QString()), QList<ArchivedUrl>());
        QVERIFY(!archivedUrlsFromJson(QStringLiteral("{\"url\": 1}")));
        QVERIFY(!archivedUrlsFromJson(QStringLiteral("[{\"url\": \"x\", \"kind\": \"attic\"}]")));
        QCOMPARE(archiveKindOfUrl(QStringLiteral("https://web.archive.org/web/2024/x")), ArchivedUrl::Kind::WebArchive);
        QCOMPARE(archiveKindOfUrl(QStringLiteral("https://archive.ph/abc")), ArchivedUrl::Kind::ArchiveToday);
        QCOMPARE(archiveKindOfUrl(QStringLiteral("https://example.org/")), ArchivedUrl::Kind::Other);
    }

    void citedUrlAndRedaction()
    {
        Source source;
        source.outlet = QStringLiteral("AFP");
        source.url = QStringLiteral("https://afp.example/a");
        QCOMPARE(source.citedUrl(), source.url);
        source.urlDead = true;
        QCOMPARE(source.citedUrl(), source.url); // no archive: the dead link is all there is
        source.archives = {{QStringLiteral("https://archive.ph/a"), ArchivedUrl::Kind::ArchiveToday, {}, {}}};
        QCOMPARE(source.citedUrl(), QStringLiteral("https://archive.ph/a"));
        source.grade = {QChar(u'A'), 1};
        source.excerpt = QStringLiteral("citation");
        source.title = QStringLiteral("titre");
        const Source hidden = source.withoutIdentity();
        QVERIFY(hidden.outlet.isEmpty() && hidden.title.isEmpty() && hidden.url.isEmpty() && hidden.excerpt.isEmpty()
            && hidden.archives.isEmpty());
        QCOMPARE(hidden.grade, source.grade);
    }
};

QTEST_GUILESS_MAIN(TestSourceGrade)
#include "tst_sourcegrade.moc"
