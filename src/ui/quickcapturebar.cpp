// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickcapturebar.h"

#include "createcommand.h"
#include "databasesession.h"
#include "io/datasetbuilder.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

constexpr int searchRole = Qt::UserRole + 1; // what the completer matches
constexpr int insertRole = Qt::UserRole + 2; // what it writes after the sigil

QString slugOf(const QString &text)
{
    return Io::DatasetBuilder::slug(text);
}

QSet<QString> slugWords(const QString &text)
{
    QSet<QString> words;
    const QStringList parts = slugOf(text).split(QRegularExpression(QStringLiteral("[-._]")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        words.insert(part);
    return words;
}

// `@Name`, or `@"Two words"` when the name has a space.
QString actorToken(const QString &name)
{
    return name.contains(u' ') ? QString(u'"' + name + u'"') : name;
}

bool isTokenChar(QChar c)
{
    return !c.isSpace();
}

} // namespace

QuickCaptureBar::QuickCaptureBar(DatabaseSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("quickCaptureBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("quickCaptureLine"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    row->addWidget(m_edit, 1);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("quickCaptureOpen"));
    row->addWidget(m_open);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("quickCaptureClose"));
    m_closeButton->setFlat(true);
    row->addWidget(m_closeButton);
    layout->addLayout(row);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("quickCaptureFeedback"));
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    m_disputeModel = new QStandardItemModel(this);
    m_actorModel = new QStandardItemModel(this);
    m_completer = new QCompleter(this);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(searchRole);
    m_completer->setModel(m_disputeModel);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { insertCompletion(index.data(insertRole).toString()); });

    connect(m_edit, &QLineEdit::textEdited, this, &QuickCaptureBar::updateCompletion);
    connect(m_edit, &QLineEdit::textChanged, this, &QuickCaptureBar::updateFeedback);
    connect(m_open, &QPushButton::clicked, this, &QuickCaptureBar::openInEditor);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    auto stale = [this] { m_modelsStale = true; };
    connect(m_session, &DatabaseSession::recordChanged, this, stale);
    connect(m_session, &DatabaseSession::recordRemoved, this, stale);
    connect(m_session, &DatabaseSession::reset, this, stale);
    connect(m_session, &DatabaseSession::recordsLoaded, this, stale);

    retranslate();
    updateFeedback();
}

QuickCaptureBar::~QuickCaptureBar() = default;

void QuickCaptureBar::setTitleLanguage(Language language)
{
    m_capture.setTitleLanguage(language);
    updateFeedback();
}

void QuickCaptureBar::setReferenceDate(QDate date)
{
    m_capture.setReferenceDate(date);
    updateFeedback();
}

void QuickCaptureBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void QuickCaptureBar::retranslate()
{
    m_edit->setPlaceholderText(tr("25/04/2023 What happened #dispute @actor"));
    m_edit->setAccessibleName(tr("Quick capture"));
    m_edit->setToolTip(tr("A date, a title, #dispute and @actor links. Enter saves, Escape closes."));
    m_open->setText(tr("Open in Editor"));
    m_open->setToolTip(tr("Save the line and edit the new event in the inspector"));
    m_closeButton->setText(tr("Close"));
    updateFeedback();
}

void QuickCaptureBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool QuickCaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_completer->popup()->isVisible())
            return QFrame::eventFilter(watched, event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QuickCaptureBar::Understanding QuickCaptureBar::understand(const QString &line) const
{
    Understanding result;
    result.parsed = m_capture.parse(line);
    if (!result.parsed.isValid())
        return result;

    for (const QString &token : std::as_const(result.parsed.disputeSlugs)) {
        const QString wanted = token.toCaseFolded();
        const QString wantedSlug = slugOf(token);
        QList<RowId> exact;
        QList<RowId> byWords;
        const QSet<QString> wantedWords = slugWords(token);
        for (const Dispute &dispute : m_session->disputes()) {
            const QString uid = dispute.uid.toCaseFolded();
            const QStringList keys {uid, uid.section(u'-', 1), slugOf(dispute.title.fr), slugOf(dispute.title.en),
                dispute.title.fr.toCaseFolded(), dispute.title.en.toCaseFolded()};
            if (keys.contains(wanted) || (!wantedSlug.isEmpty() && keys.contains(wantedSlug))) {
                exact.append(dispute.id);
                continue;
            }
            const QSet<QString> words = slugWords(dispute.title.fr).unite(slugWords(dispute.title.en));
            if (!wantedWords.isEmpty() && words.contains(wantedWords))
                byWords.append(dispute.id);
        }
        const QList<RowId> &found = exact.isEmpty() ? byWords : exact;
        if (found.size() == 1) {
            if (!result.disputeIds.contains(found.constFirst()))
                result.disputeIds.append(found.constFirst());
        } else if (found.isEmpty()) {
            result.unknownDisputes.append(token);
        } else {
            result.ambiguous.append(u'#' + token);
        }
    }

    for (const QString &token : std::as_const(result.parsed.actorNames)) {
        const QString wanted = token.toCaseFolded();
        const QString wantedSlug = slugOf(token);
        QList<RowId> exact;
        QList<RowId> bySlug;
        for (const Actor &actor : m_session->actors()) {
            QStringList names {actor.name.fr, actor.name.en};
            names += actor.aliases;
            bool matched = actor.uid.compare(token, Qt::CaseInsensitive) == 0;
            bool slugMatched = false;
            for (const QString &name : std::as_const(names)) {
                if (name.isEmpty())
                    continue;
                matched = matched || name.toCaseFolded() == wanted;
                const QString slug = slugOf(name);
                slugMatched = slugMatched || slug == wantedSlug || slug.startsWith(wantedSlug + u'-');
            }
            if (matched)
                exact.append(actor.id);
            else if (slugMatched && !wantedSlug.isEmpty())
                bySlug.append(actor.id);
        }
        const QList<RowId> &found = exact.isEmpty() ? bySlug : exact;
        if (found.size() == 1) {
            if (!result.actorIds.contains(found.constFirst()))
                result.actorIds.append(found.constFirst());
        } else if (found.isEmpty()) {
            result.unknownActors.append(token);
        } else {
            result.ambiguous.append(u'@' + token);
        }
    }
    return result;
}

void QuickCaptureBar::updateFeedback()
{
    const QString line = m_edit->text();
    if (line.trimmed().isEmpty()) {
        if (m_lastCreated == 0)
            m_feedback->setText(tr("Type a date and what happened, e.g. “25/04/2023 Microsoft drops Twitter "
                                   "#twitter-microsoft @Microsoft”."));
        m_open->setEnabled(m_lastCreated != 0);
        return;
    }
    const Understanding u = understand(line);
    const Language lang = m_capture.titleLanguage();
    QStringList parts;
    auto error
        = [](const QString &text) { return QStringLiteral("<span style=\"color:#c0392b\">%1</span>").arg(text); };
    if (!u.parsed.isValid()) {
        const QString message = u.parsed.error.isEmpty() ? tr("No date at the start of the line") : u.parsed.error;
        if (u.parsed.errorColumn >= 0)
            parts << error(tr("Column %1: %2").arg(u.parsed.errorColumn + 1).arg(message.toHtmlEscaped()));
        else
            parts << error(message.toHtmlEscaped());
    } else {
        parts << tr("Date: <b>%1</b>").arg(u.parsed.date.toDisplayString(lang).toHtmlEscaped());
        if (u.parsed.title.isEmpty())
            parts << error(tr("No title after the date"));
        else
            parts << tr("Title: <b>%1</b>").arg(u.parsed.title.toHtmlEscaped());
        QStringList disputes;
        for (RowId id : u.disputeIds)
            disputes << m_session->disputeTitle(id, lang).toHtmlEscaped();
        if (!disputes.isEmpty())
            parts << tr("Disputes: %1").arg(disputes.join(QStringLiteral(", ")));
        QStringList actors;
        for (RowId id : u.actorIds)
            actors << m_session->actorName(id, lang).toHtmlEscaped();
        if (!actors.isEmpty())
            parts << tr("Actors: %1").arg(actors.join(QStringLiteral(", ")));
        for (const QString &name : u.unknownDisputes)
            parts << error(tr("Unknown dispute #%1").arg(name.toHtmlEscaped()));
        for (const QString &name : u.unknownActors)
            parts << error(tr("Unknown actor @%1").arg(name.toHtmlEscaped()));
        for (const QString &name : u.ambiguous)
            parts << error(tr("%1 matches several records").arg(name.toHtmlEscaped()));
    }
    m_feedback->setText(parts.join(QStringLiteral(" · ")));
    m_open->setEnabled(u.isValid() || m_lastCreated != 0);
}

RowId QuickCaptureBar::save()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return 0;
    const Understanding u = understand(m_edit->text());
    if (!u.isValid()) {
        updateFeedback();
        return 0;
    }
    Event event = QuickCapture::toEvent(u.parsed, m_capture.titleLanguage());
    event.disputeIds = u.disputeIds;
    for (RowId id : u.actorIds)
        event.actors.append({id, QString()});
    auto *command = new CreateEventCommand(m_session, event, tr("Quick capture"));
    if (!m_session->push(command)) {
        m_feedback->setText(tr("The event could not be saved."));
        return 0;
    }
    m_lastCreated = command->createdId();
    const QString title = u.parsed.title;
    m_edit->clear();
    m_feedback->setText(tr("Saved “%1”. Undo takes it back.").arg(title.toHtmlEscaped()));
    m_open->setEnabled(true);
    Q_EMIT eventCreated(m_lastCreated);
    return m_lastCreated;
}

void QuickCaptureBar::openInEditor()
{
    RowId id = m_lastCreated;
    if (!m_edit->text().trimmed().isEmpty())
        id = save();
    if (id != 0)
        Q_EMIT openInEditorRequested(id);
}

void QuickCaptureBar::rebuildModels()
{
    m_modelsStale = false;
    m_disputeModel->clear();
    for (const Dispute &dispute : m_session->disputes()) {
        const QString title = dispute.title.textOrFallback(m_capture.titleLanguage());
        const QString slug = slugOf(dispute.title.textOrFallback(Language::English));
        auto *item = new QStandardItem(QStringLiteral("#%1 — %2").arg(slug, title));
        item->setData(QStringList {slug, dispute.uid, dispute.title.fr, dispute.title.en}.join(u' '), searchRole);
        item->setData(slug.isEmpty() ? dispute.uid : slug, insertRole);
        m_disputeModel->appendRow(item);
    }
    m_actorModel->clear();
    for (const Actor &actor : m_session->actors()) {
        const QString name = actor.name.textOrFallback(m_capture.titleLanguage());
        QStringList names {name};
        for (const QString &other : QStringList {actor.name.fr, actor.name.en} + actor.aliases) {
            if (!other.isEmpty() && !names.contains(other))
                names.append(other);
        }
        for (const QString &shown : std::as_const(names)) {
            QString display = u'@' + shown;
            if (shown != name)
                display += QStringLiteral(" (%1)").arg(name);
            auto *item = new QStandardItem(display);
            item->setData(shown, searchRole);
            item->setData(actorToken(shown), insertRole);
            m_actorModel->appendRow(item);
        }
    }
}

int QuickCaptureBar::tokenAtCursor(int *length) const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    int start = cursor;
    while (start > 0 && isTokenChar(text.at(start - 1)))
        --start;
    if (start >= text.size() || (text.at(start) != u'#' && text.at(start) != u'@'))
        return -1;
    *length = cursor - start;
    return start;
}

void QuickCaptureBar::updateCompletion()
{
    int length = 0;
    const int start = tokenAtCursor(&length);
    if (start < 0 || length < 1) {
        m_completer->popup()->hide();
        return;
    }
    if (m_modelsStale)
        rebuildModels();
    const QString text = m_edit->text();
    QStandardItemModel *model = text.at(start) == u'#' ? m_disputeModel : m_actorModel;
    if (m_completer->model() != model)
        m_completer->setModel(model);
    QString prefix = text.mid(start + 1, length - 1);
    if (prefix.startsWith(u'"'))
        prefix.remove(0, 1);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void QuickCaptureBar::insertCompletion(const QString &text)
{
    int length = 0;
    const int start = tokenAtCursor(&length);
    if (start < 0)
        return;
    QString line = m_edit->text();
    const QChar sigil = line.at(start);
    const QString replacement = sigil + text + u' ';
    line.replace(start, length, replacement);
    m_edit->setText(line);
    m_edit->setCursorPosition(start + int(replacement.size()));
}

} // namespace Frise::Ui
