// SPDX-License-Identifier: GPL-3.0-or-later
// One write transaction for every store: taken at once (no lock upgrade later), rolled back unless committed.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace meldpunt {

/// A write transaction that rolls back unless committed, so that an early return never leaves half a change.
class WriteTransaction final {
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_ok)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_ok && !m_done)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_done = true;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_done = false;
    QString m_error;
};

} // namespace meldpunt
