// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing replies in the database: recording them with their report_event, and the state machine
// (queued → sending → sent, queued → printed, failed) that makes sure nothing is sent twice.
#pragma once

#include "letters/lettertypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace meldpunt {

class Database;

/// One outgoing reply to one citizen, with the text exactly as it was (or will be) sent.
struct Message {
    qint64 id = 0;
    QString uuid; ///< the operation id: Message-ID of the e-mail, idempotency key at the SMS gateway
    qint64 reportId = 0;
    qint64 citizenId = 0;
    ReplyChannel channel = ReplyChannel::Letter;
    Language language = Language::Dutch;
    Purpose purpose = Purpose::Other;
    qint64 templateId = 0;
    int templateVersion = 0;
    QString recipientName;
    QString recipient; ///< e-mail address, phone number, or the postal address lines
    QString subject;
    QString body; ///< HTML for letters and e-mail, plain text for SMS and call notes
    MessageState state = MessageState::Queued;
    QString error;
    int attempts = 0;
    std::optional<CallOutcome> outcome;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 sentAt = 0;
    qint64 printedAt = 0;
    int printCount = 0;

    // Read along from the report, for lists and letters; not stored with the message.
    QString reportRef;
    qint64 reportReceivedAt = 0;
};

/// Which messages to list.
struct MessageFilter {
    QList<ReplyChannel> channels; ///< empty: all
    QList<MessageState> states; ///< empty: all
    qint64 reportId = 0; ///< 0: all reports
    int limit = 5000;
};

/// Every read and write of messages; each change is one transaction with its report_event.
class MessageStore final {
    Q_DECLARE_TR_FUNCTIONS(MessageStore)
public:
    explicit MessageStore(Database* db);

    void setActor(const QString& login) { m_actor = login; }
    QString actor() const { return m_actor; }
    void setNowForTesting(qint64 secs) { m_now = secs; }
    qint64 now() const;

    /// Records the messages of one reply and a 'reply' report_event for each, all or nothing.
    /// Phone notes are recorded as sent (or failed when the citizen was not reached); everything
    /// else as queued. A message whose uuid is already recorded is left alone, so recording the same
    /// reply twice (a double click, a retry after a timeout) records it once. Ids are filled in.
    bool record(QList<Message>* messages, QString* error);

    QList<Message> messages(const MessageFilter& f, QString* error = nullptr) const;
    std::optional<Message> message(qint64 id) const;
    qint64 count(const MessageFilter& f) const;

    /// Letters printed: queued (or printed, for a reprint) → printed, with a 'reply_printed' event.
    bool markPrinted(const QList<qint64>& ids, QString* error);
    /// Something stopped delivery before anything left (a printer that failed, a mail server that is
    /// not set up): the messages stay queued, show why, and the attempt is not counted.
    bool recordProblem(const QList<qint64>& ids, const QString& why, QString* error);

    /// queued → sending, counting the attempt. False when the message is not queued (any more):
    /// someone else is sending it or it was sent, so the caller must not send it.
    bool claim(qint64 id, QString* error = nullptr);
    /// sending → sent, or back to queued with the error (failed once `maxAttempts` is reached).
    bool finishSending(qint64 id, bool delivered, const QString& failure, int maxAttempts, QString* error);
    /// failed (or queued with an error) → queued for another try; the uuid stays the same.
    bool retry(qint64 id, QString* error);
    /// queued or failed → failed with the reason "cancelled"; it will not be sent.
    bool cancel(qint64 id, QString* error);
    /// Messages left in `sending` by a crash or a lost connection: whether they left is unknown, so
    /// they become failed and wait for a person to check and retry. Returns how many.
    int recoverInterrupted(qint64 olderThanSecs = 300);
    /// Queued e-mail and SMS messages due for an attempt, oldest first.
    QList<qint64> dueForSending(int maxAttempts) const;

    /// The language of the last reply to this citizen, if any.
    std::optional<Language> lastLanguage(qint64 citizenId) const;

private:
    bool writeEvent(qint64 reportId, const QString& kind, const Message& m, qint64* eventId, QString* error) const;

    Database* m_db;
    QString m_actor = QStringLiteral("coordinator");
    qint64 m_now = 0;
};

} // namespace meldpunt
