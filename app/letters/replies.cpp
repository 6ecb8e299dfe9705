// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/replies.h"

#include "domain/calendar.h"
#include "letters/letterlayout.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace meldpunt {

QList<ReplyRecipient> Replies::recipients(const ReportStore& store, const Report& report)
{
    QList<ReplyRecipient> out;
    QList<qint64> seen;
    if (report.citizenId) {
        if (const std::optional<Citizen> c = store.citizen(report.citizenId); c && !c->anonymized) {
            ReplyRecipient r;
            r.citizen = *c;
            // What the citizen asked for on this report wins over their general preference.
            r.channel = report.replyChannel != ReplyChannel::None ? report.replyChannel : c->replyChannel;
            out << r;
            seen << c->id;
        }
    }
    const QList<Citizen> followers = store.followers(report.id);
    for (const Citizen& c : followers) {
        if (c.anonymized || seen.contains(c.id))
            continue;
        ReplyRecipient r;
        r.citizen = c;
        r.channel = c.replyChannel;
        r.follower = true;
        out << r;
        seen << c.id;
    }
    return out;
}

QString Replies::userName(Database* db, const QString& login)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT name FROM user WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return login;
}

MergeInput Replies::context(const ReportStore& store, const Report& report, Language language)
{
    MergeInput in;
    in.report = report;
    in.hasReport = true;
    in.refs = &store.refs();
    in.language = language;
    in.today = QDateTime::fromSecsSinceEpoch(store.now(), WorkCalendar::cityTimeZone()).date();
    in.coordinatorName = userName(store.database(), store.actor());
    in.letterhead = LetterSettings::letterhead(store.database());
    if (report.duplicateOf)
        if (const std::optional<Report> original = store.report(report.duplicateOf))
            in.duplicateOfRef = original->ref;
    return in;
}

MergeInput Replies::sampleContext(Language language, const Letterhead& letterhead, const QString& coordinatorName)
{
    MergeInput in;
    in.hasReport = true;
    Report& r = in.report;
    r.ref = QStringLiteral("M-2026-000123");
    const QDateTime received(QDate::currentDate().addDays(-6), QTime(9, 14), WorkCalendar::cityTimeZone());
    r.receivedAt = received.toSecsSinceEpoch();
    r.dueAt = WorkCalendar::dueAt(received, 10).toSecsSinceEpoch();
    r.address = QStringLiteral("Stationsstraat 4");
    r.description = tr("Bags of rubbish next to the bottle bank.");
    r.status = Status::Assigned;
    in.language = language;
    in.today = QDate::currentDate();
    in.coordinatorName = coordinatorName;
    in.duplicateOfRef = QStringLiteral("M-2026-000117");
    in.letterhead = letterhead;
    return in;
}

ReplyRecipient Replies::sampleRecipient(ReplyChannel channel)
{
    ReplyRecipient to;
    to.citizen.name = QStringLiteral("Marie Claes");
    to.citizen.address = QStringLiteral("Kerkstraat 12");
    to.citizen.postcode = QStringLiteral("8870");
    to.citizen.municipality = QStringLiteral("Oostveld");
    to.citizen.email = QStringLiteral("marie.claes@example.be");
    to.citizen.phone = QStringLiteral("0470 12 34 56");
    to.citizen.replyChannel = channel;
    to.channel = channel;
    return to;
}

QString Replies::unreachable(const Citizen& c, ReplyChannel channel)
{
    if (c.anonymized)
        return tr("%1 was anonymised; no reply can be sent.").arg(c.name);
    switch (channel) {
    case ReplyChannel::Email:
        if (!c.email.contains(QLatin1Char('@')))
            return tr("%1 has no e-mail address.").arg(c.name);
        break;
    case ReplyChannel::Sms:
        if (c.phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 8)
            return tr("%1 has no mobile number.").arg(c.name);
        break;
    case ReplyChannel::Phone:
        if (c.phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 8)
            return tr("%1 has no phone number.").arg(c.name);
        break;
    case ReplyChannel::Letter:
        if (c.address.trimmed().isEmpty() || (c.postcode + c.municipality).trimmed().isEmpty())
            return tr("%1 has no complete postal address.").arg(c.name);
        break;
    case ReplyChannel::None: return tr("%1 asked not to receive replies.").arg(c.name);
    }
    return {};
}

Language Replies::preferredLanguage(const MessageStore& messages, qint64 citizenId)
{
    return messages.lastLanguage(citizenId).value_or(Language::Dutch);
}

QString Replies::emailDocument(const QString& bodyHtml, const QString& signatureHtml, const Letterhead& h)
{
    QStringList footer;
    for (const QString& s : { h.cityName, h.service, h.address.simplified(), h.phone, h.website })
        if (!s.trimmed().isEmpty())
            footer << s.trimmed().toHtmlEscaped();
    // Inline styles only: many mail programs drop <style> blocks.
    return QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"margin:0; padding:0; background:#ffffff;\">"
        "<div style=\"max-width:640px; padding:16px; font-family:Arial,Helvetica,sans-serif; font-size:15px; "
        "line-height:1.45; color:#1d1d1f;\">%1"
        "<div style=\"margin-top:18px;\">%2</div>"
        "<div style=\"margin-top:28px; padding-top:10px; border-top:1px solid #d0d4d9; font-size:12px; "
        "color:#5f6368;\">%3</div></div></body></html>")
        .arg(bodyHtml, signatureHtml, footer.join(QStringLiteral(" &middot; ")));
}

ComposedMessage Replies::compose(const MergeInput& base, const ReplyRecipient& to, const ReplyDraft& draft)
{
    ComposedMessage out;
    MergeInput in = base;
    in.citizen = to.citizen;
    in.hasCitizen = true;
    in.language = draft.language;
    in.note = draft.note;
    const MergeValues values = Merge::values(in);

    Message& m = out.message;
    m.reportId = base.report.id;
    m.citizenId = to.citizen.id;
    m.channel = draft.channel;
    m.language = draft.language;
    m.purpose = draft.purpose;
    m.templateId = draft.templateId;
    m.templateVersion = draft.templateVersion;
    m.recipientName = to.citizen.name;
    m.reportRef = base.report.ref;
    m.reportReceivedAt = base.report.receivedAt;
    out.blocker = unreachable(to.citizen, draft.channel);

    auto collect = [&out](const RenderResult& r) {
        for (const QString& k : r.missing)
            if (!out.missing.contains(k))
                out.missing << k;
        for (const QString& k : r.unknown)
            if (!out.unknown.contains(k))
                out.unknown << k;
    };

    switch (draft.channel) {
    case ReplyChannel::Letter:
    case ReplyChannel::Email: {
        const RenderResult subject = Merge::render(draft.subject, values, TextFormat::PlainText);
        const RenderResult body = Merge::render(Merge::bodyFragment(draft.body), values, TextFormat::Html);
        const RenderResult signature = Merge::render(in.letterhead.signature(draft.language), values, TextFormat::Html);
        collect(subject);
        collect(body);
        collect(signature);
        m.subject = subject.text.simplified();
        if (draft.channel == ReplyChannel::Letter) {
            m.body = body.text + QStringLiteral("<p style=\"margin-top:14px;\">") + signature.text
                + QStringLiteral("</p>");
            m.recipient = values.value(QStringLiteral("citizen.postal_address"));
        } else {
            m.body = emailDocument(body.text, signature.text, in.letterhead);
            m.recipient = to.citizen.email.trimmed();
        }
        break;
    }
    case ReplyChannel::Sms: {
        const RenderResult body = Merge::render(draft.body, values, TextFormat::PlainText);
        collect(body);
        m.body = body.text.trimmed();
        m.recipient = to.citizen.phone.trimmed();
        break;
    }
    case ReplyChannel::Phone:
    case ReplyChannel::None:
        // A call note is the coordinator's own words, kept as typed.
        m.channel = ReplyChannel::Phone;
        m.body = draft.body.trimmed();
        m.recipient = to.citizen.phone.trimmed();
        m.outcome = draft.outcome;
        break;
    }
    return out;
}

LetterDocument Replies::letterOf(const Message& m, const Letterhead& letterhead)
{
    Q_UNUSED(letterhead)
    LetterDocument l;
    l.language = m.language;
    l.recipientName = m.recipientName;
    l.recipientLines = m.recipient.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    l.reference = m.reportRef;
    if (m.reportReceivedAt)
        l.reportDate = QDateTime::fromSecsSinceEpoch(m.reportReceivedAt, WorkCalendar::cityTimeZone()).date();
    l.date = QDateTime::fromSecsSinceEpoch(
        m.createdAt ? m.createdAt : QDateTime::currentSecsSinceEpoch(), WorkCalendar::cityTimeZone())
                 .date();
    l.subject = m.subject;
    l.bodyHtml = m.body;
    return l;
}

} // namespace meldpunt
