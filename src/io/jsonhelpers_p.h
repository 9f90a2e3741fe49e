// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the JSON readers: typed access with error paths.

#include "ioerror.h"

#include "core/bilingualtext.h"
#include "core/fuzzydate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>

namespace Frise::Io::Json {

/**
 * Reports the first problem found, naming where it is (`events[3].title`)
 * with its line and column, and collects warnings about what was skipped.
 *
 * Positions come from Locator over the text given to syntax(), looked up
 * only for the error and the warnings actually reported.
 */
class Reader
{
public:
    explicit Reader(IoError *error)
        : m_error(error)
    { }

    /// Sets the error (@p message names @p path) at the line and column of @p path's value; returns false.
    bool fail(const QString &path, const QString &message, const QString &expected = {});
    bool syntax(const QByteArray &data, QJsonObject *root);

    /// Kinds of warnings; each kind has its own limit of warnings listed per path pattern.
    enum class Skipped {
        Null, ///< an optional value that is null
        Empty, ///< an optional value that is an empty string, object or array
        WrongType, ///< an optional value of another type than expected
        Invalid, ///< an optional value of the right type but meaningless
        Unknown, ///< a key the format does not have
        NotKept, ///< a key of the format that Frise has no place for
        Duplicate, ///< a record that looks like an earlier one (kept all the same)
    };
    /**
     * Notes that the value at @p path was skipped; @p message names the
     * path. Per pattern of path (`events[].media.credit`) and kind, only
     * the first warnings are listed (one for every kind but WrongType,
     * Invalid and Duplicate, which list ten), the others are counted in the last one.
     */
    void warn(Skipped kind, const QString &path, const QString &message);
    /// Warns with the usual message for @p kind (WrongType: @p value's type, @p expected what was expected).
    void skip(Skipped kind, const QString &path, const QJsonValue &value = {}, const QString &expected = {});
    /// The warnings so far, each `line:column: message`, located in one pass over the text; clears them.
    QStringList takeWarnings();
    /**
     * Warns once per pattern about the keys of @p object that are not in
     * @p known (Unknown) or that are in @p dropped (NotKept).
     */
    void checkOptionalKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> known,
        std::initializer_list<const char *> dropped = {});
    /**
     * An optional string: true when @p key holds a non-empty string (then in
     * @p out); absent is nothing, null, empty or another type is skipped
     * with a warning.
     */
    bool optionalString(const QJsonObject &object, const char *key, const QString &path, QString *out);
    /// As optionalString(), for an object; an empty object is skipped too.
    bool optionalObject(const QJsonObject &object, const char *key, const QString &path, QJsonObject *out);

    bool checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool array(const QJsonObject &object, const char *key, const QString &path, QJsonArray *out);
    bool string(const QJsonObject &object, const char *key, const QString &path, QString *out, bool required = false);
    bool nullableString(const QJsonObject &object, const char *key, const QString &path, QString *out);
    bool integer(const QJsonObject &object, const char *key, const QString &path, int *out, int min, int max);
    /// An optional true or false; absent leaves @p out as it is.
    bool boolean(const QJsonObject &object, const char *key, const QString &path, bool *out);
    bool stringList(const QJsonObject &object, const char *key, const QString &path, QStringList *out);
    bool bilingual(
        const QJsonObject &object, const char *key, const QString &path, BilingualText *out, bool required = false);
    bool fuzzyDate(
        const QJsonObject &object, const char *key, const QString &path, FuzzyDate *out, bool required = false);

    static QString child(const QString &path, const char *key);
    static QString item(const QString &path, qsizetype index);
    static QString typeName(const QJsonValue &value);
    /// @p path with its indexes left out: `events[].media.credit`.
    static QString pattern(const QString &path);

private:
    struct Warning
    {
        QString path;
        QString message;
        qsizetype more = 0; ///< later warnings of the same pattern and kind, not listed
    };

    IoError *m_error;
    QByteArray m_data; ///< the text read, once it parsed
    QList<Warning> m_warnings;
    QHash<QString, QPair<int, qsizetype>> m_groups; ///< pattern and kind -> listed, index of the last listed
};

} // namespace Frise::Io::Json
