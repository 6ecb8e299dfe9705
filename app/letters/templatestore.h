// SPDX-License-Identifier: GPL-3.0-or-later
// Reply templates in the database: versioned, per purpose, channel and language, optionally tied to a
// category or a status; the suggestion of the best template for a report; the shipped defaults.
#pragma once

#include "letters/lettertypes.h"
#include "letters/merge.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace meldpunt {

class Database;
struct ReferenceData;

/// One template: the text of a letter, an e-mail (with subject) or an SMS for one purpose and language.
struct LetterTemplate {
    qint64 id = 0;
    QString uuid;
    QString name;
    Purpose purpose = Purpose::Acknowledgement;
    ReplyChannel channel = ReplyChannel::Letter;
    Language language = Language::Dutch;
    int categoryId = 0; ///< 0: any category
    std::optional<Status> status; ///< unset: any status
    QString subject; ///< letters: the "Betreft" line; e-mail: the subject; SMS: unused
    QString body; ///< HTML fragment for letters and e-mail, plain text for SMS
    int version = 0; ///< 0 until saved
    bool active = true;
    qint64 updatedAt = 0;
    QString updatedBy;

    TextFormat format() const { return channel == ReplyChannel::Sms ? TextFormat::PlainText : TextFormat::Html; }
};

/// The text of a template as it was at one version; a sent message points here.
struct TemplateVersion {
    int version = 0;
    QString subject;
    QString body;
    qint64 savedAt = 0;
    QString savedBy;
};

/// Reads and writes templates; a change to subject or body makes a new version and keeps the old.
class TemplateStore final {
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
public:
    explicit TemplateStore(Database* db);

    void setActor(const QString& login) { m_actor = login; }
    void setNowForTesting(qint64 secs) { m_now = secs; }

    /// Ordered by language, purpose, channel, name.
    QList<LetterTemplate> templates(bool includeInactive = true, QString* error = nullptr) const;
    std::optional<LetterTemplate> find(qint64 id) const;
    QList<TemplateVersion> versions(qint64 templateId) const;
    std::optional<TemplateVersion> version(qint64 templateId, int version) const;
    bool isEmpty() const;

    /// Inserts (id 0) or updates `t`. Problems in the text do not stop the save; they are returned in
    /// `warnings` so that the editor can show them. False only when the database refuses, with `error`.
    bool save(LetterTemplate* t, QString* error, QList<TemplateIssue>* warnings = nullptr);
    /// Removes a template no message was sent with; one that was used is deactivated instead.
    bool remove(qint64 id, QString* error);

    /// The best active template for a reply: same channel and language (falling back to the other
    /// language), the purpose, then a template tied to the report's category, then to its status.
    std::optional<LetterTemplate> suggest(Purpose purpose, ReplyChannel channel, Language language, int categoryId,
        Status status, const ReferenceData* refs) const;

    /// Installs the shipped defaults when there are no templates yet (first use without the demo).
    bool ensureDefaults(QString* error);

private:
    Database* m_db;
    QString m_actor = QStringLiteral("coordinator");
    qint64 m_now = 0;
};

/// Loads the default Dutch and French template sets (and the demo letterhead when none is set) from
/// resources/templates/. Safe to call again: templates already there are left as they are.
bool installDefaultTemplates(Database* db, QString* error);

} // namespace meldpunt
