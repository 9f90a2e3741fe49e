// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include <QCoreApplication>

namespace Frise::Cli {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli::Arguments)
public:
    static QString unknown(const QString &option) { return tr("unknown option %1").arg(option); }
    static QString needsValue(const QString &option) { return tr("option %1 needs a value").arg(option); }
};
} // namespace

Arguments::Arguments(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positionals.append(args.mid(i + 1));
            break;
        }
        if (!arg.startsWith(u'-') || arg == QLatin1String("-")) {
            m_positionals.append(arg);
            continue;
        }
        QString value;
        bool inlineValue = false;
        const qsizetype equals = arg.indexOf(u'=');
        if (arg.startsWith(QLatin1String("--")) && equals > 0) {
            value = arg.mid(equals + 1);
            arg = arg.left(equals);
            inlineValue = true;
        }
        if (flags.contains(arg) && !inlineValue) {
            m_flags.insert(arg);
        } else if (valueOptions.contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = Messages::needsValue(arg);
                    return;
                }
                value = args.at(++i);
            }
            m_values.insert(arg, value);
        } else {
            m_error = Messages::unknown(arg);
            return;
        }
    }
}

} // namespace Frise::Cli
