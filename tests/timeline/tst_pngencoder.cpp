// SPDX-License-Identifier: GPL-3.0-or-later
// PngEncoder (issue #24): what it writes decodes, through Qt's libpng reader and checked by pngcheck, to the
// very pixels, texts, resolution and colour space of the image given, whatever its size, format or stripes.
#include "timeline/pngencoder.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Frise::Timeline::PngEncoder;

namespace {

/// Pixels that fill every byte of every channel: noise, so that no filter or match hides a misplaced byte.
QImage noise(int width, int height, QImage::Format format, quint32 seed)
{
    QImage image(width, height, QImage::Format_ARGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate();
    }
    return image.convertToFormat(format);
}

/// What an export looks like: a white page, flat bands, grid lines, antialiased text.
QImage drawing(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (int lane = 0; lane < height / 60; ++lane)
        p.fillRect(QRect(40, 40 + lane * 60, width - 80, 44), QColor::fromHsv(lane * 37 % 360, 60, 230));
    p.setPen(QColor(200, 200, 200));
    for (int x = 40; x < width - 40; x += 97)
        p.drawLine(x, 30, x, height - 30);
    p.setPen(Qt::black);
    for (int i = 0; i < 40; ++i)
        p.drawText(
            QPointF(50 + i * 23 % (width - 100), 60 + i * 41 % (height - 100)), QStringLiteral("Événement %1").arg(i));
    p.setBrush(QColor(30, 90, 200, 120));
    p.drawEllipse(QPointF(width / 2.0, height / 2.0), width / 5.0, height / 5.0);
    return image;
}

/// The image as a PNG decoder should give it back: straight 8-bit channels, alpha only when it has some.
QImage expected(const QImage &image)
{
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
}

QByteArray encoded(const QImage &image, int stripes = 0)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!PngEncoder::write(image, &buffer, &error, stripes))
        qWarning("PngEncoder::write: %s", qPrintable(error));
    return buffer.data();
}

QImage decoded(const QByteArray &png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    return image;
}

} // namespace

class TestPngEncoder final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// pngcheck's verdict on @p png (chunk CRCs, zlib stream, sizes); empty when it is valid.
    QString pngcheckProblems(const QByteArray &png, const QString &name) const
    {
        const QString checker = QStandardPaths::findExecutable(QStringLiteral("pngcheck"));
        if (checker.isEmpty())
            return QStringLiteral("pngcheck is not installed (a package of the build root: tools/dev root)");
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
            return QStringLiteral("cannot write ") + path;
        file.close();
        QProcess process;
        process.start(checker, {QStringLiteral("-v"), path});
        if (!process.waitForFinished(60000))
            return QStringLiteral("pngcheck did not finish");
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
            || !output.contains(QLatin1String("No errors detected")))
            return output;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsPixelExact_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("stripes");
        QTest::newRow("1x1 opaque") << noise(1, 1, QImage::Format_RGB32, 1) << 0;
        QImage transparent(1, 1, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        QTest::newRow("1x1 transparent") << transparent << 0;
        QTest::newRow("odd width, alpha") << noise(33, 17, QImage::Format_ARGB32, 2) << 0;
        QTest::newRow("odd width, premultiplied") << noise(31, 9, QImage::Format_ARGB32_Premultiplied, 3) << 0;
        QTest::newRow("1 wide, tall") << noise(1, 301, QImage::Format_RGB32, 4) << 3;
        QTest::newRow("RGB888") << noise(101, 40, QImage::Format_RGB888, 5) << 0;
        QTest::newRow("grey") << noise(64, 63, QImage::Format_Grayscale8, 6) << 2;
        QTest::newRow("indexed") << noise(50, 50, QImage::Format_Indexed8, 7) << 0;
        QTest::newRow("RGBA64") << noise(45, 20, QImage::Format_RGBA64, 8) << 0;
        QTest::newRow("noise, 4 stripes") << noise(997, 601, QImage::Format_RGB32, 9) << 4;
        QTest::newRow("noise alpha, 3 stripes") << noise(641, 479, QImage::Format_ARGB32, 10) << 3;
        QTest::newRow("more stripes than rows") << noise(7, 3, QImage::Format_RGB32, 11) << 8;
        QTest::newRow("drawing") << drawing(1920, 1080, QImage::Format_RGB32) << 0;
        QTest::newRow("drawing, 1 stripe") << drawing(1920, 1080, QImage::Format_RGB32) << 1;
        QTest::newRow("drawing, 7 stripes") << drawing(1283, 721, QImage::Format_RGB32) << 7;
        QTest::newRow("drawing with alpha") << drawing(799, 601, QImage::Format_ARGB32_Premultiplied) << 2;
    }

    void roundTripsPixelExact()
    {
        QFETCH(QImage, image);
        QFETCH(int, stripes);
        QVERIFY(!image.isNull());
        const QByteArray png = encoded(image, stripes);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage back = decoded(png);
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.hasAlphaChannel(), image.hasAlphaChannel());
        const QImage want = expected(image);
        QCOMPARE(back.convertToFormat(want.format()), want);
        const QString problems
            = pngcheckProblems(png, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    /// The pixels QImageWriter's file gives back, the file's exporter wrote before the encoder.
    void decodesLikeQImageWriter()
    {
        const QImage image = drawing(1920, 1080, QImage::Format_RGB32);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(85);
        QVERIFY(writer.write(image));
        QCOMPARE(decoded(encoded(image)), decoded(buffer.data()));
    }

    void keepsTextsAndResolution_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::newRow("short Latin-1") << QStringLiteral("Frise") << QStringLiteral("Deux événements");
        QTest::newRow("long Latin-1") << QStringLiteral("Litiges")
                                      << QStringLiteral("Une chronologie de litiges.\n\n- 2023: événement "
                                                        "¡déjà vu! avec assez de texte pour être compressé")
                                             .repeated(40);
        QTest::newRow("beyond Latin-1, short")
            << QStringLiteral("Twitter/X – Microsoft") << QStringLiteral("L’an 2023 : « litige »");
        QTest::newRow("beyond Latin-1, long") << QStringLiteral("Frise")
                                              << QStringLiteral("Twitter/X vs Microsoft — données, « entraînement » "
                                                                "et 訴訟\n")
                                                     .repeated(200);
        QTest::newRow("control character") << QStringLiteral("A\tB") << QStringLiteral("tab\there");
    }

    void keepsTextsAndResolution()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        QImage image = drawing(300, 200, QImage::Format_RGB32);
        image.setText(QStringLiteral("Title"), title);
        image.setText(QStringLiteral("Description"), description);
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(7559); // 192 dpi
        const QByteArray png = encoded(image);
        const QImage back = decoded(png);
        QCOMPARE(back.text(QStringLiteral("Title")), title);
        QCOMPARE(back.text(QStringLiteral("Description")), description);
        QCOMPARE(back.dotsPerMeterX(), 11811);
        QCOMPARE(back.dotsPerMeterY(), 7559);
        QCOMPARE(back, image);
        const QString problems = pngcheckProblems(
            png, QStringLiteral("texts-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void keepsColourSpace()
    {
        QImage image = noise(40, 30, QImage::Format_RGB32, 12);
        image.setColorSpace(QColorSpace::DisplayP3);
        const QByteArray png = encoded(image);
        const QImage back = decoded(png);
        QVERIFY(back.colorSpace().isValid());
        QCOMPARE(back.colorSpace(), image.colorSpace());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image);
        const QString problems = pngcheckProblems(png, QStringLiteral("colour-space"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void failsClearly()
    {
        QString error;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!PngEncoder::write(QImage(), &buffer, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(buffer.size(), 0);

        // A device that takes nothing: the error is the device's.
        QFile readOnly(m_dir.filePath(QStringLiteral("read-only.png")));
        QVERIFY(readOnly.open(QIODevice::WriteOnly));
        readOnly.close();
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        error.clear();
        const QByteArray warning
            = "QIODevice::write (QFile, \"" + readOnly.fileName().toLocal8Bit() + "\"): ReadOnly device";
        QTest::ignoreMessage(QtWarningMsg, warning.constData());
        QVERIFY(!PngEncoder::write(drawing(300, 200, QImage::Format_RGB32), &readOnly, &error));
        QVERIFY(!error.isEmpty());
    }

    /// Smaller than the raw pixels by far on what exports draw, while at zlib's fastest level.
    void compressesDrawings()
    {
        const QImage image = drawing(1920, 1080, QImage::Format_RGB32);
        const QByteArray png = encoded(image);
        QVERIFY2(png.size() < 1920 * 1080 * 3 / 20, qPrintable(QString::number(png.size())));
    }

    void stripesFollowSize()
    {
        QCOMPARE(PngEncoder::stripesFor(1, 1), 1);
        QCOMPARE(PngEncoder::stripesFor(200, 200), 1);
        QVERIFY(PngEncoder::stripesFor(1920, 1080) >= 1);
        QVERIFY(PngEncoder::stripesFor(7680, 4320) <= 8);
    }
};

QTEST_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
