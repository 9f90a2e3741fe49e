// SPDX-License-Identifier: GPL-3.0-or-later
// new, sample, check, stats, search.
#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"
#include "searchindexcommands.h"

#include "core/claimrules.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Frise::Cli {

namespace {

class Messages : public CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString alreadyExists(const QString &command, const QString &path)
    {
        return tr("frise %1: %2 already exists; not touched").arg(command, path);
    }
    static QString cannotOpen(const QString &command, const QString &reason)
    {
        return tr("frise %1: %2").arg(command, reason);
    }
    static QString checkOk(const QString &path) { return tr("%1: ok").arg(path); }
    static QString checkProblems(const QString &path, qsizetype count)
    {
        return tr("%1: %n problem(s) found", nullptr, int(count)).arg(path);
    }
    static QString claimBreaksRule(const QString &path, const QString &uid, const QString &status, const QString &rule)
    {
        return tr("%1: note: claim %2 (%3) breaks the editing rule %4").arg(path, uid, status, rule);
    }
    static QString badLimit(const QString &value)
    {
        return tr("--limit expects a positive number, not '%1'").arg(value);
    }
    static QString countsLine()
    {
        return tr("events: %1\nactors: %2\ndisputes: %3\nclaims: %4\nsources: %5\nrelations: %6");
    }
};

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<Storage::Database> openForCommand(
    const QString &command, const QString &location, const Storage::Database::OpenOptions &options, int *exitCode)
{
    Storage::StorageError error;
    auto db = Storage::Database::open(location, options, &error);
    if (!db) {
        err() << Messages::cannotOpen(command, error.message) << Qt::endl;
        // A file we understand but refuse (newer, foreign) is "cannot open" too.
        *exitCode = CannotRun;
    }
    return db;
}

int newCommand(const QStringList &args)
{
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid())
        return refuse(Messages::usage(QStringLiteral("new"), arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(QStringLiteral("new")));
    const QString path = arguments.positional(0);
    if (QFileInfo::exists(path))
        return refuse(Messages::alreadyExists(QStringLiteral("new"), path));
    int code = Done;
    Storage::Database::OpenOptions options;
    options.create = true;
    return openForCommand(QStringLiteral("new"), path, options, &code) ? Done : code;
}

int checkCommand(const QStringList &args)
{
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid())
        return refuse(Messages::usage(QStringLiteral("check"), arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(QStringLiteral("check")));
    int code = Done;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = openForCommand(QStringLiteral("check"), arguments.positional(0), options, &code);
    if (!db)
        return code;
    Storage::StorageError error;
    const Storage::CheckReport report = Storage::Maintenance(*db).check(&error);
    for (const QString &note : report.notes)
        out() << note << Qt::endl;
    // The claim rules are the editor's; a claim stored before them is noted, not a problem of the file.
    if (!error.isError()) {
        const QList<Claim> claims = Storage::ClaimRepository(*db).all(&error);
        QHash<RowId, QList<Claim>> rebuttals;
        for (const Claim &claim : claims)
            if (claim.rebutsClaimId && claim.rebutsClaimId != claim.id)
                rebuttals[claim.rebutsClaimId].append(claim);
        for (const Claim &claim : claims)
            for (ClaimRules::Rule rule : ClaimRules::broken(claim, rebuttals.value(claim.id)))
                out() << Messages::claimBreaksRule(Storage::Database::redacted(arguments.positional(0)), claim.uid,
                    claimStatusCode(claim.status), ClaimRules::code(rule))
                      << Qt::endl;
    }
    for (const QString &problem : report.problems)
        err() << Storage::Database::redacted(arguments.positional(0)) << ": " << problem << Qt::endl;
    if (error.isError()) {
        err() << Messages::cannotOpen(QStringLiteral("check"), error.message) << Qt::endl;
        return Refused;
    }
    if (!report.isOk()) {
        out() << Messages::checkProblems(Storage::Database::redacted(arguments.positional(0)), report.problems.size())
              << Qt::endl;
        return Refused;
    }
    out() << Messages::checkOk(Storage::Database::redacted(arguments.positional(0))) << Qt::endl;
    return Done;
}

int statsCommand(const QStringList &args)
{
    const Arguments arguments(args, {}, {QStringLiteral("--json")});
    if (!arguments.isValid())
        return refuse(Messages::usage(QStringLiteral("stats"), arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(QStringLiteral("stats")));
    int code = Done;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = openForCommand(QStringLiteral("stats"), arguments.positional(0), options, &code);
    if (!db)
        return code;
    Storage::StorageError error;
    const Storage::Counts counts = Storage::Maintenance(*db).counts(&error);
    if (error.isError()) {
        err() << Messages::cannotOpen(QStringLiteral("stats"), error.message) << Qt::endl;
        return CannotRun;
    }
    if (arguments.has(QStringLiteral("--json"))) {
        // The keys are part of the command-line contract.
        const QJsonObject object {{QStringLiteral("events"), counts.events}, {QStringLiteral("actors"), counts.actors},
            {QStringLiteral("disputes"), counts.disputes}, {QStringLiteral("claims"), counts.claims},
            {QStringLiteral("sources"), counts.sources}, {QStringLiteral("relations"), counts.relations}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << Messages::countsLine()
                     .arg(counts.events)
                     .arg(counts.actors)
                     .arg(counts.disputes)
                     .arg(counts.claims)
                     .arg(counts.sources)
                     .arg(counts.relations)
              << Qt::endl;
    }
    return Done;
}

int searchCommand(const QStringList &args)
{
    const Arguments arguments(args, {QStringLiteral("--limit")}, {QStringLiteral("--json")});
    if (!arguments.isValid())
        return refuse(Messages::usage(QStringLiteral("search"), arguments.error()));
    if (arguments.positionals().size() < 2)
        return refuse(Messages::missingArgument(QStringLiteral("search")));
    Storage::SearchQuery query;
    query.text = arguments.positionals().mid(1).join(u' ');
    if (arguments.has(QStringLiteral("--limit"))) {
        bool ok = false;
        query.limit = arguments.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            return refuse(Messages::usage(
                QStringLiteral("search"), Messages::badLimit(arguments.value(QStringLiteral("--limit")))));
    }
    int code = Done;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = openForCommand(QStringLiteral("search"), arguments.positional(0), options, &code);
    if (!db)
        return code;
    Storage::StorageError error;
    const QList<Storage::SearchHit> hits = Storage::SearchIndex(*db).search(query, &error);
    if (error.isError()) {
        err() << Messages::cannotOpen(QStringLiteral("search"), error.message) << Qt::endl;
        return CannotRun;
    }
    noteSearchIndexState(*db);
    auto plain = [](QString text) {
        return text.replace(Storage::SearchHit::highlightStart, u'[').replace(Storage::SearchHit::highlightEnd, u']');
    };
    if (arguments.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Storage::SearchHit &hit : hits) {
            array.append(QJsonObject {{QStringLiteral("type"), hit.entity}, {QStringLiteral("id"), hit.id},
                {QStringLiteral("title_fr"), hit.titleFr}, {QStringLiteral("title_en"), hit.titleEn},
                {QStringLiteral("snippet"), plain(hit.snippet)}, {QStringLiteral("rank"), hit.rank}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Storage::SearchHit &hit : hits) {
            const QString title = hit.titleEn.isEmpty() ? hit.titleFr : hit.titleEn;
            out() << hit.entity << u'\t' << hit.id << u'\t' << title << u'\t' << plain(hit.snippet) << Qt::endl;
        }
    }
    return Done;
}

} // namespace Frise::Cli
