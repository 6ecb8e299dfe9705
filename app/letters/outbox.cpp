// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/outbox.h"

#include "letters/merge.h"
#include "letters/messagestore.h"
#include "letters/transport.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent>

namespace meldpunt {

Outbox::Outbox(Database* db, QObject* parent)
    : QObject(parent),
      m_db(db),
      m_store(new MessageStore(db)),
      m_network(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Outbox::processQueue);
}

Outbox::~Outbox()
{
    delete m_store;
}

void Outbox::setRetryInterval(int msecs)
{
    if (msecs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(msecs);
}

void Outbox::setActor(const QString& login)
{
    m_store->setActor(login);
}

bool Outbox::needsPassword() const
{
    const SmtpSettings s = LetterSettings::smtp(m_db);
    return !s.user.isEmpty() && s.passwordRef == QLatin1String("ask") && m_sessionPassword.isEmpty();
}

void Outbox::processQueue()
{
    if (m_busy)
        return;
    // A message stuck in "sending" from a crash may have left; a person decides, never a retry.
    m_store->recoverInterrupted();
    m_pending = m_store->dueForSending(m_maxAttempts);
    m_sent = 0;
    m_failed = 0;
    if (m_pending.isEmpty()) {
        Q_EMIT finished(0, 0);
        return;
    }
    // Settings are read once per run, so that a run never mixes two servers.
    m_smtp = LetterSettings::smtp(m_db);
    m_sms = LetterSettings::sms(m_db);
    m_smtpProblem.clear();
    m_smsProblem.clear();
    m_password.clear();
    if (!m_smtp.isConfigured())
        m_smtpProblem = tr("No mail server is set up; fill in the server and sender address in the sending settings.");
    else if (!m_smtp.user.isEmpty()) {
        if (m_smtp.passwordRef == QLatin1String("ask")) {
            if (m_sessionPassword.isEmpty()) {
                m_smtpProblem = tr("The mail server password has not been entered in this session.");
                Q_EMIT passwordRequired();
            }
            m_password = m_sessionPassword;
        } else if (!m_smtp.passwordRef.isEmpty()) {
            QString why;
            if (!Secrets::resolve(m_smtp.passwordRef, &m_password, &why))
                m_smtpProblem = why;
        }
    }
    if (!m_sms.isConfigured())
        m_smsProblem = tr("No SMS gateway is set up; fill in its address in the sending settings.");
    else if (!m_sms.apiKeyRef.isEmpty()) {
        QString why;
        if (!Secrets::resolve(m_sms.apiKeyRef, &m_smsKey, &why))
            m_smsProblem = why;
    }
    m_busy = true;
    sendNext();
}

void Outbox::sendNext()
{
    if (m_pending.isEmpty()) {
        m_busy = false;
        Q_EMIT finished(m_sent, m_failed);
        return;
    }
    const qint64 id = m_pending.takeFirst();
    const std::optional<Message> m = m_store->message(id);
    if (!m || m->state != MessageState::Queued) {
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    const QString problem = m->channel == ReplyChannel::Email ? m_smtpProblem : m_smsProblem;
    if (!problem.isEmpty()) {
        // Not an attempt: nothing left the desk. Show why and keep it queued as it was.
        QString why;
        m_store->recordProblem({ id }, problem, &why);
        ++m_failed;
        Q_EMIT messageChanged(id);
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    if (!m_store->claim(id)) {
        // Another desk or run took it: it is theirs to send.
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    Q_EMIT messageChanged(id);
    if (m->channel == ReplyChannel::Email)
        sendEmail(id);
    else
        sendSms(id);
}

void Outbox::sendEmail(qint64 id)
{
    const std::optional<Message> m = m_store->message(id);
    MailMessage mail;
    mail.to = m->recipient;
    mail.toName = m->recipientName;
    mail.subject = m->subject;
    mail.html = m->body;
    mail.text = Merge::htmlToPlainText(m->body);
    mail.id = m->uuid;
    mail.date = QDateTime::currentDateTime();
    const SmtpSettings settings = m_smtp;
    const QString password = m_password;
    auto* watcher = new QFutureWatcher<DeliveryResult>(this);
    connect(watcher, &QFutureWatcher<DeliveryResult>::finished, this, [this, watcher, id] {
        const DeliveryResult r = watcher->result();
        watcher->deleteLater();
        done(id, r.ok, r.error);
    });
    watcher->setFuture(
        QtConcurrent::run([settings, password, mail] { return SmtpClient::send(settings, password, mail); }));
}

void Outbox::sendSms(qint64 id)
{
    const std::optional<Message> m = m_store->message(id);
    const SmsRequest req = SmsGateway::build(m_sms, m_smsKey, m->recipient, m->body, m->uuid);
    if (!req.url.isValid() || req.url.scheme().isEmpty()) {
        done(id, false, tr("The SMS gateway address is not a valid URL: %1").arg(m_sms.urlTemplate));
        return;
    }
    QNetworkRequest request(req.url);
    request.setTransferTimeout(std::max(5, m_sms.timeoutSeconds) * 1000);
    for (const auto& [name, value] : req.headers)
        request.setRawHeader(name, value);
    if (!req.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType);
    QNetworkReply* reply = req.method == "GET" ? m_network->get(request) : m_network->post(request, req.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            done(id, true, QString());
            return;
        }
        const QString body = QString::fromUtf8(reply->readAll()).simplified().left(200);
        const QString error = status > 0
            ? tr("The SMS gateway answered %1 %2: %3")
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), body)
            : tr("The SMS gateway could not be reached: %1").arg(reply->errorString());
        done(id, false, error);
    });
}

void Outbox::done(qint64 id, bool ok, const QString& error)
{
    QString why;
    if (!m_store->finishSending(id, ok, error, m_maxAttempts, &why))
        qWarning("Outbox: the outcome of message %lld could not be recorded: %s", id, qPrintable(why));
    if (ok)
        ++m_sent;
    else
        ++m_failed;
    Q_EMIT messageChanged(id);
    sendNext();
}

} // namespace meldpunt
