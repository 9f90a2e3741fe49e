// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcopies.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace Frise::Io {

namespace {

class CopiesText
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopies)
public:
    static QString missing(const QString &sha256, const QString &folder)
    {
        return tr("the saved copy %1 is missing from %2 (a backup with saved copies needs its copies folder beside it)")
            .arg(sha256, QDir::toNativeSeparators(folder));
    }
    static QString wrongSize(const QString &sha256, qint64 size, qint64 expected)
    {
        return tr("the saved copy %1 has %2 bytes instead of %3").arg(sha256).arg(size).arg(expected);
    }
    static QString cannotRead(const QString &path, const QString &why)
    {
        return tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    static QString cannotWrite(const QString &path, const QString &why)
    {
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    static QString damaged(const QString &sha256)
    {
        return tr("the stored saved copy %1 does not match its hash; run frise check").arg(sha256);
    }
    static QString noReader() { return tr("the saved copies cannot be read from the database"); }
};

constexpr qint64 pieceSize = 1024 * 1024;

/// SHA-256 of the file at @p path, or an empty string when it cannot be read.
QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString BackupCopies::folderFor(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".copies"));
}

bool BackupCopies::write(const Dataset &dataset, const QString &backupPath, const SavedCopyReader &reader,
    IoError *error, const std::atomic<bool> *cancel)
{
    if (dataset.savedCopies.isEmpty())
        return true;
    const QString folder = folderFor(backupPath);
    error->file = folder;
    if (!reader) {
        error->message = CopiesText::noReader();
        return false;
    }
    if (!QDir().mkpath(folder)) {
        error->message = CopiesText::cannotWrite(folder, QString());
        return false;
    }
    QSet<QString> done;
    for (const SavedCopy &copy : dataset.savedCopies) {
        if (done.contains(copy.sha256))
            continue;
        done.insert(copy.sha256);
        if (cancel && cancel->load()) {
            *error = {};
            return false;
        }
        // The name is the hash, checked when the dataset was read or stored: it cannot leave the folder.
        const QString path = QDir(folder).filePath(copy.sha256);
        if (QFileInfo(path).size() == copy.size && fileHash(path) == copy.sha256)
            continue; // an earlier backup into the same folder
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            error->message = CopiesText::cannotWrite(path, file.errorString());
            return false;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool written = true;
        QString readError;
        const bool read = reader(
            copy.sha256,
            [&](const QByteArray &chunk) {
                hash.addData(chunk);
                written = file.write(chunk) == chunk.size();
                return written && !(cancel && cancel->load());
            },
            &readError);
        if (cancel && cancel->load()) {
            file.cancelWriting();
            *error = {};
            return false;
        }
        if (!written) {
            error->message = CopiesText::cannotWrite(path, file.errorString());
            return false;
        }
        if (!read) {
            error->message = readError;
            return false;
        }
        if (QString::fromLatin1(hash.result().toHex()) != copy.sha256) {
            file.cancelWriting();
            error->message = CopiesText::damaged(copy.sha256);
            return false;
        }
        if (!file.commit()) {
            error->message = CopiesText::cannotWrite(path, file.errorString());
            return false;
        }
    }
    *error = {};
    return true;
}

bool BackupCopies::checkPresent(const Dataset &dataset, const QString &backupPath, IoError *error)
{
    const QDir folder(folderFor(backupPath));
    for (const SavedCopy &copy : dataset.savedCopies) {
        const QFileInfo info(folder.filePath(copy.sha256));
        if (!info.isFile()) {
            error->file = backupPath;
            error->message = CopiesText::missing(copy.sha256, folder.path());
            return false;
        }
        if (info.size() != copy.size) {
            error->file = info.filePath();
            error->message = CopiesText::wrongSize(copy.sha256, info.size(), copy.size);
            return false;
        }
    }
    return true;
}

SavedCopyReader BackupCopies::reader(const QString &backupPath)
{
    const QString folder = folderFor(backupPath);
    return [folder](const QString &sha256, const ChunkSink &sink, QString *message) {
        if (!SavedCopy::isHash(sha256)) {
            *message = CopiesText::missing(sha256, folder);
            return false;
        }
        QFile file(QDir(folder).filePath(sha256));
        if (!file.open(QIODevice::ReadOnly)) {
            *message = CopiesText::cannotRead(file.fileName(), file.errorString());
            return false;
        }
        for (;;) {
            const QByteArray chunk = file.read(pieceSize);
            if (chunk.isEmpty()) {
                if (file.error() != QFileDevice::NoError) {
                    *message = CopiesText::cannotRead(file.fileName(), file.errorString());
                    return false;
                }
                return true;
            }
            if (!sink(chunk))
                return false;
        }
    };
}

} // namespace Frise::Io
