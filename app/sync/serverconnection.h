// SPDX-License-Identifier: GPL-3.0-or-later
// Where the central database is, by libpq's conventions: a service name from pg_service.conf, or
// host/port/database/user; sslmode as libpq knows it. The password is never stored: libpq reads
// ~/.pgpass (or PGPASSFILE) itself, and a password typed in the connection dialog lives in memory only.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace meldpunt {

struct ServerConnection {
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)
public:
    QString service; ///< pg_service.conf entry; the other fields, when set, override it
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString sslmode; ///< disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString password; ///< in memory only; never written by toSettings()

    bool isEmpty() const { return service.isEmpty() && host.isEmpty() && database.isEmpty(); }
    /// The libpq connection string (keyword=value, quoted as libpq wants).
    QByteArray conninfo(bool withPassword = true) const;
    /// A short human description: "user@host:port/db" or "service NAME".
    QString describe() const;
    /// A stable name for the replica file of this server and database.
    QString replicaKey() const;

    QVariantMap toSettings() const;
    static ServerConnection fromSettings(const QVariantMap& map);
    /// Parses a libpq-style URI or keyword string typed on the command line ("service=city" or
    /// "host=... dbname=..."); unknown keywords are refused with a message.
    static ServerConnection parse(const QString& text, QString* error);

    /// Opens a Qt (QPSQL) connection under the given name; the caller removes it.
    QSqlDatabase openQt(const QString& connectionName, QString* error) const;
    /// Connects once, checks the server's version and whether the Meldpunt schema is there.
    /// Answers a translated message for the connection dialog's "Test connection".
    bool test(QString* message) const;
};

/// Turns libpq's error text into a translated, actionable sentence (wrong password, no server, ...).
QString explainConnectionError(const QString& libpqError);

} // namespace meldpunt
