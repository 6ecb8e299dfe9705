// SPDX-License-Identifier: GPL-3.0-or-later
// Turning a report, its citizens and a chosen template into the messages of one reply.
#pragma once

#include "letters/merge.h"
#include "letters/messagestore.h"
#include "letters/templatestore.h"

#include <QCoreApplication>

namespace meldpunt {

class ReportStore;
struct LetterDocument;

/// Someone who receives a reply: the reporter, or a follower who reported the same problem.
struct ReplyRecipient {
    Citizen citizen;
    ReplyChannel channel = ReplyChannel::Email;
    bool follower = false;
};

/// The text of one channel's reply as the coordinator chose and edited it (template text, not yet merged).
struct ReplyDraft {
    ReplyChannel channel = ReplyChannel::Email;
    Purpose purpose = Purpose::Acknowledgement;
    Language language = Language::Dutch;
    qint64 templateId = 0;
    int templateVersion = 0;
    QString subject;
    QString body;
    QString note; ///< fills {{reply.note}}
    CallOutcome outcome = CallOutcome::Reached; ///< phone only
};

/// One recipient's rendered message and what the coordinator should be warned about.
struct ComposedMessage {
    Message message;
    QStringList missing;
    QStringList unknown;
    QString blocker; ///< translated; non-empty when this citizen cannot be reached on this channel
};

/// Builds replies; pure apart from the few look-ups in `context()`.
class Replies final {
    Q_DECLARE_TR_FUNCTIONS(Replies)
public:
    /// The reporter first (with the report's reply channel, else the citizen's), then every follower
    /// with their own preferred channel. Anonymous reports and anonymised citizens give nobody.
    static QList<ReplyRecipient> recipients(const ReportStore& store, const Report& report);

    /// The merge input of a report (citizen left empty): reference data, coordinator, letterhead, today.
    static MergeInput context(const ReportStore& store, const Report& report, Language language);

    /// The name of a user from the user table, or the login itself.
    static QString userName(Database* db, const QString& login);

    /// An invented report and citizen for previews when the database has no report yet.
    static MergeInput sampleContext(Language language, const Letterhead& letterhead, const QString& coordinatorName);
    static ReplyRecipient sampleRecipient(ReplyChannel channel);

    /// Why this citizen cannot get a reply on this channel (no e-mail address, no postal address...), or empty.
    static QString unreachable(const Citizen& c, ReplyChannel channel);

    /// The language to answer in: the one used last for this citizen, else Dutch.
    static Language preferredLanguage(const MessageStore& messages, qint64 citizenId);

    /// Renders `draft` for one recipient. Letters get the signature appended; e-mail becomes a whole HTML
    /// document with signature and footer; SMS is plain text; phone is the call note as typed.
    static ComposedMessage compose(const MergeInput& base, const ReplyRecipient& to, const ReplyDraft& draft);

    /// The HTML document of an e-mail: the body, the signature and the letterhead's footer.
    static QString emailDocument(const QString& bodyHtml, const QString& signatureHtml, const Letterhead& letterhead);

    /// The printable letter of a letter message.
    static LetterDocument letterOf(const Message& m, const Letterhead& letterhead);
};

} // namespace meldpunt
