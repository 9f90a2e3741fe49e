// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checked-in reference images (tests/data/reference/NAME.png) a rendering is compared with.

#include "imagecomparison.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QString>

namespace RefImages {

class ReferenceImageStore final
{
public:
    /// References in @p referenceDir; actual and diff images of failures go to @p failureDir.
    /// With @p update, check() (re)writes the references instead of failing.
    ReferenceImageStore(const QString &referenceDir, const QString &failureDir, bool update)
        : m_referenceDir(referenceDir)
        , m_failureDir(failureDir)
        , m_update(update)
    { }

    QString referencePath(const QString &name) const { return m_referenceDir + u'/' + name + QStringLiteral(".png"); }

    /**
     * Compares @p actual with the reference @p name: empty when it matches,
     * otherwise what is wrong and where the actual and diff images were written.
     * In update mode, writes the reference when it is missing or the
     * rendering would fail against it (a view that did not change keeps its
     * file, run-to-run noise included, so a review shows only what moved) and
     * returns empty unless writing failed.
     */
    QString check(const QString &name, const QImage &rendered, const Tolerance &tolerance = {}) const
    {
        m_checked.insert(name);
        const QImage actual = rendered.convertToFormat(QImage::Format_RGB32);
        const QString reference = referencePath(name);
        const QImage expected(reference);
        // Images of an earlier failure would mislead whoever looks after this run.
        QFile::remove(failurePath(name, QStringLiteral("actual")));
        QFile::remove(failurePath(name, QStringLiteral("diff")));
        if (m_update) {
            QString change = QStringLiteral("new");
            if (!expected.isNull()) {
                const ImageComparison previous(actual, expected);
                if (previous.matches(tolerance))
                    return {};
                const QRect where = previous.differenceBounds();
                change = previous.sizesMatch()
                    ? QStringLiteral("%1 pixels changed by more than %2, by up to %3, within %4×%5 at %6,%7")
                          .arg(previous.differingPixels(tolerance.channel))
                          .arg(tolerance.channel)
                          .arg(previous.largestDifference())
                          .arg(where.width())
                          .arg(where.height())
                          .arg(where.x())
                          .arg(where.y())
                    : QStringLiteral("new size");
            }
            if (!QDir().mkpath(m_referenceDir) || !actual.save(reference, "PNG", 0))
                return QStringLiteral("cannot write %1").arg(reference);
            qInfo("updated %s (%s)", qPrintable(reference), qPrintable(change));
            return {};
        }
        if (expected.isNull())
            return QStringLiteral("no reference image %1 (tools/dev refimages writes it)%2")
                .arg(reference, writeActual(name, actual));
        const ImageComparison comparison(actual, expected);
        if (!comparison.sizesMatch())
            return QStringLiteral("%1 is %2×%3, the rendering %4×%5%6")
                .arg(reference)
                .arg(expected.width())
                .arg(expected.height())
                .arg(actual.width())
                .arg(actual.height())
                .arg(writeActual(name, actual));
        if (comparison.matches(tolerance))
            return {};
        const QString diffPath = failurePath(name, QStringLiteral("diff"));
        QDir().mkpath(m_failureDir);
        comparison.diffImage().save(diffPath);
        return QStringLiteral("%1: %2 of %3 pixels differ by more than %4 (at most %5 may; largest difference %6)%7"
                              "\n    diff: %8")
            .arg(reference)
            .arg(comparison.differingPixels(tolerance.channel))
            .arg(comparison.pixelCount())
            .arg(tolerance.channel)
            .arg(qsizetype(tolerance.fraction * double(comparison.pixelCount())))
            .arg(comparison.largestDifference())
            .arg(writeActual(name, actual), diffPath);
    }

    bool isUpdating() const { return m_update; }

    /// Update mode, after a run of every view: deletes the references of views no longer rendered.
    void removeUnchecked() const
    {
        QDir dir(m_referenceDir);
        for (const QString &file : dir.entryList({QStringLiteral("*.png")}, QDir::Files)) {
            if (!m_checked.contains(file.chopped(4)) && dir.remove(file))
                qInfo("removed %s", qPrintable(dir.filePath(file)));
        }
    }

private:
    QString failurePath(const QString &name, const QString &kind) const
    {
        return m_failureDir + u'/' + name + u'-' + kind + QStringLiteral(".png");
    }

    /// Saves the rendering for a reviewer; the words to append to the failure message.
    QString writeActual(const QString &name, const QImage &actual) const
    {
        const QString path = failurePath(name, QStringLiteral("actual"));
        if (!QDir().mkpath(m_failureDir) || !actual.save(path))
            return QStringLiteral("\n    (cannot write the actual image to %1)").arg(path);
        return QStringLiteral("\n    actual: %1").arg(path);
    }

    QString m_referenceDir;
    QString m_failureDir;
    bool m_update = false;
    mutable QSet<QString> m_checked;
};

} // namespace RefImages
