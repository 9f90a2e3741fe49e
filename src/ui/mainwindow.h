// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/ids.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace Frise {
class UiLanguage;
}

namespace Frise::Ui {

class DatabaseSession;
class Inspector;
class MessageBar;
class NavigatorModel;
class QuickCaptureBar;
class ReconnectBanner;
class RecordActions;
class SearchWidget;
class TimelineActions;
class TimelineController;
class TimelineLoader;
class TimelineView;

/**
 * The application's main window: the timeline and graph tabs in the centre,
 * the navigator, inspector and search docks around them, menus, toolbar and
 * status bar. Every edit goes through the session's undo stack and is saved
 * at once. Named actions (objectName "actionUndo", "actionNewEvent"...) are
 * reachable with findChild for tests and shortcuts.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The object that switches Qt's and Frise's translators; the window makes its own when none is set.
    void setUiLanguage(UiLanguage *language);

    /// Opens @p path, a file (created when @p create) or a `postgresql://` URL; on failure the message bar says why.
    bool openDatabase(const QString &path, bool create = false);
    DatabaseSession *session() const { return m_session; }

    ContentLanguage contentLanguage() const { return m_content; }
    void setContentLanguage(ContentLanguage content);

    MessageBar *messageBar() const { return m_messageBar; }
    Inspector *inspector() const { return m_inspector; }
    SearchWidget *searchWidget() const { return m_search; }
    /// The Edit → Quick capture bar (hidden until asked for).
    QuickCaptureBar *quickCaptureBar() const { return m_quickCapture; }
    QTreeView *navigatorView() const { return m_navigatorView; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    QTabWidget *centralTabs() const { return m_tabs; }
    TimelineView *timelineView() const;
    /// Builds the timeline in the background for big databases.
    TimelineLoader *timelineLoader() const;
    /// Edit → New… and Delete.
    RecordActions *recordActions() const { return m_recordActions; }
    /// Entity and id of the selected record ("" and 0 when none).
    QString currentEntity() const { return m_currentEntity; }
    RowId currentId() const { return m_currentId; }

public Q_SLOTS:
    void selectEvent(Frise::RowId id);
    void selectActor(Frise::RowId id);
    /// Selects the event and puts the focus in its editor (a double-click on the timeline).
    void editEvent(Frise::RowId id);
    /// Selects @p entity #@p id everywhere: navigator, inspector, timeline.
    void selectRecord(const QString &entity, Frise::RowId id);
    /// Shows the quick capture bar, cursor in the line.
    void showQuickCapture();
    /// Edit → Actor Roles: translates and extends the role vocabulary as one undoable step.
    void editActorRoles();
    /// File → Import…, File → Export timeline…, data…, graph…: the dialogs, modal.
    void showImportDialog();
    void showExportTimelineDialog();
    void showExportDataDialog();
    void showExportGraphDialog();
    /// File → Export Web Page…: the interactive page of `frise export-web`, modal.
    void showExportWebDialog();
    /// File → Restore from Backup…: the dialog, modal; the message bar tells what happened.
    void showRestoreBackupDialog();
    /// Switches the UI language at runtime.
    void setUiLanguageChoice(Frise::Language language);
    /**
     * File → Connect to Server…: the connect dialog, prefilled with
     * @p address (else the open server or the last one used), trying at once
     * when @p connectNow; opens the database when it connects.
     */
    void showConnectDialog(const QString &address = QString(), bool connectNow = false);

Q_SIGNALS:
    /// The selected event changed (0: none); the timeline follows it.
    void currentEventChanged(Frise::RowId id);
    /// The selected actor changed (0: none); the graph follows it.
    void currentActorChanged(Frise::RowId id);
    /// The selected dispute changed (0: none); the graph follows it.
    void currentDisputeChanged(Frise::RowId id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateActions();
    void updateStatus();
    /// The status bar's left part: where the database is, and what it is busy with.
    void updateStatusPath();
    void updateRecentMenu();
    void addRecent(const QString &path);
    /// The recent-databases list of the settings, server addresses without secrets.
    static QStringList recentDatabases();
    void newDatabase();
    void openDatabaseDialog();
    void closeDatabase();
    void showProperties();
    void showAbout();
    void readSettings();
    /// First start (no saved geometry): sized to the screen and centred.
    void fitToScreen();
    /// Widens the inspector to the editor it now shows, if narrower.
    void growInspector();
    void writeSettings();
    void onNavigatorSelection();
    /// Selects the record and puts the focus in its editor.
    void editRecord(const QString &entity, RowId id);
    void updateTimelineFilterStatus(qsizetype shown, qsizetype total);

    DatabaseSession *m_session = nullptr;
    UiLanguage *m_uiLanguage = nullptr;
    ContentLanguage m_content = ContentLanguage::Both;
    QString m_currentEntity;
    RowId m_currentId = 0;
    bool m_selecting = false;
    /// Record lists read so far / in all, while the session loads them.
    QPair<int, int> m_recordsProgress;

    MessageBar *m_messageBar = nullptr;
    ReconnectBanner *m_reconnectBanner = nullptr;
    QuickCaptureBar *m_quickCapture = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_timeline = nullptr;
    QWidget *m_timelinePage = nullptr; ///< the timeline and its overview strip, in the tabs
    bool m_dockLayoutRestored = false; ///< docks as the user left them (else sized on first show)
    bool m_shown = false;
    QWidget *m_graph = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QTreeView *m_navigatorView = nullptr;
    NavigatorModel *m_navigatorModel = nullptr;
    Inspector *m_inspector = nullptr;
    SearchWidget *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_statusPath = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_statusFilter = nullptr;
    TimelineActions *m_timelineActions = nullptr;
    TimelineController *m_timelineController = nullptr;
    RecordActions *m_recordActions = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_contentMenu = nullptr;
    QMenu *m_uiLanguageMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newDatabase = nullptr;
    QAction *m_open = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_close = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportTimeline = nullptr;
    QAction *m_clearTimelineFilter = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportGraph = nullptr;
    QAction *m_exportWeb = nullptr;
    QAction *m_quickCaptureAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_actorRoles = nullptr;
    QAction *m_contentFr = nullptr;
    QAction *m_contentEn = nullptr;
    QAction *m_contentBoth = nullptr;
    QAction *m_uiFrench = nullptr;
    QAction *m_uiEnglish = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace Frise::Ui
