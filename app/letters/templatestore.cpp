// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/templatestore.h"

#include "domain/report.h"
#include "letters/lettersettings.h"
#include "letters/lettersql.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace meldpunt {

using letters::Transaction;

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, name, purpose, channel, language, coalesce(category_id, 0), status, subject, body, version, active, "
    "updated_at, updated_by");

LetterTemplate readTemplate(const QSqlQuery& q)
{
    LetterTemplate t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.name = q.value(2).toString();
    LetterTypes::fromKey(q.value(3).toString(), &t.purpose);
    Labels::fromKey(q.value(4).toString(), &t.channel);
    LetterTypes::fromKey(q.value(5).toString(), &t.language);
    t.categoryId = q.value(6).toInt();
    Status s;
    if (!q.value(7).isNull() && StatusRules::fromKey(q.value(7).toString(), &s))
        t.status = s;
    t.subject = q.value(8).toString();
    t.body = q.value(9).toString();
    t.version = q.value(10).toInt();
    t.active = q.value(11).toBool();
    t.updatedAt = q.value(12).toLongLong();
    t.updatedBy = q.value(13).toString();
    return t;
}

QVariant nullableInt(int v)
{
    return v == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

QVariant statusValue(const std::optional<Status>& s)
{
    return s ? QVariant(StatusRules::key(*s)) : QVariant(QMetaType::fromType<QString>());
}

bool insertVersion(QSqlDatabase& db, const LetterTemplate& t, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO template_version (template_id, version, subject, body, saved_at, saved_by) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.id);
    q.addBindValue(t.version);
    q.addBindValue(letters::text(t.subject));
    q.addBindValue(letters::text(t.body));
    q.addBindValue(t.updatedAt);
    q.addBindValue(t.updatedBy);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

TemplateStore::TemplateStore(Database* db) : m_db(db) {}

QList<LetterTemplate> TemplateStore::templates(bool includeInactive, QString* error) const
{
    QList<LetterTemplate> out;
    QSqlQuery q(m_db->connection());
    const QString sql = QStringLiteral("SELECT %1 FROM template %2 ORDER BY CASE language WHEN 'nl' THEN 0 ELSE 1 END, "
                                       "CASE purpose WHEN 'acknowledgement' THEN 0 WHEN 'forwarded' THEN 1 "
                                       "WHEN 'planned' THEN 2 WHEN 'resolved' THEN 3 WHEN 'not_ours' THEN 4 "
                                       "WHEN 'duplicate' THEN 5 WHEN 'question' THEN 6 ELSE 7 END, "
                                       "CASE channel WHEN 'letter' THEN 0 WHEN 'email' THEN 1 ELSE 2 END, name, id")
                            .arg(kColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1"));
    if (!q.exec(sql)) {
        if (error)
            *error = tr("The templates could not be read: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out << readTemplate(q);
    return out;
}

std::optional<LetterTemplate> TemplateStore::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM template WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTemplate(q);
}

QList<TemplateVersion> TemplateStore::versions(qint64 templateId) const
{
    QList<TemplateVersion> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT version, subject, body, saved_at, saved_by FROM template_version "
                             "WHERE template_id = ? ORDER BY version DESC"));
    q.addBindValue(templateId);
    if (q.exec())
        while (q.next())
            out << TemplateVersion { q.value(0).toInt(),
                q.value(1).toString(),
                q.value(2).toString(),
                q.value(3).toLongLong(),
                q.value(4).toString() };
    return out;
}

std::optional<TemplateVersion> TemplateStore::version(qint64 templateId, int version) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT version, subject, body, saved_at, saved_by FROM template_version "
                             "WHERE template_id = ? AND version = ?"));
    q.addBindValue(templateId);
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return TemplateVersion {
        q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString()
    };
}

bool TemplateStore::isEmpty() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM template")) && q.next() && q.value(0).toLongLong() == 0;
}

bool TemplateStore::save(LetterTemplate* t, QString* error, QList<TemplateIssue>* warnings)
{
    if (t->name.trimmed().isEmpty()) {
        *error = tr("A template needs a name.");
        return false;
    }
    if (t->channel != ReplyChannel::Letter && t->channel != ReplyChannel::Email && t->channel != ReplyChannel::Sms) {
        *error = tr("Templates exist for letters, e-mail and SMS only.");
        return false;
    }
    if (t->format() == TextFormat::Html)
        t->body = Merge::bodyFragment(t->body);
    if (warnings) {
        *warnings = Merge::validate(t->body, t->format());
        // A subject is plain text whatever the channel.
        *warnings += Merge::validate(t->subject, TextFormat::PlainText);
    }

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tr("The template could not be saved: %1").arg(tx.error());
        return false;
    }
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    LetterTemplate next = *t;
    next.updatedAt = now;
    next.updatedBy = m_actor;
    QSqlQuery q(db);
    bool newVersion = true;
    if (t->id == 0) {
        next.version = 1;
        if (next.uuid.isEmpty())
            next.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("INSERT INTO template (uuid, name, purpose, channel, language, category_id, status, "
                                 "subject, body, version, active, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(next.uuid);
    } else {
        const std::optional<LetterTemplate> old = find(t->id);
        if (!old) {
            *error = tr("The template was deleted on another desk; save it as a new template.");
            return false;
        }
        // A changed text is a new version; the old one stays for the messages sent with it.
        newVersion = old->subject != next.subject || old->body != next.body;
        next.version = old->version + (newVersion ? 1 : 0);
        next.uuid = old->uuid;
        q.prepare(
            QStringLiteral("UPDATE template SET name = ?, purpose = ?, channel = ?, language = ?, category_id = ?, "
                           "status = ?, subject = ?, body = ?, version = ?, active = ?, updated_at = ?, "
                           "updated_by = ? WHERE id = ?"));
    }
    q.addBindValue(next.name.trimmed());
    q.addBindValue(LetterTypes::key(next.purpose));
    q.addBindValue(Labels::key(next.channel));
    q.addBindValue(LetterTypes::key(next.language));
    q.addBindValue(nullableInt(next.categoryId));
    q.addBindValue(statusValue(next.status));
    q.addBindValue(letters::text(next.subject));
    q.addBindValue(letters::text(next.body));
    q.addBindValue(next.version);
    q.addBindValue(next.active ? 1 : 0);
    q.addBindValue(next.updatedAt);
    q.addBindValue(next.updatedBy);
    if (t->id != 0)
        q.addBindValue(t->id);
    if (!q.exec()) {
        *error = tr("The template could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    if (t->id == 0)
        next.id = q.lastInsertId().toLongLong();
    QString why;
    if (newVersion && !insertVersion(db, next, &why)) {
        *error = tr("The template could not be saved: %1").arg(why);
        return false;
    }
    if (!tx.commit()) {
        *error = tr("The template could not be saved: %1").arg(tx.error());
        return false;
    }
    *t = next;
    return true;
}

bool TemplateStore::remove(qint64 id, QString* error)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.ok()) {
        *error = tr("The template could not be removed: %1").arg(tx.error());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM message WHERE template_id = ?"));
    q.addBindValue(id);
    const bool used = q.exec() && q.next() && q.value(0).toLongLong() > 0;
    if (used) {
        q.prepare(QStringLiteral("UPDATE template SET active = 0 WHERE id = ?"));
        q.addBindValue(id);
    } else {
        QSqlQuery v(db);
        v.prepare(QStringLiteral("DELETE FROM template_version WHERE template_id = ?"));
        v.addBindValue(id);
        v.exec();
        q.prepare(QStringLiteral("DELETE FROM template WHERE id = ?"));
        q.addBindValue(id);
    }
    if (!q.exec() || !tx.commit()) {
        *error = tr("The template could not be removed: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<LetterTemplate> TemplateStore::suggest(Purpose purpose, ReplyChannel channel, Language language,
    int categoryId, Status status, const ReferenceData* refs) const
{
    const int parentId = [&] {
        if (!refs)
            return 0;
        const Category* c = refs->category(categoryId);
        return c ? c->parentId : 0;
    }();
    std::optional<LetterTemplate> best;
    int bestScore = -1;
    const QList<LetterTemplate> all = templates(false);
    for (const LetterTemplate& t : all) {
        if (t.channel != channel || t.purpose != purpose)
            continue;
        // A template written for another category does not fit at all; one for another status might.
        if (t.categoryId != 0 && t.categoryId != categoryId && t.categoryId != parentId)
            continue;
        int score = 0;
        if (t.language == language)
            score += 100;
        if (t.categoryId != 0)
            score += t.categoryId == categoryId ? 20 : 10;
        if (t.status)
            score += *t.status == status ? 5 : -5;
        if (score > bestScore) {
            bestScore = score;
            best = t;
        }
    }
    return best;
}

bool TemplateStore::ensureDefaults(QString* error)
{
    if (!isEmpty())
        return true;
    return installDefaultTemplates(m_db, error);
}

bool installDefaultTemplates(Database* db, QString* error)
{
    static const QUuid kNamespace(QStringLiteral("{6f0c2b1e-4d8a-5b7e-9c3f-1a2b3c4d5e6f}"));
    QSqlDatabase c = db->connection();
    Transaction tx(c);
    if (!tx.ok()) {
        *error = TemplateStore::tr("The default templates could not be installed: %1").arg(tx.error());
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int loaded = 0;
    for (Language lang : LetterTypes::languages()) {
        const QString path = QStringLiteral(":/templates/defaults-%1.json").arg(LetterTypes::key(lang));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = TemplateStore::tr("The default templates %1 are missing from this build.").arg(path);
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (doc.isNull()) {
            *error = TemplateStore::tr("The default templates %1 are damaged: %2").arg(path, parseError.errorString());
            return false;
        }
        const QJsonArray list = doc.object().value(QStringLiteral("templates")).toArray();
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            LetterTemplate t;
            t.language = lang;
            t.name = o.value(QStringLiteral("name")).toString();
            Purpose p;
            ReplyChannel ch;
            if (!LetterTypes::fromKey(o.value(QStringLiteral("purpose")).toString(), &p)
                || !Labels::fromKey(o.value(QStringLiteral("channel")).toString(), &ch)) {
                *error = TemplateStore::tr("The default template \"%1\" in %2 has an unknown purpose or channel.")
                             .arg(t.name, path);
                return false;
            }
            t.purpose = p;
            t.channel = ch;
            t.subject = o.value(QStringLiteral("subject")).toString();
            t.body = o.value(QStringLiteral("body")).toString();
            // The same default has the same identity on every desk, so installing twice changes nothing.
            t.uuid = QUuid::createUuidV5(kNamespace,
                QStringLiteral("%1/%2/%3").arg(LetterTypes::key(lang), LetterTypes::key(p), Labels::key(ch)))
                         .toString(QUuid::WithoutBraces);
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO template (uuid, name, purpose, channel, language, subject, "
                                     "body, version, active, updated_at, updated_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 'meldpunt')"));
            q.addBindValue(t.uuid);
            q.addBindValue(t.name);
            q.addBindValue(LetterTypes::key(p));
            q.addBindValue(Labels::key(ch));
            q.addBindValue(LetterTypes::key(lang));
            q.addBindValue(t.subject);
            q.addBindValue(t.body);
            q.addBindValue(now);
            if (!q.exec()) {
                *error
                    = TemplateStore::tr("The default templates could not be installed: %1").arg(q.lastError().text());
                return false;
            }
            if (q.numRowsAffected() == 1) {
                QSqlQuery vq(c);
                vq.prepare(
                    QStringLiteral("INSERT INTO template_version (template_id, version, subject, body, saved_at, "
                                   "saved_by) VALUES (?, 1, ?, ?, ?, 'meldpunt')"));
                vq.addBindValue(q.lastInsertId());
                vq.addBindValue(t.subject);
                vq.addBindValue(t.body);
                vq.addBindValue(now);
                if (!vq.exec()) {
                    *error = TemplateStore::tr("The default templates could not be installed: %1")
                                 .arg(vq.lastError().text());
                    return false;
                }
                ++loaded;
            }
        }
    }
    // The demo letterhead only where no letterhead was set up; a city's own is never overwritten.
    QSqlQuery has(c);
    const bool hasLetterhead
        = has.exec(QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'letters.letterhead.%'")) && has.next()
        && has.value(0).toInt() > 0;
    if (!tx.commit()) {
        *error = TemplateStore::tr("The default templates could not be installed: %1").arg(tx.error());
        return false;
    }
    Q_UNUSED(loaded)
    if (!hasLetterhead)
        return LetterSettings::saveLetterhead(db, LetterSettings::defaultLetterhead(), error);
    return true;
}

} // namespace meldpunt
