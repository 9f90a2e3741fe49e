// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quickcapture.h"

#include <QTest>

using namespace Frise;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// "a|b" -> {"a", "b"}; "" -> {}.
QStringList list(const char *barSeparated)
{
    const QString text = s(barSeparated);
    return text.isEmpty() ? QStringList() : text.split(u'|');
}

const QDate wednesday(2023, 4, 26);

} // namespace

class TestQuickCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("disputes");
        QTest::addColumn<QStringList>("actors");
        auto row = [](const char *line, const char *iso, const char *title, const char *disputes, const char *actors) {
            QTest::newRow(line) << s(line) << s(iso) << s(title) << list(disputes) << list(actors);
        };
        row("25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft @Microsoft",
            "2023-04-25", "Microsoft retire Twitter de ses outils publicitaires", "twitter-microsoft", "Microsoft");
        row("25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft "
            "@\"Microsoft Advertising\"",
            "2023-04-25", "Microsoft retire Twitter de ses outils publicitaires", "twitter-microsoft",
            "Microsoft Advertising");
        row("25 avril 2023 Microsoft retire Twitter #twitter-microsoft @Microsoft @Twitter", "2023-04-25",
            "Microsoft retire Twitter", "twitter-microsoft", "Microsoft|Twitter");
        row("hier Reddit annonce son API payante #reddit-api @Reddit", "2023-04-25", "Reddit annonce son API payante",
            "reddit-api", "Reddit");
        row("Hier, Reddit annonce son API payante", "2023-04-25", "Reddit annonce son API payante", "", "");
        row("April 25, 2023: Microsoft drops Twitter #twitter-microsoft", "2023-04-25", "Microsoft drops Twitter",
            "twitter-microsoft", "");
        row("2023 — Getty attaque @\"Stability AI\" #getty-stability", "2023", "Getty attaque", "getty-stability",
            "Stability AI");
        row("25/04/2023 #a @X titre au milieu #b @Y", "2023-04-25", "titre au milieu", "a|b", "X|Y");
        row("25/04/2023   beaucoup    d'espaces   ", "2023-04-25", "beaucoup d'espaces", "", "");
        row("25/04/2023 écrire à jane@example.org", "2023-04-25", "écrire à jane@example.org", "", "");
        row("25/04/2023 C# et F# #langages", "2023-04-25", "C# et F#", "langages", "");
        row("25/04/2023 Doublons #a #A @X @x", "2023-04-25", "Doublons", "a", "X");
        row("25/04/2023 Fin de phrase @Microsoft.", "2023-04-25", "Fin de phrase", "", "Microsoft");
        row("25/04/2023 Guillemets @«Universal Music» et @“OpenAI Inc.”", "2023-04-25", "Guillemets et", "",
            "Universal Music|OpenAI Inc.");
        row("plus tôt cette semaine OpenAI répond", "2023-04-24/2023-04-25", "OpenAI répond", "", "");
        row("vers 2015 fondation d'OpenAI @OpenAI", "~2015", "fondation d'OpenAI", "", "OpenAI");
        row("entre avril et juin 2023 négociations #reddit-api", "2023-04/2023-06", "négociations", "reddit-api", "");
        row("25 avril 2023 à 10h30 Annonce", "2023-04-25T10:30", "Annonce", "", "");
    }

    void parse()
    {
        QFETCH(QString, line);
        QFETCH(QString, iso);
        QFETCH(QString, title);
        QFETCH(QStringList, disputes);
        QFETCH(QStringList, actors);
        QuickCapture capture(Language::French);
        capture.setReferenceDate(wednesday);
        const QuickCapture::Result result = capture.parse(line);
        QVERIFY2(result.isValid(), qPrintable(result.error + u'@' + QString::number(result.errorColumn)));
        QCOMPARE(result.date.toIsoText(), iso);
        QCOMPARE(result.title, title);
        QCOMPARE(result.disputeSlugs, disputes);
        QCOMPARE(result.actorNames, actors);
        QCOMPARE(result.errorColumn, -1);
        QVERIFY(!result.date.wording().isEmpty());
        QVERIFY(line.startsWith(result.date.wording()));
    }

    void reject_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("no date") << s("Microsoft retire Twitter") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("bad date") << s("31/02/2023 Titre") << 0;
        QTest::newRow("bad month") << s("25/13/2023 Titre") << 3;
        QTest::newRow("no title") << s("25/04/2023 #twitter-microsoft @Microsoft") << 11;
        QTest::newRow("only a date") << s("25/04/2023") << 10;
        QTest::newRow("empty dispute") << s("25/04/2023 Titre # suite") << 17;
        QTest::newRow("empty actor") << s("25/04/2023 Titre @ suite") << 17;
        QTest::newRow("unclosed quote") << s("25/04/2023 Titre @\"Microsoft Advertising") << 17;
        QTest::newRow("empty quote") << s("25/04/2023 Titre @\"\"") << 17;
    }

    void reject()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QuickCapture capture(Language::English);
        capture.setReferenceDate(wednesday);
        const QuickCapture::Result result = capture.parse(line);
        QVERIFY(!result.isValid());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorColumn, column);
    }

    void relativeDefaultsToToday()
    {
        // Today is read when the capture is made: the day before or after it (midnight may pass).
        const QDate before = QDate::currentDate();
        const QuickCapture capture;
        const QDate today = capture.referenceDate();
        QVERIFY(today == before || today == QDate::currentDate());
        QCOMPARE(capture.titleLanguage(), Language::French);
        const QuickCapture::Result result = capture.parse(s("aujourd'hui Test"));
        QVERIFY(result.isValid());
        QCOMPARE(result.date.toIsoText(), today.toString(Qt::ISODate));
        QCOMPARE(result.date.referenceDate(), today);
        QCOMPARE(result.date.wording(), s("aujourd'hui"));
    }

    void dateOrder()
    {
        QuickCapture capture;
        capture.setDateOrder(FuzzyDateParser::DateOrder::MonthDayYear);
        QCOMPARE(capture.parse(s("04/25/2023 Title")).date.toIsoText(), s("2023-04-25"));
        QVERIFY(!capture.parse(s("25/04/2023 Title")).isValid());
    }

    void toEvent_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("fr") << int(Language::French);
        QTest::newRow("en") << int(Language::English);
    }

    void toEvent()
    {
        QFETCH(int, language);
        const Language titleLanguage = Language(language);
        QuickCapture capture(titleLanguage);
        capture.setReferenceDate(wednesday);
        const QuickCapture::Result result
            = capture.parse(s("hier Microsoft retire Twitter #twitter-microsoft @Microsoft"));
        QVERIFY(result.isValid());
        const Event event = capture.toEvent(result);
        QCOMPARE(event.title.text(titleLanguage), s("Microsoft retire Twitter"));
        QCOMPARE(event.title.status(titleLanguage), TranslationStatus::Original);
        QVERIFY(event.title.text(otherLanguage(titleLanguage)).isEmpty());
        QCOMPARE(event.title.status(otherLanguage(titleLanguage)), TranslationStatus::Missing);
        QCOMPARE(event.start.toIsoText(), s("2023-04-25"));
        QCOMPARE(event.start.wording(), s("hier"));
        QCOMPARE(event.start.referenceDate(), wednesday);
        QVERIFY(event.end.isNull());
        QVERIFY(event.disputeIds.isEmpty());
        QVERIFY(event.actors.isEmpty());
        QCOMPARE(QuickCapture::toEvent(result, otherLanguage(titleLanguage)).title.status(titleLanguage),
            TranslationStatus::Missing);
    }
};

QTEST_GUILESS_MAIN(TestQuickCapture)
#include "tst_quickcapture.moc"
