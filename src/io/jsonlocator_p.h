// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: where values are in JSON text, for messages.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Frise::Io::Json {

/**
 * Finds the byte offsets of values in JSON text from their paths
 * (`events[3].media.credit`, as Reader::child() and Reader::item() write
 * them): QJsonDocument keeps no positions, so the text is scanned again,
 * only when there is something to report.
 *
 * One pass serves any number of paths; only the values on the way to a
 * wanted path are looked into, everything else is skipped by counting
 * brackets. Meant for text QJsonDocument accepted; on anything else the
 * scan stops and what was found so far is given.
 */
class Locator
{
public:
    /**
     * The offset of the first byte of each path's value, in the order of
     * @p paths. A path not found (a missing key, a key holding `.` or `[`)
     * gets the offset of its longest prefix found: the object that lacks the
     * key. The empty path is the document itself.
     */
    static QList<qsizetype> offsets(const QByteArray &data, const QStringList &paths);
    static qsizetype offset(const QByteArray &data, const QString &path);
};

} // namespace Frise::Io::Json
