// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"

#include "storage/savedcopies.h"

#include "backgroundbackup.h"
#include "backupsettings.h"
#include "labels.h"
#include "recordcommand.h"
#include "recordlistloader.h"
#include "recordtype.h"
#include "searchindexbuilder.h"
#include "serverreconnector.h"
#include "sessionmessages.h"
#include "storage/searchbacklog.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace Frise::Ui {

using Storage::StorageError;

namespace {

// When @p backup of @p databasePath was written, in local time (its name says it, in UTC).
QDateTime backupTime(const QString &databasePath, const QString &backup)
{
    for (const Storage::BackupInfo &info : Storage::Backups::listBackups(databasePath)) {
        if (info.path == backup)
            return info.created.toLocalTime();
    }
    return QFileInfo(backup).lastModified();
}

// The caches come from Repository::all(), ordered by id: pickers look up
// every record of a 200k-record list, so a linear scan would be quadratic.
template<typename Record>
const Record *findCached(const QList<Record> &records, RowId id)
{
    const auto it = std::lower_bound(
        records.cbegin(), records.cend(), id, [](const Record &record, RowId key) { return record.id < key; });
    return it != records.cend() && it->id == id ? &*it : nullptr;
}

// Other clients' changes are applied after this pause, so a burst (someone's
// multi-record edit) refreshes the views once; well under the 1 s target.
constexpr int remoteBatchMs = 20;
// How often an idle session checks the server is still there.
constexpr int connectionCheckMs = 5000;

// Whether @p entity #@p id is still stored (false and @p error set when the lookup failed).
bool recordExists(Storage::Database &db, const QString &entity, RowId id, StorageError *error)
{
    const RecordType *type = RecordType::find(entity);
    return !type || !type->exists || type->exists(db, id, error);
}

// libpq reports a dropped connection in several ways; storage maps the ones
// with an SQLSTATE to CannotOpen, the client-side ones keep libpq's words.
bool isConnectionError(const Storage::Database &db, const StorageError &error)
{
    if (!db.isPostgres())
        return false;
    if (error.code == StorageError::Code::CannotOpen)
        return true;
    if (error.code != StorageError::Code::Other)
        return false;
    for (const char *sign : {"server closed the connection", "no connection to the server", "connection to server",
             "terminating connection", "could not send data", "could not receive data", "SSL SYSCALL error"})
        if (error.message.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_remoteTimer(new QTimer(this))
    , m_connectionTimer(new QTimer(this))
    , m_listLoader(new RecordListLoader(this))
    , m_reconnector(new ServerReconnector(this))
    , m_backup(new BackgroundBackup(this))
    , m_searchIndex(new SearchIndexBuilder(this))
{
    m_remoteTimer->setSingleShot(true);
    m_remoteTimer->setInterval(remoteBatchMs);
    connect(m_remoteTimer, &QTimer::timeout, this, &DatabaseSession::applyRemoteChanges);
    m_connectionTimer->setInterval(connectionCheckMs);
    connect(m_connectionTimer, &QTimer::timeout, this, &DatabaseSession::checkConnection);
    connect(m_reconnector, &ServerReconnector::serverAnswered, this, &DatabaseSession::reopenAfterLoss);
    connect(m_listLoader, &RecordListLoader::progress, this, &DatabaseSession::loadProgress);
    connect(m_listLoader, &RecordListLoader::finished, this, &DatabaseSession::onListsLoaded);
    connect(m_listLoader, &RecordListLoader::failed, this, &DatabaseSession::onListsFailed);
    connect(m_backup, &BackgroundBackup::finished, this, [this](const QString &written) {
        m_backupProblem.clear();
        Q_EMIT backupFinished(written);
    });
    connect(m_backup, &BackgroundBackup::failed, this, [this](const QString &message) {
        m_backupProblem = SessionMessages::backupFailed(message);
        Q_EMIT backupFailed(m_backupProblem);
    });
    connect(m_searchIndex, &SearchIndexBuilder::progress, this, &DatabaseSession::setSearchIndexPercent);
    connect(m_searchIndex, &SearchIndexBuilder::finished, this, [this] { setSearchIndexPercent(100); });
    connect(m_searchIndex, &SearchIndexBuilder::failed, this, &DatabaseSession::errorOccurred);
}

DatabaseSession::~DatabaseSession()
{
    // Commands refer to the database: drop them first.
    m_undoStack->clear();
    collectUnusedCopies();
    m_listLoader->cancel();
    // Quitting during the automatic backup stops it; its partial file is removed, the next open writes it again.
    m_backup->cancelAndWait();
    // Quitting during a search index build stops it between two slices; the next open resumes.
    m_searchIndex->cancelAndWait();
}

void DatabaseSession::collectUnusedCopies()
{
    // With the undo history gone, no step can link a removed copy's bytes again.
    if (!m_db || m_db->isReadOnly() || m_connectionLost || !Storage::SavedCopies::isAvailable(*m_db))
        return;
    StorageError error;
    Storage::SavedCopies(*m_db).collectUnused(&error);
}

bool DatabaseSession::open(const QString &path, bool create, QString *message, StorageError *error)
{
    Storage::Database::OpenOptions options;
    options.create = create;
    options.exclusive = true;
    options.backups = BackupSettings::policy();
    return open(path, options, message, error);
}

bool DatabaseSession::open(
    const QString &location, const Storage::Database::OpenOptions &openOptions, QString *message, StorageError *error)
{
    Storage::Database::OpenOptions options = openOptions;
    // The automatic backup is written after the open (in the background for a big file), not by Database::open().
    const Storage::BackupPolicy backupPolicy = options.backups;
    const bool rotateBackups = options.exclusive && !options.readOnly && !Storage::Database::isServerUrl(location);
    options.backups.keep = 0;
    StorageError openError;
    std::unique_ptr<Storage::Database> db = Storage::Database::open(location, options, &openError);
    if (!db && openError.code == StorageError::Code::ReadOnly && !options.create && !options.readOnly
        && !Storage::Database::isServerUrl(location)) {
        // A file we cannot write can still be read: open it for browsing.
        options.readOnly = true;
        StorageError readOnlyError;
        db = Storage::Database::open(location, options, &readOnlyError);
    }
    if (!db) {
        if (message)
            *message = SessionMessages::userMessage(openError);
        if (error)
            *error = openError;
        return false;
    }
    m_undoStack->clear();
    collectUnusedCopies();
    m_remoteTimer->stop();
    m_remoteQueue.clear();
    m_reconnector->stop();
    m_connectionLost = false;
    m_lostDuringEdit = false;
    m_backup->cancelAndWait();
    m_backupProblem.clear();
    m_searchIndex->cancelAndWait();
    m_location = location;
    m_openOptions = options;
    adopt(std::move(db));
    loadLists();
    if (rotateBackups && !m_db->isReadOnly())
        startBackup(backupPolicy);
    resumeSearchIndex();
    Q_EMIT reset();
    return true;
}

void DatabaseSession::adopt(std::unique_ptr<Storage::Database> db)
{
    m_db = std::move(db);
    connect(m_db.get(), &Storage::Database::changed, this, &DatabaseSession::onRemoteChange);
    if (m_db->isPostgres())
        m_connectionTimer->start();
    else
        m_connectionTimer->stop();
}

void DatabaseSession::startBackup(const Storage::BackupPolicy &policy)
{
    if (QFileInfo(m_db->path()).size() > m_limits.backupBytes) {
        m_backup->start(m_db->path(), policy);
        return;
    }
    StorageError error;
    QString written;
    if (!Storage::Backups::rotate(*m_db, policy, &written, &error))
        m_backupProblem = SessionMessages::backupFailed(SessionMessages::userMessage(error));
}

void DatabaseSession::resumeSearchIndex()
{
    if (!m_db)
        return;
    StorageError error;
    const Storage::SearchIndexState state = Storage::SearchBacklog(*m_db).state(&error);
    if (error || state.isComplete()) {
        setSearchIndexPercent(100);
        return;
    }
    setSearchIndexPercent(state.percent());
    // A read-only window cannot build it; it says how far it is.
    if (!m_db->isReadOnly() && !m_searchIndex->isRunning())
        m_searchIndex->start(m_db->path(), state.indexed, state.total);
}

void DatabaseSession::setSearchIndexPercent(int percent)
{
    if (percent == m_searchIndexPercent)
        return;
    m_searchIndexPercent = percent;
    Q_EMIT searchIndexProgress(percent);
}

void DatabaseSession::reload()
{
    // After an import: a big one leaves its search index to build.
    resumeSearchIndex();
    loadLists();
    Q_EMIT reset();
}

void DatabaseSession::close()
{
    m_undoStack->clear();
    collectUnusedCopies();
    m_remoteTimer->stop();
    m_connectionTimer->stop();
    m_remoteQueue.clear();
    m_reconnector->stop();
    m_connectionLost = false;
    m_lostDuringEdit = false;
    m_backup->cancelAndWait();
    m_backupProblem.clear();
    m_searchIndex->cancelAndWait();
    setSearchIndexPercent(100);
    m_db.reset();
    loadLists();
    Q_EMIT reset();
}

DatabaseSession::RestoreResult DatabaseSession::restoreBackup(const QString &backup)
{
    RestoreResult result;
    if (!m_db) {
        result.message = SessionMessages::noDatabase();
        return result;
    }
    if (m_db->isPostgres()) {
        result.message = SessionMessages::restoreRefusedOnServer();
        return result;
    }
    if (m_db->isReadOnly()) {
        result.message = SessionMessages::restoreRefusedReadOnly();
        return result;
    }
    const QString path = m_db->path();
    StorageError error;
    if (!Storage::Backups::verify(backup, &error)) {
        result.message = SessionMessages::restoreNotDone(error.message);
        return result;
    }
    QString safety;
    if (!Storage::Backups::writeBackup(*m_db, &safety, &error)) {
        result.message = SessionMessages::restoreWithoutSafetyBackup(SessionMessages::userMessage(error));
        return result;
    }
    result.safetyBackup = safety;
    close();

    QString keptAs;
    StorageError restoreError;
    const bool restored = Storage::Backups::restoreBackup(backup, path, &restoreError, &keptAs);
    QString openMessage;
    if (open(path, false, &openMessage)) {
        if (!restored) {
            result.message = SessionMessages::restoreNotDone(SessionMessages::userMessage(restoreError));
            return result;
        }
        // The state before the restore is in the safety backup, verified: the
        // file set aside by the restore would only be a second copy.
        if (!keptAs.isEmpty()) {
            QFile::remove(keptAs);
            QFile::remove(keptAs + QStringLiteral("-wal"));
        }
        result.restored = true;
        result.message = SessionMessages::restored(backupTimeText(backupTime(path, safety)));
        return result;
    }
    // The restored file does not open: put the previous state back.
    if (restored) {
        StorageError undoError;
        QString undoMessage;
        if (Storage::Backups::restoreBackup(safety, path, &undoError) && open(path, false, &undoMessage)) {
            result.message = SessionMessages::restoredFileUnopenable(openMessage);
            return result;
        }
    }
    result.message = SessionMessages::reopenFailed(openMessage, safety);
    return result;
}

QString DatabaseSession::openBackupProblem() const
{
    return m_db ? m_backupProblem : QString();
}

bool DatabaseSession::isBackingUp() const
{
    return m_backup->isRunning();
}

QString DatabaseSession::path() const
{
    return m_db ? m_db->path() : QString();
}

bool DatabaseSession::isReadOnly() const
{
    return m_db && (m_db->isReadOnly() || m_connectionLost || m_loading || !m_listsProblem.isEmpty());
}

QString DatabaseSession::readOnlyReason() const
{
    if (!m_db)
        return {};
    if (m_connectionLost)
        return SessionMessages::connectionLost();
    if (m_db->isReadOnly())
        return m_db->isPostgres() ? SessionMessages::readerRole(m_db->userName()) : SessionMessages::readOnlyFile();
    if (m_loading)
        return SessionMessages::stillLoading();
    return m_listsProblem;
}

int DatabaseSession::schemaVersion() const
{
    return m_db ? m_db->schemaVersion() : 0;
}

bool DatabaseSession::push(RecordCommand *command)
{
    return push(command, nullptr);
}

bool DatabaseSession::push(RecordCommand *command, StorageError *error)
{
    if (!m_db) {
        delete command;
        if (error)
            *error = {StorageError::Code::Other, SessionMessages::noDatabase()};
        Q_EMIT errorOccurred(SessionMessages::noDatabase());
        return false;
    }
    if (isReadOnly()) {
        // Not even tried (a reader role, a lost server): nothing can be half-applied.
        delete command;
        if (error)
            *error = {StorageError::Code::ReadOnly, readOnlyReason()};
        Q_EMIT errorOccurred(readOnlyReason());
        return false;
    }
    m_lastError = {};
    m_deferConflictReport = error != nullptr;
    bool applied = false;
    {
        // A loss found by this edit is worded so: the edit was not saved.
        const QScopedValueRollback<bool> pushing(m_pushing, true);
        applied = command->applyNow();
    }
    m_deferConflictReport = false;
    if (!applied) {
        delete command;
        if (error)
            *error = m_lastError;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

QList<Event> DatabaseSession::events() const
{
    if (!m_db)
        return {};
    ++m_eventListLoads;
    StorageError error;
    return Storage::EventRepository(*m_db).all(&error);
}

QString DatabaseSession::actorName(RowId id, Language language) const
{
    const Actor *actor = findCached(m_lists.actors, id);
    return actor ? actor->name.textOrFallback(language) : QStringLiteral("#%1").arg(id);
}

QString DatabaseSession::disputeTitle(RowId id, Language language) const
{
    const Dispute *dispute = findCached(m_lists.disputes, id);
    return dispute ? dispute->title.textOrFallback(language) : QStringLiteral("#%1").arg(id);
}

QString DatabaseSession::sourceLabel(RowId id) const
{
    const Source *source = findCached(m_lists.sources, id);
    if (!source)
        return QStringLiteral("#%1").arg(id);
    QString label;
    if (source->outlet.isEmpty())
        label = source->title.isEmpty() ? source->url : source->title;
    else if (source->title.isEmpty())
        label = source->outlet;
    else
        label = source->outlet + QStringLiteral(" — ") + source->title;
    // The reader role of a shared database sees a confidential source without its identity.
    if (source->confidential)
        label = label.isEmpty() ? tr("Confidential source") : tr("%1 (confidential)").arg(label);
    if (!source->grade.isEmpty())
        label += u' ' + tr("[%1]", "a source's grade, e.g. [B2]").arg(source->grade.code());
    return label;
}

QString DatabaseSession::claimLabel(RowId id, Language language) const
{
    const Claim *claim = findCached(m_lists.claims, id);
    if (!claim)
        return QStringLiteral("#%1").arg(id);
    const QString text = claim->text.textOrFallback(language);
    return text.isEmpty() ? claim->quote : text;
}

QString DatabaseSession::statusChangeLabel(const StatusChange &change, Language language) const
{
    //: A status change's name: the status a dispute entered, and when ("Filed, June 2025")
    return tr("%1, %2").arg(Labels::disputeStatus(change.to), change.date.toDisplayString(language));
}

Storage::Counts DatabaseSession::counts(QString *message) const
{
    if (!m_db)
        return {};
    StorageError error;
    const Storage::Counts counts = Storage::Maintenance(*m_db).counts(&error);
    if (error && message)
        *message = SessionMessages::userMessage(error);
    return counts;
}

QList<Storage::SearchHit> DatabaseSession::search(const Storage::SearchQuery &query, QString *message) const
{
    if (!m_db)
        return {};
    StorageError error;
    QList<Storage::SearchHit> hits = Storage::SearchIndex(*m_db).search(query, &error);
    if (error && message)
        *message = SessionMessages::userMessage(error);
    return hits;
}

void DatabaseSession::reportError(const StorageError &error)
{
    m_lastError = error;
    if (m_deferConflictReport && error.code == StorageError::Code::Conflict)
        return;
    if (m_db && isConnectionError(*m_db, error)) {
        markConnectionLost();
        return;
    }
    Q_EMIT errorOccurred(SessionMessages::userMessage(error));
}

bool DatabaseSession::checkConnection()
{
    if (!m_db || !m_db->isPostgres())
        return true;
    if (m_connectionLost)
        return false;
    // The cheapest read there is: a primary-key lookup that finds nothing.
    StorageError error;
    Storage::SourceRepository(*m_db).find(0, &error);
    if (isConnectionError(*m_db, error)) {
        markConnectionLost();
        return false;
    }
    return true;
}

void DatabaseSession::markConnectionLost()
{
    if (m_connectionLost)
        return;
    m_connectionLost = true;
    m_lostDuringEdit = m_pushing;
    m_connectionTimer->stop();
    m_remoteTimer->stop();
    m_remoteQueue.clear();
    m_reconnector->start(m_location);
    Q_EMIT connectionLost(readOnlyReason());
}

void DatabaseSession::reopenAfterLoss()
{
    if (!m_db || !m_connectionLost)
        return;
    // The reconnector's worker has just connected: this open is quick (and connect_timeout bounds it anyway).
    StorageError error;
    std::unique_ptr<Storage::Database> db = Storage::Database::open(m_location, m_openOptions, &error);
    if (!db) {
        m_reconnector->attemptFailed(SessionMessages::userMessage(error));
        return;
    }
    m_remoteTimer->stop();
    m_remoteQueue.clear();
    m_connectionLost = false;
    m_lostDuringEdit = false;
    // The undo stack stays: its commands reach the database through this session, and carry the versions they
    // expect, so undoing a record a colleague changed meanwhile meets the conflict check.
    adopt(std::move(db));
    // Notifications sent while away are lost: everything is read again, as on an open.
    loadLists();
    {
        const QScopedValueRollback<bool> refreshing(m_refreshingAfterReconnect, true);
        Q_EMIT reset();
    }
    Q_EMIT reconnected();
}

void DatabaseSession::onRemoteChange(const QString &entity, qint64 id)
{
    const QPair<QString, RowId> change {entity, id};
    if (!m_remoteQueue.contains(change))
        m_remoteQueue.append(change);
    if (!m_remoteTimer->isActive())
        m_remoteTimer->start();
}

void DatabaseSession::applyRemoteChanges()
{
    if (m_loading)
        return; // kept until the lists arrive: they may predate these changes
    const QList<QPair<QString, RowId>> changes = std::exchange(m_remoteQueue, {});
    if (!m_db || m_connectionLost || changes.isEmpty())
        return;
    const QScopedValueRollback<bool> remote(m_applyingRemote, true);
    for (const auto &change : changes) {
        if (change.first == QLatin1String("dataset")) {
            // Someone imported a whole dataset: everything may have changed.
            reload();
            return;
        }
    }
    for (const auto &[entity, id] : changes) {
        StorageError error;
        const bool exists = recordExists(*m_db, entity, id, &error);
        if (error) {
            reportError(error);
            if (m_connectionLost)
                return;
            continue;
        }
        refreshCache(entity, id);
        if (exists)
            Q_EMIT recordChanged(entity, id);
        else
            Q_EMIT recordRemoved(entity, id);
    }
}

void DatabaseSession::notifyChanged(const QString &entity, RowId id)
{
    const QList<RowId> disputes = disputesFollowing(entity, id);
    refreshCache(entity, id);
    Q_EMIT recordChanged(entity, id);
    refreshDerivedStatus(disputes + disputesFollowing(entity, id));
}

void DatabaseSession::notifyRemoved(const QString &entity, RowId id)
{
    const QList<RowId> disputes = disputesFollowing(entity, id);
    refreshCache(entity, id);
    Q_EMIT recordRemoved(entity, id);
    refreshDerivedStatus(disputes);
}

// The disputes whose status storage derives from record @p id, as cached.
QList<RowId> DatabaseSession::disputesFollowing(const QString &entity, RowId id) const
{
    if (entity != QLatin1String("status_change"))
        return {};
    const StatusChange *change = findCached(m_lists.statusChanges, id);
    return change ? QList<RowId> {change->disputeId} : QList<RowId> {};
}

// A status change moved its dispute's status in the same transaction (a
// storage trigger): the cached dispute follows, and the views hear of it.
void DatabaseSession::refreshDerivedStatus(QList<RowId> disputes)
{
    std::sort(disputes.begin(), disputes.end());
    disputes.erase(std::unique(disputes.begin(), disputes.end()), disputes.end());
    for (RowId dispute : std::as_const(disputes)) {
        refreshCache(RecordNames::dispute, dispute);
        if (findCached(m_lists.disputes, dispute)) // not when deleted with its history
            Q_EMIT recordChanged(RecordNames::dispute, dispute);
    }
}

void DatabaseSession::refreshCache(const QString &entity, RowId id)
{
    if (!m_db || m_loading)
        return;
    if (const RecordType *type = RecordType::find(entity); type && type->refreshCache)
        type->refreshCache(*m_db, m_lists, id);
}

void DatabaseSession::loadLists()
{
    m_listLoader->cancel();
    m_loading = false;
    m_listsProblem.clear();
    setLists({});
    if (!m_db)
        return;
    StorageError error;
    const Storage::Counts counts = Storage::Maintenance(*m_db).counts(&error);
    const qint64 records = counts.disputes + counts.actors + counts.sources + counts.claims + counts.relations;
    if (records <= m_limits.listRecords) {
        // A failure leaves the lists read so far; the views report errors on their own reads.
        RecordLists lists;
        RecordLists::read(*m_db, &lists, &error);
        setLists(lists);
        return;
    }
    m_loading = true;
    m_listLoader->start(m_location);
}

void DatabaseSession::setLists(const RecordLists &lists)
{
    m_lists = lists;
}

void DatabaseSession::onListsLoaded(const RecordLists &lists)
{
    setLists(lists);
    m_loading = false;
    Q_EMIT recordsLoaded();
    if (!m_remoteQueue.isEmpty())
        m_remoteTimer->start();
}

void DatabaseSession::onListsFailed(const QString &message)
{
    m_loading = false;
    m_listsProblem = SessionMessages::listsUnreadable(message);
    Q_EMIT errorOccurred(m_listsProblem);
    Q_EMIT recordsLoaded();
}

} // namespace Frise::Ui
