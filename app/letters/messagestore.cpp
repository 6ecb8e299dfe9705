// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/messagestore.h"

#include "letters/lettersql.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace meldpunt {

using letters::nullIfEmpty;
using letters::nullIfZero;
using letters::text;
using letters::Transaction;

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.uuid, m.report_id, coalesce(m.citizen_id, 0), m.channel, m.language, m.purpose, coalesce(m.template_id, "
    "0), "
    "coalesce(m.template_version, 0), m.recipient_name, m.recipient, m.subject, m.body, m.state, coalesce(m.error, "
    "''), "
    "m.attempts, m.outcome, m.created_at, m.created_by, coalesce(m.sent_at, 0), coalesce(m.printed_at, 0), "
    "m.print_count, r.ref, r.received_at");

Message readMessage(const QSqlQuery& q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.reportId = q.value(2).toLongLong();
    m.citizenId = q.value(3).toLongLong();
    Labels::fromKey(q.value(4).toString(), &m.channel);
    LetterTypes::fromKey(q.value(5).toString(), &m.language);
    LetterTypes::fromKey(q.value(6).toString(), &m.purpose);
    m.templateId = q.value(7).toLongLong();
    m.templateVersion = q.value(8).toInt();
    m.recipientName = q.value(9).toString();
    m.recipient = q.value(10).toString();
    m.subject = q.value(11).toString();
    m.body = q.value(12).toString();
    LetterTypes::fromKey(q.value(13).toString(), &m.state);
    m.error = q.value(14).toString();
    m.attempts = q.value(15).toInt();
    CallOutcome o;
    if (!q.value(16).isNull() && LetterTypes::fromKey(q.value(16).toString(), &o))
        m.outcome = o;
    m.createdAt = q.value(17).toLongLong();
    m.createdBy = q.value(18).toString();
    m.sentAt = q.value(19).toLongLong();
    m.printedAt = q.value(20).toLongLong();
    m.printCount = q.value(21).toInt();
    m.reportRef = q.value(22).toString();
    m.reportReceivedAt = q.value(23).toLongLong();
    return m;
}

QString inList(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

struct Where {
    QString sql;
    QVariantList binds;
};

Where whereOf(const MessageFilter& f)
{
    Where w;
    QStringList parts;
    if (!f.channels.isEmpty()) {
        parts << QStringLiteral("m.channel IN (%1)").arg(inList(f.channels.size()));
        for (ReplyChannel c : f.channels)
            w.binds << Labels::key(c);
    }
    if (!f.states.isEmpty()) {
        parts << QStringLiteral("m.state IN (%1)").arg(inList(f.states.size()));
        for (MessageState s : f.states)
            w.binds << LetterTypes::key(s);
    }
    if (f.reportId) {
        parts << QStringLiteral("m.report_id = ?");
        w.binds << f.reportId;
    }
    w.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

MessageStore::MessageStore(Database* db) : m_db(db) {}

qint64 MessageStore::now() const
{
    return m_now ? m_now : QDateTime::currentSecsSinceEpoch();
}

bool MessageStore::writeEvent(
    qint64 reportId, const QString& kind, const Message& m, qint64* eventId, QString* error) const
{
    QJsonObject payload { { QStringLiteral("channel"), Labels::key(m.channel) },
        { QStringLiteral("message_uuid"), m.uuid },
        { QStringLiteral("citizen_id"), m.citizenId },
        { QStringLiteral("recipient"), m.recipientName },
        { QStringLiteral("purpose"), LetterTypes::key(m.purpose) },
        { QStringLiteral("language"), LetterTypes::key(m.language) },
        { QStringLiteral("state"), LetterTypes::key(m.state) } };
    if (m.id)
        payload.insert(QStringLiteral("message_id"), m.id);
    if (m.templateId) {
        payload.insert(QStringLiteral("template_id"), m.templateId);
        payload.insert(QStringLiteral("template_version"), m.templateVersion);
    }
    if (!m.subject.isEmpty())
        payload.insert(QStringLiteral("subject"), m.subject);
    if (m.outcome)
        payload.insert(QStringLiteral("outcome"), LetterTypes::key(*m.outcome));
    if (!m.error.isEmpty())
        payload.insert(QStringLiteral("error"), m.error);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO report_event (report_id, at, actor, kind, payload) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(now());
    q.addBindValue(m_actor);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (eventId)
        *eventId = q.lastInsertId().toLongLong();
    return true;
}

bool MessageStore::record(QList<Message>* messages, QString* error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tr("The reply could not be recorded: %1").arg(tx.error());
        return false;
    }
    const qint64 t = now();
    for (Message& m : *messages) {
        if (m.uuid.isEmpty())
            m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM message WHERE uuid = ?"));
        existing.addBindValue(m.uuid);
        if (existing.exec() && existing.next()) {
            m.id = existing.value(0).toLongLong();
            continue;
        }
        if (m.channel == ReplyChannel::Phone) {
            const bool reached
                = m.outcome && (*m.outcome == CallOutcome::Reached || *m.outcome == CallOutcome::Voicemail);
            m.state = reached ? MessageState::Sent : MessageState::Failed;
            m.sentAt = reached ? t : 0;
            if (!reached && m.error.isEmpty())
                m.error = LetterTypes::label(m.outcome.value_or(CallOutcome::NoAnswer));
        } else {
            m.state = MessageState::Queued;
        }
        m.createdAt = t;
        m.createdBy = m_actor;
        qint64 eventId = 0;
        QString why;
        if (!writeEvent(m.reportId, QStringLiteral("reply"), m, &eventId, &why)) {
            *error = tr("The reply could not be recorded: %1").arg(why);
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO message (uuid, report_id, citizen_id, channel, language, purpose, "
                                 "template_id, template_version, "
                                 "recipient_name, recipient, subject, body, state, error, attempts, outcome, "
                                 "created_at, created_by, sent_at, "
                                 "event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"));
        q.addBindValue(m.uuid);
        q.addBindValue(m.reportId);
        q.addBindValue(nullIfZero(m.citizenId));
        q.addBindValue(Labels::key(m.channel));
        q.addBindValue(LetterTypes::key(m.language));
        q.addBindValue(LetterTypes::key(m.purpose));
        q.addBindValue(nullIfZero(m.templateId));
        q.addBindValue(m.templateId ? QVariant(m.templateVersion) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(text(m.recipientName));
        q.addBindValue(text(m.recipient));
        q.addBindValue(text(m.subject));
        q.addBindValue(text(m.body));
        q.addBindValue(LetterTypes::key(m.state));
        q.addBindValue(nullIfEmpty(m.error));
        q.addBindValue(m.outcome ? QVariant(LetterTypes::key(*m.outcome)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(m.createdAt);
        q.addBindValue(text(m.createdBy));
        q.addBindValue(nullIfZero(m.sentAt));
        q.addBindValue(eventId);
        if (!q.exec()) {
            *error = tr("The reply could not be recorded: %1").arg(q.lastError().text());
            return false;
        }
        m.id = q.lastInsertId().toLongLong();
    }
    if (!tx.commit()) {
        *error = tr("The reply could not be recorded: %1").arg(tx.error());
        return false;
    }
    return true;
}

QList<Message> MessageStore::messages(const MessageFilter& f, QString* error) const
{
    QList<Message> out;
    const Where w = whereOf(f);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM message m JOIN report r ON r.id = m.report_id WHERE %2 "
                             "ORDER BY m.created_at, m.id LIMIT ?")
                  .arg(kColumns, w.sql));
    for (const QVariant& v : w.binds)
        q.addBindValue(v);
    q.addBindValue(f.limit);
    if (!q.exec()) {
        if (error)
            *error = tr("The messages could not be read: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << readMessage(q);
    return out;
}

qint64 MessageStore::count(const MessageFilter& f) const
{
    const Where w = whereOf(f);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM message m WHERE %1").arg(w.sql));
    for (const QVariant& v : w.binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Message> MessageStore::message(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM message m JOIN report r ON r.id = m.report_id WHERE m.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMessage(q);
}

bool MessageStore::markPrinted(const QList<qint64>& ids, QString* error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tr("The letters could not be marked as printed: %1").arg(tx.error());
        return false;
    }
    const qint64 t = now();
    for (qint64 id : ids) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE message SET state = 'printed', printed_at = ?, print_count = print_count + 1, "
                           "error = NULL WHERE id = ? AND channel = 'letter' AND state IN ('queued', 'printed')"));
        q.addBindValue(t);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = tr("The letters could not be marked as printed: %1").arg(q.lastError().text());
            return false;
        }
        if (q.numRowsAffected() != 1)
            continue;
        const std::optional<Message> m = message(id);
        QString why;
        if (m && !writeEvent(m->reportId, QStringLiteral("reply_printed"), *m, nullptr, &why)) {
            *error = tr("The letters could not be marked as printed: %1").arg(why);
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("The letters could not be marked as printed: %1").arg(tx.error());
        return false;
    }
    return true;
}

bool MessageStore::recordProblem(const QList<qint64>& ids, const QString& why, QString* error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    for (qint64 id : ids) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE message SET error = ? WHERE id = ? AND state = 'queued'"));
        q.addBindValue(why);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return tx.commit() || (*error = tx.error(), false);
}

bool MessageStore::claim(qint64 id, QString* error)
{
    // One UPDATE decides: whoever changes the row owns the attempt; everyone else sees 0 rows.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE message SET state = 'sending', attempts = attempts + 1, sending_at = ? "
                             "WHERE id = ? AND state = 'queued' AND channel IN ('email', 'sms')"));
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool MessageStore::finishSending(qint64 id, bool delivered, const QString& failure, int maxAttempts, QString* error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(db);
    if (delivered) {
        q.prepare(QStringLiteral(
            "UPDATE message SET state = 'sent', sent_at = ?, error = NULL WHERE id = ? AND state = 'sending'"));
        q.addBindValue(now());
    } else {
        q.prepare(QStringLiteral("UPDATE message SET state = CASE WHEN attempts >= ? THEN 'failed' ELSE 'queued' END, "
                                 "error = ? WHERE id = ? AND state = 'sending'"));
        q.addBindValue(maxAttempts);
        q.addBindValue(failure);
    }
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const std::optional<Message> m = message(id);
    if (m && q.numRowsAffected() == 1 && (m->state == MessageState::Sent || m->state == MessageState::Failed)) {
        QString why;
        if (!writeEvent(m->reportId,
                m->state == MessageState::Sent ? QStringLiteral("reply_sent") : QStringLiteral("reply_failed"),
                *m,
                nullptr,
                &why)) {
            *error = why;
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool MessageStore::retry(qint64 id, QString* error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE message SET state = 'queued', attempts = 0 "
                             "WHERE id = ? AND (state = 'failed' OR (state = 'queued' AND error IS NOT NULL)) "
                             "AND channel IN ('email', 'sms', 'letter')"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("The message could not be queued again: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("This message was sent or is being sent; it is not sent again.");
        return false;
    }
    return true;
}

bool MessageStore::cancel(qint64 id, QString* error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "UPDATE message SET state = 'failed', error = ? WHERE id = ? AND state IN ('queued', 'failed')"));
    q.addBindValue(tr("Cancelled by %1").arg(m_actor));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("This message was sent or is being sent; it cannot be cancelled.");
        return false;
    }
    return true;
}

int MessageStore::recoverInterrupted(qint64 olderThanSecs)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("UPDATE message SET state = 'failed', error = ? WHERE state = 'sending' AND sending_at < ?"));
    q.addBindValue(tr("Interrupted while sending; it may or may not have arrived. Check with the citizen before you "
                      "send it again."));
    q.addBindValue(now() - olderThanSecs);
    return q.exec() ? q.numRowsAffected() : 0;
}

QList<qint64> MessageStore::dueForSending(int maxAttempts) const
{
    QList<qint64> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM message WHERE state = 'queued' AND channel IN ('email', 'sms') "
                             "AND attempts < ? ORDER BY created_at, id"));
    q.addBindValue(maxAttempts);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

std::optional<Language> MessageStore::lastLanguage(qint64 citizenId) const
{
    if (!citizenId)
        return std::nullopt;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT language FROM message WHERE citizen_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(citizenId);
    Language l;
    if (q.exec() && q.next() && LetterTypes::fromKey(q.value(0).toString(), &l))
        return l;
    return std::nullopt;
}

} // namespace meldpunt
