// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Frise::Cli {

/**
 * The arguments of one command: positionals, `--option value` pairs and
 * `--flag`s, checked against what the command accepts.
 */
class Arguments
{
public:
    /// Splits @p args (after the command name). @p valueOptions take a value
    /// ("-o", "--format"), @p flags do not ("--json").
    Arguments(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QStringList &positionals() const { return m_positionals; }
    QString positional(qsizetype index) const { return m_positionals.value(index); }
    bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString &option, const QString &fallback = QString()) const
    {
        return m_values.value(option, fallback);
    }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace Frise::Cli
