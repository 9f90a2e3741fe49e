// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "formrows.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

namespace {

using Storage::StorageError;

bool mentions(const QString &text, std::initializer_list<const char *> signs)
{
    for (const char *sign : signs)
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

// Opens and closes the database in a worker thread: a server that does not
// answer costs that thread connect_timeout seconds, never the window.
StorageError tryOpen(const QString &location)
{
    StorageError error;
    std::unique_ptr<Storage::Database> db = Storage::Database::open(location, {}, &error);
    return db ? StorageError {} : error;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_addressBox(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_addressBox->setObjectName(QStringLiteral("address"));
    m_addressBox->setEditable(true);
    m_addressBox->setInsertPolicy(QComboBox::NoInsert);
    m_addressBox->setMinimumContentsLength(40);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::defaultPort);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(qEnvironmentVariable("USER"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QWidget *field :
        {static_cast<QWidget *>(m_addressBox), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
            static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        addFormRow(m_form, field);
    layout->addLayout(m_form);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->hide();
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, QColor(0xda, 0x44, 0x53));
    errorPalette.setColor(QPalette::BrightText, Qt::white);
    m_error->setPalette(errorPalette);
    m_error->setMargin(6);
    m_error->hide();
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_connect = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_addressBox, &QComboBox::currentTextChanged, this, &ConnectDialog::fillFromAddressBox);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::updateAddressBox);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddressBox);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    retranslate();
    resize(520, sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to Server"));
    m_intro->setText(tr("Open a newsroom’s shared Frise database on a PostgreSQL server. Paste its address, or fill "
                        "in the fields."));
    setFormLabel(m_form, m_addressBox, tr("&Address:"));
    setFormLabel(m_form, m_host, tr("&Server:"));
    setFormLabel(m_form, m_port, tr("P&ort:"));
    setFormLabel(m_form, m_database, tr("&Database:"));
    setFormLabel(m_form, m_user, tr("&User:"));
    setFormLabel(m_form, m_password, tr("Pass&word:"));
    m_addressBox->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/newsroom"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_password->setPlaceholderText(tr("Empty: ~/.pgpass or your system login"));
    m_password->setToolTip(tr("Used for this connection only; Frise never stores it."));
    m_connect->setText(tr("&Connect"));
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ConnectDialog::setAddress(const QString &url)
{
    ServerAddress address;
    if (!ServerAddress::parse(url, &address))
        return false;
    m_addressBox->setEditText(url);
    fillFromAddressBox(url);
    return true;
}

void ConnectDialog::setRecentAddresses(const QStringList &urls)
{
    const QString current = m_addressBox->currentText();
    m_filling = true;
    m_addressBox->clear();
    m_addressBox->addItems(urls);
    m_addressBox->setEditText(current);
    m_filling = false;
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.options = m_options;
    return address;
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectDialog::fillFromAddressBox(const QString &text)
{
    if (m_filling)
        return;
    ServerAddress address;
    if (!ServerAddress::parse(text, &address))
        return;
    m_filling = true;
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    // A password pasted in the address is used, then taken out of sight.
    if (!address.password.isEmpty()) {
        m_password->setText(address.password);
        address.password.clear();
        m_addressBox->setEditText(address.toUrl(false));
    }
    m_options = address.options;
    m_filling = false;
}

void ConnectDialog::updateAddressBox()
{
    if (m_filling)
        return;
    m_filling = true;
    m_addressBox->setEditText(address().toUrl(false));
    m_filling = false;
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_addressBox), static_cast<QWidget *>(m_host),
             static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
             static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_connect)})
        field->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setVisible(busy);
    if (busy)
        m_status->setText(tr("Connecting to %1…").arg(address().host));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ConnectDialog::connectToServer()
{
    if (m_busy)
        return;
    fillFromAddressBox(m_addressBox->currentText());
    const ServerAddress target = address();
    m_error->hide();
    m_problem = Problem::None;
    if (!target.isComplete()) {
        showProblem(Problem::Incomplete, tr("Give at least the server and the database name."), QString());
        (target.host.isEmpty() ? m_host : m_database)->setFocus();
        Q_EMIT attemptFinished(false);
        return;
    }
    setBusy(true);
    const int attempt = ++m_attempt;
    const QString location = target.toUrl(true);
    // A watcher connected before the future is set: QFuture::then(context) was seen to lose
    // the result now and then on a loaded machine (the dialog then waited forever).
    auto *watcher = new QFutureWatcher<StorageError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, attempt, location] {
        const StorageError error = watcher->result();
        watcher->deleteLater();
        if (!error)
            m_location = location;
        finishAttempt(attempt, error);
    });
    watcher->setFuture(QtConcurrent::run(tryOpen, location));
}

void ConnectDialog::finishAttempt(int attempt, const StorageError &error)
{
    if (attempt != m_attempt) // cancelled meanwhile
        return;
    setBusy(false);
    if (!error) {
        Q_EMIT attemptFinished(true);
        accept();
        return;
    }
    Problem problem = Problem::Other;
    const QString message = explain(address(), error, &problem);
    showProblem(problem, message, error.message);
    switch (problem) {
    case Problem::WrongPassword:
        m_password->setFocus();
        m_password->selectAll();
        break;
    case Problem::UnknownUser:
        m_user->setFocus();
        break;
    case Problem::NoDatabase:
        m_database->setFocus();
        break;
    case Problem::Unreachable:
        m_host->setFocus();
        break;
    default:
        break;
    }
    Q_EMIT attemptFinished(false);
}

void ConnectDialog::showProblem(Problem problem, const QString &message, const QString &details)
{
    m_problem = problem;
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->show();
}

void ConnectDialog::reject()
{
    if (m_busy) {
        // Abandon the attempt (its thread ends at connect_timeout); the dialog stays for another try.
        ++m_attempt;
        setBusy(false);
        showProblem(Problem::Other, tr("Connection cancelled."), QString());
        return;
    }
    QDialog::reject();
}

QString ConnectDialog::explain(const ServerAddress &address, const StorageError &error, Problem *problem)
{
    Problem found = Problem::Other;
    QString message;
    const QString user = address.user.isEmpty() ? qEnvironmentVariable("USER") : address.user;
    const QString server = address.port == ServerAddress::defaultPort
        ? address.host
        : address.host + u':' + QString::number(address.port);
    const QString &text = error.message;
    if (error.code == StorageError::Code::ForeignFile || error.code == StorageError::Code::NewerSchema) {
        found = Problem::NotFrise;
        message = error.code == StorageError::Code::ForeignFile
            ? tr("The database “%1” holds another application’s tables: it is not a Frise database. Nothing was "
                 "changed.")
                  .arg(address.database)
            : error.message;
    } else if (error.code == StorageError::Code::ReadOnly) {
        found = Problem::PermissionDenied;
        message = tr("The database “%1” is not set up for Frise yet, and %2 may not set it up. Ask its "
                     "administrator to connect once with Frise first.")
                      .arg(address.database, user);
    } else if (mentions(text,
                   {"password authentication failed", "no password supplied", "password is required",
                       "authentication failed"})) {
        found = Problem::WrongPassword;
        message = address.password.isEmpty()
            ? tr("The server %1 wants a password for %2. Type it (or put it in ~/.pgpass).").arg(server, user)
            : tr("The server %1 refused the password for %2. Check the user name and the password.").arg(server, user);
    } else if (mentions(text, {"role \""}) && mentions(text, {"does not exist"})) {
        found = Problem::UnknownUser;
        message = tr("The server %1 has no user named %2.").arg(server, user);
    } else if (mentions(text, {"database \""}) && mentions(text, {"does not exist"})) {
        found = Problem::NoDatabase;
        message = tr("The server %1 has no database named “%2”. Ask its administrator to create it; Frise sets it "
                     "up on the first connection.")
                      .arg(server, address.database);
    } else if (mentions(text, {"permission denied", "no pg_hba.conf entry", "not permitted", "privilege"})) {
        found = Problem::PermissionDenied;
        message = tr("%1 is not allowed to use the database “%2” on %3 (permission denied). Ask the server’s "
                     "administrator for access.")
                      .arg(user, address.database, server);
    } else if (mentions(text,
                   {"connection refused", "could not connect", "timeout expired", "could not translate",
                       "no route to host", "network is unreachable", "name or service not known",
                       "is the server running", "connection timed out"})) {
        found = Problem::Unreachable;
        message = tr("No database server answers at %1. Check the server name and port, your network (VPN), "
                     "and that the server is running.")
                      .arg(server);
    } else {
        message = text.isEmpty() ? tr("Could not connect to %1.").arg(server) : text;
    }
    if (problem)
        *problem = found;
    return message;
}

} // namespace Frise::Ui
