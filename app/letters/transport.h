// SPDX-License-Identifier: GPL-3.0-or-later
// The wire side of replies: an e-mail as MIME sent over SMTP (libcurl, STARTTLS), and the request an
// HTTP SMS gateway expects.
#pragma once

#include "letters/lettersettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace meldpunt {

/// One e-mail to one recipient.
struct MailMessage {
    QString to;
    QString toName;
    QString subject;
    QString html;
    QString text; ///< the plain-text part, for mail programs that do not show HTML
    QString id; ///< the operation uuid; becomes the Message-ID, the same on every retry
    QDateTime date;
};

/// How a delivery attempt ended; `error` is translated and names the server.
struct DeliveryResult {
    bool ok = false;
    QString error;
};

/// Sends e-mail through libcurl's SMTP client. Blocking: call it from a worker thread.
class SmtpClient final {
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)
public:
    /// The message as it goes over the wire: headers, a text and an HTML part, CRLF line ends.
    static QByteArray mime(const SmtpSettings& s, const MailMessage& m);
    /// Connects, upgrades with STARTTLS as the settings say, logs in when a user is set, and hands
    /// over the message. Safe to call from several threads at once (one handle per call).
    static DeliveryResult send(const SmtpSettings& s, const QString& password, const MailMessage& m);
    /// "=?UTF-8?B?...?=" words for a header value that is not plain ASCII.
    static QByteArray encodeHeader(const QString& value);
};

/// An HTTP request for the SMS gateway.
struct SmsRequest {
    QUrl url;
    QByteArray method;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// Builds SMS gateway requests from the settings' templates.
class SmsGateway final {
    Q_DECLARE_TR_FUNCTIONS(SmsGateway)
public:
    /// Fills {to}, {text}, {from}, {key} and {id}: percent-encoded in the URL, JSON-escaped in a JSON
    /// body, form-encoded in a form body. The id also goes out as an Idempotency-Key header, so a
    /// gateway that honours it never delivers a retried message twice.
    static SmsRequest build(
        const SmsSettings& s, const QString& apiKey, const QString& to, const QString& text, const QString& id);
    /// A Belgian number in international form: "0470 12 34 56" → "+32470123456".
    static QString internationalNumber(const QString& phone);
};

} // namespace meldpunt
