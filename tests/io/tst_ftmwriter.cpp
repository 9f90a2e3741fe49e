// SPDX-License-Identifier: GPL-3.0-or-later
// FollowTheMoney entities: every entity checked against the FtM schema
// definitions vendored in tests/data/io/followthemoney (MIT, see LICENSE
// there), the mapping of actor kinds and relation types, stable ids,
// confidential sources and notes absent.
#include "factdataset.h"
#include "testdata.h"

#include "io/exporter.h"
#include "io/ftmwriter.h"
#include "io/sample.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Frise;
using namespace Frise::Io;

namespace {

struct FtmProperty
{
    QString type; ///< FtM property type; "string" when the definition names none
    QString range; ///< for entity properties: the schema the value must be
};

struct FtmSchema
{
    QStringList extends;
    QStringList required;
    bool abstract = false;
    QHash<QString, FtmProperty> properties;
};

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && (text.startsWith(u'"') || text.startsWith(u'\'')) && text.endsWith(text.front()))
        return text.mid(1, text.size() - 2);
    return text;
}

/**
 * Reads the part of an FtM schema file the checks need: extends, required,
 * abstract, and each property's type and range. FtM schema files are plain
 * block YAML (mappings by indentation, "- " lists, `#` comments), which is
 * all this reads; anything else (labels, descriptions, edges) is skipped.
 */
bool readSchemaFile(const QString &path, QHash<QString, FtmSchema> *schemata)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    QString name;
    QString key;
    QString property;
    int schemaIndent = -1;
    int propertyIndent = -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString line : lines) {
        if (line.trimmed().startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        // A trailing comment, unless the '#' is inside quotes (there are none such in these files' keys).
        const qsizetype hash = line.indexOf(QLatin1String(" #"));
        if (hash >= 0 && line.left(hash).count(u'"') % 2 == 0)
            line.truncate(hash);
        int spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ')
            ++spaces;
        const QString text = line.trimmed();
        if (spaces == 0) {
            name = text.chopped(1).trimmed(); // "Name:"
            (*schemata)[name];
            schemaIndent = propertyIndent = -1;
            key.clear();
            continue;
        }
        FtmSchema &schema = (*schemata)[name];
        if (schemaIndent < 0)
            schemaIndent = spaces;
        const bool item = text.startsWith(QLatin1String("- "));
        if (item && (key == QLatin1String("extends") || key == QLatin1String("required"))
            && (spaces == schemaIndent || spaces == schemaIndent + 2)) {
            (key == QLatin1String("extends") ? schema.extends : schema.required).append(unquoted(text.mid(2)));
            continue;
        }
        const qsizetype colon = text.indexOf(u':');
        if (spaces == schemaIndent && colon > 0) {
            key = text.left(colon).trimmed();
            const QString value = unquoted(text.mid(colon + 1));
            if (key == QLatin1String("extends") && !value.isEmpty())
                schema.extends.append(value);
            else if (key == QLatin1String("abstract"))
                schema.abstract = value == QLatin1String("true");
            property.clear();
            continue;
        }
        if (key != QLatin1String("properties") || colon <= 0)
            continue;
        if (propertyIndent < 0)
            propertyIndent = spaces;
        if (spaces == propertyIndent) {
            property = text.left(colon).trimmed();
            schema.properties.insert(property, {QStringLiteral("string"), QString()});
        } else if (spaces == propertyIndent + 2 && !property.isEmpty()) {
            const QString field = text.left(colon).trimmed();
            if (field == QLatin1String("type"))
                schema.properties[property].type = unquoted(text.mid(colon + 1));
            else if (field == QLatin1String("range"))
                schema.properties[property].range = unquoted(text.mid(colon + 1));
        }
    }
    return true;
}

class FtmModel
{
public:
    bool load(const QString &folder)
    {
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.yaml")}, QDir::Files);
        for (const QString &file : files) {
            if (!readSchemaFile(folder + u'/' + file, &m_schemata))
                return false;
        }
        return !m_schemata.isEmpty();
    }
    bool has(const QString &schema) const { return m_schemata.contains(schema); }
    const FtmSchema &schema(const QString &name) const { return m_schemata.find(name).value(); }
    /// @p schema and every schema it extends, nearest first.
    QStringList lineage(const QString &schema) const
    {
        QStringList seen {schema};
        for (qsizetype i = 0; i < seen.size(); ++i) {
            for (const QString &parent : m_schemata.value(seen.at(i)).extends) {
                if (!seen.contains(parent))
                    seen.append(parent);
            }
        }
        return seen;
    }
    const FtmProperty *property(const QString &schema, const QString &name) const
    {
        for (const QString &ancestor : lineage(schema)) {
            const auto found = m_schemata.constFind(ancestor);
            if (found != m_schemata.constEnd() && found->properties.contains(name))
                return &found->properties.find(name).value();
        }
        return nullptr;
    }
    QStringList required(const QString &schema) const
    {
        QStringList all;
        for (const QString &ancestor : lineage(schema))
            all += m_schemata.value(ancestor).required;
        all.removeDuplicates();
        return all;
    }

private:
    QHash<QString, FtmSchema> m_schemata;
};

const QRegularExpression ftmDate(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?$"));

/// The problems of each entity against the vendored schemata; empty when none.
QStringList validate(const QList<QJsonObject> &entities, const FtmModel &model)
{
    QStringList problems;
    QHash<QString, QString> schemaOfId;
    for (const QJsonObject &entity : entities) {
        const QString id = entity.value(u"id").toString();
        if (id.isEmpty() || schemaOfId.contains(id))
            problems << QStringLiteral("empty or repeated id '%1'").arg(id);
        schemaOfId.insert(id, entity.value(u"schema").toString());
    }
    for (const QJsonObject &entity : entities) {
        const QString id = entity.value(u"id").toString();
        const QString schema = entity.value(u"schema").toString();
        if (!model.has(schema) || model.schema(schema).abstract) {
            problems << QStringLiteral("%1: no such concrete schema '%2'").arg(id, schema);
            continue;
        }
        const QJsonObject properties = entity.value(u"properties").toObject();
        for (const QString &required : model.required(schema)) {
            if (properties.value(required).toArray().isEmpty())
                problems << QStringLiteral("%1: required %2 missing").arg(id, required);
        }
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const FtmProperty *property = model.property(schema, it.key());
            if (!property) {
                problems << QStringLiteral("%1: %2 is no property of %3").arg(id, it.key(), schema);
                continue;
            }
            if (!it.value().isArray() || it.value().toArray().isEmpty())
                problems << QStringLiteral("%1: %2 is not a list of values").arg(id, it.key());
            for (const QJsonValue &value : it.value().toArray()) {
                const QString text = value.toString();
                if (!value.isString() || text.isEmpty()) {
                    problems << QStringLiteral("%1: %2 holds a non-string or empty value").arg(id, it.key());
                } else if (property->type == QLatin1String("date") && !ftmDate.match(text).hasMatch()) {
                    problems << QStringLiteral("%1: %2 '%3' is not a date").arg(id, it.key(), text);
                } else if (property->type == QLatin1String("url")) {
                    const QUrl url(text, QUrl::StrictMode);
                    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty())
                        problems << QStringLiteral("%1: %2 '%3' is not a URL").arg(id, it.key(), text);
                } else if (property->type == QLatin1String("entity")) {
                    if (!schemaOfId.contains(text))
                        problems << QStringLiteral("%1: %2 points at no entity ('%3')").arg(id, it.key(), text);
                    else if (!model.lineage(schemaOfId.value(text)).contains(property->range))
                        problems << QStringLiteral("%1: %2 points at a %3, not a %4")
                                        .arg(id, it.key(), schemaOfId.value(text), property->range);
                }
            }
        }
    }
    return problems;
}

QJsonObject byId(const QList<QJsonObject> &entities, const QString &id)
{
    for (const QJsonObject &entity : entities) {
        if (entity.value(u"id").toString() == id)
            return entity;
    }
    return {};
}

QStringList values(const QJsonObject &entity, const char *property)
{
    QStringList list;
    for (const QJsonValue &value : entity.value(u"properties").toObject().value(QLatin1String(property)).toArray())
        list << value.toString();
    return list;
}

} // namespace

class TestFtmWriter final : public QObject
{
    Q_OBJECT

    FtmModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_model.load(ioData(QStringLiteral("followthemoney"))));
        // The reader understood the files: a few facts the checks rest on.
        QVERIFY(m_model.lineage(QStringLiteral("Company")).contains(QStringLiteral("Asset")));
        QVERIFY(m_model.lineage(QStringLiteral("Person")).contains(QStringLiteral("Thing")));
        QVERIFY(m_model.required(QStringLiteral("Ownership")).contains(QStringLiteral("asset")));
        QVERIFY(m_model.schema(QStringLiteral("Thing")).abstract);
        QCOMPARE(m_model.property(QStringLiteral("Event"), QStringLiteral("involved"))->range,
            QStringLiteral("LegalEntity"));
        QCOMPARE(m_model.property(QStringLiteral("Event"), QStringLiteral("startDate"))->type, QStringLiteral("date"));
        QCOMPARE(
            m_model.property(QStringLiteral("UnknownLink"), QStringLiteral("sourceUrl"))->type, QStringLiteral("url"));
        // And the validation can fail.
        QJsonObject bad {{QStringLiteral("id"), QStringLiteral("x")},
            {QStringLiteral("schema"), QStringLiteral("Event")},
            {QStringLiteral("properties"),
                QJsonObject {{QStringLiteral("date"), QJsonArray {QStringLiteral("April 2023")}},
                    {QStringLiteral("colour"), QJsonArray {QStringLiteral("red")}}}}};
        const QStringList badProblems = validate({bad}, m_model);
        QVERIFY2(
            badProblems.size() == 3, qPrintable(badProblems.join(u'\n'))); // bad date, unknown property, name missing
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
        // Parsed back line by line from the bytes a file holds.
        const QByteArray data = FtmWriter::write(dataset, language);
        QList<QJsonObject> entities;
        for (const QByteArray &line : data.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(), line.constData());
            entities.append(document.object());
        }
        QVERIFY(data.endsWith('\n'));
        QCOMPARE(entities.size(), FtmWriter::entities(dataset, language).size());
        QVERIFY(entities.size() >= dataset.actors.size() + dataset.events.size() + dataset.relations.size());
        const QStringList problems = validate(entities, m_model);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void mapping()
    {
        const QList<QJsonObject> entities = FtmWriter::entities(FriseTest::factDataset(), Language::English);
        const auto schemaOf = [&entities](const char *id) {
            return byId(entities, QString::fromLatin1(id)).value(u"schema").toString();
        };
        QCOMPARE(schemaOf("frise-actor-ada"), QStringLiteral("Person"));
        QCOMPARE(schemaOf("frise-actor-acme"), QStringLiteral("Company"));
        QCOMPARE(schemaOf("frise-actor-chirp"), QStringLiteral("Company"));
        QCOMPARE(schemaOf("frise-actor-cnil"), QStringLiteral("Organization"));
        QCOMPARE(schemaOf("frise-actor-high-court"), QStringLiteral("Organization"));
        QCOMPARE(schemaOf("frise-actor-gazette"), QStringLiteral("Organization"));
        QCOMPARE(schemaOf("frise-actor-collective"), QStringLiteral("LegalEntity"));
        QCOMPARE(schemaOf("frise-event-acme-sues-chirp"), QStringLiteral("Event"));
        QCOMPARE(schemaOf("frise-relation-relation-1"), QStringLiteral("UnknownLink")); // sues
        QCOMPARE(schemaOf("frise-relation-relation-2"), QStringLiteral("Ownership")); // invests in a company
        QCOMPARE(schemaOf("frise-relation-relation-3"), QStringLiteral("UnknownLink")); // invests in a collective
        QCOMPARE(schemaOf("frise-relation-relation-4"), QStringLiteral("Membership")); // cofounded a company
        QCOMPARE(schemaOf("frise-relation-relation-5"), QStringLiteral("Membership")); // cofounded an organisation
        QCOMPARE(schemaOf("frise-relation-relation-6"), QStringLiteral("UnknownLink")); // left

        const QJsonObject labs = byId(entities, QStringLiteral("frise-actor-acme-labs"));
        QCOMPARE(values(labs, "parent"), QStringList {QStringLiteral("frise-actor-acme")});
        QCOMPARE(values(byId(entities, QStringLiteral("frise-actor-acme")), "alias"),
            (QStringList {QStringLiteral("Acmé"), QStringLiteral("Acme Inc.")}));

        const QJsonObject sued = byId(entities, QStringLiteral("frise-event-acme-sues-chirp"));
        QCOMPARE(values(sued, "date"), QStringList {QStringLiteral("2023-04-18")});
        QCOMPARE(values(sued, "involved"),
            (QStringList {QStringLiteral("frise-actor-acme"), QStringLiteral("frise-actor-chirp")}));
        QCOMPARE(
            values(sued, "keywords"), (QStringList {QStringLiteral("Acme vs Chirp"), QStringLiteral("copyright")}));
        // The dead link is cited at its archive; the confidential source not at all.
        QCOMPARE(values(sued, "sourceUrl"),
            (QStringList {QStringLiteral("https://gazette.example/acme"),
                QStringLiteral("https://web.archive.org/web/2023/https://blog.example/gone")}));
        QCOMPARE(values(sued, "publisher"), (QStringList {QStringLiteral("The Gazette"), QStringLiteral("Some blog")}));

        // Circa 2024 to 30 June 2024: the whole extent, from 2023.
        const QJsonObject trial = byId(entities, QStringLiteral("frise-event-trial"));
        QCOMPARE(values(trial, "startDate"), QStringList {QStringLiteral("2023")});
        QCOMPARE(values(trial, "endDate"), QStringList {QStringLiteral("2024-06-30")});
        // 44 BCE has no FtM date.
        const QJsonObject ancient = byId(entities, QStringLiteral("frise-event-ancient"));
        QVERIFY(!ancient.isEmpty());
        QVERIFY(values(ancient, "date").isEmpty() && values(ancient, "startDate").isEmpty());

        const QJsonObject ownership = byId(entities, QStringLiteral("frise-relation-relation-2"));
        QCOMPARE(values(ownership, "owner"), QStringList {QStringLiteral("frise-actor-ada")});
        QCOMPARE(values(ownership, "asset"), QStringList {QStringLiteral("frise-actor-acme-labs")});
        QCOMPARE(values(ownership, "startDate"), QStringList {QStringLiteral("2019-06")});
        const QJsonObject sues = byId(entities, QStringLiteral("frise-relation-relation-1"));
        QCOMPARE(values(sues, "role"), QStringList {QStringLiteral("sues")});
        QCOMPARE(values(sues, "sourceUrl"), QStringList {QStringLiteral("https://gazette.example/acme")});

        // Each actor's part in an event, with its role.
        int involvements = 0;
        for (const QJsonObject &entity : entities) {
            if (!entity.value(u"id").toString().startsWith(QLatin1String("frise-involvement-")))
                continue;
            ++involvements;
            QCOMPARE(entity.value(u"schema").toString(), QStringLiteral("UnknownLink"));
            QVERIFY(!values(entity, "role").isEmpty());
        }
        QCOMPARE(involvements, 3);
    }

    void french()
    {
        const QList<QJsonObject> entities = FtmWriter::entities(FriseTest::factDataset(), Language::French);
        const QJsonObject sued = byId(entities, QStringLiteral("frise-event-acme-sues-chirp"));
        QCOMPARE(values(sued, "name"), QStringList {QStringLiteral("Acmé poursuit Chirp")});
        QCOMPARE(values(byId(entities, QStringLiteral("frise-relation-relation-1")), "role"),
            QStringList {QStringLiteral("poursuit en justice")});
        // English-only text falls back to English.
        QCOMPARE(values(byId(entities, QStringLiteral("frise-event-trial")), "name"),
            QStringList {QStringLiteral("The trial")});
    }

    void stableIds()
    {
        const Dataset dataset = FriseTest::factDataset();
        QCOMPARE(FtmWriter::write(dataset, Language::English), FtmWriter::write(dataset, Language::English));
        // Ids come from uids, not row ids: renumbered rows give the same ids.
        Dataset renumbered = dataset;
        for (Event &event : renumbered.events)
            event.id += 100;
        QStringList before;
        QStringList after;
        for (const QJsonObject &entity : FtmWriter::entities(dataset, Language::English))
            before << entity.value(u"id").toString();
        for (const QJsonObject &entity : FtmWriter::entities(renumbered, Language::English))
            after << entity.value(u"id").toString();
        QCOMPARE(after, before);
    }

    void nothingSecret_data()
    {
        QTest::addColumn<bool>("publishSafe");
        QTest::newRow("publish-safe") << true;
        QTest::newRow("not publish-safe") << false;
    }

    void nothingSecret()
    {
        QFETCH(bool, publishSafe);
        ExportOptions options;
        options.format = Format::Ftm;
        options.publishSafe = publishSafe;
        for (const Language language : {Language::English, Language::French}) {
            options.language = language;
            const QByteArray data = Exporter::exportData(FriseTest::factDataset(), options);
            QVERIFY(data.contains("\"schema\":\"Event\""));
            for (const QString &marker : FriseTest::secretMarkers())
                QVERIFY2(!data.contains(marker.toUtf8()), qPrintable(marker));
            QVERIFY(!data.contains("\"https://blog.example/gone\""));
        }
    }

    void fileByExtension()
    {
        QCOMPARE(formatFromFileName(QStringLiteral("entities.jsonl")), Format::Ftm);
        QCOMPARE(formatFromFileName(QStringLiteral("entities.FTM.json")), Format::Ftm);
        QCOMPARE(formatFromFileName(QStringLiteral("backup.json")), Format::Backup);
        QCOMPARE(formatFromCode(QStringLiteral("ftm")), Format::Ftm);
    }
};

QTEST_GUILESS_MAIN(TestFtmWriter)
#include "tst_ftmwriter.moc"
