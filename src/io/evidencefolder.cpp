// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Frise::Io {

namespace {

class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFolder)
public:
    static QString cannotCreate(const QString &folder)
    {
        return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
    }
    static QString notAFolder(const QString &folder)
    {
        return tr("%1 exists and is not a folder").arg(QDir::toNativeSeparators(folder));
    }
};

/// @p name without folders, control characters or a leading dot; "copy" when nothing is left.
QString safeName(const QString &name)
{
    QString clean;
    for (QChar c : name.section(u'/', -1).section(u'\\', -1)) {
        if (c.category() == QChar::Other_Control || c == u':')
            clean += u'_';
        else
            clean += c;
    }
    while (clean.startsWith(u'.') || clean.startsWith(u' '))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.isEmpty())
        clean = QStringLiteral("copy");
    return clean.left(200);
}

} // namespace

EvidenceFolder::EvidenceFolder(const QString &folder)
    : m_folder(QFileInfo(folder).absoluteFilePath())
{ }

bool EvidenceFolder::prepare(IoError *error)
{
    const QFileInfo info(m_folder);
    if (info.exists() && !info.isDir()) {
        error->file = m_folder;
        error->message = EvidenceText::notAFolder(m_folder);
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        error->file = m_folder;
        error->message = EvidenceText::cannotCreate(m_folder);
        return false;
    }
    m_folder = QFileInfo(m_folder).canonicalFilePath();
    return true;
}

QString EvidenceFolder::reserve(const QString &wanted)
{
    const QString name = safeName(wanted);
    const QFileInfo parts(name);
    const QString stem = parts.completeBaseName().isEmpty() ? name : parts.completeBaseName();
    const QString suffix = parts.completeBaseName().isEmpty() || parts.suffix().isEmpty()
        ? QString()
        : QStringLiteral(".") + name.mid(parts.completeBaseName().size() + 1);
    const QDir dir(m_folder);
    for (int n = 1; n < 100000; ++n) {
        const QString candidate
            = n == 1 ? stem + suffix : QStringLiteral("%1 (%2)%3").arg(stem, QString::number(n), suffix);
        // Case-folded: two names that differ by case are one file on some systems.
        if (m_taken.contains(candidate.toCaseFolded()) || QFileInfo::exists(dir.filePath(candidate)))
            continue;
        const QString path = QDir::cleanPath(dir.filePath(candidate));
        // Never outside the folder, whatever the name held.
        if (QFileInfo(path).absolutePath() != m_folder)
            return {};
        m_taken.insert(candidate.toCaseFolded());
        return path;
    }
    return {};
}

QByteArray EvidenceFolder::manifest(const Source &source, const QList<Entry> &entries, const QDateTime &exportedAt)
{
    QJsonArray copies;
    for (const Entry &entry : entries) {
        copies.append(QJsonObject {{QStringLiteral("file"), entry.file}, {QStringLiteral("sha256"), entry.copy.sha256},
            {QStringLiteral("mediaType"), entry.copy.mediaType}, {QStringLiteral("size"), double(entry.copy.size)},
            {QStringLiteral("captured"), entry.copy.captured.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("originalName"), entry.copy.fileName}, {QStringLiteral("sourceUid"), source.uid},
            {QStringLiteral("sourceUrl"), source.url}});
    }
    const QJsonObject root {{QStringLiteral("format"), QStringLiteral("frise-evidence")},
        {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("source"),
            QJsonObject {{QStringLiteral("uid"), source.uid}, {QStringLiteral("url"), source.url},
                {QStringLiteral("title"), source.title}, {QStringLiteral("outlet"), source.outlet}}},
        {QStringLiteral("copies"), copies}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Frise::Io
