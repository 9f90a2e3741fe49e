// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG 2 contrast and colours lifted until they read on a background.
#include "core/contrast.h"

#include <QColor>
#include <QTest>

using namespace Frise;

class TestContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        // Values from the WCAG 2 definition.
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same") << QColor(0x80, 0x40, 0x20) << QColor(0x80, 0x40, 0x20) << 1.0;
        QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("symmetric") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
        QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
    }

    void ratio()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QVERIFY2(std::abs(Contrast::ratio(a, b) - expected) < 0.01, qPrintable(QString::number(Contrast::ratio(a, b))));
    }

    void readableOn_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        const QColor dark(0x1e, 0x1e, 0x1e);
        const QColor light(Qt::white);
        QTest::newRow("dark blue on dark") << QColor(0x15, 0x65, 0xC0) << dark;
        QTest::newRow("brown on dark") << QColor(0x4E, 0x34, 0x2E) << dark;
        QTest::newRow("black on dark") << QColor(Qt::black) << dark;
        QTest::newRow("yellow on white") << QColor(0xE6, 0x9F, 0x00) << light;
        QTest::newRow("white on white") << QColor(Qt::white) << light;
    }

    void readableOn()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        QVERIFY(Contrast::ratio(colour, background) < Contrast::textMinimum);
        const QColor readable = Contrast::readableOn(colour, background);
        QVERIFY(Contrast::ratio(readable, background) >= Contrast::textMinimum);
        // A colour keeps its hue where it has one.
        if (colour.hsvSaturation() > 40 && readable.hsvSaturation() > 40)
            QVERIFY(std::abs(readable.hsvHue() - colour.hsvHue()) <= 12);
        // Already readable: left as it is.
        QCOMPARE(Contrast::readableOn(readable, background), readable);
    }
};

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
