// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace Frise::Ui {

/// A dismissable strip above the views that tells what went wrong (or right).
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind {
        Information, ///< neutral news ("Database created")
        Warning, ///< something needs attention (read-only file)
        Error, ///< an edit or an open failed
    };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    /**
     * Shows @p text; informations hide themselves after a few seconds.
     * @p action, when given, is offered as a button beside the text ("Retry Now") until the next message.
     */
    void showMessage(const QString &text, Kind kind = Kind::Error, QAction *action = nullptr);
    QString text() const;
    /// The button of the action given to showMessage(); hidden when there is none.
    QToolButton *actionButton() const { return m_action; }
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
    int m_generation = 0;
    bool m_styling = false;
};

} // namespace Frise::Ui
