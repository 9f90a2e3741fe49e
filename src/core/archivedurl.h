// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Frise {

/// A copy of a source's page kept by an archive, beside its live URL.
struct ArchivedUrl
{
    enum class Kind {
        WebArchive, ///< "web-archive": the Internet Archive's Wayback Machine
        ArchiveToday, ///< "archive-today": archive.today (archive.ph, archive.is)
        Newsroom, ///< "newsroom": the newsroom's own archive
        Other, ///< "other"
    };

    QString url;
    Kind kind = Kind::Other;
    QString label; ///< free text ("capture before the edit")
    QDate captured; ///< when the archive took the copy, if known

    friend bool operator==(const ArchivedUrl &, const ArchivedUrl &) = default;
};

QString archiveKindCode(ArchivedUrl::Kind kind);
bool archiveKindFromCode(const QString &code, ArchivedUrl::Kind *kind);
/// The kind an archive URL's host suggests (web.archive.org, archive.ph...), else Other.
ArchivedUrl::Kind archiveKindOfUrl(const QString &url);

/// The list as the JSON array stored in a database column: [{"url", "kind", "label", "captured"}].
QString archivedUrlsToJson(const QList<ArchivedUrl> &archives);
/// Reads what archivedUrlsToJson() writes; std::nullopt when it is not that.
std::optional<QList<ArchivedUrl>> archivedUrlsFromJson(const QString &json);

} // namespace Frise
