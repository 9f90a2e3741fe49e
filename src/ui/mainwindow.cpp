// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actorrolesdialog.h"
#include "bilingualfield.h"
#include "connectdialog.h"
#include "core/uilanguage.h"
#include "databaselayoutcache.h"
#include "databasesession.h"
#include "eventeditor.h"
#include "exportdatadialog.h"
#include "exportgraphdialog.h"
#include "exporttimelinedialog.h"
#include "exportwebdialog.h"
#include "graphfeed.h"
#include "graphview.h"
#include "importdialog.h"
#include "inspector.h"
#include "labels.h"
#include "messagebar.h"
#include "navigatormodel.h"
#include "propertiesdialog.h"
#include "quickcapturebar.h"
#include "reconnectbanner.h"
#include "recordactions.h"
#include "recordtype.h"
#include "restorebackupdialog.h"
#include "roles.h"
#include "searchwidget.h"
#include "selectionwiring.h"
#include "storage/database.h"
#include "timelineactions.h"
#include "timelinecontroller.h"
#include "timelineoverview.h"
#include "timelineview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

const auto recentKey = QStringLiteral("recentDatabases");
constexpr int maxRecent = 8;
// Dock widths at first start (pixels): at 1280 px the timeline keeps well over half the window.
constexpr int navigatorWidth = 250;
constexpr int emptyInspectorWidth = 260;
constexpr int editingInspectorWidth = 400;
constexpr double maxInspectorShare = 0.4;
constexpr double firstStartShare = 0.85; // of the screen's available area

/// The Timeline tab: the interactive timeline, its selection synced with the window.
/// A TimelineController feeds it.
QWidget *createTimelineWidget(MainWindow *window)
{
    auto *view = new TimelineView(window);
    view->setAccessibleName(QCoreApplication::translate("Frise::Ui::MainWindow", "Timeline"));
    QObject::connect(view, &TimelineView::selectionChanged, window, [window](const QList<RowId> &ids) {
        // A rubber band selects many: the inspector keeps the one it shows if it is among them.
        // A click on empty space leaves the inspector alone: an editor does not vanish by a stray click.
        const RowId current = window->currentEntity() == RecordNames::event ? window->currentId() : 0;
        if (!ids.isEmpty() && !ids.contains(current))
            window->selectEvent(ids.constFirst());
    });
    QObject::connect(view, &TimelineView::eventActivated, window, &MainWindow::editEvent);
    QObject::connect(window, &MainWindow::currentEventChanged, view, [view](RowId id) {
        if (!view->selection().contains(id))
            view->setSelection(id ? QList<RowId> {id} : QList<RowId> {});
    });
    return view;
}

/// The Graph tab: actors and relations laid out by Graphviz.
/// Its model is built when the tab shows, not for every change made while hidden.
QWidget *createGraphWidget(DatabaseSession *session, MainWindow *window, QTabWidget *tabs)
{
    auto *view = new GraphView(window);
    // Positions live in the database: a graph laid out once reopens as it was.
    view->setLayoutCache(new DatabaseLayoutCache(session, view));
    view->setAccessibleName(QCoreApplication::translate("Frise::Ui::MainWindow", "Relationship graph"));
    new GraphFeed(session, view, tabs);
    QObject::connect(view, &GraphView::actorSelected, window, &MainWindow::selectActor);
    // An actor picked elsewhere (navigator, search, inspector links) is picked in the graph too.
    QObject::connect(window, &MainWindow::currentActorChanged, view, &GraphView::selectActor);
    return view;
}

/// What ties the timeline to the rest of the window: the search dock's filters (and the graph's
/// "show only this actor") narrow it, its "as of" cursor and the graph's time slider move together.
void connectTimeline(TimelineView *timeline, TimelineActions *actions, GraphView *graph, SearchWidget *search)
{
    QObject::connect(search, &SearchWidget::timelineFilterChanged, timeline,
        [timeline, search] { timeline->setFilter(search->timelineFilter()); });
    QObject::connect(graph, &GraphView::timelineFilterRequested, search, &SearchWidget::filterTimelineByActor);
    QObject::connect(timeline, &TimelineView::asOfChanged, graph, &GraphView::setAsOf);
    QObject::connect(graph, &GraphView::asOfChanged, timeline, [timeline, actions](qint64 minutes) {
        if (actions->asOfCursorAction()->isChecked())
            timeline->setAsOf(minutes);
    });
    QObject::connect(actions, &TimelineActions::asOfCursorToggled, graph, [timeline, graph](bool shown) {
        if (shown && timeline->asOf())
            graph->setAsOf(*timeline->asOf());
        else
            graph->clearAsOf();
    });
}

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QLatin1String(name), widget->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DatabaseSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);
    m_reconnectBanner = new ReconnectBanner(m_session, m_messageBar, this);
    m_quickCapture = new QuickCaptureBar(m_session, central);
    m_quickCapture->hide();
    layout->addWidget(m_quickCapture);
    connect(m_quickCapture, &QuickCaptureBar::openInEditorRequested, this,
        [this](RowId id) { editRecord(RecordNames::event, id); });
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_timeline = createTimelineWidget(this);
    m_graph = createGraphWidget(m_session, this, m_tabs);
    // The timeline over its overview strip (the whole span in miniature, the visible window to drag).
    m_timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(m_timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    m_timeline->setParent(m_timelinePage);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(new TimelineOverview(timelineView(), m_timelinePage));
    m_tabs->addTab(m_timelinePage, QString());
    m_tabs->addTab(m_graph, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    createMenus();
    connectTimeline(timelineView(), m_timelineActions, static_cast<GraphView *>(m_graph), m_search);
    connectRecordSelection(this, timelineView(), static_cast<GraphView *>(m_graph));
    connect(m_timelineActions, &TimelineActions::used, this, [this] { m_tabs->setCurrentWidget(m_timelinePage); });
    // After the search dock's filters (connected first): the timeline shows, already narrowed.
    connect(static_cast<GraphView *>(m_graph), &GraphView::timelineFilterRequested, this, [this] {
        m_searchDock->show();
        m_tabs->setCurrentWidget(m_timelinePage);
    });
    connect(timelineView(), &TimelineView::filterApplied, this, &MainWindow::updateTimelineFilterStatus);

    m_statusPath = new QLabel(this);
    m_statusPath->setObjectName(QStringLiteral("statusPath"));
    m_statusCounts = new QLabel(this);
    m_statusFilter = new QLabel(this);
    m_statusFilter->setObjectName(QStringLiteral("statusTimelineFilter"));
    m_statusFilter->hide();
    statusBar()->addWidget(m_statusPath, 1);
    statusBar()->addPermanentWidget(m_statusFilter);
    // The timeline controller's progress and Cancel sit between the filter and the counts.
    m_timelineController = new TimelineController(m_session, timelineView(), statusBar(), this);
    connect(m_timelineController, &TimelineController::failed, this,
        [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_session, &DatabaseSession::errorOccurred, this,
        [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    connect(m_session, &DatabaseSession::reset, this, [this] {
        // After a reconnect the same database is back: the record shown stays selected.
        if (!m_session->isRefreshingAfterReconnect()) {
            m_currentEntity.clear();
            m_currentId = 0;
            m_recordActions->setSelection(QString(), 0);
        }
        updateActions();
        updateStatus();
    });
    connect(m_session, &DatabaseSession::recordsLoaded, this, [this] {
        // The editor shown while the records loaded was read-only; it can edit now (keeping a change not saved
        // while the server was away).
        if (RecordEditor *editor = m_inspector->currentEditor())
            editor->reloadKeepingUnsaved();
        updateActions();
        updateStatus();
    });
    connect(m_session, &DatabaseSession::loadProgress, this, [this](int done, int total) {
        m_recordsProgress = {done, total};
        updateStatusPath();
    });
    connect(m_session, &DatabaseSession::backupFinished, this, [this](const QString &written) {
        updateStatusPath();
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Automatic backup written."), 5000);
    });
    connect(m_session, &DatabaseSession::backupFailed, this, [this](const QString &message) {
        updateStatusPath();
        m_messageBar->showMessage(message, MessageBar::Kind::Warning);
    });
    connect(m_session, &DatabaseSession::connectionLost, this, [this] {
        // Browsing goes on with what is loaded; nothing can be half-saved now. The banner says so (ReconnectBanner).
        if (RecordEditor *editor = m_inspector->currentEditor())
            editor->setEnabled(false);
        updateActions();
        updateStatus();
    });
    connect(m_session, &DatabaseSession::recordChanged, this, &MainWindow::updateStatus);
    connect(m_session, &DatabaseSession::recordRemoved, this, [this](const QString &entity, RowId id) {
        if (entity == m_currentEntity && id == m_currentId) {
            m_currentEntity.clear();
            m_currentId = 0;
            m_recordActions->setSelection(QString(), 0);
            if (entity == RecordNames::event) {
                m_timelineController->setSelectedEvent(0);
                Q_EMIT currentEventChanged(0);
            }
            updateActions();
        }
        updateStatus();
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_search, &SearchWidget::recordActivated, this, &MainWindow::selectRecord);
    connect(m_navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onNavigatorSelection);
    connect(m_navigatorModel, &QAbstractItemModel::modelReset, this, [this] {
        // Groups open, except one still to be read (Needs review in a big database: a scan, read when opened).
        for (int row = 0; row < m_navigatorModel->rowCount(); ++row) {
            const QModelIndex group = m_navigatorModel->index(row, 0);
            if (!m_navigatorModel->canFetchMore(group))
                m_navigatorView->expand(group);
        }
        const QModelIndex index = m_navigatorModel->indexOf(m_currentEntity, m_currentId);
        if (index.isValid()) {
            const QScopedValueRollback<bool> guard(m_selecting, true);
            m_navigatorView->setCurrentIndex(index);
        }
    });

    readSettings();
    retranslate();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The session is our first child, so it would go first: delete the views that use it before.
    delete m_inspectorDock;
    delete m_searchDock;
    delete m_navigatorDock;
    delete takeCentralWidget();
    m_session->undoStack()->clear();
}

void MainWindow::setUiLanguage(UiLanguage *language)
{
    m_uiLanguage = language;
    retranslate();
}

void MainWindow::createDocks()
{
    m_navigatorModel = new NavigatorModel(m_session, this);
    m_navigatorView = new QTreeView(this);
    m_navigatorView->setModel(m_navigatorModel);
    m_navigatorView->setHeaderHidden(true);
    m_navigatorView->setUniformRowHeights(true);
    m_navigatorView->setIconSize(QSize(10, 10));
    m_navigatorView->setObjectName(QStringLiteral("navigator"));
    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigatorView);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_search = new SearchWidget(m_session, this);
    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    splitDockWidget(m_navigatorDock, m_searchDock, Qt::Vertical);

    m_inspector = new Inspector(m_session, this);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    connect(m_inspector, &Inspector::recordRequested, this, &MainWindow::selectRecord);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    // The timeline gets most of the width; the inspector opens narrow and grows with a record (growInspector()).
    resizeDocks({m_navigatorDock, m_inspectorDock}, {navigatorWidth, emptyInspectorWidth}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newDatabase = make("actionNewDatabase", QKeySequence::New, &MainWindow::newDatabase);
    m_newDatabase->setIcon(themeIcon("document-new", QStyle::SP_FileIcon, this));
    m_open = make("actionOpen", QKeySequence::Open, &MainWindow::openDatabaseDialog);
    m_open->setIcon(themeIcon("document-open", QStyle::SP_DialogOpenButton, this));
    m_connectServer
        = make("actionConnect", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { showConnectDialog(); });
    m_connectServer->setIcon(themeIcon("network-server-database", QStyle::SP_DriveNetIcon, this));
    m_close = make("actionClose", QKeySequence::Close, &MainWindow::closeDatabase);
    m_properties = make("actionProperties", QKeySequence(), &MainWindow::showProperties);
    m_restoreBackup = make("actionRestoreBackup", QKeySequence(), &MainWindow::showRestoreBackupDialog);
    m_restoreBackup->setIcon(themeIcon("document-revert", QStyle::SP_BrowserReload, this));
    m_import = make("actionImport", QKeySequence(), &MainWindow::showImportDialog);
    m_exportTimeline = make("actionExportTimeline", QKeySequence(), &MainWindow::showExportTimelineDialog);
    m_exportData = make("actionExportData", QKeySequence(), &MainWindow::showExportDataDialog);
    m_exportGraph = make("actionExportGraph", QKeySequence(), &MainWindow::showExportGraphDialog);
    m_exportWeb = make("actionExportWeb", QKeySequence(), &MainWindow::showExportWebDialog);
    m_quit = make("actionQuit", QKeySequence::Quit, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_undo = m_session->undoStack()->createUndoAction(this);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(themeIcon("edit-undo", QStyle::SP_ArrowBack, this));
    m_redo = m_session->undoStack()->createRedoAction(this);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z everywhere, Ctrl+Y too where the platform uses it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(themeIcon("edit-redo", QStyle::SP_ArrowForward, this));

    m_recordActions = new RecordActions(m_session, this);
    connect(m_recordActions, &RecordActions::created, this, &MainWindow::editRecord);
    connect(m_recordActions, &RecordActions::refused, this,
        [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Warning); });
    // Delete checks the version the inspector shows: a stale view must not erase a newer edit.
    m_recordActions->setShownDelete([this](const QString &entity, RowId id) -> std::optional<bool> {
        RecordEditor *editor = m_inspector->currentEditor();
        if (!editor || editor->entity() != entity || editor->recordId() != id)
            return std::nullopt;
        return editor->deleteShown();
    });
    connect(m_recordActions, &RecordActions::deleted, this, [this] {
        statusBar()->showMessage(
            tr("Deleted. %1 brings it back.").arg(m_undo->shortcut().toString(QKeySequence::NativeText)), 5000);
    });
    m_quickCaptureAction
        = make("actionQuickCapture", QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::showQuickCapture);
    m_quickCaptureAction->setIcon(themeIcon("document-edit", QStyle::SP_FileDialogDetailedView, this));
    m_find = make("actionFind", QKeySequence::Find, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusSearchField();
    });
    m_find->setIcon(themeIcon("edit-find", QStyle::SP_FileDialogContentsView, this));
    m_actorRoles = make("actionActorRoles", QKeySequence(), &MainWindow::editActorRoles);
    m_clearTimelineFilter = make("actionClearTimelineFilter", QKeySequence(), [this] {
        m_search->stopFilteringTimeline();
        m_tabs->setCurrentWidget(m_timelinePage);
    });
    m_clearTimelineFilter->setEnabled(false);

    auto *content = new QActionGroup(this);
    m_contentFr = make("actionContentFrench", QKeySequence(), [this] { setContentLanguage(ContentLanguage::French); });
    m_contentEn
        = make("actionContentEnglish", QKeySequence(), [this] { setContentLanguage(ContentLanguage::English); });
    m_contentBoth = make("actionContentBoth", QKeySequence(), [this] { setContentLanguage(ContentLanguage::Both); });
    for (QAction *action : {m_contentFr, m_contentEn, m_contentBoth}) {
        action->setCheckable(true);
        content->addAction(action);
    }
    auto *ui = new QActionGroup(this);
    m_uiFrench = make("actionUiFrench", QKeySequence(), [this] { setUiLanguageChoice(Language::French); });
    m_uiEnglish = make("actionUiEnglish", QKeySequence(), [this] { setUiLanguageChoice(Language::English); });
    for (QAction *action : {m_uiFrench, m_uiEnglish}) {
        action->setCheckable(true);
        ui->addAction(action);
    }
    // Language names are written in their own language, so they stay findable whatever the UI language.
    m_uiFrench->setText(QStringLiteral("Français"));
    m_uiEnglish->setText(QStringLiteral("English"));
    m_about = make("actionAbout", QKeySequence(), &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("actionAboutQt", QKeySequence(), [] { QApplication::aboutQt(); });
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newDatabase);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_connectServer);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_properties);
    m_fileMenu->addAction(m_restoreBackup);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_exportTimeline);
    m_fileMenu->addAction(m_exportData);
    m_fileMenu->addAction(m_exportGraph);
    m_fileMenu->addAction(m_exportWeb);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_recordActions->newMainAction());
    m_editMenu->addAction(m_quickCaptureAction);
    m_editMenu->addMenu(m_recordActions->newMenu());
    m_editMenu->addAction(m_recordActions->deleteAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addAction(m_actorRoles);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_contentMenu = m_viewMenu->addMenu(QString());
    m_contentMenu->addActions({m_contentFr, m_contentEn, m_contentBoth});
    m_uiLanguageMenu = m_viewMenu->addMenu(QString());
    m_uiLanguageMenu->addActions({m_uiFrench, m_uiEnglish});
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_recordActions->newMainAction());
    m_toolBar->addAction(m_quickCaptureAction);
    m_toolBar->addAction(m_recordActions->deleteAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_find);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_contentFr, m_contentBoth, m_contentEn});

    m_panelsMenu->addAction(m_navigatorDock->toggleViewAction());
    m_panelsMenu->addAction(m_inspectorDock->toggleViewAction());
    m_panelsMenu->addAction(m_searchDock->toggleViewAction());
    m_panelsMenu->addAction(m_toolBar->toggleViewAction());

    m_timelineActions = new TimelineActions(timelineView(), this);
    menuBar()->addMenu(m_timelineActions->menu());
    m_timelineActions->menu()->addSeparator();
    m_timelineActions->menu()->addAction(m_clearTimelineFilter);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Frise — platform and AI disputes"));
    if (m_session && m_session->isOpen())
        setWindowTitle(tr("%1 — Frise").arg(QFileInfo(m_session->path()).completeBaseName()));
    if (!m_fileMenu)
        return;
    if (m_reconnectBanner)
        m_reconnectBanner->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_newDatabase->setText(tr("&New Database…"));
    m_open->setText(tr("&Open…"));
    m_connectServer->setText(tr("Co&nnect to Server…"));
    m_connectServer->setToolTip(tr("Open a shared database on a PostgreSQL server (%1)")
            .arg(m_connectServer->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_close->setText(tr("&Close"));
    m_properties->setText(tr("&Properties"));
    m_restoreBackup->setText(tr("Restore from &Backup…"));
    m_quit->setText(tr("&Quit"));
    m_import->setText(tr("&Import…"));
    m_exportTimeline->setText(tr("Export &Timeline…"));
    m_exportData->setText(tr("Export &Data…"));
    m_exportGraph->setText(tr("Export &Graph…"));
    m_exportWeb->setText(tr("Export &Web Page…"));
    m_quickCaptureAction->setText(tr("&Quick Capture"));
    m_quickCaptureAction->setToolTip(tr("Quick capture: one line, date first (%1)")
            .arg(m_quickCaptureAction->shortcut().toString(QKeySequence::NativeText)));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_recordActions->retranslate();
    m_find->setText(tr("&Find…"));
    m_actorRoles->setText(tr("Actor &Roles…"));
    m_actorRoles->setStatusTip(tr("Translate the roles actors play in events, or add roles"));
    m_viewMenu->setTitle(tr("&View"));
    m_contentMenu->setTitle(tr("&Content Language"));
    m_contentFr->setText(tr("&French"));
    m_contentEn->setText(tr("&English"));
    m_contentBoth->setText(tr("&Both, Side by Side"));
    m_contentFr->setIconText(QStringLiteral("FR"));
    m_contentEn->setIconText(QStringLiteral("EN"));
    m_contentBoth->setIconText(QStringLiteral("FR | EN"));
    m_uiLanguageMenu->setTitle(tr("&Interface Language"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_timelineActions->retranslate();
    m_timelineController->retranslate();
    m_clearTimelineFilter->setText(tr("Show &All Events"));
    m_clearTimelineFilter->setStatusTip(tr("Stop filtering the timeline with the search filters"));
    if (TimelineView *view = timelineView())
        updateTimelineFilterStatus(view->shownCount(), view->data() ? view->data()->count() : 0);
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Frise"));
    m_aboutQt->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Graph"));
    m_navigatorView->setAccessibleName(tr("Navigator: disputes, actors and tags"));
    m_tabs->setAccessibleName(tr("Views"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_graph->setAccessibleName(tr("Graph"));
    const Language ui = m_uiLanguage ? m_uiLanguage->current() : UiLanguage::systemLanguage();
    m_uiFrench->setChecked(ui == Language::French);
    m_uiEnglish->setChecked(ui == Language::English);
    m_navigatorModel->rebuild();
    updateActions(); // status tips depend on the state
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    m_close->setEnabled(open);
    m_properties->setEnabled(open);
    // Without backups it stays enabled: the dialog says so and sets the automatic backups up.
    const bool onServer = open && m_session->database()->isPostgres();
    m_restoreBackup->setEnabled(open && !onServer);
    m_restoreBackup->setStatusTip(!open ? tr("Open a database to restore one of its backups")
            : onServer                  ? tr("A database on a server is backed up and restored by its administrator")
                                        : tr("Replace the database with one of its automatic backups"));
    m_recordActions->setWritable(writable);
    for (QAction *action : {m_quickCaptureAction, m_import})
        action->setEnabled(writable);
    for (QAction *action : {m_exportTimeline, m_exportData, m_exportGraph, m_exportWeb})
        action->setEnabled(open);
    if (!writable)
        m_quickCapture->hide();
    // An undo on a read-only database would fail and drop the step from the stack.
    m_undo->setEnabled(writable && m_session->undoStack()->canUndo());
    m_redo->setEnabled(writable && m_session->undoStack()->canRedo());
    m_find->setEnabled(open);
    m_actorRoles->setEnabled(open);
}

void MainWindow::updateStatusPath()
{
    if (!m_statusPath)
        return;
    if (!m_session->isOpen()) {
        m_statusPath->setText(tr("No database open"));
        return;
    }
    QString text = Storage::Database::isServerUrl(m_session->path()) ? m_session->path()
                                                                     : QDir::toNativeSeparators(m_session->path());
    const QString separator = QStringLiteral("  ·  ");
    if (m_session->isConnectionLost()) {
        m_statusPath->setText(text + separator + tr("connection lost"));
        return;
    }
    if (m_session->isLoading())
        text
            += separator + tr("reading records (%1 of %2)…").arg(m_recordsProgress.first).arg(m_recordsProgress.second);
    else if (m_session->isReadOnly())
        text += separator + tr("read-only");
    if (m_session->isBackingUp())
        text += separator + tr("writing the automatic backup…");
    m_statusPath->setText(text);
}

void MainWindow::updateStatus()
{
    if (!m_statusPath)
        return;
    updateStatusPath();
    if (!m_session->isOpen()) {
        m_statusCounts->clear();
        return;
    }
    if (m_session->isConnectionLost())
        return; // the counts shown stay those last read
    QString message;
    const Storage::Counts counts = m_session->counts(&message);
    m_statusCounts->setText(tr("%n event(s)", nullptr, int(counts.events)) + QStringLiteral(" · ")
        + tr("%n actor(s)", nullptr, int(counts.actors)) + QStringLiteral(" · ")
        + tr("%n dispute(s)", nullptr, int(counts.disputes)) + QStringLiteral(" · ")
        + tr("%n claim(s)", nullptr, int(counts.claims)));
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    QString message;
    Storage::StorageError error;
    if (!m_session->open(path, create, &message, &error)) {
        ServerAddress address;
        if (ServerAddress::parse(path, &address))
            message = ConnectDialog::explain(address, error);
        m_messageBar->showMessage(message, MessageBar::Kind::Error);
        return false;
    }
    addRecent(m_session->path());
    // Records still loading are said in the status bar: that read-only spell ends by itself.
    if (m_session->database()->isReadOnly())
        m_messageBar->showMessage(m_session->readOnlyReason(), MessageBar::Kind::Warning);
    else if (const QString problem = m_session->openBackupProblem(); !problem.isEmpty())
        m_messageBar->showMessage(problem, MessageBar::Kind::Warning);
    else
        m_messageBar->hide();
    retranslate();
    return true;
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QString(), tr("Frise databases (*.frise);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".frise");
    if (openDatabase(path, true))
        m_messageBar->showMessage(tr("Created %1.").arg(QFileInfo(path).fileName()), MessageBar::Kind::Information);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QString(), tr("Frise databases (*.frise *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showConnectDialog(const QString &address, bool connectNow)
{
    QStringList servers;
    for (const QString &recent : recentDatabases())
        if (Storage::Database::isServerUrl(recent))
            servers.append(recent);
    ConnectDialog dialog(this);
    dialog.setRecentAddresses(servers);
    QString initial = address;
    if (initial.isEmpty() && m_session->database() && m_session->database()->isPostgres())
        initial = m_session->path();
    if (initial.isEmpty())
        initial = servers.value(0);
    dialog.setAddress(initial);
    if (connectNow)
        QTimer::singleShot(0, &dialog, &ConnectDialog::connectToServer);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.location());
}

void MainWindow::closeDatabase()
{
    m_session->close();
    retranslate();
}

void MainWindow::showProperties()
{
    PropertiesDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::editActorRoles()
{
    if (!m_session->isOpen())
        return;
    ActorRolesDialog dialog(m_session->roles(), m_session->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted || m_session->isReadOnly())
        return;
    const QList<ActorRoleCommand::Edit> edits = dialog.edits();
    if (!edits.isEmpty())
        m_session->push(new ActorRoleCommand(m_session, edits, tr("Edit actor roles")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Frise"),
        tr("<h3>Frise %1</h3><p>Timelines and relationship graphs of disputes between online platforms and AI "
           "companies, in French and English.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (const QString &path : recent) {
        // A server may want a password: its address goes through the connect dialog.
        const bool server = Storage::Database::isServerUrl(path);
        QAction *action = m_recentMenu->addAction(server ? path : QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path, server] {
            if (server)
                showConnectDialog(path, true);
            else
                openDatabase(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

QStringList MainWindow::recentDatabases()
{
    // An older Frise kept a ?password= in the list: it is taken out on the
    // first read, and the list written back without it.
    QSettings settings;
    const QStringList stored = settings.value(recentKey).toStringList();
    QStringList recent;
    for (const QString &path : stored) {
        const QString shown = Storage::Database::isServerUrl(path) ? Storage::Database::redacted(path) : path;
        if (!recent.contains(shown))
            recent.append(shown);
    }
    if (recent != stored)
        settings.setValue(recentKey, recent);
    return recent;
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = recentDatabases();
    // Server addresses come without their password (Database::path()); redacted again all the same.
    const QString absolute
        = Storage::Database::isServerUrl(path) ? Storage::Database::redacted(path) : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
}

void MainWindow::setContentLanguage(ContentLanguage content)
{
    m_content = content;
    m_contentFr->setChecked(content == ContentLanguage::French);
    m_contentEn->setChecked(content == ContentLanguage::English);
    m_contentBoth->setChecked(content == ContentLanguage::Both);
    m_navigatorModel->setContentLanguage(content);
    m_inspector->setContentLanguage(content);
    m_search->setContentLanguage(content);
    m_quickCapture->setTitleLanguage(primaryLanguage(content));
    m_recordActions->setLanguage(primaryLanguage(content));
    if (auto *timeline = qobject_cast<TimelineView *>(m_timeline))
        timeline->setContentLanguage(primaryLanguage(content));
    if (auto *graph = qobject_cast<GraphView *>(m_graph))
        graph->setLanguage(primaryLanguage(content));
    QSettings().setValue(QStringLiteral("view/contentLanguage"), int(content));
}

void MainWindow::setUiLanguageChoice(Language language)
{
    if (!m_uiLanguage)
        m_uiLanguage = new UiLanguage(this);
    m_uiLanguage->apply(language);
    QSettings().setValue(QStringLiteral("view/uiLanguage"), languageCode(language));
    // Widgets get QEvent::LanguageChange from the translator change; the checks follow at once.
    m_uiFrench->setChecked(language == Language::French);
    m_uiEnglish->setChecked(language == Language::English);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    m_dockLayoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int content = settings.value(QStringLiteral("view/contentLanguage"), int(ContentLanguage::Both)).toInt();
    setContentLanguage(content >= 0 && content <= 2 ? ContentLanguage(content) : ContentLanguage::Both);
}

void MainWindow::fitToScreen()
{
    // First start: most of the screen, centred; at least 1280 × 800 where the screen has room for it.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize wanted = (QSizeF(available.size()) * firstStartShare).toSize().expandedTo(QSize(1280, 800));
    resize(wanted.boundedTo(available.size()));
    move(available.center() - QPoint(width() / 2, height() / 2));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Set once the window has its size: docks sized before would share out the growth by their contents
    // (the navigator's long dispute names), not leave it to the timeline.
    if (!m_dockLayoutRestored)
        resizeDocks({m_navigatorDock, m_inspectorDock}, {navigatorWidth, emptyInspectorWidth}, Qt::Horizontal);
}

void MainWindow::growInspector()
{
    // A record needs room to be edited: the inspector widens to its editor, at most to a share of the window.
    if (!m_inspectorDock->isVisible() || m_inspectorDock->isFloating() || !m_inspector->currentEditor())
        return;
    const int editor = m_inspector->currentEditor()->minimumSizeHint().width()
        + m_inspector->verticalScrollBar()->sizeHint().width() + 2 * m_inspector->frameWidth();
    const int wanted = std::min(std::max(editor, editingInspectorWidth), int(width() * maxInspectorShare));
    if (m_inspectorDock->width() < wanted)
        resizeDocks({m_inspectorDock}, {wanted}, Qt::Horizontal);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Commit the field being edited before the window goes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    writeSettings();
    event->accept();
}

void MainWindow::selectEvent(RowId id)
{
    selectRecord(RecordNames::event, id);
}

void MainWindow::selectActor(RowId id)
{
    selectRecord(RecordNames::actor, id);
}

void MainWindow::selectRecord(const QString &entity, RowId id)
{
    if (m_selecting)
        return;
    const QScopedValueRollback<bool> guard(m_selecting, true);
    auto idOf
        = [](const QString &kind, RowId recordId, const QString &wanted) { return kind == wanted ? recordId : 0; };
    const RowId event = idOf(entity, id, RecordNames::event);
    const RowId actor = idOf(entity, id, RecordNames::actor);
    const bool eventChanged = event != idOf(m_currentEntity, m_currentId, RecordNames::event);
    const bool actorChanged = actor != idOf(m_currentEntity, m_currentId, RecordNames::actor);
    const RowId dispute = idOf(entity, id, RecordNames::dispute);
    const bool disputeChanged = dispute != idOf(m_currentEntity, m_currentId, RecordNames::dispute);
    m_currentEntity = id ? entity : QString();
    m_currentId = id;
    m_recordActions->setSelection(m_currentEntity, id);
    m_timelineController->setSelectedEvent(event);
    // Kinds without an editor (tags) leave the inspector empty.
    m_inspector->showRecord(entity, id);
    growInspector();
    const QModelIndex index = m_navigatorModel->indexOf(entity, id);
    if (index.isValid()) {
        m_navigatorView->setCurrentIndex(index);
        m_navigatorView->scrollTo(index);
    } else {
        m_navigatorView->selectionModel()->clearCurrentIndex();
        m_navigatorView->clearSelection();
    }
    updateActions();
    if (eventChanged)
        Q_EMIT currentEventChanged(event);
    if (actorChanged)
        Q_EMIT currentActorChanged(actor);
    if (disputeChanged)
        Q_EMIT currentDisputeChanged(dispute);
}

void MainWindow::onNavigatorSelection()
{
    if (m_selecting)
        return;
    const QModelIndex index = m_navigatorView->currentIndex();
    const QString entity = index.data(EntityRole).toString();
    if (!entity.isEmpty())
        selectRecord(entity, index.data(IdRole).toLongLong());
}

void MainWindow::editEvent(RowId id)
{
    editRecord(RecordNames::event, id);
}

void MainWindow::updateTimelineFilterStatus(qsizetype shown, qsizetype total)
{
    const TimelineView *view = timelineView();
    const bool filtered = view && view->isFiltered();
    m_clearTimelineFilter->setEnabled(filtered);
    m_statusFilter->setVisible(filtered);
    if (filtered)
        m_statusFilter->setText(tr("Timeline filtered: %1 of %n event(s)", nullptr,
            int(std::min<qsizetype>(total, std::numeric_limits<int>::max())))
                .arg(QLocale().toString(qint64(shown))));
}

void MainWindow::editRecord(const QString &entity, RowId id)
{
    selectRecord(entity, id);
    m_inspectorDock->show();
    m_inspectorDock->raise();
    growInspector();
    if (auto *editor = qobject_cast<EventEditor *>(m_inspector->currentEditor())) {
        const Language lang = primaryLanguage(m_content);
        if (auto *title = qobject_cast<QLineEdit *>(editor->titleField()->editor(lang))) {
            title->setFocus(Qt::OtherFocusReason);
            title->selectAll();
        }
    }
}

TimelineView *MainWindow::timelineView() const
{
    return qobject_cast<TimelineView *>(m_timeline);
}

TimelineLoader *MainWindow::timelineLoader() const
{
    return m_timelineController->loader();
}

} // namespace Frise::Ui

namespace Frise::Ui {

void MainWindow::showQuickCapture()
{
    if (m_session->isOpen() && !m_session->isReadOnly())
        m_quickCapture->activate();
}

void MainWindow::showImportDialog()
{
    ImportDialog dialog(m_session, this);
    dialog.setLanguage(primaryLanguage(m_content));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Importable files (*.json *.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog.setFilePath(path);
    dialog.exec();
    updateStatus();
}

void MainWindow::showExportTimelineDialog()
{
    ExportTimelineDialog dialog(m_session, this);
    dialog.setLanguage(primaryLanguage(m_content));
    if (auto *timeline = qobject_cast<TimelineView *>(m_timeline)) {
        dialog.setVisibleRange(timeline->visibleFrom(), timeline->visibleTo());
        dialog.setLaneMode(timeline->laneMode());
        // What the view shows is the database's timeline unless a reload is still running.
        if (!m_timelineController->isLoading() && timeline->sharedData())
            dialog.setTimeline(timeline->sharedData(), timeline->sharedTitleProvider());
    }
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showMessage(
            tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.outputPath())), MessageBar::Kind::Information);
}

void MainWindow::showExportDataDialog()
{
    ExportDataDialog dialog(m_session, this);
    dialog.setLanguage(primaryLanguage(m_content));
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showMessage(
            tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.outputPath())), MessageBar::Kind::Information);
}

void MainWindow::showRestoreBackupDialog()
{
    RestoreBackupDialog dialog(m_session, this);
    dialog.exec();
    if (!dialog.hasResult())
        return;
    m_messageBar->showMessage(
        dialog.resultMessage(), dialog.restored() ? MessageBar::Kind::Information : MessageBar::Kind::Error);
    retranslate();
}

void MainWindow::showExportGraphDialog()
{
    ExportGraphDialog dialog(m_session, this);
    dialog.setLanguage(primaryLanguage(m_content));
    if (const auto *graph = qobject_cast<GraphView *>(m_graph); graph && !graph->positions().isEmpty()) {
        // A big graph is exported as shown: laying all of it out again would take minutes.
        dialog.setShownGraph(
            graph->model(), graph->positions(), graph->isShowingNeighbourhood() || graph->model().nodeCount() > 2000);
    }
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showMessage(
            tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.outputPath())), MessageBar::Kind::Information);
}

void MainWindow::showExportWebDialog()
{
    ExportWebDialog dialog(m_session, this);
    dialog.setLanguage(primaryLanguage(m_content));
    if (dialog.exec() == QDialog::Accepted)
        m_messageBar->showMessage(
            tr("Wrote %1.").arg(QDir::toNativeSeparators(dialog.outputPath())), MessageBar::Kind::Information);
}

} // namespace Frise::Ui
