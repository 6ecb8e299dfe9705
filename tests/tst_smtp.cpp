// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery of replies: e-mail over SMTP (libcurl) to a server started by the test on 127.0.0.1, refusals
// and unreachable servers kept in the queue with their error, retries that send once, the SMS gateway,
// and the secrets that never sit in the database.
#include "letters/outbox.h"
#include "letters/replies.h"
#include "letters/transport.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent>

#include <memory>

using namespace meldpunt;

namespace {

/// Just enough SMTP to receive mail: EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT.
/// Listens on 127.0.0.1 only; can refuse every recipient with 554.
class FakeSmtpServer final : public QObject {
public:
    struct Mail {
        QByteArray from;
        QList<QByteArray> recipients;
        QByteArray data;
    };
    bool refuse = false;
    bool offerStartTls = false;
    QList<Mail> mails;
    QList<QByteArray> commands;

    FakeSmtpServer() { connect(&m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::accept); }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    int port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

private:
    struct Session {
        QByteArray buffer;
        bool inData = false;
        Mail mail;
    };

    void accept()
    {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            auto session = std::make_shared<Session>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, session] { read(s, *session); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            s->write("220 localhost ESMTP fake\r\n");
        }
    }

    void read(QTcpSocket* s, Session& session)
    {
        session.buffer += s->readAll();
        qsizetype eol;
        while ((eol = session.buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = session.buffer.left(eol);
            session.buffer.remove(0, eol + 2);
            if (session.inData) {
                if (line == ".") {
                    session.inData = false;
                    mails << session.mail;
                    session.mail = {};
                    s->write("250 2.0.0 Ok: queued\r\n");
                } else {
                    session.mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
                }
                continue;
            }
            commands << line;
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO") {
                s->write(offerStartTls ? "250-localhost\r\n250-STARTTLS\r\n250 8BITMIME\r\n"
                                       : "250-localhost\r\n250 8BITMIME\r\n");
            } else if (verb == "HELO") {
                s->write("250 localhost\r\n");
            } else if (verb == "MAIL") {
                session.mail.from = line.mid(10);
                s->write("250 2.1.0 Ok\r\n");
            } else if (verb == "RCPT") {
                if (refuse) {
                    s->write("554 5.7.1 Relay access denied\r\n");
                } else {
                    session.mail.recipients << line.mid(8);
                    s->write("250 2.1.5 Ok\r\n");
                }
            } else if (verb == "DATA") {
                session.inData = true;
                s->write("354 End data with <CR><LF>.<CR><LF>\r\n");
            } else if (verb == "RSET" || verb == "NOOP") {
                session.mail = {};
                s->write("250 Ok\r\n");
            } else if (verb == "QUIT") {
                s->write("221 2.0.0 Bye\r\n");
                s->disconnectFromHost();
            } else if (verb == "STAR") {
                s->write("454 4.7.0 TLS not available\r\n");
            } else {
                s->write("502 5.5.2 Error: command not recognized\r\n");
            }
        }
    }

    QTcpServer m_server;
};

/// An HTTP endpoint for the SMS gateway: records each request and answers with `status`.
class FakeGateway final : public QObject {
public:
    int status = 200;
    QList<QByteArray> requests;

    FakeGateway()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray& h : buffer->left(headerEnd).split('\n'))
                        if (h.toLower().startsWith("content-length:"))
                            length = h.mid(15).trimmed().toLongLong();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    requests << *buffer;
                    const QByteArray body = status == 200 ? "{\"ok\":true}" : "{\"error\":\"quota exceeded\"}";
                    s->write("HTTP/1.1 " + QByteArray::number(status)
                        + (status == 200 ? " OK" : " Internal Server Error")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    int port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

/// A report with a reporter and two followers (merged duplicates), each answered through `channel`.
struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReportStore> store;
    qint64 report = 0;

    bool setUp(ReplyChannel channel)
    {
        if (db.open(test::dbPath(dir)))
            return false;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO category (id, code, name, sla_days) VALUES (1, 'AFV', 'Afval', 5)"))
            || !q.exec(QStringLiteral(
                "INSERT INTO category (id, parent_id, code, name, sla_days) VALUES (2, 1, 'ZWV', 'Zwerfvuil', 5)")))
            return false;
        store = std::make_unique<ReportStore>(&db);
        store->reloadReferenceData();
        QList<qint64> reports;
        const QStringList names {
            QStringLiteral("Marie Claes"), QStringLiteral("Jan Peeters"), QStringLiteral("Lucie Dubois")
        };
        for (int i = 0; i < names.size(); ++i) {
            Citizen c;
            c.name = names.at(i);
            c.email = QStringLiteral("citizen%1@example.be").arg(i);
            c.phone = QStringLiteral("0470 12 34 5%1").arg(i);
            c.replyChannel = channel;
            QString error;
            const qint64 id = store->createCitizen(c, &error);
            if (!id)
                qWarning("citizen: %s", qPrintable(error));
            NewReport n;
            n.categoryId = 2;
            n.address = QStringLiteral("Stationsstraat 4");
            n.description = QStringLiteral("Afval naast de glasbol");
            n.citizenId = id;
            n.replyChannel = channel;
            reports << store->createReport(n, &error);
            if (!reports.last())
                qWarning("report: %s", qPrintable(error));
        }
        report = reports.first();
        return store->markDuplicate(reports.at(1), report).ok && store->markDuplicate(reports.at(2), report).ok;
    }

    /// Queues one reply to everyone; returns the message ids.
    QList<qint64> queueReply(ReplyChannel channel)
    {
        const Report r = *store->report(report);
        const MergeInput base = Replies::context(*store, r, Language::Dutch);
        QList<Message> messages;
        for (const ReplyRecipient& to : Replies::recipients(*store, r)) {
            ReplyDraft d;
            d.channel = channel;
            d.subject = QStringLiteral("Uw melding {{report.ref}} – opgelost");
            d.body = channel == ReplyChannel::Sms ? QStringLiteral("Melding {{report.ref}} is opgelost.")
                                                  : QStringLiteral("<p>Beste {{citizen.name}},</p><p>Opgelost.</p>");
            messages << Replies::compose(base, to, d).message;
        }
        MessageStore ms(&db);
        QString error;
        if (!ms.record(&messages, &error))
            return {};
        QList<qint64> ids;
        for (const Message& m : messages)
            ids << m.id;
        return ids;
    }

    void useSmtp(int port, SmtpSecurity security = SmtpSecurity::None)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.from = QStringLiteral("meldpunt@oostveld.be");
        s.fromName = QStringLiteral("Stad Oostveld – Meldpunt");
        s.timeoutSeconds = 10;
        QString error;
        LetterSettings::saveSmtp(&db, s, &error);
    }
};

/// Runs the outbox once and waits for the end of the run.
bool runOutbox(Outbox& outbox)
{
    QSignalSpy done(&outbox, &Outbox::finished);
    outbox.processQueue();
    return done.count() > 0 || done.wait(30000);
}

} // namespace

class TestSmtp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mimeIsWellFormed();
    void clientDeliversToLocalServer();
    void outboxSendsEveryFollowerOnce();
    void refusedMailStaysQueuedThenRetriesOnce();
    void unreachableServerKeepsTheMessage();
    void startTlsRequiredButNotOffered();
    void askedPasswordMissingKeepsTheMessage();
    void smsRequest();
    void smsGatewayDeliversAndFails();
    void secrets();
};

void TestSmtp::mimeIsWellFormed()
{
    SmtpSettings s;
    s.from = QStringLiteral("meldpunt@oostveld.be");
    s.fromName = QStringLiteral("Stad Oostveld – Meldpunt");
    s.replyTo = QStringLiteral("info@oostveld.be");
    MailMessage m;
    m.to = QStringLiteral("marie@example.be");
    m.toName = QStringLiteral("Marie Claes");
    m.subject = QStringLiteral("Votre signalement M-2026-000001 est résolu");
    m.html = QStringLiteral("<p>Bonjour Marie,</p>");
    m.text = QStringLiteral("Bonjour Marie,\n.\nÀ bientôt");
    m.id = QStringLiteral("0b7e7c1e-0000-4000-8000-000000000001");
    m.date = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    const QByteArray mime = SmtpClient::mime(s, m);
    QVERIFY(mime.contains("\r\nTo: \"Marie Claes\" <marie@example.be>\r\n"));
    QVERIFY(mime.contains("\r\nFrom: =?UTF-8?B?"));
    QVERIFY(mime.contains("\r\nReply-To: <info@oostveld.be>\r\n"));
    QVERIFY(mime.contains("\r\nMessage-ID: <0b7e7c1e-0000-4000-8000-000000000001@oostveld.be>\r\n"));
    QVERIFY(mime.startsWith("Date: 23 Nov 2026 09:00:00 +0000\r\n"));
    // The subject is encoded and decodes to what was written.
    const qsizetype subject = mime.indexOf("\r\nSubject: ") + 11;
    const QByteArray encoded = mime.mid(subject, mime.indexOf("\r\nMessage-ID") - subject);
    QByteArray decoded;
    for (const QByteArray& word : encoded.split(' ')) {
        const QByteArray w = word.trimmed();
        QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
        decoded += QByteArray::fromBase64(w.mid(10, w.size() - 12));
    }
    QCOMPARE(QString::fromUtf8(decoded), m.subject);
    // No bare LF anywhere; both parts decode.
    QVERIFY(!mime.contains(QByteArray("\n")) || mime.count("\n") == mime.count("\r\n"));
    const QList<QByteArray> parts = mime.split('-');
    QVERIFY(mime.contains("Content-Type: text/plain; charset=UTF-8"));
    QVERIFY(mime.contains("Content-Type: text/html; charset=UTF-8"));
    const qsizetype textStart = mime.indexOf("Content-Transfer-Encoding: base64\r\n\r\n") + 37;
    const QByteArray textPart = mime.mid(textStart, mime.indexOf("--=_meldpunt", textStart) - textStart);
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(QByteArray(textPart).replace("\r\n", ""))),
        QStringLiteral("Bonjour Marie,\r\n.\r\nÀ bientôt"));
    Q_UNUSED(parts)
}

void TestSmtp::clientDeliversToLocalServer()
{
    FakeSmtpServer server;
    QVERIFY(server.listen());
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSecurity::StartTlsIfAvailable; // the server offers none: plain is accepted
    s.from = QStringLiteral("meldpunt@oostveld.be");
    MailMessage m;
    m.to = QStringLiteral("marie@example.be");
    m.subject = QStringLiteral("Test");
    m.text = QStringLiteral("Regel 1\n.begint met een punt\n.");
    m.html = QStringLiteral("<p>x</p>");
    m.id = QStringLiteral("abc");
    QFuture<DeliveryResult> f = QtConcurrent::run([s, m] { return SmtpClient::send(s, QString(), m); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 20000);
    QVERIFY2(f.result().ok, qPrintable(f.result().error));
    QCOMPARE(server.mails.size(), 1);
    QCOMPARE(server.mails.first().from, QByteArray("<meldpunt@oostveld.be>"));
    QCOMPARE(server.mails.first().recipients, QList<QByteArray> { "<marie@example.be>" });
    QVERIFY(server.mails.first().data.contains("Message-ID: <abc@oostveld.be>"));
}

void TestSmtp::outboxSendsEveryFollowerOnce()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Email));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f.useSmtp(server.port());
    const QList<qint64> ids = f.queueReply(ReplyChannel::Email);
    QCOMPARE(ids.size(), 3);

    Outbox outbox(&f.db);
    QSignalSpy finished(&outbox, &Outbox::finished);
    QVERIFY(runOutbox(outbox));
    QCOMPARE(finished.last().at(0).toInt(), 3);
    QCOMPARE(server.mails.size(), 3);
    QSet<QByteArray> rcpts;
    for (const FakeSmtpServer::Mail& m : std::as_const(server.mails))
        rcpts.insert(m.recipients.first());
    QCOMPARE(rcpts, (QSet<QByteArray> { "<citizen0@example.be>", "<citizen1@example.be>", "<citizen2@example.be>" }));
    MessageStore store(&f.db);
    for (qint64 id : ids) {
        const Message m = *store.message(id);
        QCOMPARE(m.state, MessageState::Sent);
        QCOMPARE(m.attempts, 1);
        QVERIFY(server.mails.at(0).data.contains("Message-ID: <"));
    }
    // Every Message-ID is the message's own uuid, so each mail is recognisably one message.
    for (const FakeSmtpServer::Mail& mail : std::as_const(server.mails)) {
        bool matched = false;
        for (qint64 id : ids)
            matched
                = matched || mail.data.contains("Message-ID: <" + store.message(id)->uuid.toLatin1() + "@oostveld.be>");
        QVERIFY(matched);
    }

    // Running again sends nothing.
    QVERIFY(runOutbox(outbox));
    QCOMPARE(server.mails.size(), 3);
}

void TestSmtp::refusedMailStaysQueuedThenRetriesOnce()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Email));
    FakeSmtpServer server;
    server.refuse = true;
    QVERIFY(server.listen());
    f.useSmtp(server.port());
    const QList<qint64> ids = f.queueReply(ReplyChannel::Email);
    Outbox outbox(&f.db);
    QVERIFY(runOutbox(outbox));
    MessageStore store(&f.db);
    for (qint64 id : ids) {
        const Message m = *store.message(id);
        QCOMPARE(m.state, MessageState::Queued);
        QVERIFY2(m.error.contains(QLatin1String("554")), qPrintable(m.error));
        QCOMPARE(m.attempts, 1);
    }
    QCOMPARE(server.mails.size(), 0);

    // The server accepts again: the retry delivers each message exactly once.
    server.refuse = false;
    QVERIFY(runOutbox(outbox));
    QCOMPARE(server.mails.size(), 3);
    for (qint64 id : ids) {
        const Message m = *store.message(id);
        QCOMPARE(m.state, MessageState::Sent);
        QVERIFY(m.error.isEmpty());
        QCOMPARE(m.attempts, 2);
    }
    QVERIFY(runOutbox(outbox));
    QCOMPARE(server.mails.size(), 3);
    QString error;
    QVERIFY(!store.retry(ids.first(), &error)); // and a person cannot send it again by mistake either
}

void TestSmtp::unreachableServerKeepsTheMessage()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Email));
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    f.useSmtp(port);
    const QList<qint64> ids = f.queueReply(ReplyChannel::Email);
    Outbox outbox(&f.db);
    QVERIFY(runOutbox(outbox));
    const Message m = *MessageStore(&f.db).message(ids.first());
    QCOMPARE(m.state, MessageState::Queued);
    QVERIFY2(m.error.contains(QLatin1String("could not be reached")), qPrintable(m.error));
}

void TestSmtp::startTlsRequiredButNotOffered()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Email));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    f.useSmtp(server.port(), SmtpSecurity::StartTls);
    const QList<qint64> ids = f.queueReply(ReplyChannel::Email);
    Outbox outbox(&f.db);
    QVERIFY(runOutbox(outbox));
    const Message m = *MessageStore(&f.db).message(ids.first());
    QCOMPARE(m.state, MessageState::Queued);
    QVERIFY2(m.error.contains(QLatin1String("STARTTLS")), qPrintable(m.error));
    QCOMPARE(server.mails.size(), 0); // nothing went over the unencrypted connection
    for (const QByteArray& c : std::as_const(server.commands))
        QVERIFY(!c.startsWith("MAIL"));
}

void TestSmtp::askedPasswordMissingKeepsTheMessage()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Email));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    SmtpSettings s = LetterSettings::smtp(&f.db);
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSecurity::None;
    s.from = QStringLiteral("meldpunt@oostveld.be");
    s.user = QStringLiteral("meldpunt");
    s.passwordRef = QStringLiteral("ask");
    QString error;
    QVERIFY2(LetterSettings::saveSmtp(&f.db, s, &error), qPrintable(error));
    const QList<qint64> ids = f.queueReply(ReplyChannel::Email);
    Outbox outbox(&f.db);
    QVERIFY(outbox.needsPassword());
    QSignalSpy asked(&outbox, &Outbox::passwordRequired);
    QVERIFY(runOutbox(outbox));
    QCOMPARE(asked.count(), 1);
    const Message m = *MessageStore(&f.db).message(ids.first());
    QCOMPARE(m.state, MessageState::Queued);
    QCOMPARE(m.attempts, 0); // nothing left, so it was no attempt
    QVERIFY(!m.error.isEmpty());
    QCOMPARE(server.commands.size(), 0);
}

void TestSmtp::smsRequest()
{
    SmsSettings s;
    s.urlTemplate = QStringLiteral("https://sms.example.be/send?to={to}&text={text}&key={key}");
    s.method = QStringLiteral("GET");
    SmsRequest r = SmsGateway::build(s,
        QStringLiteral("k&y"),
        QStringLiteral("0470 12 34 56"),
        QStringLiteral("Uw melding: opgelost & bedankt"),
        QStringLiteral("id-1"));
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
        QStringLiteral(
            "https://sms.example.be/send?to=%2B32470123456&text=Uw%20melding%3A%20opgelost%20%26%20bedankt&key=k%26y"));
    QVERIFY(r.headers.contains(qMakePair(QByteArray("Idempotency-Key"), QByteArray("id-1"))));

    s.method = QStringLiteral("POST");
    s.urlTemplate = QStringLiteral("https://sms.example.be/v1/messages");
    s.bodyTemplate = QStringLiteral("{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\",\"reference\":\"{id}\"}");
    s.sender = QStringLiteral("Oostveld");
    r = SmsGateway::build(s,
        QString(),
        QStringLiteral("+32 470 12 34 56"),
        QStringLiteral("Zeg \"hallo\"\nnieuwe regel"),
        QStringLiteral("id-2"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("+32470123456"));
    QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("Zeg \"hallo\"\nnieuwe regel"));
    QCOMPARE(o.value(QStringLiteral("reference")).toString(), QStringLiteral("id-2"));
    QCOMPARE(SmsGateway::internationalNumber(QStringLiteral("0032 470/12.34.56")), QStringLiteral("+32470123456"));
}

void TestSmtp::smsGatewayDeliversAndFails()
{
    Fixture f;
    QVERIFY(f.setUp(ReplyChannel::Sms));
    FakeGateway gateway;
    QVERIFY(gateway.listen());
    SmsSettings s;
    s.urlTemplate = QStringLiteral("http://127.0.0.1:%1/send").arg(gateway.port());
    s.bodyTemplate = QStringLiteral("{\"to\":\"{to}\",\"text\":\"{text}\"}");
    s.apiKeyRef = QStringLiteral("test-key");
    QString error;
    QVERIFY(LetterSettings::saveSms(&f.db, s, &error));
    const QList<qint64> ids = f.queueReply(ReplyChannel::Sms);
    QCOMPARE(ids.size(), 3);

    gateway.status = 500;
    Outbox outbox(&f.db);
    QVERIFY(runOutbox(outbox));
    MessageStore store(&f.db);
    for (qint64 id : ids) {
        const Message m = *store.message(id);
        QCOMPARE(m.state, MessageState::Queued);
        QVERIFY2(
            m.error.contains(QLatin1String("500")) && m.error.contains(QLatin1String("quota")), qPrintable(m.error));
    }
    QCOMPARE(gateway.requests.size(), 3);

    gateway.status = 200;
    QVERIFY(runOutbox(outbox));
    QCOMPARE(gateway.requests.size(), 6);
    for (qint64 id : ids)
        QCOMPARE(store.message(id)->state, MessageState::Sent);
    const QByteArray req = gateway.requests.last();
    QVERIFY(req.startsWith("POST /send HTTP/1.1"));
    QVERIFY(req.contains("Idempotency-Key: "));
    QVERIFY(req.contains("\"text\":\"Melding M-"));
    QVERIFY(req.contains("\"to\":\"+3247012345"));
    QVERIFY(runOutbox(outbox));
    QCOMPARE(gateway.requests.size(), 6);
}

void TestSmtp::secrets()
{
    QString value;
    QString error;
    qputenv("MELDPUNT_TEST_SMTP_PASSWORD", "s3cret");
    QVERIFY(Secrets::resolve(QStringLiteral("env:MELDPUNT_TEST_SMTP_PASSWORD"), &value, &error));
    QCOMPARE(value, QStringLiteral("s3cret"));
    QVERIFY(!Secrets::resolve(QStringLiteral("env:MELDPUNT_TEST_UNSET_VARIABLE"), &value, &error));
    QVERIFY(error.contains(QLatin1String("MELDPUNT_TEST_UNSET_VARIABLE")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("smtp-password"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("geheim\n");
    f.close();
    f.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QVERIFY(!Secrets::resolve(QStringLiteral("file:") + path, &value, &error));
    QVERIFY(error.contains(QLatin1String("chmod 600")));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(Secrets::resolve(QStringLiteral("file:") + path, &value, &error), qPrintable(error));
    QCOMPARE(value, QStringLiteral("geheim"));

    // A password typed into the settings is refused; only references are stored.
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    SmtpSettings s;
    s.host = QStringLiteral("smtp.oostveld.be");
    s.passwordRef = QStringLiteral("hunter2");
    QVERIFY(!LetterSettings::saveSmtp(&db, s, &error));
    s.passwordRef = QStringLiteral("env:MELDPUNT_SMTP_PASSWORD");
    QVERIFY(LetterSettings::saveSmtp(&db, s, &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM setting WHERE value LIKE '%hunter2%'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_MAIN(TestSmtp)
#include "tst_smtp.moc"
