// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/lettersettings.h"

#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace meldpunt {

namespace {

QHash<QString, QString> readSettings(Database* db, const QString& prefix)
{
    QHash<QString, QString> out;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE ?"));
    q.addBindValue(prefix + QLatin1Char('%'));
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString().mid(prefix.size()), q.value(1).toString());
    return out;
}

bool writeSettings(Database* db, const QString& prefix, const QHash<QString, QString>& values, QString* error)
{
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = LetterSettings::tr("The settings could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.addBindValue(prefix + it.key());
        q.addBindValue(it.value());
        if (!q.exec()) {
            *error = LetterSettings::tr("The settings could not be saved: %1").arg(q.lastError().text());
            QSqlQuery(c).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = LetterSettings::tr("The settings could not be saved: %1").arg(q.lastError().text());
        QSqlQuery(c).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

const QString kLetterhead = QStringLiteral("letters.letterhead.");
const QString kSmtp = QStringLiteral("letters.smtp.");
const QString kSms = QStringLiteral("letters.sms.");

} // namespace

Letterhead LetterSettings::defaultLetterhead()
{
    Letterhead l;
    QFile f(QStringLiteral(":/templates/letterhead.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        l.cityName = o.value(QStringLiteral("city_name")).toString();
        l.service = o.value(QStringLiteral("service")).toString();
        l.address = o.value(QStringLiteral("address")).toString();
        l.phone = o.value(QStringLiteral("phone")).toString();
        l.email = o.value(QStringLiteral("email")).toString();
        l.website = o.value(QStringLiteral("website")).toString();
        l.returnAddress = o.value(QStringLiteral("return_address")).toString();
        l.signatureNl = o.value(QStringLiteral("signature_nl")).toString();
        l.signatureFr = o.value(QStringLiteral("signature_fr")).toString();
        l.footer = o.value(QStringLiteral("footer")).toString();
        l.footerFr = o.value(QStringLiteral("footer_fr")).toString();
        QFile logo(QStringLiteral(":/templates/") + o.value(QStringLiteral("logo")).toString());
        if (logo.open(QIODevice::ReadOnly))
            l.logo = logo.readAll();
    }
    return l;
}

Letterhead LetterSettings::letterhead(Database* db)
{
    const QHash<QString, QString> s = readSettings(db, kLetterhead);
    if (s.isEmpty())
        return defaultLetterhead();
    Letterhead l;
    l.cityName = s.value(QStringLiteral("city_name"));
    l.service = s.value(QStringLiteral("service"));
    l.address = s.value(QStringLiteral("address"));
    l.phone = s.value(QStringLiteral("phone"));
    l.email = s.value(QStringLiteral("email"));
    l.website = s.value(QStringLiteral("website"));
    l.returnAddress = s.value(QStringLiteral("return_address"));
    l.signatureNl = s.value(QStringLiteral("signature_nl"));
    l.signatureFr = s.value(QStringLiteral("signature_fr"));
    l.footer = s.value(QStringLiteral("footer"));
    l.footerFr = s.value(QStringLiteral("footer_fr"));
    l.logo = QByteArray::fromBase64(s.value(QStringLiteral("logo")).toLatin1());
    return l;
}

bool LetterSettings::saveLetterhead(Database* db, const Letterhead& l, QString* error)
{
    return writeSettings(db,
        kLetterhead,
        { { QStringLiteral("city_name"), l.cityName },
            { QStringLiteral("service"), l.service },
            { QStringLiteral("address"), l.address },
            { QStringLiteral("phone"), l.phone },
            { QStringLiteral("email"), l.email },
            { QStringLiteral("website"), l.website },
            { QStringLiteral("return_address"), l.returnAddress },
            { QStringLiteral("signature_nl"), l.signatureNl },
            { QStringLiteral("signature_fr"), l.signatureFr },
            { QStringLiteral("footer"), l.footer },
            { QStringLiteral("footer_fr"), l.footerFr },
            { QStringLiteral("logo"), QString::fromLatin1(l.logo.toBase64()) } },
        error);
}

QString LetterSettings::key(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::None: return QStringLiteral("none");
    case SmtpSecurity::StartTlsIfAvailable: return QStringLiteral("starttls_try");
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::Tls: break;
    }
    return QStringLiteral("tls");
}

SmtpSecurity LetterSettings::securityFromKey(const QString& key)
{
    for (SmtpSecurity s : { SmtpSecurity::None, SmtpSecurity::StartTlsIfAvailable, SmtpSecurity::Tls })
        if (LetterSettings::key(s) == key)
            return s;
    return SmtpSecurity::StartTls;
}

QString LetterSettings::label(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::None: return tr("None (local relay only)");
    case SmtpSecurity::StartTlsIfAvailable: return tr("STARTTLS when offered");
    case SmtpSecurity::StartTls: return tr("STARTTLS, required");
    case SmtpSecurity::Tls: break;
    }
    return tr("TLS (SMTPS, port 465)");
}

SmtpSettings LetterSettings::smtp(Database* db)
{
    const QHash<QString, QString> s = readSettings(db, kSmtp);
    SmtpSettings out;
    out.host = s.value(QStringLiteral("host"));
    out.port = s.value(QStringLiteral("port"), QStringLiteral("587")).toInt();
    out.security = securityFromKey(s.value(QStringLiteral("security")));
    out.user = s.value(QStringLiteral("user"));
    out.passwordRef = s.value(QStringLiteral("password_ref"));
    out.from = s.value(QStringLiteral("from"));
    out.fromName = s.value(QStringLiteral("from_name"));
    out.replyTo = s.value(QStringLiteral("reply_to"));
    out.timeoutSeconds = s.value(QStringLiteral("timeout"), QStringLiteral("30")).toInt();
    out.verifyPeer = s.value(QStringLiteral("verify_peer"), QStringLiteral("1")) != QLatin1String("0");
    return out;
}

bool LetterSettings::saveSmtp(Database* db, const SmtpSettings& s, QString* error)
{
    if (!s.passwordRef.isEmpty() && s.passwordRef != QLatin1String("ask") && !Secrets::isReference(s.passwordRef)) {
        *error = tr("The SMTP password is not stored in the database. Enter env:NAME (an environment variable), "
                    "file:PATH (a file only you can read) or ask (asked once per session).");
        return false;
    }
    return writeSettings(db,
        kSmtp,
        { { QStringLiteral("host"), s.host.trimmed() },
            { QStringLiteral("port"), QString::number(s.port) },
            { QStringLiteral("security"), key(s.security) },
            { QStringLiteral("user"), s.user },
            { QStringLiteral("password_ref"), s.passwordRef },
            { QStringLiteral("from"), s.from.trimmed() },
            { QStringLiteral("from_name"), s.fromName },
            { QStringLiteral("reply_to"), s.replyTo.trimmed() },
            { QStringLiteral("timeout"), QString::number(s.timeoutSeconds) },
            { QStringLiteral("verify_peer"), s.verifyPeer ? QStringLiteral("1") : QStringLiteral("0") } },
        error);
}

SmsSettings LetterSettings::sms(Database* db)
{
    const QHash<QString, QString> s = readSettings(db, kSms);
    SmsSettings out;
    out.urlTemplate = s.value(QStringLiteral("url"));
    out.method = s.value(QStringLiteral("method"), QStringLiteral("POST"));
    out.bodyTemplate = s.value(QStringLiteral("body"));
    out.contentType = s.value(QStringLiteral("content_type"), QStringLiteral("application/json"));
    out.apiKeyRef = s.value(QStringLiteral("api_key_ref"));
    out.sender = s.value(QStringLiteral("sender"));
    out.timeoutSeconds = s.value(QStringLiteral("timeout"), QStringLiteral("30")).toInt();
    return out;
}

bool LetterSettings::saveSms(Database* db, const SmsSettings& s, QString* error)
{
    return writeSettings(db,
        kSms,
        { { QStringLiteral("url"), s.urlTemplate.trimmed() },
            { QStringLiteral("method"), s.method },
            { QStringLiteral("body"), s.bodyTemplate },
            { QStringLiteral("content_type"), s.contentType },
            { QStringLiteral("api_key_ref"), s.apiKeyRef },
            { QStringLiteral("sender"), s.sender },
            { QStringLiteral("timeout"), QString::number(s.timeoutSeconds) } },
        error);
}

bool Secrets::isReference(const QString& ref)
{
    return ref.startsWith(QLatin1String("env:")) || ref.startsWith(QLatin1String("file:"));
}

bool Secrets::resolve(const QString& ref, QString* value, QString* error)
{
    if (ref.startsWith(QLatin1String("env:"))) {
        const QString name = ref.mid(4).trimmed();
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
            *error = tr("The environment variable %1 that should hold the password is not set.").arg(name);
            return false;
        }
        *value = qEnvironmentVariable(name.toLocal8Bit().constData());
        return true;
    }
    if (ref.startsWith(QLatin1String("file:"))) {
        const QString path = ref.mid(5).trimmed();
        QFile f(path);
        // Like libpq with .pgpass: a secret others can read is no secret, so refuse it loudly.
        const QFileDevice::Permissions p = f.permissions();
        if (p & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            *error
                = tr("The password file %1 can be read by other users; make it private (chmod 600) first.").arg(path);
            return false;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("The password file %1 cannot be read: %2").arg(path, f.errorString());
            return false;
        }
        *value = QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
        return true;
    }
    // A literal value (only allowed for an SMS gateway key).
    *value = ref;
    return true;
}

} // namespace meldpunt
