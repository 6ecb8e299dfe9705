// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/status.h"

#include <array>

namespace meldpunt {

namespace {

struct Transition {
    Status from;
    Status to;
};

// The status workflow: the only place that decides which change is allowed.
// new → triaged → assigned → in_progress → resolved → closed, with on_hold, rejected, duplicate.
constexpr std::array kTransitions {
    Transition { Status::New, Status::Triaged },
    Transition { Status::New, Status::Assigned },
    Transition { Status::New, Status::Rejected },
    Transition { Status::New, Status::Duplicate },
    Transition { Status::New, Status::OnHold },
    Transition { Status::Triaged, Status::New },
    Transition { Status::Triaged, Status::Assigned },
    Transition { Status::Triaged, Status::Rejected },
    Transition { Status::Triaged, Status::Duplicate },
    Transition { Status::Triaged, Status::OnHold },
    Transition { Status::Assigned, Status::Triaged },
    Transition { Status::Assigned, Status::InProgress },
    Transition { Status::Assigned, Status::OnHold },
    Transition { Status::Assigned, Status::Resolved },
    Transition { Status::Assigned, Status::Rejected },
    Transition { Status::Assigned, Status::Duplicate },
    Transition { Status::InProgress, Status::OnHold },
    Transition { Status::InProgress, Status::Resolved },
    Transition { Status::InProgress, Status::Assigned },
    Transition { Status::OnHold, Status::Triaged },
    Transition { Status::OnHold, Status::Assigned },
    Transition { Status::OnHold, Status::InProgress },
    Transition { Status::OnHold, Status::Rejected },
    Transition { Status::OnHold, Status::Duplicate },
    Transition { Status::Resolved, Status::Closed },
    Transition { Status::Resolved, Status::InProgress }, // reopened: the problem came back
    Transition { Status::Rejected, Status::Triaged }, // rejected by mistake
    Transition { Status::Duplicate, Status::Triaged }, // merged by mistake
};

struct StatusName {
    Status status;
    const char* key;
};
constexpr std::array kStatusKeys {
    StatusName { Status::New, "new" },
    StatusName { Status::Triaged, "triaged" },
    StatusName { Status::Assigned, "assigned" },
    StatusName { Status::InProgress, "in_progress" },
    StatusName { Status::OnHold, "on_hold" },
    StatusName { Status::Resolved, "resolved" },
    StatusName { Status::Closed, "closed" },
    StatusName { Status::Rejected, "rejected" },
    StatusName { Status::Duplicate, "duplicate" },
};

} // namespace

QList<Status> StatusRules::all()
{
    QList<Status> out;
    for (const auto& n : kStatusKeys)
        out.append(n.status);
    return out;
}

QString StatusRules::key(Status s)
{
    for (const auto& n : kStatusKeys)
        if (n.status == s)
            return QString::fromLatin1(n.key);
    return {};
}

bool StatusRules::fromKey(const QString& key, Status* out)
{
    for (const auto& n : kStatusKeys) {
        if (key == QLatin1String(n.key)) {
            *out = n.status;
            return true;
        }
    }
    return false;
}

QString StatusRules::label(Status s)
{
    switch (s) {
    case Status::New: return tr("New");
    case Status::Triaged: return tr("Triaged");
    case Status::Assigned: return tr("Assigned");
    case Status::InProgress: return tr("In progress");
    case Status::OnHold: return tr("On hold");
    case Status::Resolved: return tr("Resolved");
    case Status::Closed: return tr("Closed");
    case Status::Rejected: return tr("Rejected");
    case Status::Duplicate: return tr("Duplicate");
    }
    return {};
}

bool StatusRules::isOpen(Status s)
{
    switch (s) {
    case Status::New:
    case Status::Triaged:
    case Status::Assigned:
    case Status::InProgress:
    case Status::OnHold: return true;
    default: return false;
    }
}

bool StatusRules::canTransition(Status from, Status to)
{
    for (const auto& t : kTransitions)
        if (t.from == from && t.to == to)
            return true;
    return false;
}

QList<Status> StatusRules::allowedFrom(Status from)
{
    QList<Status> out;
    for (const auto& t : kTransitions)
        if (t.from == from)
            out.append(t.to);
    return out;
}

QString StatusRules::refusal(Status from, Status to)
{
    if (canTransition(from, to))
        return {};
    if (from == to)
        return tr("The report is already “%1”.").arg(label(to));
    QStringList allowed;
    const auto targets = allowedFrom(from);
    for (Status s : targets)
        allowed << label(s);
    if (allowed.isEmpty())
        return tr("A report that is “%1” cannot change status any more.").arg(label(from));
    return tr("A report that is “%1” cannot become “%2”. Allowed: %3.")
        .arg(label(from), label(to), allowed.join(QStringLiteral(", ")));
}

QList<Priority> Labels::priorities()
{
    return { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent };
}

QString Labels::label(Priority p)
{
    switch (p) {
    case Priority::Low: return tr("Low");
    case Priority::Normal: return tr("Normal");
    case Priority::High: return tr("High");
    case Priority::Urgent: return tr("Urgent");
    }
    return {};
}

QList<Channel> Labels::channels()
{
    return { Channel::Web, Channel::Email, Channel::Phone, Channel::WhatsApp, Channel::Counter, Channel::App };
}

QString Labels::key(Channel c)
{
    switch (c) {
    case Channel::Web: return QStringLiteral("web");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::WhatsApp: return QStringLiteral("whatsapp");
    case Channel::Counter: return QStringLiteral("counter");
    case Channel::App: return QStringLiteral("app");
    }
    return {};
}

bool Labels::fromKey(const QString& key, Channel* out)
{
    for (Channel c : channels()) {
        if (Labels::key(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}

QString Labels::label(Channel c)
{
    switch (c) {
    case Channel::Web: return tr("Web form");
    case Channel::Email: return tr("E-mail");
    case Channel::Phone: return tr("Phone");
    case Channel::WhatsApp: return tr("WhatsApp");
    case Channel::Counter: return tr("Counter");
    case Channel::App: return tr("App");
    }
    return {};
}

QList<ReplyChannel> Labels::replyChannels()
{
    return { ReplyChannel::Email, ReplyChannel::Sms, ReplyChannel::Letter, ReplyChannel::Phone, ReplyChannel::None };
}

QString Labels::key(ReplyChannel c)
{
    switch (c) {
    case ReplyChannel::None: return QStringLiteral("none");
    case ReplyChannel::Email: return QStringLiteral("email");
    case ReplyChannel::Sms: return QStringLiteral("sms");
    case ReplyChannel::Letter: return QStringLiteral("letter");
    case ReplyChannel::Phone: return QStringLiteral("phone");
    }
    return {};
}

bool Labels::fromKey(const QString& key, ReplyChannel* out)
{
    for (ReplyChannel c : replyChannels()) {
        if (Labels::key(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}

QString Labels::label(ReplyChannel c)
{
    switch (c) {
    case ReplyChannel::None: return tr("No reply");
    case ReplyChannel::Email: return tr("E-mail");
    case ReplyChannel::Sms: return tr("SMS");
    case ReplyChannel::Letter: return tr("Letter");
    case ReplyChannel::Phone: return tr("Phone call");
    }
    return {};
}

} // namespace meldpunt
