// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/transport.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrlQuery>

#include <curl/curl.h>

#include <mutex>

namespace meldpunt {

namespace {

void initCurl()
{
    // curl_global_init is not thread-safe everywhere; do it exactly once.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* up = static_cast<Upload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, up->data.size() - up->offset);
    if (n <= 0)
        return 0;
    memcpy(buffer, up->data.constData() + up->offset, size_t(n));
    up->offset += n;
    return size_t(n);
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

bool isPlainAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray mailbox(const QString& name, const QString& address)
{
    const QByteArray addr = address.trimmed().toUtf8();
    if (name.trimmed().isEmpty())
        return '<' + addr + '>';
    QByteArray display;
    if (isPlainAscii(name)) {
        QString quoted = name.trimmed();
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        display = SmtpClient::encodeHeader(name.trimmed());
    }
    return display + " <" + addr + '>';
}

QString domainOf(const QString& address)
{
    const QString d = address.section(QLatin1Char('@'), 1).trimmed();
    return d.isEmpty() ? QStringLiteral("meldpunt.invalid") : d;
}

QString jsonEscaped(const QString& s)
{
    // A JSON string without its quotes, so that a template can write "text":"{text}".
    const QByteArray quoted = QJsonDocument::fromVariant(QVariantList { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

} // namespace

QByteArray SmtpClient::encodeHeader(const QString& value)
{
    if (isPlainAscii(value))
        return value.toLatin1();
    // Encoded words of at most 75 characters, never cutting a UTF-8 sequence in two.
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype n = std::min<qsizetype>(45, utf8.size() - i);
        while (i + n < utf8.size() && (uchar(utf8.at(i + n)) & 0xC0) == 0x80)
            --n;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(i, n).toBase64() + "?=";
        i += n;
    }
    return out;
}

QByteArray SmtpClient::mime(const SmtpSettings& s, const MailMessage& m)
{
    const QString id = m.id.isEmpty() ? QStringLiteral("unset") : m.id;
    const QByteArray boundary = "=_meldpunt_" + id.toLatin1();
    const QDateTime date = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    QByteArray out;
    out += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "From: " + mailbox(s.fromName, s.from) + "\r\n";
    out += "To: " + mailbox(m.toName, m.to) + "\r\n";
    if (!s.replyTo.trimmed().isEmpty())
        out += "Reply-To: " + mailbox(QString(), s.replyTo) + "\r\n";
    out += "Subject: " + encodeHeader(m.subject.simplified()) + "\r\n";
    out += "Message-ID: <" + id.toLatin1() + '@' + domainOf(s.from).toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "X-Mailer: Meldpunt\r\n";
    out += "\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    QString text = m.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(text.toUtf8());
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(m.html.toUtf8());
    out += "--" + boundary + "--\r\n";
    return out;
}

DeliveryResult SmtpClient::send(const SmtpSettings& s, const QString& password, const MailMessage& m)
{
    initCurl();
    DeliveryResult result;
    if (!s.isConfigured()) {
        result.error = tr("No mail server is set up; fill in the server and sender address in the sending settings.");
        return result;
    }
    CURL* curl = curl_easy_init();
    if (!curl) {
        result.error = tr("The mail library could not be started.");
        return result;
    }
    Upload upload { mime(s, m), 0 };
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QString scheme = s.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    // The host name goes in the URL so that TLS checks the certificate against it.
    const QByteArray url
        = QStringLiteral("%1://%2:%3/%4").arg(scheme, s.host.trimmed()).arg(s.port).arg(domainOf(s.from)).toUtf8();
    const QByteArray from = '<' + s.from.trimmed().toUtf8() + '>';
    const QByteArray to = '<' + m.to.trimmed().toUtf8() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    const QByteArray user = s.user.toUtf8();
    const QByteArray pass = password.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // we run in worker threads
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::max(5, s.timeoutSeconds / 2)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(std::max(10, s.timeoutSeconds)));
    switch (s.security) {
    case SmtpSecurity::None: curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_NONE)); break;
    case SmtpSecurity::StartTlsIfAvailable: curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY)); break;
    case SmtpSecurity::StartTls:
    case SmtpSecurity::Tls: curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); break;
    }
    if (!s.verifyPeer) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!s.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, pass.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    if (code == CURLE_OK) {
        result.ok = true;
        return result;
    }
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)).trimmed();
    const QString server = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        result.error = tr("The mail server %1 was not found (%2).").arg(server, detail);
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        result.error = tr("The mail server %1 could not be reached (%2).").arg(server, detail);
        break;
    case CURLE_USE_SSL_FAILED:
        result.error
            = tr("The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent.").arg(server);
        break;
    case CURLE_LOGIN_DENIED:
        result.error = tr("The mail server %1 refused the login of %2.").arg(server, s.user);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        result.error = tr("The certificate of the mail server %1 could not be verified (%2).").arg(server, detail);
        break;
    default:
        result.error = response >= 400
            ? tr("The mail server %1 refused the message: %2 (code %3).").arg(server, detail).arg(response)
            : tr("Sending through %1 failed: %2.").arg(server, detail);
        break;
    }
    return result;
}

QString SmsGateway::internationalNumber(const QString& phone)
{
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QLatin1Char('0')))
        return QStringLiteral("+32") + digits.mid(1);
    return digits;
}

SmsRequest SmsGateway::build(
    const SmsSettings& s, const QString& apiKey, const QString& to, const QString& text, const QString& id)
{
    SmsRequest r;
    const QString number = internationalNumber(to);
    const QList<QPair<QString, QString>> values { { QStringLiteral("{to}"), number },
        { QStringLiteral("{text}"), text },
        { QStringLiteral("{from}"), s.sender },
        { QStringLiteral("{key}"), apiKey },
        { QStringLiteral("{id}"), id } };

    QString url = s.urlTemplate.trimmed();
    for (const auto& [name, value] : values)
        url.replace(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    r.url = QUrl(url, QUrl::StrictMode);
    r.method = s.method.trimmed().toUpper() == QLatin1String("GET") ? QByteArray("GET") : QByteArray("POST");
    if (r.method == "POST") {
        const bool json = s.contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
        const bool form = s.contentType.contains(QLatin1String("x-www-form-urlencoded"), Qt::CaseInsensitive);
        QString body = s.bodyTemplate;
        for (const auto& [name, value] : values) {
            const QString v = json ? jsonEscaped(value)
                : form             ? QString::fromLatin1(QUrl::toPercentEncoding(value))
                                   : value;
            body.replace(name, v);
        }
        r.body = body.toUtf8();
        r.contentType = s.contentType.toUtf8();
    }
    r.headers << qMakePair(QByteArray("Idempotency-Key"), id.toUtf8());
    r.headers << qMakePair(QByteArray("User-Agent"), QByteArray("Meldpunt/" MELDPUNT_VERSION));
    return r;
}

} // namespace meldpunt
