// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary of replies to citizens: letter languages, template purposes, message channels and states.
#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meldpunt {

/// The language a reply is written in; independent of the language of the user interface.
enum class Language { Dutch, French };

/// Why a reply is sent; one template set (letter, e-mail, SMS) per purpose and language.
enum class Purpose { Acknowledgement, Forwarded, Planned, Resolved, NotOurs, Duplicate, Question, Other };

/// Where an outgoing message stands. Only `queued` messages are ever picked up for sending, and a
/// message is claimed (`sending`) in the database before it leaves, so that it cannot leave twice.
enum class MessageState { Queued, Sending, Sent, Printed, Failed };

/// What came of a phone call to the citizen.
enum class CallOutcome { Reached, Voicemail, NoAnswer, WrongNumber };

/// Stored keys and translated labels of the letter vocabulary.
class LetterTypes final {
    Q_DECLARE_TR_FUNCTIONS(LetterTypes)
public:
    static QList<Language> languages();
    static QString key(Language l); ///< "nl", "fr"
    static bool fromKey(const QString& key, Language* out);
    static QString label(Language l);

    static QList<Purpose> purposes();
    static QString key(Purpose p); ///< "acknowledgement", "not_ours", ...
    static bool fromKey(const QString& key, Purpose* out);
    static QString label(Purpose p);
    /// The purpose a reply most likely has for a report in this status.
    static Purpose suggestedPurpose(Status s);

    static QString key(MessageState s);
    static bool fromKey(const QString& key, MessageState* out);
    static QString label(MessageState s);

    static QList<CallOutcome> callOutcomes();
    static QString key(CallOutcome o);
    static bool fromKey(const QString& key, CallOutcome* out);
    static QString label(CallOutcome o);

    /// Channels a template exists for (letter, e-mail, SMS); phone replies are call notes.
    static QList<ReplyChannel> templateChannels();
};

/// Words that appear on the letter itself, in the letter's language (not the interface's):
/// a French letter says "Notre référence" whatever language the coordinator works in.
struct LetterWords {
    QString ourReference;
    QString yourReport;
    QString contact;
    QString date;
    QString page; ///< "Pagina %1 van %2"
    QString regarding;

    static LetterWords of(Language l);
    /// "23 november 2026" / "23 novembre 2026".
    static QString longDate(Language l, const QDate& d);
    static QString statusName(Language l, Status s);
    static QString channelName(Language l, Channel c);
};

} // namespace meldpunt
