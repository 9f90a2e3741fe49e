// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #25: the text alternative of every timeline and graph image export, through the real binary.
#include "core/alttext.h"
#include "core/fuzzydate.h"
#include "friseprocess.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Frise;

class TestAltTextExport : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

    static QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /// An event of the sample's backup as the test reads it, independently of the exporter.
    struct SampleEvent
    {
        QString titleFr;
        QString titleEn;
        FuzzyDate start;
        FuzzyDate end;
    };

    static FuzzyDate dateOf(const QJsonValue &value)
    {
        const QString text
            = value.isObject() ? value.toObject().value(QStringLiteral("date")).toString() : value.toString();
        return text.isEmpty() ? FuzzyDate() : FuzzyDate::fromIsoText(text);
    }

    /// A date as the alt text must write it: at its own precision, circa left to the line's start.
    static QString shown(FuzzyDate date, Language language)
    {
        date.setCirca(false);
        return date.toDisplayString(language);
    }

    /// The text of a PNG's tEXt, zTXt or iTXt chunk @p keyword, read from the file's bytes.
    static QString pngTextChunk(const QString &path, const QByteArray &keyword)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray png = file.readAll();
        auto inflate = [](const QByteArray &zlib) {
            QByteArray sized(4, '\0');
            sized[0] = char(0x00); // qUncompress wants the size first: a generous guess, it grows as needed
            sized[1] = char(0x10);
            return qUncompress(sized + zlib);
        };
        for (qsizetype at = 8; at + 12 <= png.size();) {
            const quint32 length = (quint32(uchar(png[at])) << 24) | (quint32(uchar(png[at + 1])) << 16)
                | (quint32(uchar(png[at + 2])) << 8) | quint32(uchar(png[at + 3]));
            const QByteArray type = png.mid(at + 4, 4);
            const QByteArray data = png.mid(at + 8, length);
            at += 12 + qsizetype(length);
            if (!data.startsWith(QByteArray(keyword).append('\0')))
                continue;
            QByteArray rest = data.mid(keyword.size() + 1);
            if (type == "tEXt")
                return QString::fromLatin1(rest);
            if (type == "zTXt")
                return QString::fromLatin1(inflate(rest.mid(1)));
            if (type == "iTXt") {
                const bool compressed = rest.at(0) == 1;
                rest = rest.mid(2);
                rest = rest.mid(rest.indexOf('\0') + 1); // language tag
                rest = rest.mid(rest.indexOf('\0') + 1); // translated keyword
                return QString::fromUtf8(compressed ? inflate(rest) : rest);
            }
        }
        return {};
    }

    /// The description's event lines ("- date: title (lanes)").
    static QStringList eventLines(const QString &altText)
    {
        QStringList lines;
        for (const QString &line : altText.split(u'\n')) {
            if (line.startsWith(QLatin1String("- ")))
                lines.append(line);
        }
        return lines;
    }

    QTemporaryDir m_dir;
    QString m_sample;
    QList<SampleEvent> m_events;
    QStringList m_actorsFr;
    QString m_titleEn;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.frise"));
        const Result r = frise({QStringLiteral("sample"), m_sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What the sample holds, read back through its backup: the expectations owe nothing to the exporter.
        const QString backup = m_dir.filePath(QStringLiteral("sample.json"));
        const Result b = frise({QStringLiteral("export"), m_sample, QStringLiteral("-o"), backup,
            QStringLiteral("--format"), QStringLiteral("backup")});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &value : root.value(QStringLiteral("events")).toArray()) {
            const QJsonObject event = value.toObject();
            const QJsonObject title = event.value(QStringLiteral("title")).toObject();
            m_events.append({title.value(QStringLiteral("fr")).toString(), title.value(QStringLiteral("en")).toString(),
                dateOf(event.value(QStringLiteral("start"))), dateOf(event.value(QStringLiteral("end")))});
            QVERIFY2(m_events.constLast().start.isValid(), qPrintable(m_events.constLast().titleEn));
        }
        for (const QJsonValue &value : root.value(QStringLiteral("actors")).toArray())
            m_actorsFr.append(
                value.toObject().value(QStringLiteral("name")).toObject().value(QStringLiteral("fr")).toString());
        m_titleEn = root.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString();
        QVERIFY(m_events.size() > 20);
        QVERIFY(m_actorsFr.size() > 10);
    }

    void everyEventInOrder_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("lanes");
        for (const char *lang : {"fr", "en"}) {
            QTest::addRow("%s-whole", lang)
                << QString::fromLatin1(lang) << QString() << QString() << QStringLiteral("dispute");
            QTest::addRow("%s-april-2023", lang) << QString::fromLatin1(lang) << QStringLiteral("2023-04")
                                                 << QStringLiteral("2023-04") << QStringLiteral("actor");
            QTest::addRow("%s-one-lane", lang) << QString::fromLatin1(lang) << QStringLiteral("2015")
                                               << QStringLiteral("2023-06") << QStringLiteral("none");
        }
    }

    // Every event in the view has its line, in the order drawn (earliest start), with its
    // title and its dates at their own precision; nothing out of the view is listed.
    void everyEventInOrder()
    {
        QFETCH(QString, lang);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, lanes);
        const Language language = lang == QLatin1String("fr") ? Language::French : Language::English;
        const QString output = m_dir.filePath(QStringLiteral("order-%1.png").arg(QTest::currentDataTag()));
        QStringList args {QStringLiteral("export-timeline"), m_sample, QStringLiteral("-o"), output,
            QStringLiteral("--lang"), lang, QStringLiteral("--lanes"), lanes, QStringLiteral("--height"),
            QStringLiteral("4000")};
        qint64 first = std::numeric_limits<qint64>::min();
        qint64 last = std::numeric_limits<qint64>::max();
        if (!from.isEmpty()) {
            args << QStringLiteral("--from") << from << QStringLiteral("--to") << to;
            first = FuzzyDate::fromIsoText(from).earliestMinutes();
            last = FuzzyDate::fromIsoText(to).latestMinutes();
        }
        const Result r = frise(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString alt = readText(AltText::pathBeside(output));
        QVERIFY2(!alt.isEmpty(), qPrintable(AltText::pathBeside(output)));
        const QStringList lines = eventLines(alt);

        QList<SampleEvent> inView;
        for (const SampleEvent &e : std::as_const(m_events)) {
            const qint64 latest = (e.end.isValid() ? e.end : e.start).latestMinutes();
            if (e.start.earliestMinutes() <= last && latest >= first)
                inView.append(e);
        }
        QVERIFY(!inView.isEmpty());
        QCOMPARE(lines.size(), inView.size());
        QList<int> lineOf;
        QList<bool> used(lines.size(), false);
        for (const SampleEvent &e : std::as_const(inView)) {
            const QString title = language == Language::French ? e.titleFr : e.titleEn;
            int found = -1;
            for (int i = 0; i < lines.size() && found < 0; ++i) {
                const QString &line = lines.at(i);
                // The date opens the line (after "- ", and "c. "/"vers " for a circa date).
                const QString date = shown(e.start, language);
                const qsizetype at = line.indexOf(date);
                if (!used[i] && line.contains(title) && at >= 2 && at <= 8
                    && (!e.end.isValid()
                        || (line.contains(QStringLiteral(" – ")) && line.contains(shown(e.end, language)))))
                    found = i;
            }
            QVERIFY2(found >= 0, qPrintable(title + u'\n' + lines.join(u'\n')));
            used[found] = true;
            lineOf.append(found);
            // Never more precise than known: a year or a month names no day.
            if (e.start.precision() <= FuzzyDate::Precision::Month && !e.start.isRange())
                QVERIFY2(!lines.at(found).contains(QRegularExpression(QStringLiteral("^- (c\\. |vers )?\\d{1,2} "))),
                    qPrintable(lines.at(found)));
        }
        // Lines follow the earliest start.
        QList<qint64> startOfLine(lines.size());
        for (qsizetype k = 0; k < inView.size(); ++k)
            startOfLine[lineOf[k]] = inView[k].start.earliestMinutes();
        for (qsizetype i = 1; i < startOfLine.size(); ++i)
            QVERIFY2(startOfLine[i - 1] <= startOfLine[i], qPrintable(lines.at(i)));
        // The summary counts them.
        const QString summary = alt.section(u'\n', 0, 0);
        const QString count = localeFor(language).toString(inView.size());
        QVERIFY2(summary.contains(
                     count + (language == Language::French ? QStringLiteral(" événement") : QStringLiteral(" event"))),
            qPrintable(summary));
        QVERIFY(alt.section(u'\n', 1, 1).isEmpty()); // summary, blank line, description
        QVERIFY(
            !alt.contains(language == Language::French ? QStringLiteral(" events") : QStringLiteral(" événements")));
    }

    // The SVG's root holds the summary as <title> and the description as <desc>, escaped.
    void svgTitleAndDescEscaped()
    {
        const QString backup = m_dir.filePath(QStringLiteral("escape.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString nasty = QStringLiteral("Tom & Jerry <script>alert(1)</script> ]]> \"x\" 'y'");
        auto both = [](const QString &fr, const QString &en) {
            return QJsonObject {{QStringLiteral("fr"), fr}, {QStringLiteral("en"), en}};
        };
        const QJsonObject event {{QStringLiteral("uid"), QStringLiteral("e1")},
            {QStringLiteral("title"), both(nasty, nasty)}, {QStringLiteral("start"), QStringLiteral("2023-04")}};
        const QJsonObject root {{QStringLiteral("format"), QStringLiteral("frise-backup")},
            {QStringLiteral("formatVersion"), 5},
            {QStringLiteral("exportedAt"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("title"), both(QStringLiteral("Titre <b>&amp;</b>"), QStringLiteral("Title <b>&amp;</b>"))},
            {QStringLiteral("events"), QJsonArray {event}}};
        file.write(QJsonDocument(root).toJson());
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("escape.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result imported
            = frise({QStringLiteral("import"), db, backup, QStringLiteral("--format"), QStringLiteral("backup")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString output = m_dir.filePath(QStringLiteral("escape.svg"));
        const Result r = frise({QStringLiteral("export-timeline"), db, QStringLiteral("-o"), output});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QFile svg(output);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QVERIFY(!bytes.contains("<script>"));
        QXmlStreamReader xml(bytes);
        QString title;
        QString desc;
        int depth = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                // Children of the root <svg>: depth 2.
                if (depth == 2 && xml.name() == QLatin1String("title"))
                    title = xml.readElementText(), --depth;
                else if (depth == 2 && xml.name() == QLatin1String("desc"))
                    desc = xml.readElementText(), --depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString alt = readText(AltText::pathBeside(output));
        QCOMPARE(title, alt.section(u'\n', 0, 0));
        QCOMPARE(desc + u'\n', alt.section(u'\n', 2));
        QVERIFY2(title.contains(QStringLiteral("Title <b>&amp;</b>")), qPrintable(title));
        QVERIFY2(desc.contains(nasty), qPrintable(desc));
        QVERIFY2(desc.contains(QStringLiteral("- April 2023: Tom & Jerry")), qPrintable(desc));
    }

    // A PDF's title (Info dictionary) and XMP description; a PNG's "Description" text.
    void pdfAndPngMetadata()
    {
        for (const char *kind : {"timeline", "graph"}) {
            const QString command = QStringLiteral("export-%1").arg(QLatin1String(kind));
            const QString pdf = m_dir.filePath(QStringLiteral("meta-%1.pdf").arg(QLatin1String(kind)));
            Result r = frise({command, m_sample, QStringLiteral("-o"), pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString alt = readText(AltText::pathBeside(pdf));
            QVERIFY(!alt.isEmpty());
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // Qt writes the Info title as a UTF-16BE literal string with a byte order mark.
            const qsizetype at = bytes.indexOf("/Title (\xfe\xff");
            QVERIFY(at >= 0);
            QByteArray utf16;
            for (qsizetype i = at + 10; i < bytes.size() && bytes.at(i) != ')'; ++i)
                utf16 += bytes.at(i) == '\\' ? bytes.at(++i) : bytes.at(i);
            QString pdfTitle;
            for (qsizetype i = 0; i + 1 < utf16.size(); i += 2)
                pdfTitle += QChar(char16_t((uchar(utf16.at(i)) << 8) | uchar(utf16.at(i + 1))));
            QCOMPARE(pdfTitle, m_titleEn);
            // The XMP packet, an uncompressed stream.
            const qsizetype begin = bytes.indexOf("<x:xmpmeta");
            const qsizetype end = bytes.indexOf("</x:xmpmeta>");
            QVERIFY(begin > 0 && end > begin);
            QXmlStreamReader xmp(bytes.mid(begin, end - begin + 12));
            QString description;
            bool inDescription = false;
            while (!xmp.atEnd()) {
                xmp.readNext();
                if (xmp.isStartElement() && xmp.name() == QLatin1String("description"))
                    inDescription = true;
                else if (inDescription && xmp.isStartElement() && xmp.name() == QLatin1String("li")
                    && description.isEmpty())
                    description = xmp.readElementText();
            }
            QVERIFY2(!xmp.hasError(), qPrintable(xmp.errorString()));
            QCOMPARE(description, alt.trimmed());

            const QString png = m_dir.filePath(QStringLiteral("meta-%1.png").arg(QLatin1String(kind)));
            r = frise({command, m_sample, QStringLiteral("-o"), png, QStringLiteral("--lang"), QStringLiteral("fr")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString pngAlt = readText(AltText::pathBeside(png)).trimmed();
            QCOMPARE(pngTextChunk(png, "Description"), pngAlt);
            // Qt's reader gives texts back simplified (line breaks and no-break spaces as spaces).
            QImageReader reader(png);
            QCOMPARE(reader.text(QStringLiteral("Description")), pngAlt.simplified());
        }
    }

    void altTextFileOptional_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("extension");
        for (const char *command : {"export-timeline", "export-graph"}) {
            for (const char *extension : {"png", "svg", "pdf"})
                QTest::addRow("%s-%s", command, extension)
                    << QString::fromLatin1(command) << QString::fromLatin1(extension);
        }
    }

    // Written by default, left out with --no-alt-text (the image still carries it).
    void altTextFileOptional()
    {
        QFETCH(QString, command);
        QFETCH(QString, extension);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString with = m_dir.filePath(QStringLiteral("with-%1.%2").arg(tag, extension));
        Result r = frise({command, m_sample, QStringLiteral("-o"), with});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(AltText::pathBeside(with)));
        QCOMPARE(AltText::pathBeside(with), m_dir.filePath(QStringLiteral("with-%1.alt.txt").arg(tag)));
        const QString without = m_dir.filePath(QStringLiteral("without-%1.%2").arg(tag, extension));
        r = frise({command, m_sample, QStringLiteral("-o"), without, QStringLiteral("--no-alt-text")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(without));
        QVERIFY(!QFile::exists(AltText::pathBeside(without)));
        // Data formats have no text alternative, and --no-alt-text is no reason to refuse them.
        if (command == QLatin1String("export-graph") && extension == QLatin1String("png")) {
            const QString gexf = m_dir.filePath(QStringLiteral("data.gexf"));
            r = frise({command, m_sample, QStringLiteral("-o"), gexf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(!QFile::exists(AltText::pathBeside(gexf)));
        }
    }

    // Nothing is written when the text alternative cannot be: the image is not replaced either.
    void unwritableAltTextChangesNothing()
    {
        const QString output = m_dir.filePath(QStringLiteral("blocked.png"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("blocked.alt.txt"))); // a folder where the file would go
        const Result r = frise({QStringLiteral("export-timeline"), m_sample, QStringLiteral("-o"), output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("blocked.alt.txt")), qPrintable(r.err));
        QVERIFY(!QFile::exists(output));
    }

    // The graph's nodes and relations, in the export's language.
    void graphListsNodesAndRelations()
    {
        const QString output = m_dir.filePath(QStringLiteral("graph-fr.svg"));
        const Result r = frise({QStringLiteral("export-graph"), m_sample, QStringLiteral("-o"), output,
            QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString alt = readText(AltText::pathBeside(output));
        const QString summary = alt.section(u'\n', 0, 0);
        QVERIFY2(summary.startsWith(QStringLiteral("Graphe des relations «\u00a0")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 acteurs").arg(m_actorsFr.size())), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Les plus liés\u00a0: ")), qPrintable(summary));
        for (const QString &actor : std::as_const(m_actorsFr))
            QVERIFY2(alt.contains(QStringLiteral("- ") + actor + QStringLiteral(" (")), qPrintable(actor));
        QVERIFY2(alt.contains(QStringLiteral("\nRelations\u00a0:\n")), qPrintable(alt));
        QVERIFY2(alt.contains(QStringLiteral(" partie à ")), qPrintable(alt));
        QVERIFY(!alt.contains(QStringLiteral(" actors")));

        // "As of" a date drops what came later, from the image and from its text alike.
        const QString early = m_dir.filePath(QStringLiteral("graph-2016.svg"));
        const Result e = frise({QStringLiteral("export-graph"), m_sample, QStringLiteral("-o"), early,
            QStringLiteral("--as-of"), QStringLiteral("2016")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QString earlyAlt = readText(AltText::pathBeside(early));
        QVERIFY2(earlyAlt.section(u'\n', 0, 0).contains(QStringLiteral(" As of ")), qPrintable(earlyAlt));
        QVERIFY2(earlyAlt.section(u'\n', 0, 0).contains(QStringLiteral("2016")), qPrintable(earlyAlt));
        QVERIFY2(eventLines(earlyAlt).size() < eventLines(alt).size(), qPrintable(earlyAlt));
    }
};

QTEST_GUILESS_MAIN(TestAltTextExport)
#include "tst_alttextexport.moc"
