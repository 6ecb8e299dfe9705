// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/lettertypes.h"

#include <QDate>
#include <QLocale>

namespace meldpunt {

QList<Language> LetterTypes::languages()
{
    return { Language::Dutch, Language::French };
}

QString LetterTypes::key(Language l)
{
    return l == Language::French ? QStringLiteral("fr") : QStringLiteral("nl");
}

bool LetterTypes::fromKey(const QString& key, Language* out)
{
    if (key == QLatin1String("nl"))
        *out = Language::Dutch;
    else if (key == QLatin1String("fr"))
        *out = Language::French;
    else
        return false;
    return true;
}

QString LetterTypes::label(Language l)
{
    return l == Language::French ? tr("French") : tr("Dutch");
}

QList<Purpose> LetterTypes::purposes()
{
    return { Purpose::Acknowledgement,
        Purpose::Forwarded,
        Purpose::Planned,
        Purpose::Resolved,
        Purpose::NotOurs,
        Purpose::Duplicate,
        Purpose::Question,
        Purpose::Other };
}

QString LetterTypes::key(Purpose p)
{
    switch (p) {
    case Purpose::Acknowledgement: return QStringLiteral("acknowledgement");
    case Purpose::Forwarded: return QStringLiteral("forwarded");
    case Purpose::Planned: return QStringLiteral("planned");
    case Purpose::Resolved: return QStringLiteral("resolved");
    case Purpose::NotOurs: return QStringLiteral("not_ours");
    case Purpose::Duplicate: return QStringLiteral("duplicate");
    case Purpose::Question: return QStringLiteral("question");
    case Purpose::Other: break;
    }
    return QStringLiteral("other");
}

bool LetterTypes::fromKey(const QString& key, Purpose* out)
{
    for (Purpose p : purposes()) {
        if (LetterTypes::key(p) == key) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString LetterTypes::label(Purpose p)
{
    switch (p) {
    case Purpose::Acknowledgement: return tr("Acknowledgement");
    case Purpose::Forwarded: return tr("Forwarded to department");
    case Purpose::Planned: return tr("Work planned");
    case Purpose::Resolved: return tr("Resolved");
    case Purpose::NotOurs: return tr("Not our responsibility");
    case Purpose::Duplicate: return tr("Duplicate");
    case Purpose::Question: return tr("Question to the citizen");
    case Purpose::Other: break;
    }
    return tr("Other");
}

Purpose LetterTypes::suggestedPurpose(Status s)
{
    switch (s) {
    case Status::New:
    case Status::Triaged: return Purpose::Acknowledgement;
    case Status::Assigned: return Purpose::Forwarded;
    case Status::InProgress: return Purpose::Planned;
    case Status::OnHold: return Purpose::Question;
    case Status::Resolved:
    case Status::Closed: return Purpose::Resolved;
    case Status::Rejected: return Purpose::NotOurs;
    case Status::Duplicate: return Purpose::Duplicate;
    }
    return Purpose::Acknowledgement;
}

QString LetterTypes::key(MessageState s)
{
    switch (s) {
    case MessageState::Queued: return QStringLiteral("queued");
    case MessageState::Sending: return QStringLiteral("sending");
    case MessageState::Sent: return QStringLiteral("sent");
    case MessageState::Printed: return QStringLiteral("printed");
    case MessageState::Failed: break;
    }
    return QStringLiteral("failed");
}

bool LetterTypes::fromKey(const QString& key, MessageState* out)
{
    for (MessageState s : { MessageState::Queued,
             MessageState::Sending,
             MessageState::Sent,
             MessageState::Printed,
             MessageState::Failed }) {
        if (LetterTypes::key(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString LetterTypes::label(MessageState s)
{
    switch (s) {
    case MessageState::Queued: return tr("Queued");
    case MessageState::Sending: return tr("Sending");
    case MessageState::Sent: return tr("Sent");
    case MessageState::Printed: return tr("Printed");
    case MessageState::Failed: break;
    }
    return tr("Failed");
}

QList<CallOutcome> LetterTypes::callOutcomes()
{
    return { CallOutcome::Reached, CallOutcome::Voicemail, CallOutcome::NoAnswer, CallOutcome::WrongNumber };
}

QString LetterTypes::key(CallOutcome o)
{
    switch (o) {
    case CallOutcome::Reached: return QStringLiteral("reached");
    case CallOutcome::Voicemail: return QStringLiteral("voicemail");
    case CallOutcome::NoAnswer: return QStringLiteral("no_answer");
    case CallOutcome::WrongNumber: break;
    }
    return QStringLiteral("wrong_number");
}

bool LetterTypes::fromKey(const QString& key, CallOutcome* out)
{
    for (CallOutcome o : callOutcomes()) {
        if (LetterTypes::key(o) == key) {
            *out = o;
            return true;
        }
    }
    return false;
}

QString LetterTypes::label(CallOutcome o)
{
    switch (o) {
    case CallOutcome::Reached: return tr("Reached the citizen");
    case CallOutcome::Voicemail: return tr("Left a voicemail");
    case CallOutcome::NoAnswer: return tr("No answer");
    case CallOutcome::WrongNumber: break;
    }
    return tr("Wrong number");
}

QList<ReplyChannel> LetterTypes::templateChannels()
{
    return { ReplyChannel::Letter, ReplyChannel::Email, ReplyChannel::Sms };
}

LetterWords LetterWords::of(Language l)
{
    if (l == Language::French)
        return { QStringLiteral("Notre référence"),
            QStringLiteral("Votre signalement du"),
            QStringLiteral("Contact"),
            QStringLiteral("Date"),
            QStringLiteral("Page %1 de %2"),
            QStringLiteral("Objet") };
    return { QStringLiteral("Ons kenmerk"),
        QStringLiteral("Uw melding van"),
        QStringLiteral("Contact"),
        QStringLiteral("Datum"),
        QStringLiteral("Pagina %1 van %2"),
        QStringLiteral("Betreft") };
}

QString LetterWords::longDate(Language l, const QDate& d)
{
    if (!d.isValid())
        return {};
    const QLocale locale = l == Language::French ? QLocale(QLocale::French, QLocale::Belgium)
                                                 : QLocale(QLocale::Dutch, QLocale::Belgium);
    return locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString LetterWords::statusName(Language l, Status s)
{
    const bool fr = l == Language::French;
    switch (s) {
    case Status::New: return fr ? QStringLiteral("reçu") : QStringLiteral("ontvangen");
    case Status::Triaged: return fr ? QStringLiteral("pris en charge") : QStringLiteral("in behandeling genomen");
    case Status::Assigned:
        return fr ? QStringLiteral("transmis au service compétent")
                  : QStringLiteral("doorgegeven aan de bevoegde dienst");
    case Status::InProgress: return fr ? QStringLiteral("en cours d'exécution") : QStringLiteral("in uitvoering");
    case Status::OnHold: return fr ? QStringLiteral("temporairement suspendu") : QStringLiteral("tijdelijk uitgesteld");
    case Status::Resolved: return fr ? QStringLiteral("résolu") : QStringLiteral("opgelost");
    case Status::Closed: return fr ? QStringLiteral("clôturé") : QStringLiteral("afgesloten");
    case Status::Rejected: return fr ? QStringLiteral("non retenu") : QStringLiteral("niet weerhouden");
    case Status::Duplicate:
        return fr ? QStringLiteral("joint à un signalement antérieur")
                  : QStringLiteral("samengevoegd met een eerdere melding");
    }
    return {};
}

QString LetterWords::channelName(Language l, Channel c)
{
    const bool fr = l == Language::French;
    switch (c) {
    case Channel::Web: return fr ? QStringLiteral("le formulaire en ligne") : QStringLiteral("het webformulier");
    case Channel::Email: return fr ? QStringLiteral("e-mail") : QStringLiteral("e-mail");
    case Channel::Phone: return fr ? QStringLiteral("téléphone") : QStringLiteral("telefoon");
    case Channel::WhatsApp: return QStringLiteral("WhatsApp");
    case Channel::Counter: return fr ? QStringLiteral("le guichet") : QStringLiteral("het loket");
    case Channel::App: return fr ? QStringLiteral("l'application") : QStringLiteral("de app");
    }
    return {};
}

} // namespace meldpunt
