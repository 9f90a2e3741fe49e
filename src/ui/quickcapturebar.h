// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/quickcapture.h"

#include <QFrame>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace Frise::Ui {

class DatabaseSession;

/**
 * Edit → Quick capture: one line such as
 * `25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft @Microsoft`
 * becomes an event. While typing, `#` completes disputes (uid, slug or
 * title) and `@` actors (name or alias), and a label says how the line is
 * understood: the date in words, the title, the disputes and actors it
 * links, or what is wrong and at which column. Enter saves the event through
 * a CreateEventCommand (undoable), Escape closes the bar.
 *
 * Names that match no record (or several) are reported and block saving:
 * nothing is silently dropped.
 */
class QuickCaptureBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickCaptureBar)

public:
    /// How a line is understood once its names are looked up.
    struct Understanding
    {
        QuickCapture::Result parsed;
        QList<RowId> disputeIds;
        QList<RowId> actorIds;
        QStringList unknownDisputes; ///< as written, without '#'
        QStringList unknownActors; ///< as written, without '@'
        QStringList ambiguous; ///< tokens ("#x", "@y") matching several records
        bool isValid() const
        {
            return parsed.isValid() && !parsed.title.isEmpty() && unknownDisputes.isEmpty() && unknownActors.isEmpty()
                && ambiguous.isEmpty();
        }
    };

    explicit QuickCaptureBar(DatabaseSession *session, QWidget *parent = nullptr);
    ~QuickCaptureBar() override;

    /// The language titles are written in (the other one is marked Missing).
    void setTitleLanguage(Language language);
    Language titleLanguage() const { return m_capture.titleLanguage(); }
    /// The date relative words ("hier") are resolved against; invalid means today.
    void setReferenceDate(QDate date);

    /// Parses @p line and resolves its `#` and `@` names against the session's records.
    Understanding understand(const QString &line) const;

    QLineEdit *lineEdit() const { return m_edit; }
    /// The live description of the line (rich text).
    QLabel *feedbackLabel() const { return m_feedback; }
    QPushButton *openButton() const { return m_open; }
    /// Id of the last event saved from the bar (0 when none).
    RowId lastCreatedId() const { return m_lastCreated; }

public Q_SLOTS:
    /// Shows the bar and puts the cursor in the line.
    void activate();
    /// Saves the line as an event; returns its id, or 0 (the feedback then says why).
    Frise::RowId save();
    /// Saves the line when it holds one, then asks for the event to be opened in the inspector.
    void openInEditor();

Q_SIGNALS:
    void eventCreated(Frise::RowId id);
    /// The user wants to edit event @p id in the inspector.
    void openInEditorRequested(Frise::RowId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFeedback();
    void updateCompletion();
    void insertCompletion(const QString &text);
    void rebuildModels();
    /// Start and length of the `#`/`@` token the cursor is in; -1 when none.
    int tokenAtCursor(int *length) const;

    DatabaseSession *m_session = nullptr;
    QuickCapture m_capture;
    QLineEdit *m_edit = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_closeButton = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_disputeModel = nullptr;
    QStandardItemModel *m_actorModel = nullptr;
    bool m_modelsStale = true;
    RowId m_lastCreated = 0;
};

} // namespace Frise::Ui
