// SPDX-License-Identifier: GPL-3.0-or-later
// CSL-JSON: the output validated against the CSL-JSON schema vendored in
// tests/data/io/csl (MIT, see LICENSE.txt there), item types, dates, cited
// URLs, confidential sources absent, publish-safe scope, both languages.
#include "factdataset.h"
#include "testdata.h"

#include "io/csljsonwriter.h"
#include "io/exporter.h"
#include "io/sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

/**
 * A JSON Schema (draft 7) checker for the keywords csl-data.json uses: type
 * (one or a list), enum, properties, required, additionalProperties: false,
 * items, minItems, maxItems, anyOf and local $ref. `pattern` is not checked
 * (the schema's EDTF pattern is a character class any text with a digit
 * matches), nor are the keywords that only document (title, description,
 * examples).
 */
class SchemaChecker
{
public:
    explicit SchemaChecker(const QJsonObject &root)
        : m_root(root)
    { }

    /// The problems of @p value against @p schema, each with its JSON path.
    QStringList check(const QJsonValue &value, const QJsonObject &schema, const QString &path) const
    {
        if (schema.contains(u"$ref")) {
            const QString ref = schema.value(u"$ref").toString();
            const QString prefix = QStringLiteral("#/definitions/");
            if (!ref.startsWith(prefix))
                return {path + QStringLiteral(": unsupported $ref ") + ref};
            return check(value, m_root.value(u"definitions").toObject().value(ref.mid(prefix.size())).toObject(), path);
        }
        QStringList problems;
        if (schema.contains(u"anyOf")) {
            bool any = false;
            for (const QJsonValue &option : schema.value(u"anyOf").toArray())
                any = any || check(value, option.toObject(), path).isEmpty();
            if (!any)
                problems << path + QStringLiteral(": matches none of anyOf");
        }
        if (schema.contains(u"type") && !hasType(value, schema.value(u"type")))
            return problems << path + QStringLiteral(": wrong type");
        if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
            problems << path + QStringLiteral(": not one of the enum");
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(u"properties").toObject();
            for (const QJsonValue &required : schema.value(u"required").toArray()) {
                if (!object.contains(required.toString()))
                    problems << path + QStringLiteral(": missing ") + required.toString();
            }
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (properties.contains(it.key()))
                    problems += check(it.value(), properties.value(it.key()).toObject(), path + u'.' + it.key());
                else if (schema.value(u"additionalProperties") == QJsonValue(false))
                    problems << path + QStringLiteral(": no property ") + it.key();
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (schema.contains(u"minItems") && array.size() < schema.value(u"minItems").toInt())
                problems << path + QStringLiteral(": too few items");
            if (schema.contains(u"maxItems") && array.size() > schema.value(u"maxItems").toInt())
                problems << path + QStringLiteral(": too many items");
            if (schema.contains(u"items")) {
                for (qsizetype i = 0; i < array.size(); ++i)
                    problems += check(
                        array.at(i), schema.value(u"items").toObject(), path + u'[' + QString::number(i) + u']');
            }
        }
        return problems;
    }

private:
    static bool hasType(const QJsonValue &value, const QJsonValue &type)
    {
        if (type.isArray()) {
            const QJsonArray types = type.toArray();
            return std::any_of(
                types.begin(), types.end(), [&value](const QJsonValue &one) { return hasType(value, one); });
        }
        const QString name = type.toString();
        if (name == QLatin1String("string"))
            return value.isString();
        if (name == QLatin1String("number"))
            return value.isDouble();
        if (name == QLatin1String("boolean"))
            return value.isBool();
        if (name == QLatin1String("array"))
            return value.isArray();
        if (name == QLatin1String("object"))
            return value.isObject();
        return false;
    }

    QJsonObject m_root;
};

QJsonObject itemOf(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"id").toString() == id)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestCslJsonWriter final : public QObject
{
    Q_OBJECT

    QJsonObject m_schema;

    QStringList problemsOf(const QJsonValue &value) const
    {
        return SchemaChecker(m_schema).check(value, m_schema, QStringLiteral("$"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonDocument schema = QJsonDocument::fromJson(readIoData(QStringLiteral("csl/csl-data.json")));
        QVERIFY(schema.isObject());
        m_schema = schema.object();
        // The checker can fail: an unknown type, a missing id, an unknown field, a bad date.
        const QJsonArray bad {QJsonObject {{QStringLiteral("type"), QStringLiteral("blog")}},
            QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("type"), QStringLiteral("webpage")},
                {QStringLiteral("outlet"), QStringLiteral("x")},
                {QStringLiteral("issued"), QJsonObject {{QStringLiteral("date-parts"), QJsonArray {}}}}}};
        QCOMPARE(problemsOf(bad).size(), 4); // enum, id, outlet, issued (empty date-parts: no anyOf branch)
        QVERIFY(problemsOf(QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                               {QStringLiteral("type"), QStringLiteral("webpage")},
                               {QStringLiteral("issued"),
                                   QJsonObject {{QStringLiteral("date-parts"), QJsonArray {QJsonArray {2023, 4}}}}}}})
                .isEmpty());
    }

    void valid_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::addColumn<Language>("language");
        QTest::newRow("sample fr") << true << Language::French;
        QTest::newRow("sample en") << true << Language::English;
        QTest::newRow("generated fr") << false << Language::French;
        QTest::newRow("generated en") << false << Language::English;
    }

    void valid()
    {
        QFETCH(bool, sample);
        QFETCH(Language, language);
        Dataset dataset = sample ? Dataset() : FriseTest::factDataset();
        IoError error;
        if (sample)
            QVERIFY2(loadSample(&dataset, &error), qPrintable(error.toString()));
        ExportOptions options;
        options.format = Format::CslJson;
        options.language = language;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(Exporter::exportData(dataset, options), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        qsizetype open = 0;
        for (const Source &source : std::as_const(dataset.sources))
            open += source.confidential ? 0 : 1;
        QCOMPARE(document.array().size(), open);
        const QStringList problems = problemsOf(document.array());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
        // Sources say what they say in their own language: the same items in either.
        options.language = otherLanguage(language);
        QCOMPARE(QJsonDocument::fromJson(Exporter::exportData(dataset, options)), document);
    }

    void items()
    {
        const QJsonArray items = CslJsonWriter::items(FriseTest::factDataset(), CslJsonWriter::Scope::AllSources);
        const QJsonObject article = itemOf(items, QStringLiteral("gazette-article"));
        QCOMPARE(article.value(u"type").toString(), QStringLiteral("article-newspaper"));
        QCOMPARE(article.value(u"title").toString(), QStringLiteral("Acme sues Chirp"));
        QCOMPARE(article.value(u"container-title").toString(), QStringLiteral("The Gazette"));
        QCOMPARE(article.value(u"URL").toString(), QStringLiteral("https://gazette.example/acme"));
        QCOMPARE(article.value(u"language").toString(), QStringLiteral("en"));
        QCOMPARE(article.value(u"issued").toObject().value(u"date-parts").toArray(),
            (QJsonArray {QJsonArray {2023, 4, 19}}));
        QCOMPARE(article.value(u"accessed").toObject().value(u"date-parts").toArray(),
            (QJsonArray {QJsonArray {2023, 4, 20}}));

        const QJsonObject ruling = itemOf(items, QStringLiteral("ruling"));
        QCOMPARE(ruling.value(u"type").toString(), QStringLiteral("legal_case"));
        QCOMPARE(
            ruling.value(u"issued").toObject().value(u"date-parts").toArray(), (QJsonArray {QJsonArray {2024, 3}}));
        QCOMPARE(ruling.value(u"issued").toObject().value(u"circa").toBool(), true);

        const QJsonObject dead = itemOf(items, QStringLiteral("dead-blog"));
        QCOMPARE(dead.value(u"type").toString(), QStringLiteral("webpage"));
        QCOMPARE(dead.value(u"URL").toString(),
            QStringLiteral("https://web.archive.org/web/2023/https://blog.example/gone"));
        QCOMPARE(dead.value(u"issued").toObject().value(u"date-parts").toArray(),
            (QJsonArray {QJsonArray {2023, 4, 17}, QJsonArray {2023, 4, 19}}));

        QVERIFY(itemOf(items, QStringLiteral("informant")).isEmpty());
        QCOMPARE(items.size(), 4);
    }

    void nothingSecret_data()
    {
        QTest::addColumn<bool>("publishSafe");
        QTest::addColumn<bool>("rumour"); // the source only an unverified claim cites
        QTest::newRow("publish-safe") << true << false;
        QTest::newRow("not publish-safe") << false << true;
    }

    void nothingSecret()
    {
        QFETCH(bool, publishSafe);
        QFETCH(bool, rumour);
        ExportOptions options;
        options.format = Format::CslJson;
        options.publishSafe = publishSafe;
        for (const Language language : {Language::English, Language::French}) {
            options.language = language;
            const QByteArray data = Exporter::exportData(FriseTest::factDataset(), options);
            QVERIFY(data.contains("\"container-title\""));
            for (const QString &marker : FriseTest::secretMarkers())
                QVERIFY2(!data.contains(marker.toUtf8()), qPrintable(marker));
            QCOMPARE(data.contains("rumour-thread"), rumour);
            QVERIFY(!data.contains("\"https://blog.example/gone\""));
        }
    }

    void fileByExtension()
    {
        QCOMPARE(formatFromFileName(QStringLiteral("sources.csl.json")), Format::CslJson);
        QCOMPARE(formatFromCode(QStringLiteral("csl-json")), Format::CslJson);
    }
};

QTEST_GUILESS_MAIN(TestCslJsonWriter)
#include "tst_csljsonwriter.moc"
