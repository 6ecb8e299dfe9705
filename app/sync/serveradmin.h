// SPDX-License-Identifier: GPL-3.0-or-later
// Creating and upgrading the central schema (meldpunt server init / migrate), and loading an existing
// desk database into an empty central one, all-or-nothing.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace meldpunt {

class PgConnection;

class ServerAdmin final {
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)
public:
    explicit ServerAdmin(PgConnection* pg) : m_pg(pg) { }

    static int latestVersion();
    /// The central schema's version; 0 when there is none.
    int version(QString* error = nullptr) const;
    /// Applies every central migration newer than the schema, in one transaction.
    bool migrate(int* applied, QString* error);
    /// Copies reference data, citizens, reports, followers and history from a desk's SQLite file into
    /// the central database, which must hold no reports yet. One transaction: all or nothing.
    bool importDesk(const QString& sqlitePath, const std::function<void(const QString&)>& progress, QString* error);
    /// Creates a login role in one of the four groups (coordinator, head, clerk, admin) and its user row.
    bool addUser(const QString& login, const QString& name, const QString& role, const QList<int>& departments,
        QString* error);

private:
    PgConnection* m_pg;
};

/// The verb "meldpunt server init|migrate|add-user": returns the process exit code.
int runServerVerb(const QStringList& args);

} // namespace meldpunt
