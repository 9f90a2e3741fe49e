// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivedurl.h"

#include "enumcodes_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Frise {

namespace {

constexpr CodeEntry<ArchivedUrl::Kind> archiveKinds[] = {
    {ArchivedUrl::Kind::WebArchive, "web-archive"},
    {ArchivedUrl::Kind::ArchiveToday, "archive-today"},
    {ArchivedUrl::Kind::Newsroom, "newsroom"},
    {ArchivedUrl::Kind::Other, "other"},
};

} // namespace

QString archiveKindCode(ArchivedUrl::Kind kind)
{
    return codeOf(archiveKinds, kind);
}

bool archiveKindFromCode(const QString &code, ArchivedUrl::Kind *kind)
{
    return valueOf(archiveKinds, code, kind);
}

ArchivedUrl::Kind archiveKindOfUrl(const QString &url)
{
    const QString host = QUrl(url.trimmed()).host().toLower();
    if (host == QLatin1String("web.archive.org") || host == QLatin1String("wayback.archive.org"))
        return ArchivedUrl::Kind::WebArchive;
    for (const char *domain :
        {"archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo"}) {
        if (host == QLatin1String(domain))
            return ArchivedUrl::Kind::ArchiveToday;
    }
    return ArchivedUrl::Kind::Other;
}

QString archivedUrlsToJson(const QList<ArchivedUrl> &archives)
{
    if (archives.isEmpty())
        return {};
    QJsonArray array;
    for (const ArchivedUrl &archive : archives) {
        QJsonObject o {{QLatin1String("url"), archive.url}, {QLatin1String("kind"), archiveKindCode(archive.kind)}};
        if (!archive.label.isEmpty())
            o.insert(QLatin1String("label"), archive.label);
        if (archive.captured.isValid())
            o.insert(QLatin1String("captured"), archive.captured.toString(Qt::ISODate));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<ArchivedUrl>> archivedUrlsFromJson(const QString &json)
{
    QList<ArchivedUrl> archives;
    if (json.trimmed().isEmpty())
        return archives;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        ArchivedUrl archive;
        archive.url = o.value(QLatin1String("url")).toString();
        if (archive.url.isEmpty() || !archiveKindFromCode(o.value(QLatin1String("kind")).toString(), &archive.kind))
            return std::nullopt;
        archive.label = o.value(QLatin1String("label")).toString();
        const QString captured = o.value(QLatin1String("captured")).toString();
        if (!captured.isEmpty()) {
            archive.captured = QDate::fromString(captured, Qt::ISODate);
            if (!archive.captured.isValid())
                return std::nullopt;
        }
        archives.append(archive);
    }
    return archives;
}

} // namespace Frise
