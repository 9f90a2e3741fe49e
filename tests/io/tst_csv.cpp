// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "testdata.h"

#include <QTest>

using namespace Frise::Io;

using Rows = QList<QStringList>;

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const QString text = QStringLiteral("é,ü\n€");
        QTest::newRow("utf-8") << text.toUtf8() << text;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << text;
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le") << le << text;
        QTest::newRow("utf-16be") << be << text;
        QTest::newRow("windows-1252") << QByteArray("caf\xE9") << QStringLiteral("café");
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QString decoded;
        IoError error;
        QVERIFY2(CsvReader::decode(bytes, &decoded, &error), qPrintable(error.toString()));
        QCOMPARE(decoded, text);
    }

    void binaryGarbage()
    {
        QString text;
        IoError error;
        QVERIFY(!CsvReader::decode(readIoData(QStringLiteral("garbage.bin")), &text, &error));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 1); // the 0x1A after the CRLF
        QVERIFY(error.message.contains(QLatin1String("binary")));
        // Garbage that is valid UTF-8 is caught too.
        QVERIFY(!CsvReader::decode(QByteArray("a,b\n\x01\x02"), &text, &error));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 1);
    }

    void delimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1;2,3") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("a;b;\"x,y,z\"\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\tc,d") << QChar(u'\t');
        QTest::newRow("none") << QStringLiteral("title") << QChar(u',');
    }

    void delimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void rows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("lf") << QStringLiteral("a,b\n1,2\n") << Rows {{"a", "b"}, {"1", "2"}} << QList<int> {1, 2};
        QTest::newRow("crlf no final") << QStringLiteral("a,b\r\n1,2") << Rows {{"a", "b"}, {"1", "2"}}
                                       << QList<int> {1, 2};
        QTest::newRow("cr") << QStringLiteral("a;b\r1;2\r") << Rows {{"a", "b"}, {"1", "2"}} << QList<int> {1, 2};
        QTest::newRow("empty fields") << QStringLiteral("a,,\n,x,") << Rows {{"a", "", ""}, {"", "x", ""}}
                                      << QList<int> {1, 2};
        QTest::newRow("quoted newline") << QStringLiteral("\"a\nb\",c\r\nd,\"e\r\nf\"\ng,h")
                                        << Rows {{"a\nb", "c"}, {"d", "e\r\nf"}, {"g", "h"}} << QList<int> {1, 3, 5};
        QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",\"\"") << Rows {{"say \"hi\"", ""}}
                                        << QList<int> {1};
        QTest::newRow("blank lines") << QStringLiteral("a\n\n\r\nb\n") << Rows {{"a"}, {"b"}} << QList<int> {1, 4};
    }

    void rows()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        CsvReader reader(text);
        Rows read;
        QList<int> readLines;
        QStringList row;
        while (reader.readRow(&row)) {
            read.append(row);
            readLines.append(reader.rowLine());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QCOMPARE(read, rows);
        QCOMPARE(readLines, lines);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote")
            << QStringLiteral("a,b\nc,\"open\nstill\n") << 2 << 3 << QStringLiteral("never closed");
        QTest::newRow("stray quote") << QStringLiteral("a,b\nc,d\"e\n") << 2 << 4 << QStringLiteral("stray quote");
        QTest::newRow("text after quote") << QStringLiteral("\"a\"b,c") << 1 << 4 << QStringLiteral("after a closing");
        QTest::newRow("after multi-line field")
            << QStringLiteral("\"a\nb\"x") << 2 << 3 << QStringLiteral("after a closing");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        CsvReader reader(text);
        QStringList row;
        while (reader.readRow(&row)) { }
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().line, line);
        QCOMPARE(reader.error().column, column);
        QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
        QVERIFY(!reader.error().expected.isEmpty());
    }

    void neutralise_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("cmd") << QStringLiteral("=cmd|' /C calc'!A0") << QByteArray("'=cmd|' /C calc'!A0\r\n");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1\r\n");
        QTest::newRow("minus") << QStringLiteral("-1") << QByteArray("'-1\r\n");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QByteArray("'@SUM(1)\r\n");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1\r\n");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"\r\n");
        QTest::newRow("nul") << QString(QChar(0)) + u'x' << QByteArray("'\0x\r\n", 5);
        QTest::newRow("comma quoted") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"\r\n");
        QTest::newRow("harmless") << QStringLiteral("a=1") << QByteArray("a=1\r\n");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"\r\n");
    }

    void neutralise()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        CsvWriter writer;
        writer.writeRow({field});
        QCOMPARE(writer.data(), written);
        // Frise's readers undo the neutralisation.
        CsvReader reader(QString::fromUtf8(writer.data()), u',');
        QStringList row;
        QVERIFY(reader.readRow(&row));
        QCOMPARE(CsvWriter::unneutralised(row.value(0)), field);
    }

    void bomAndDelimiter()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        options.delimiter = u';';
        CsvWriter writer(options);
        writer.writeRow({QStringLiteral("a;b"), QStringLiteral("é")});
        writer.writeRow({QStringLiteral("1"), QString()});
        QCOMPARE(writer.data(), QByteArray("\xEF\xBB\xBF\"a;b\";\xC3\xA9\r\n1;\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
