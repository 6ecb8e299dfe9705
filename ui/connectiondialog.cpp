// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace meldpunt {

ConnectionDialog::ConnectionDialog(const ServerConnection& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Central database"));
    auto* intro = new QLabel(tr("Desks of one city share a central PostgreSQL database and keep a copy of it, so "
                                "they work on when it is out of reach. Give a service from pg_service.conf, or the "
                                "server's host and database."),
        this);
    intro->setWordWrap(true);
    m_service = new QLineEdit(current.service, this);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("e.g. meldpunt (optional)"));
    m_host = new QLineEdit(current.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.oostveld.be"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setValue(current.port);
    m_database = new QLineEdit(current.database, this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    const QList<QPair<QString, QString>> modes { { QString(), tr("libpq's default (prefer)") },
        { QStringLiteral("require"), tr("require: always encrypted") },
        { QStringLiteral("verify-full"), tr("verify-full: encrypted, server certificate checked") },
        { QStringLiteral("prefer"), tr("prefer: encrypted when the server can") },
        { QStringLiteral("disable"), tr("disable: never encrypted") } };
    for (const auto& m : modes)
        m_sslmode->addItem(m.second, m.first);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(current.sslmode)));
    m_password = new QLineEdit(current.password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_password->setToolTip(tr("Kept in memory for this session only; never written to the settings."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_sslmode);
    form->addRow(tr("Pass&word:"), m_password);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionDialog::showResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ServerConnection ConnectionDialog::connection() const
{
    ServerConnection c;
    c.service = m_service->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.sslmode = m_sslmode->currentData().toString();
    c.password = m_password->text();
    return c;
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::test()
{
    const ServerConnection c = connection();
    if (c.isEmpty()) {
        m_result->setText(tr("Give a service, or a host and a database."));
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(c.describe()));
    // libpq blocks up to its connect timeout: not on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([c] {
        QString message;
        const bool ok = c.test(&message);
        return qMakePair(ok, message);
    }));
}

void ConnectionDialog::showResult()
{
    const auto r = m_watcher.result();
    m_testButton->setEnabled(true);
    m_result->setText((r.first ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + r.second);
    m_result->setStyleSheet(r.first ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
}

} // namespace meldpunt
