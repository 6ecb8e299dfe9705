// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/serverconnection.h"

#include "sync/pg.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace meldpunt {

namespace {

void addKeyword(QByteArray* out, const char* key, const QString& value)
{
    if (value.isEmpty())
        return;
    if (!out->isEmpty())
        out->append(' ');
    out->append(key);
    out->append("='");
    for (const QChar c : value) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out->append('\\');
        out->append(QString(c).toUtf8());
    }
    out->append('\'');
}

} // namespace

QByteArray ServerConnection::conninfo(bool withPassword) const
{
    QByteArray out;
    addKeyword(&out, "service", service);
    addKeyword(&out, "host", host);
    if (port > 0)
        addKeyword(&out, "port", QString::number(port));
    addKeyword(&out, "dbname", database);
    addKeyword(&out, "user", user);
    addKeyword(&out, "sslmode", sslmode);
    if (withPassword)
        addKeyword(&out, "password", password);
    addKeyword(&out, "application_name", QStringLiteral("meldpunt"));
    addKeyword(&out, "connect_timeout", QStringLiteral("5"));
    return out;
}

QString ServerConnection::describe() const
{
    if (!service.isEmpty() && host.isEmpty())
        return tr("service %1").arg(service);
    QString s = user.isEmpty() ? QString() : user + QLatin1Char('@');
    s += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    if (!database.isEmpty())
        s += QLatin1Char('/') + database;
    return s;
}

QString ServerConnection::replicaKey() const
{
    const QByteArray id = conninfo(false);
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(12));
}

QVariantMap ServerConnection::toSettings() const
{
    return { { QStringLiteral("service"), service },
        { QStringLiteral("host"), host },
        { QStringLiteral("port"), port },
        { QStringLiteral("database"), database },
        { QStringLiteral("user"), user },
        { QStringLiteral("sslmode"), sslmode } };
}

ServerConnection ServerConnection::fromSettings(const QVariantMap& map)
{
    ServerConnection c;
    c.service = map.value(QStringLiteral("service")).toString();
    c.host = map.value(QStringLiteral("host")).toString();
    c.port = map.value(QStringLiteral("port")).toInt();
    c.database = map.value(QStringLiteral("database")).toString();
    c.user = map.value(QStringLiteral("user")).toString();
    c.sslmode = map.value(QStringLiteral("sslmode")).toString();
    return c;
}

ServerConnection ServerConnection::parse(const QString& text, QString* error)
{
    ServerConnection c;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0 && parts.size() == 1) {
            c.service = part; // a bare word is a service name
        } else if (key == QLatin1String("service")) {
            c.service = value;
        } else if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            c.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            c.port = value.toInt(&ok);
            if (!ok || c.port <= 0 || c.port > 65535) {
                if (error)
                    *error = tr("The port “%1” is not a number from 1 to 65535.").arg(value);
                return {};
            }
        } else if (key == QLatin1String("dbname")) {
            c.database = value;
        } else if (key == QLatin1String("user")) {
            c.user = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"),
                QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                QStringLiteral("verify-full") };
            if (!modes.contains(value)) {
                if (error)
                    *error = tr("sslmode “%1” is not one of %2.").arg(value, modes.join(QStringLiteral(", ")));
                return {};
            }
            c.sslmode = value;
        } else if (key == QLatin1String("password")) {
            if (error)
                *error = tr("Do not put the password on the command line; use ~/.pgpass or type it when asked.");
            return {};
        } else {
            if (error)
                *error = tr("Unknown connection keyword “%1” (use service, host, port, dbname, user, sslmode).")
                             .arg(key);
            return {};
        }
    }
    if (c.isEmpty() && error)
        *error = tr("Say which server: a service name, or host and dbname.");
    return c;
}

QSqlDatabase ServerConnection::openQt(const QString& connectionName, QString* error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // QPSQL passes its connect options through to libpq, so every libpq keyword works here.
    QByteArray options;
    addKeyword(&options, "service", service);
    addKeyword(&options, "sslmode", sslmode);
    addKeyword(&options, "application_name", QStringLiteral("meldpunt"));
    addKeyword(&options, "connect_timeout", QStringLiteral("5"));
    db.setConnectOptions(QString::fromUtf8(options).replace(QLatin1Char(' '), QLatin1Char(';')));
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open() && error)
        *error = explainConnectionError(db.lastError().databaseText() + QLatin1Char(' ') + db.lastError().driverText());
    return db;
}

bool ServerConnection::test(QString* message) const
{
    PgConnection pg;
    QString error;
    if (!pg.open(conninfo(), &error)) {
        *message = explainConnectionError(error);
        return false;
    }
    const PgResult v = pg.exec("SELECT current_setting('server_version_num')::int, current_user, "
                               "(SELECT max(version) FROM meldpunt.schema_version), "
                               "(SELECT count(*) FROM meldpunt.report)");
    if (!v.ok()) {
        const PgResult who = pg.exec("SELECT current_setting('server_version'), current_user");
        *message = tr("Connected to PostgreSQL %1 as %2, but this database has no Meldpunt schema. "
                      "An administrator creates it with “meldpunt server init”.")
                       .arg(who.text(0, 0), who.text(0, 1));
        return false;
    }
    if (v.number(0, 0) < 150000) {
        *message = tr("The server runs PostgreSQL %1; Meldpunt needs version 15 or newer.")
                       .arg(double(v.number(0, 0)) / 10000.0, 0, 'f', 1);
        return false;
    }
    *message = tr("Connected as %1. Central schema version %2, %n reports.", nullptr, int(v.number(0, 3)))
                   .arg(v.text(0, 1))
                   .arg(v.number(0, 2));
    return true;
}

QString explainConnectionError(const QString& e)
{
    if (e.contains(QLatin1String("password authentication failed")))
        return ServerConnection::tr("The server refused the password for this user. Check ~/.pgpass or type the "
                                    "password again.");
    if (e.contains(QLatin1String("no password supplied")) || e.contains(QLatin1String("fe_sendauth")))
        return ServerConnection::tr("The server asks for a password. Type it in the connection dialog or add it "
                                    "to ~/.pgpass.");
    if (e.contains(QLatin1String("Connection refused")) || e.contains(QLatin1String("could not connect"))
        || e.contains(QLatin1String("timeout expired")))
        return ServerConnection::tr("The central database cannot be reached (%1). Check the host and port, or "
                                    "work on; the changes wait until it is back.")
            .arg(e.section(QLatin1Char('\n'), 0, 0).trimmed());
    if (e.contains(QLatin1String("does not exist")))
        return ServerConnection::tr("The server answered, but: %1").arg(e.trimmed());
    if (e.contains(QLatin1String("SSL")))
        return ServerConnection::tr("The secure connection failed: %1").arg(e.trimmed());
    if (e.contains(QLatin1String("definition of service")))
        return ServerConnection::tr("The service is not in pg_service.conf: %1").arg(e.trimmed());
    return ServerConnection::tr("The central database refused the connection: %1").arg(e.trimmed());
}

} // namespace meldpunt
