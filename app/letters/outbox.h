// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox: sends queued e-mail (SMTP, in a worker thread) and SMS (HTTP gateway) one at a time,
// recording each outcome, so that a failure stays queued with its error and nothing leaves twice.
#pragma once

#include "letters/lettersettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace meldpunt {

class Database;
class MessageStore;

/// Delivers queued e-mail and SMS messages in the background of the GUI thread.
class Outbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)
public:
    explicit Outbox(Database* db, QObject* parent = nullptr);
    ~Outbox() override;

    /// A message that failed this many times is set to failed and waits for a person.
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    int maxAttempts() const { return m_maxAttempts; }
    /// Try the queue again every `msecs` (0: only when asked). Transient failures then heal by themselves.
    void setRetryInterval(int msecs);
    /// The SMTP password when the settings say "ask"; kept in memory only.
    void setSessionPassword(const QString& password) { m_sessionPassword = password; }
    bool needsPassword() const;
    void setActor(const QString& login);

    /// Starts delivering every due message; returns at once. Does nothing while a run is going on.
    void processQueue();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A message changed state (claimed, sent, back in the queue with an error).
    void messageChanged(qint64 messageId);
    /// A run ended: how many left, and how many are waiting with an error.
    void finished(int sent, int failed);
    /// The settings ask for the password at send time and none was given this session.
    void passwordRequired();

private:
    void sendNext();
    void sendEmail(qint64 id);
    void sendSms(qint64 id);
    void done(qint64 id, bool ok, const QString& error);

    Database* m_db;
    MessageStore* m_store;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QList<qint64> m_pending;
    SmtpSettings m_smtp;
    SmsSettings m_sms;
    QString m_password;
    QString m_smsKey;
    QString m_smtpProblem;
    QString m_smsProblem;
    QString m_sessionPassword;
    int m_maxAttempts = 5;
    int m_sent = 0;
    int m_failed = 0;
    bool m_busy = false;
};

} // namespace meldpunt
