// SPDX-License-Identifier: GPL-3.0-or-later
// The reply composer: answers a report's citizen and every follower on their own channel, from the
// template the purpose, category, status and channel suggest, with small edits and a live preview.
#pragma once

#include "letters/replies.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace meldpunt {

class Database;
class ReportStore;
class Outbox;
class TemplateEditor;
class TemplatePreview;

/// Composes and sends one reply to everyone who reported a problem.
class ReplyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyDialog)
public:
    ReplyDialog(Database* db, ReportStore* store, qint64 reportId, QWidget* parent = nullptr);
    ~ReplyDialog() override;

    /// E-mail and SMS go out through this outbox right after sending; without one they wait in the queue.
    void setOutbox(Outbox* outbox);
    /// Asks "send anyway?" when fields are missing; replaceable for tests. Returns true to send.
    void setConfirmHandler(std::function<bool(const QString& question)> handler);

    /// False when the report does not exist (the dialog then shows why and offers nothing to send).
    bool isValid() const { return m_valid; }

    void setPurpose(Purpose p);
    Purpose purpose() const;
    void setLanguage(Language l);
    Language language() const;
    void setNote(const QString& text);
    void setCallOutcome(CallOutcome outcome);
    int recipientCount() const;
    ReplyRecipient recipient(int row) const;
    void setRecipientIncluded(int row, bool included);
    void setRecipientChannel(int row, ReplyChannel channel);
    /// The editor of a channel's text (letter, e-mail, SMS; phone is the call note).
    TemplateEditor* editor(ReplyChannel channel) const;
    QTabWidget* channelTabs() const { return m_tabs; }

    /// What would be recorded now, one message per included recipient.
    QList<ComposedMessage> compose() const;
    /// Missing and unknown fields and unreachable recipients, as the coordinator sees them.
    QStringList problems() const;
    /// Records the messages (and their report events) and starts the outbox; what the Send button does.
    bool send(QString* error = nullptr);
    QList<qint64> sentMessageIds() const { return m_sentIds; }

Q_SIGNALS:
    /// The reply was recorded: these messages are queued (or, for a call note, done).
    void replied(qint64 reportId, const QList<qint64>& messageIds);

private:
    struct ChannelPane;
    void buildRecipients();
    void rebuildTabs();
    void loadTemplates();
    void updatePreviews();
    void schedulePreview();
    void updateSendButton();
    ReplyDraft draftFor(ReplyChannel channel) const;
    QList<ReplyChannel> channelsInUse() const;

    Database* m_db;
    ReportStore* m_store;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<MessageStore> m_messages;
    QPointer<Outbox> m_outbox;
    Report m_report;
    bool m_valid = false;
    MergeInput m_baseNl;
    MergeInput m_baseFr;
    QList<ReplyRecipient> m_recipients;
    QList<bool> m_included;
    mutable QHash<QString, QString>
        m_uuids; ///< one operation id per citizen and channel, so a second click records nothing new

    QLabel* m_header;
    QComboBox* m_purpose;
    QComboBox* m_language;
    QTableWidget* m_recipientTable;
    QPlainTextEdit* m_note;
    QTabWidget* m_tabs;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QTimer* m_previewTimer;
    QHash<int, ChannelPane*> m_panes;
    std::function<bool(const QString&)> m_confirm;
    QList<qint64> m_sentIds;
    bool m_loading = false;
};

} // namespace meldpunt
