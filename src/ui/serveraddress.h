// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Ui {

/**
 * Where a shared PostgreSQL database is: the parts of a
 * `postgresql://user:password@host:port/database?options` URL, as the connect
 * dialog edits them. The password lives here only on its way to the
 * connection; toUrl(false), passed through Storage::Database::redacted(), is
 * the form that may be shown or remembered.
 */
struct ServerAddress
{
    static constexpr int defaultPort = 5432;

    QString host;
    int port = defaultPort;
    QString database;
    QString user;
    QString password; ///< empty: libpq's own ways (PGPASSWORD, PGPASSFILE, ~/.pgpass, peer)
    QString options; ///< the query part but ?password= (which goes to password), passed to libpq (sslmode=require)

    /// Parses @p text (`postgresql://` or `postgres://`); false when it is not such a URL.
    static bool parse(const QString &text, ServerAddress *address);
    /// The URL; with the password only when @p withPassword (for the connection itself).
    QString toUrl(bool withPassword) const;
    /// Host and database are set (the rest has defaults).
    bool isComplete() const { return !host.isEmpty() && !database.isEmpty(); }

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

} // namespace Frise::Ui
