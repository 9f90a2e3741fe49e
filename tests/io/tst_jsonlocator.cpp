// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ioerror.h"
#include "io/jsonhelpers_p.h"
#include "io/jsonlocator_p.h"

#include <QTest>

using namespace Frise::Io;

class TestJsonLocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QByteArray doc = "{\n"
                               "  \"events\": [\n"
                               "    {\"a\": 1, \"b\": {\"c\": [10, 20, {\"d\": null}]}},\n"
                               "    {\"s\": \"x\\\"}]\", \"b\": \"é\", \"\\u0065\": true}\n"
                               "  ],\n"
                               "  \"dot.ted\": 5\n"
                               "}\n";
        QTest::newRow("root") << doc << QString() << 1 << 1;
        QTest::newRow("array") << doc << QStringLiteral("events") << 2 << 13;
        QTest::newRow("item") << doc << QStringLiteral("events[0]") << 3 << 5;
        QTest::newRow("nested") << doc << QStringLiteral("events[0].b.c[2].d") << 3 << 40;
        QTest::newRow("number in array") << doc << QStringLiteral("events[0].b.c[1]") << 3 << 30;
        // A string holding brackets and an escaped quote is skipped whole.
        QTest::newRow("after tricky string") << doc << QStringLiteral("events[1].b") << 4 << 25;
        // Columns count characters, not bytes; escaped keys are compared decoded.
        QTest::newRow("escaped key") << doc << QStringLiteral("events[1].e") << 4 << 40;
        // What is not there is located at the nearest thing that is.
        QTest::newRow("missing key") << doc << QStringLiteral("events[0].zzz") << 3 << 5;
        QTest::newRow("missing item") << doc << QStringLiteral("events[7].a") << 2 << 13;
        QTest::newRow("key with a dot") << doc << QStringLiteral("dot.ted") << 1 << 1;
        QTest::newRow("broken text") << QByteArray("{\"a\": [1, {\"b\": ") << QStringLiteral("a[1].b") << 1 << 11;
        QTest::newRow("empty text") << QByteArray() << QStringLiteral("a") << 1 << 1;
    }

    void locate()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        int l = 0;
        int c = 0;
        lineColumnAt(json, Json::Locator::offset(json, path), &l, &c);
        QCOMPARE(l, line);
        QCOMPARE(c, column);
    }

    // One pass answers many paths, in the order asked.
    void many()
    {
        const QByteArray json = "[{\"x\": 1}, {\"x\": 2}, {\"x\": 3}]";
        const QList<qsizetype> offsets = Json::Locator::offsets(
            json, {QStringLiteral("[2].x"), QStringLiteral("[0].x"), QStringLiteral("[1]"), QStringLiteral("[0].x")});
        QCOMPARE(offsets, (QList<qsizetype> {27, 7, 11, 7}));
    }

    // Warnings are grouped by the path with its indexes left out.
    void pattern_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("plain") << QStringLiteral("title.text") << QStringLiteral("title.text");
        QTest::newRow("indexes") << QStringLiteral("events[12].media[0].credit")
                                 << QStringLiteral("events[].media[].credit");
        QTest::newRow("not an index") << QStringLiteral("a[x].b[]") << QStringLiteral("a[x].b[]");
        QTest::newRow("open") << QStringLiteral("a[12") << QStringLiteral("a[12");
    }

    void pattern()
    {
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QCOMPARE(Json::Reader::pattern(path), pattern);
    }
};

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
