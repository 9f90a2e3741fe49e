// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/savedcopy.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Frise::Ui {

class CopyAttacher;
class DatabaseJob;
class DatabaseSession;
class SavedCopyModel;

/**
 * The saved copies of the source shown in the source editor: the list
 * (name, type, size, capture date, SHA-256), Attach… (a file dialog; files
 * dropped on the editor come to attachFiles() too), Open (with the
 * system's viewer, from a temporary file), Copy SHA-256 and Remove. An
 * attach runs off the UI thread with a progress bar and Cancel; attach,
 * remove and a capture-date change are each one undo step.
 */
class SavedCopiesField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedCopiesField)

public:
    SavedCopiesField(DatabaseSession *session, QWidget *parent = nullptr);
    ~SavedCopiesField() override;

    /// Shows the copies of source @p sourceId (0: none).
    void setSource(RowId sourceId);
    /// Re-reads the copies from the database.
    void reload();
    /// Attaches @p paths to the source shown, in the background.
    void attachFiles(const QStringList &paths);
    /// Whether an attach is running.
    bool isAttaching() const;
    /// Stops the running attach (what was stored before stays, with its undo step).
    void cancelAttach();
    /// The largest file attached (SavedCopy::maximumSize(); tests lower it).
    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }
    /// The message under the list: the last attach's outcome or problem.
    QString statusText() const;
    /// The local file a copy was last opened from (tests).
    QString lastOpenedFile() const { return m_lastOpened; }

    SavedCopyModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Opens the selected copy with the system's viewer; @p launch false only extracts it (tests).
    void openSelected(bool launch = true);
    void copySelectedHash();
    void removeSelected();

Q_SIGNALS:
    /// An attach finished (done, refused or cancelled); statusText() says how.
    void attachFinished();
    /// The selected copy was extracted for opening (to lastOpenedFile()).
    void copyExtracted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void updateButtons();
    void retranslate();
    const SavedCopy *selectedCopy() const;
    void showStatus(const QString &text);

    DatabaseSession *m_session = nullptr;
    SavedCopyModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copyHash = nullptr;
    QPushButton *m_remove = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    CopyAttacher *m_attacher = nullptr;
    DatabaseJob *m_extractor = nullptr;
    RowId m_sourceId = 0;
    qint64 m_maximumSize = SavedCopy::maximumSize();
    QString m_lastOpened;
    std::function<void()> m_afterExtract; ///< what the running extraction opens when done
};

} // namespace Frise::Ui
