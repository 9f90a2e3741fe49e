// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/ids.h"

#include <QScrollArea>

class QLabel;
class QStackedWidget;

namespace Frise::Ui {

class DatabaseSession;
class RecordEditor;

/// The inspector dock's content: the editor of the selected record.
class Inspector final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inspector)

public:
    explicit Inspector(DatabaseSession *session, QWidget *parent = nullptr);
    ~Inspector() override;

    /// Shows the editor of @p entity #@p id; nothing for unknown entities.
    void showRecord(const QString &entity, RowId id);
    void clear();
    void setContentLanguage(ContentLanguage content);
    /// The editor on show (nullptr when none).
    RecordEditor *currentEditor() const;
    /// The editor of @p entity ("event", "actor"...).
    RecordEditor *editor(const QString &entity) const;

Q_SIGNALS:
    /// An editor's link to another record was followed.
    void recordRequested(const QString &entity, Frise::RowId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    DatabaseSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QList<RecordEditor *> m_editors;
};

} // namespace Frise::Ui
