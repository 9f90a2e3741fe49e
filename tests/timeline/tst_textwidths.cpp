// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/textwidths.h"
#include "timeline/timelinelayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Frise::Timeline;

class TestTextWidths final : public QObject
{
    Q_OBJECT

private:
    static QFont font(const QString &variant)
    {
        QFont f = defaultLabelFont();
        if (variant == QLatin1String("bold"))
            f.setWeight(QFont::DemiBold);
        else if (variant == QLatin1String("large"))
            f.setPixelSize(17);
        else if (variant == QLatin1String("hinted"))
            f.setHintingPreference(QFont::PreferFullHinting);
        else if (variant == QLatin1String("spaced"))
            f.setLetterSpacing(QFont::AbsoluteSpacing, 0.7);
        return f;
    }

private Q_SLOTS:
    void sameAsShaping_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("text");
        const QString texts[] = {
            QStringLiteral("Event #12345 of the dispute"),
            QStringLiteral("AVATAR Today's Wolf: Tw Ty Yo Vo LT AV Wa P. F. r. y."),
            QStringLiteral("Événement n° 12 « Télé » — l’été, Œuvre, Łódź"),
            QStringLiteral("office flat affair ffi ffl"),
            QStringLiteral("~\u2009Plainte déposée (1er avril)"),
            QStringLiteral("Ngọc Lan — 5 € / 7 $ ‰"),
            QStringLiteral("x"),
            QString(),
            // Shaped as a whole: other scripts, combining marks, soft hyphens, emoji.
            QStringLiteral("المحكمة العليا"),
            QStringLiteral("Ре́шение суда"),
            QStringLiteral("e\u0301te\u0301 AV"),
            QStringLiteral("co\u00adop\u00aderation"),
            QStringLiteral("Verdict \U0001F4F0 AV"),
        };
        for (const char *variant : {"regular", "bold", "large", "hinted", "spaced"}) {
            int n = 0;
            for (const QString &text : texts)
                QTest::addRow("%s-%d", variant, n++) << QString::fromLatin1(variant) << text;
        }
    }

    void sameAsShaping()
    {
        QFETCH(QString, variant);
        QFETCH(QString, text);
        const QFont f = font(variant);
        TextWidths widths(f);
        QCOMPARE(widths.summable(), variant != QLatin1String("hinted") && variant != QLatin1String("spaced"));
        const double expected = QFontMetricsF(f).horizontalAdvance(text);
        // Twice: measured, then from what was kept.
        QCOMPARE(widths.horizontalAdvance(text), expected);
        QCOMPARE(widths.horizontalAdvance(text), expected);
    }

    void randomLatinTexts_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("regular") << QStringLiteral("regular");
        QTest::newRow("bold") << QStringLiteral("bold");
        QTest::newRow("large") << QStringLiteral("large");
    }

    void randomLatinTexts()
    {
        // Kerning pairs everywhere: every sum must equal the shaped advance.
        QFETCH(QString, variant);
        const QFont f = font(variant);
        const QFontMetricsF metrics(f);
        TextWidths widths(f);
        QVERIFY(widths.summable());
        const QString alphabet = QStringLiteral(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'’«»—-–()#°éèàçÉÀŒœ\u2009?!\"TVWYALfi");
        QRandomGenerator rng(7);
        for (int i = 0; i < 400; ++i) {
            QString text;
            const int length = 1 + int(rng.bounded(40));
            for (int k = 0; k < length; ++k)
                text += alphabet[qsizetype(rng.bounded(quint32(alphabet.size())))];
            QCOMPARE(widths.horizontalAdvance(text), metrics.horizontalAdvance(text));
        }
    }

    void simpleCharacters_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("simple");
        QTest::newRow("letter") << 0x41 << true;
        QTest::newRow("e acute") << 0xe9 << true;
        QTest::newRow("thin space") << 0x2009 << true;
        QTest::newRow("guillemet") << 0xab << true;
        QTest::newRow("tab") << 0x09 << false;
        QTest::newRow("soft hyphen") << 0xad << false;
        QTest::newRow("combining acute") << 0x301 << false;
        QTest::newRow("zero width joiner") << 0x200d << false;
        QTest::newRow("right-to-left mark") << 0x200f << false;
        QTest::newRow("arabic") << 0x627 << false;
        QTest::newRow("surrogate") << 0xd83d << false;
    }

    void simpleCharacters()
    {
        QFETCH(int, code);
        QFETCH(bool, simple);
        QCOMPARE(TextWidths::isSimple(char16_t(code)), simple);
    }
};

QTEST_MAIN(TestTextWidths)
#include "tst_textwidths.moc"
