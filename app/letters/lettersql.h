// SPDX-License-Identifier: GPL-3.0-or-later
// Small SQL helpers shared by the letter stores.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace meldpunt::letters {

/// A write transaction that rolls back unless committed, so that an early return never leaves half a change.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_ok)
            m_error = q.lastError().text();
    }
    ~Transaction()
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

inline QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

inline QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace meldpunt::letters
