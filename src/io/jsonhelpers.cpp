// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhelpers_p.h"

#include "jsonlocator_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace Frise::Io::Json {

namespace {
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    static QString notObject() { return tr("the file is not a JSON object"); }
    static QString anObject() { return tr("an object"); }
    static QString unknownKey(const QString &path) { return tr("%1: unknown key").arg(path); }
    static QString oneOf(const QStringList &keys) { return tr("one of %1").arg(keys.join(QStringLiteral(", "))); }
    static QString wrongType(const QString &path, const QString &type)
    {
        return tr("%1: wrong type (%2)").arg(path, type);
    }
    static QString missing(const QString &path) { return tr("%1: missing").arg(path); }
    static QString outOfRange(const QString &path) { return tr("%1: out of range").arg(path); }
    static QString aNumberBetween(int min, int max) { return tr("a whole number from %1 to %2").arg(min).arg(max); }
    static QString badStatus(const QString &path, const QString &code)
    {
        return tr("%1: unknown status “%2”").arg(path, code);
    }
    static QString statusCodes() { return tr("original, translated, needs_review or missing"); }
    static QString badDate(const QString &path, const QString &why)
    {
        return tr("%1: invalid date (%2)").arg(path, why);
    }
    static QString dateShape()
    {
        return tr("a date such as 2023, 2023-04, 2023-04-25, 2023-04-25T10:00, ~2015 or 2023-04/2023-06");
    }
    static QString aString() { return tr("a string"); }
    static QString aBoolean() { return tr("true or false"); }
    static QString anArray() { return tr("an array"); }
    static QString anArrayOfStrings() { return tr("an array of strings"); }
    static QString aStringOrNull() { return tr("a string or null"); }
    static QString aDateString() { return tr("a YYYY-MM-DD date"); }
    static QString skippedNull(const QString &path) { return tr("%1: null, skipped").arg(path); }
    static QString skippedEmpty(const QString &path) { return tr("%1: empty, skipped").arg(path); }
    static QString skippedType(const QString &path, const QString &type, const QString &expected)
    {
        return tr("%1: wrong type (%2), skipped; expected %3").arg(path, type, expected);
    }
    static QString skippedInvalid(const QString &path) { return tr("%1: not valid, skipped").arg(path); }
    static QString unknownKeyIgnored(const QString &path) { return tr("%1: unknown key, ignored").arg(path); }
    static QString notKept(const QString &path) { return tr("%1: not kept by Frise, dropped").arg(path); }
    static QString more(qsizetype count, const QString &pattern)
    {
        return tr("(%n more like this at %1)", nullptr, int(qMin(count, qsizetype(1) << 30))).arg(pattern);
    }
};
} // namespace

QString Reader::child(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString Reader::item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString Reader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString Reader::pattern(const QString &path)
{
    // By hand rather than with a regular expression: files with a warning on every event call this a lot.
    QString out;
    out.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        out.append(path.at(i));
        if (path.at(i) != u'[')
            continue;
        qsizetype j = i + 1;
        while (j < path.size() && path.at(j).isDigit())
            ++j;
        if (j > i + 1 && j < path.size() && path.at(j) == u']')
            i = j - 1; // skip the digits; the ']' is copied next
    }
    return out;
}

bool Reader::fail(const QString &path, const QString &message, const QString &expected)
{
    if (!m_data.isEmpty())
        lineColumnAt(m_data, Locator::offset(m_data, path), &m_error->line, &m_error->column);
    m_error->message = message;
    m_error->expected = expected;
    return false;
}

bool Reader::syntax(const QByteArray &data, QJsonObject *root)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineColumnAt(data, parseError.offset, &m_error->line, &m_error->column);
        m_error->message = parseError.errorString();
        return false;
    }
    if (!document.isObject()) {
        m_error->line = 1;
        m_error->column = 1;
        return fail({}, JsonText::notObject(), JsonText::anObject());
    }
    *root = document.object();
    m_data = data;
    return true;
}

void Reader::warn(Skipped kind, const QString &path, const QString &message)
{
    const int limit = kind == Skipped::WrongType || kind == Skipped::Invalid || kind == Skipped::Duplicate ? 10 : 1;
    auto &group = m_groups[pattern(path) + u'\x1f' + QString::number(int(kind))];
    if (group.first >= limit) {
        ++m_warnings[group.second].more;
        return;
    }
    ++group.first;
    group.second = m_warnings.size();
    m_warnings.append({path, message});
}

void Reader::skip(Skipped kind, const QString &path, const QJsonValue &value, const QString &expected)
{
    switch (kind) {
    case Skipped::Null:
        return warn(kind, path, JsonText::skippedNull(path));
    case Skipped::Empty:
        return warn(kind, path, JsonText::skippedEmpty(path));
    case Skipped::WrongType:
        return warn(kind, path, JsonText::skippedType(path, typeName(value), expected));
    case Skipped::Invalid:
        return warn(kind, path, JsonText::skippedInvalid(path));
    case Skipped::Unknown:
        return warn(kind, path, JsonText::unknownKeyIgnored(path));
    case Skipped::NotKept:
        return warn(kind, path, JsonText::notKept(path));
    case Skipped::Duplicate:
        break; // warn() with the message saying which
    }
}

QStringList Reader::takeWarnings()
{
    if (m_warnings.isEmpty())
        return {}; // the fast path: no second look at the text
    QStringList paths;
    paths.reserve(m_warnings.size());
    for (const Warning &warning : std::as_const(m_warnings))
        paths.append(warning.path);
    const QList<qsizetype> offsets = Locator::offsets(m_data, paths);
    QStringList out;
    out.reserve(m_warnings.size());
    for (qsizetype i = 0; i < m_warnings.size(); ++i) {
        const Warning &warning = m_warnings.at(i);
        int line = 0;
        int column = 0;
        lineColumnAt(m_data, offsets.at(i), &line, &column);
        QString text = QString::number(line) + u':' + QString::number(column) + QStringLiteral(": ") + warning.message;
        if (warning.more > 0)
            text += u' ' + JsonText::more(warning.more, pattern(warning.path));
        out.append(text);
    }
    m_warnings.clear();
    m_groups.clear();
    return out;
}

void Reader::checkOptionalKeys(const QJsonObject &object, const QString &path,
    std::initializer_list<const char *> known, std::initializer_list<const char *> dropped)
{
    const auto in = [](const QString &key, std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            if (key == QLatin1String(k))
                return true;
        }
        return false;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (in(it.key(), dropped))
            skip(Skipped::NotKept, path.isEmpty() ? it.key() : path + u'.' + it.key());
        else if (!in(it.key(), known))
            skip(Skipped::Unknown, path.isEmpty() ? it.key() : path + u'.' + it.key());
    }
}

bool Reader::optionalString(const QJsonObject &object, const char *key, const QString &path, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return false;
    const QString at = child(path, key);
    if (value.isNull()) {
        skip(Skipped::Null, at);
        return false;
    }
    if (!value.isString()) {
        skip(Skipped::WrongType, at, value, JsonText::aString());
        return false;
    }
    if (value.toString().trimmed().isEmpty()) {
        skip(Skipped::Empty, at);
        return false;
    }
    *out = value.toString();
    return true;
}

bool Reader::optionalObject(const QJsonObject &object, const char *key, const QString &path, QJsonObject *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return false;
    const QString at = child(path, key);
    if (value.isNull()) {
        skip(Skipped::Null, at);
        return false;
    }
    if (!value.isObject()) {
        skip(Skipped::WrongType, at, value, JsonText::anObject());
        return false;
    }
    if (value.toObject().isEmpty()) {
        skip(Skipped::Empty, at);
        return false;
    }
    *out = value.toObject();
    return true;
}

bool Reader::checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const char *key : allowed) {
            if (it.key() == QLatin1String(key)) {
                known = true;
                break;
            }
        }
        if (!known) {
            QStringList keys;
            for (const char *key : allowed)
                keys.append(QString::fromLatin1(key));
            const QString at = path.isEmpty() ? it.key() : path + u'.' + it.key();
            return fail(at, JsonText::unknownKey(at), JsonText::oneOf(keys));
        }
    }
    return true;
}

bool Reader::object(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(path, JsonText::wrongType(path, typeName(value)), JsonText::anObject());
    *out = value.toObject();
    return true;
}

bool Reader::array(const QJsonObject &object, const char *key, const QString &path, QJsonArray *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        *out = {};
        return true;
    }
    if (!value.isArray())
        return fail(child(path, key), JsonText::wrongType(child(path, key), typeName(value)), JsonText::anArray());
    *out = value.toArray();
    return true;
}

bool Reader::string(const QJsonObject &object, const char *key, const QString &path, QString *out, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            return fail(child(path, key), JsonText::missing(child(path, key)), JsonText::aString());
        return true;
    }
    if (!value.isString())
        return fail(child(path, key), JsonText::wrongType(child(path, key), typeName(value)), JsonText::aString());
    *out = value.toString();
    return true;
}

bool Reader::nullableString(const QJsonObject &object, const char *key, const QString &path, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        *out = QString();
        return true;
    }
    if (!value.isString())
        return fail(
            child(path, key), JsonText::wrongType(child(path, key), typeName(value)), JsonText::aStringOrNull());
    *out = value.toString();
    if (out->isNull())
        *out = QStringLiteral(""); // keep "" apart from null
    return true;
}

bool Reader::integer(const QJsonObject &object, const char *key, const QString &path, int *out, int min, int max)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString at = child(path, key);
    if (!value.isDouble())
        return fail(at, JsonText::wrongType(at, typeName(value)), JsonText::aNumberBetween(min, max));
    const double d = value.toDouble();
    if (!(d >= min && d <= max) || d != std::floor(d))
        return fail(at, JsonText::outOfRange(at), JsonText::aNumberBetween(min, max));
    *out = int(d);
    return true;
}

bool Reader::boolean(const QJsonObject &object, const char *key, const QString &path, bool *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString at = child(path, key);
    if (!value.isBool())
        return fail(at, JsonText::wrongType(at, typeName(value)), JsonText::aBoolean());
    *out = value.toBool();
    return true;
}

bool Reader::stringList(const QJsonObject &object, const char *key, const QString &path, QStringList *out)
{
    QJsonArray items;
    if (!array(object, key, path, &items))
        return false;
    out->clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue value = items.at(i);
        if (!value.isString()) {
            const QString at = item(child(path, key), i);
            return fail(at, JsonText::wrongType(at, typeName(value)), JsonText::anArrayOfStrings());
        }
        out->append(value.toString());
    }
    return true;
}

bool Reader::bilingual(
    const QJsonObject &object, const char *key, const QString &path, BilingualText *out, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString at = child(path, key);
    if (value.isUndefined()) {
        if (required)
            return fail(at, JsonText::missing(at), JsonText::anObject());
        return true;
    }
    QJsonObject text;
    if (!this->object(value, at, &text) || !checkKeys(text, at, {"fr", "en", "frStatus", "enStatus"}))
        return false;
    BilingualText result;
    if (!string(text, "fr", at, &result.fr) || !string(text, "en", at, &result.en))
        return false;
    const auto status = [&](const char *statusKey, const QString &content, TranslationStatus *target) {
        QString code;
        if (!string(text, statusKey, at, &code))
            return false;
        if (code.isEmpty()) {
            *target = content.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original;
            return true;
        }
        if (!translationStatusFromCode(code, target))
            return fail(child(at, statusKey), JsonText::badStatus(child(at, statusKey), code), JsonText::statusCodes());
        return true;
    };
    if (!status("frStatus", result.fr, &result.frStatus) || !status("enStatus", result.en, &result.enStatus))
        return false;
    *out = result;
    return true;
}

bool Reader::fuzzyDate(const QJsonObject &object, const char *key, const QString &path, FuzzyDate *out, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString at = child(path, key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(at, JsonText::missing(at), JsonText::dateShape());
        return true;
    }
    QString text;
    QString wording;
    QString reference;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isObject()) {
        const QJsonObject dateObject = value.toObject();
        if (!checkKeys(dateObject, at, {"date", "wording", "reference"}) || !string(dateObject, "date", at, &text, true)
            || !string(dateObject, "wording", at, &wording) || !string(dateObject, "reference", at, &reference))
            return false;
    } else {
        return fail(at, JsonText::wrongType(at, typeName(value)), JsonText::dateShape());
    }
    QString why;
    FuzzyDate date = FuzzyDate::fromIsoText(text, &why);
    if (!date.isValid())
        return fail(at, JsonText::badDate(at, why), JsonText::dateShape());
    date.setWording(wording);
    if (!reference.isEmpty()) {
        const QDate ref = QDate::fromString(reference, Qt::ISODate);
        if (!ref.isValid())
            return fail(
                child(at, "reference"), JsonText::badDate(child(at, "reference"), reference), JsonText::aDateString());
        date.setReferenceDate(ref);
    }
    *out = date;
    return true;
}

} // namespace Frise::Io::Json
