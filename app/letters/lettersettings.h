// SPDX-License-Identifier: GPL-3.0-or-later
// The city's letterhead and the delivery settings (SMTP server, SMS gateway), kept in the database's
// setting table so that every desk prints and sends the same way.
#pragma once

#include "letters/lettertypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace meldpunt {

class Database;

/// What a letter shows around its text: logo, the city's address, signature and footer.
struct Letterhead {
    QString cityName; ///< "Stad Oostveld"
    QString service; ///< "Meldpunt"
    QString address; ///< several lines
    QString phone;
    QString email;
    QString website;
    QString returnAddress; ///< one short line above the recipient in the envelope window
    QString signatureNl; ///< rich text, may hold merge fields such as {{coordinator.name}}
    QString signatureFr;
    QString footer;
    QString footerFr; ///< the footer of French letters; empty: the same as `footer`
    QByteArray logo; ///< SVG or PNG bytes; in the database so that every desk prints the same logo

    QString signature(Language l) const { return l == Language::French ? signatureFr : signatureNl; }
    QString footerIn(Language l) const { return l == Language::French && !footerFr.isEmpty() ? footerFr : footer; }
};

enum class SmtpSecurity {
    None, ///< plain SMTP; only for a relay on the local network
    StartTlsIfAvailable, ///< STARTTLS when the server offers it (CURLUSESSL_TRY)
    StartTls, ///< STARTTLS or fail (CURLUSESSL_ALL); the default
    Tls, ///< TLS from the first byte (smtps://, port 465)
};

/// The outgoing mail server. The password is never stored: `passwordRef` says where to find it.
struct SmtpSettings {
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;
    /// "env:NAME" (an environment variable), "file:PATH" (a file only its owner can read, like
    /// ~/.pgpass), "ask" (asked once per session, kept in memory only) or empty (no login).
    QString passwordRef;
    QString from;
    QString fromName;
    QString replyTo;
    int timeoutSeconds = 30;
    bool verifyPeer = true;

    bool isConfigured() const { return !host.isEmpty() && !from.isEmpty(); }
};

/// An HTTP SMS gateway: the request is built from templates with {to}, {text}, {from}, {key} and {id}.
struct SmsSettings {
    QString urlTemplate; ///< e.g. https://sms.example.be/send?to={to}&text={text}&key={key}
    QString method = QStringLiteral("POST"); ///< GET or POST
    QString bodyTemplate; ///< POST body, e.g. {"to":"{to}","text":"{text}"}; values are JSON-escaped
    QString contentType = QStringLiteral("application/json");
    QString apiKeyRef; ///< "env:NAME", "file:PATH" or the key itself (a gateway key, revocable on its own)
    QString sender; ///< the sender name or number the gateway shows
    int timeoutSeconds = 30;

    bool isConfigured() const { return !urlTemplate.isEmpty(); }
};

/// Reads and writes the letter settings; every write is one transaction.
class LetterSettings final {
    Q_DECLARE_TR_FUNCTIONS(LetterSettings)
public:
    static Letterhead letterhead(Database* db);
    static bool saveLetterhead(Database* db, const Letterhead& l, QString* error);
    /// The demo city's letterhead shipped in resources/templates/.
    static Letterhead defaultLetterhead();

    static SmtpSettings smtp(Database* db);
    /// Refuses a password written out in `passwordRef`: only references are stored.
    static bool saveSmtp(Database* db, const SmtpSettings& s, QString* error);
    static SmsSettings sms(Database* db);
    static bool saveSms(Database* db, const SmsSettings& s, QString* error);

    static QString key(SmtpSecurity s);
    static SmtpSecurity securityFromKey(const QString& key);
    static QString label(SmtpSecurity s);
};

/// Resolves secret references (env:NAME, file:PATH) without ever writing a secret to disk.
class Secrets final {
    Q_DECLARE_TR_FUNCTIONS(Secrets)
public:
    static bool isReference(const QString& ref);
    /// False with a translated reason when the variable is unset or the file unreadable or readable by others.
    static bool resolve(const QString& ref, QString* value, QString* error);
};

} // namespace meldpunt
