// SPDX-License-Identifier: GPL-3.0-or-later
// Report status, priority and channels, and the one transition table that decides status changes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meldpunt {

enum class Status { New, Triaged, Assigned, InProgress, OnHold, Resolved, Closed, Rejected, Duplicate };
enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };
enum class Channel { Web, Email, Phone, WhatsApp, Counter, App };
enum class ReplyChannel { None, Email, Sms, Letter, Phone };

/// Names, labels and the allowed transitions of the status workflow.
class StatusRules final {
    Q_DECLARE_TR_FUNCTIONS(StatusRules)
public:
    static QList<Status> all();
    static QString key(Status s); ///< stored form, e.g. "in_progress"
    static bool fromKey(const QString& key, Status* out);
    static QString label(Status s); ///< translated
    static bool isOpen(Status s); ///< still needs work (counts for overdue and backlog)
    static bool canTransition(Status from, Status to);
    static QList<Status> allowedFrom(Status from);
    /// A translated sentence that says why from → to is refused; empty when it is allowed.
    static QString refusal(Status from, Status to);
};

/// Names and labels of priorities and channels.
class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QList<Priority> priorities();
    static QString label(Priority p);

    static QList<Channel> channels();
    static QString key(Channel c);
    static bool fromKey(const QString& key, Channel* out);
    static QString label(Channel c);

    static QList<ReplyChannel> replyChannels();
    static QString key(ReplyChannel c);
    static bool fromKey(const QString& key, ReplyChannel* out);
    static QString label(ReplyChannel c);
};

} // namespace meldpunt
