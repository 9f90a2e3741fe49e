// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveraddress.h"
#include "storage/storageerror.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Frise::Ui {

/**
 * File → Connect to Server…: where a newsroom's shared PostgreSQL database
 * is. Host, port, database, user and password, or a pasted
 * `postgresql://user@host:port/database` address that fills them.
 *
 * Connect tries the connection off the UI thread (libpq's connect_timeout
 * bounds it), showing a busy state that Cancel abandons; a failure says in
 * plain words what is wrong (server unreachable, wrong password, no such
 * database, permission denied, not a Frise database) and the dialog stays
 * open. On success it closes and location() is what to open. The password
 * goes into location() only: remember addresses with address().toUrl(false).
 */
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    /// What kept a connection from working.
    enum class Problem {
        None,
        Incomplete, ///< no host or no database given
        Unreachable, ///< no server answers at host:port (or it timed out)
        WrongPassword, ///< authentication failed, or a password is needed
        UnknownUser, ///< the server has no such role
        NoDatabase, ///< the server has no such database
        PermissionDenied, ///< not allowed to connect, or to set up an empty database
        NotFrise, ///< another application's tables, or a newer Frise's schema
        Other,
    };

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the fields from @p url (a `postgresql://` address); false when it is not one.
    bool setAddress(const QString &url);
    /// The fields as an address (with the password typed).
    ServerAddress address() const;
    /// Addresses offered in the address box (without passwords).
    void setRecentAddresses(const QStringList &urls);

    /// What to open after a successful connection: the URL with the password.
    QString location() const { return m_location; }
    bool isBusy() const { return m_busy; }
    Problem problem() const { return m_problem; }
    /// The message shown for the last failure (empty when none).
    QString errorText() const;

    /// What @p error from opening @p address means for the user, and which Problem it is.
    static QString explain(
        const ServerAddress &address, const Storage::StorageError &error, Problem *problem = nullptr);

public Q_SLOTS:
    /// Starts a connection attempt with the fields as they are; attemptFinished() tells the outcome.
    void connectToServer();

Q_SIGNALS:
    /// A connection attempt ended (@p ok: the dialog is accepted).
    void attemptFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void fillFromAddressBox(const QString &text);
    void updateAddressBox();
    void setBusy(bool busy);
    void showProblem(Problem problem, const QString &message, const QString &details);
    void finishAttempt(int attempt, const Storage::StorageError &error);

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_addressBox = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
    QString m_options;
    QString m_location;
    Problem m_problem = Problem::None;
    int m_attempt = 0; ///< bumped by Cancel, so an abandoned attempt's result is ignored
    bool m_busy = false;
    bool m_filling = false;
};

} // namespace Frise::Ui
