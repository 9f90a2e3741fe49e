// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioerror.h"

#include "core/savedcopy.h"
#include "core/source.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace Frise::Io {

/**
 * The folder `frise evidence` fills with a source's saved copies: each
 * under its original file name, made safe (no folders, no "..") and told
 * apart from names already taken ("page (2).html"), always inside the
 * folder; plus a JSON manifest of what was written.
 */
class EvidenceFolder
{
public:
    /// One copy written into the folder.
    struct Entry
    {
        QString file; ///< name inside the folder
        SavedCopy copy;
    };

    explicit EvidenceFolder(const QString &folder);

    /// Creates the folder when needed; false with @p error when it cannot.
    bool prepare(IoError *error);
    /**
     * A path inside the folder for a file called @p wanted, not used yet by
     * this folder's files nor by earlier reservations; empty if none can be
     * made safe (never happens for an ordinary name).
     */
    QString reserve(const QString &wanted);
    /// The manifest's name inside the folder.
    static QString manifestName() { return QStringLiteral("manifest.json"); }
    /// The manifest (indented JSON): the source, then one object per copy.
    static QByteArray manifest(const Source &source, const QList<Entry> &entries,
        const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

private:
    QString m_folder; ///< absolute, canonical once prepared
    QSet<QString> m_taken; ///< case-folded names reserved
};

} // namespace Frise::Io
