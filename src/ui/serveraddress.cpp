// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include "storage/database.h"

#include <QUrl>

namespace Frise::Ui {

bool ServerAddress::parse(const QString &text, ServerAddress *address)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://")))
        return false;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    ServerAddress result;
    result.host = url.host();
    result.port = url.port(defaultPort);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    // ?password= is a password too: it goes to the password field, not to the options.
    QStringList options;
    for (const QString &item : url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (QUrl::fromPercentEncoding(item.left(equals).toUtf8()) == QLatin1String("password"))
            result.password = equals < 0 ? QString() : QUrl::fromPercentEncoding(item.mid(equals + 1).toUtf8());
        else
            options << item;
    }
    result.options = options.join(u'&');
    if (result.database.contains(u'/'))
        return false;
    *address = result;
    return true;
}

QString ServerAddress::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != defaultPort)
        url.setPort(port);
    url.setPath(u'/' + database, QUrl::DecodedMode);
    if (!user.isEmpty())
        url.setUserName(user, QUrl::DecodedMode);
    if (withPassword && !password.isEmpty())
        url.setPassword(password, QUrl::DecodedMode);
    if (!options.isEmpty())
        url.setQuery(options, QUrl::StrictMode);
    const QString text = url.toString(QUrl::FullyEncoded);
    return withPassword ? text : Storage::Database::redacted(text);
}

} // namespace Frise::Ui
