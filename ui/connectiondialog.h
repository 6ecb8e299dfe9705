// SPDX-License-Identifier: GPL-3.0-or-later
// Where the central database is: a pg_service.conf service, or host, port, database and user; sslmode;
// a password for this session only (libpq also reads ~/.pgpass). "Test connection" tries it at once.
#pragma once

#include "sync/serverconnection.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace meldpunt {

class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const ServerConnection& current, QWidget* parent = nullptr);

    ServerConnection connection() const;
    /// The last test's answer, for tests.
    QString testResult() const;
    bool isTesting() const { return m_watcher.isRunning(); }

private:
    void test();
    void showResult();

    QLineEdit* m_service;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslmode;
    QLineEdit* m_password;
    QPushButton* m_testButton;
    QLabel* m_result;
    QFutureWatcher<QPair<bool, QString>> m_watcher;
};

} // namespace meldpunt
