// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the JSON readers: typed access with error paths.

#include "ioerror.h"

#include "core/bilingualtext.h"
#include "core/fuzzydate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>

namespace Frise::Io::Json {

/// Reports the first problem found, naming where it is (`events[3].title`).
class Reader
{
public:
    explicit Reader(IoError *error)
        : m_error(error)
    { }

    bool fail(const QString &path, const QString &message, const QString &expected = {});
    bool syntax(const QByteArray &data, QJsonObject *root);

    bool checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool array(const QJsonObject &object, const char *key, const QString &path, QJsonArray *out);
    bool string(const QJsonObject &object, const char *key, const QString &path, QString *out, bool required = false);
    bool nullableString(const QJsonObject &object, const char *key, const QString &path, QString *out);
    bool integer(const QJsonObject &object, const char *key, const QString &path, int *out, int min, int max);
    bool stringList(const QJsonObject &object, const char *key, const QString &path, QStringList *out);
    bool bilingual(
        const QJsonObject &object, const char *key, const QString &path, BilingualText *out, bool required = false);
    bool fuzzyDate(
        const QJsonObject &object, const char *key, const QString &path, FuzzyDate *out, bool required = false);

    static QString child(const QString &path, const char *key);
    static QString item(const QString &path, qsizetype index);
    static QString typeName(const QJsonValue &value);

private:
    IoError *m_error;
};

} // namespace Frise::Io::Json
