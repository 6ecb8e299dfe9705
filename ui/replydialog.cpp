// SPDX-License-Identifier: GPL-3.0-or-later
#include "replydialog.h"

#include "letters/outbox.h"
#include "letters/smssegments.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "templateeditor.h"
#include "templatepreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

const QList<ReplyChannel> kChannels {
    ReplyChannel::Letter, ReplyChannel::Email, ReplyChannel::Sms, ReplyChannel::Phone
};

QString contactFor(const Citizen& c, ReplyChannel channel)
{
    switch (channel) {
    case ReplyChannel::Email: return c.email;
    case ReplyChannel::Sms:
    case ReplyChannel::Phone: return c.phone;
    case ReplyChannel::Letter: return QStringLiteral("%1, %2 %3").arg(c.address, c.postcode, c.municipality).trimmed();
    case ReplyChannel::None: break;
    }
    return {};
}

} // namespace

/// The text of one channel: template choice, editor and preview (or, for phone, the call note).
struct ReplyDialog::ChannelPane {
    ReplyChannel channel = ReplyChannel::Email;
    QWidget* widget = nullptr;
    QComboBox* templateBox = nullptr;
    TemplateEditor* editor = nullptr;
    TemplatePreview* preview = nullptr;
    QComboBox* previewFor = nullptr;
    QPlainTextEdit* callNote = nullptr;
    QComboBox* outcome = nullptr;
    QLabel* script = nullptr;
};

ReplyDialog::ReplyDialog(Database* db, ReportStore* store, qint64 reportId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_store(store),
      m_templates(std::make_unique<TemplateStore>(db)),
      m_messages(std::make_unique<MessageStore>(db)),
      m_header(new QLabel(this)),
      m_purpose(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_recipientTable(new QTableWidget(this)),
      m_note(new QPlainTextEdit(this)),
      m_tabs(new QTabWidget(this)),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("replyDialog"));
    setWindowTitle(tr("Reply to the citizen"));
    resize(1280, 860);
    m_messages->setActor(store->actor());
    m_templates->setActor(store->actor());
    QString error;
    m_templates->ensureDefaults(&error);

    m_header->setObjectName(QStringLiteral("replyHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_purpose->setObjectName(QStringLiteral("replyPurpose"));
    for (Purpose p : LetterTypes::purposes())
        if (p != Purpose::Other)
            m_purpose->addItem(LetterTypes::label(p), int(p));
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    for (Language l : LetterTypes::languages())
        m_language->addItem(LetterTypes::label(l), int(l));
    m_recipientTable->setObjectName(QStringLiteral("replyRecipients"));
    m_recipientTable->setColumnCount(5);
    m_recipientTable->setHorizontalHeaderLabels(
        { tr("Send"), tr("Citizen"), tr("Channel"), tr("Contact"), tr("Problem") });
    m_recipientTable->verticalHeader()->hide();
    m_recipientTable->horizontalHeader()->setStretchLastSection(true);
    m_recipientTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_recipientTable->setMaximumHeight(150);
    m_note->setObjectName(QStringLiteral("replyNote"));
    m_note->setPlaceholderText(tr("Your own words for this reply: a question, an explanation, who else to contact. "
                                  "They go where the template says {{reply.note}}."));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_problems->setObjectName(QStringLiteral("replyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(QStringLiteral("replyChannels"));
    QPushButton* sendButton = m_buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("replySend"));
    sendButton->setDefault(true);

    auto* choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Purpose"), this));
    choice->addWidget(m_purpose, 2);
    choice->addSpacing(12);
    choice->addWidget(new QLabel(tr("Language"), this));
    choice->addWidget(m_language, 1);
    choice->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(choice);
    layout->addWidget(m_recipientTable);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (ReplyChannel channel : kChannels) {
        auto* pane = new ChannelPane;
        pane->channel = channel;
        pane->widget = new QWidget(m_tabs);
        auto* splitter = new QSplitter(Qt::Horizontal, pane->widget);
        auto* left = new QWidget(splitter);
        auto* leftLayout = new QVBoxLayout(left);
        leftLayout->setContentsMargins(0, 0, 0, 0);
        pane->preview = new TemplatePreview(splitter);
        pane->preview->setLetterhead(LetterSettings::letterhead(db));
        if (channel == ReplyChannel::Phone) {
            pane->script = new QLabel(left);
            pane->script->setWordWrap(true);
            pane->script->setTextInteractionFlags(Qt::TextSelectableByMouse);
            pane->script->setStyleSheet(QStringLiteral("background: #f4f6f8; padding: 8px; border-radius: 4px;"));
            pane->callNote = new QPlainTextEdit(left);
            pane->callNote->setObjectName(QStringLiteral("replyCallNote"));
            pane->callNote->setPlaceholderText(tr("What was said, what was agreed."));
            pane->outcome = new QComboBox(left);
            pane->outcome->setObjectName(QStringLiteral("replyCallOutcome"));
            for (CallOutcome o : LetterTypes::callOutcomes())
                pane->outcome->addItem(LetterTypes::label(o), int(o));
            auto* form = new QFormLayout;
            form->addRow(tr("What to say"), pane->script);
            form->addRow(tr("Outcome"), pane->outcome);
            form->addRow(tr("Call note"), pane->callNote);
            leftLayout->addLayout(form);
            pane->preview->hide();
            connect(pane->callNote, &QPlainTextEdit::textChanged, this, &ReplyDialog::updateSendButton);
        } else {
            pane->templateBox = new QComboBox(left);
            pane->templateBox->setObjectName(QStringLiteral("replyTemplate_%1").arg(Labels::key(channel)));
            pane->editor = new TemplateEditor(left);
            pane->editor->setObjectName(QStringLiteral("replyEditor_%1").arg(Labels::key(channel)));
            pane->editor->setFormat(channel == ReplyChannel::Sms ? TextFormat::PlainText : TextFormat::Html);
            pane->previewFor = new QComboBox(left);
            auto* row = new QHBoxLayout;
            row->addWidget(new QLabel(tr("Template"), left));
            row->addWidget(pane->templateBox, 1);
            row->addWidget(new QLabel(tr("Preview for"), left));
            row->addWidget(pane->previewFor);
            leftLayout->addLayout(row);
            leftLayout->addWidget(pane->editor, 1);
            connect(pane->templateBox, &QComboBox::currentIndexChanged, this, [this, pane] {
                if (m_loading)
                    return;
                const std::optional<LetterTemplate> t
                    = m_templates->find(pane->templateBox->currentData().toLongLong());
                if (t)
                    pane->editor->setContent(t->subject, t->body);
                schedulePreview();
            });
            connect(pane->editor, &TemplateEditor::changed, this, &ReplyDialog::schedulePreview);
            connect(pane->previewFor, &QComboBox::currentIndexChanged, this, &ReplyDialog::schedulePreview);
        }
        splitter->addWidget(left);
        splitter->addWidget(pane->preview);
        splitter->setSizes({ 600, 600 });
        auto* paneLayout = new QVBoxLayout(pane->widget);
        paneLayout->setContentsMargins(4, 4, 4, 4);
        paneLayout->addWidget(splitter);
        m_tabs->addTab(pane->widget, Labels::label(channel));
        m_panes.insert(int(channel), pane);
    }

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ReplyDialog::updatePreviews);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            loadTemplates();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            loadTemplates();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReplyDialog::schedulePreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString why;
        if (send(&why))
            accept();
        else if (!why.isEmpty())
            m_problems->setText(
                QStringLiteral("<span style=\"color:#b3261e;\"><b>%1</b></span>").arg(why.toHtmlEscaped()));
    });
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(
                   this, tr("Send the reply?"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    const std::optional<Report> r = store->report(reportId);
    if (!r) {
        m_header->setText(tr("The report no longer exists; there is nothing to answer."));
        sendButton->setEnabled(false);
        return;
    }
    m_valid = true;
    m_report = *r;
    m_baseNl = Replies::context(*store, m_report, Language::Dutch);
    m_baseFr = Replies::context(*store, m_report, Language::French);
    const ReferenceData& refs = store->refs();
    QStringList facts { refs.categoryName(m_report.categoryId), m_report.address, StatusRules::label(m_report.status) };
    if (m_report.departmentId)
        facts << refs.departmentName(m_report.departmentId);
    facts.removeAll(QString());
    m_header->setText(QStringLiteral("<span style=\"font-size:13pt;\"><b>%1</b></span>&nbsp;&nbsp;%2")
                          .arg(m_report.ref.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));

    m_recipients = Replies::recipients(*store, m_report);
    for (ReplyRecipient& to : m_recipients) {
        if (to.channel == ReplyChannel::None)
            to.channel = Replies::unreachable(to.citizen, ReplyChannel::Email).isEmpty() ? ReplyChannel::Email
                                                                                         : ReplyChannel::Letter;
        m_included << true;
    }
    m_loading = true;
    m_purpose->setCurrentIndex(m_purpose->findData(int(LetterTypes::suggestedPurpose(m_report.status))));
    const Language language = m_recipients.isEmpty()
        ? Language::Dutch
        : Replies::preferredLanguage(*m_messages, m_recipients.first().citizen.id);
    m_language->setCurrentIndex(m_language->findData(int(language)));
    m_loading = false;
    buildRecipients();
    loadTemplates();
    if (m_recipients.isEmpty())
        m_problems->setText(tr("This report is anonymous or its citizen was anonymised: there is nobody to answer."));
}

ReplyDialog::~ReplyDialog()
{
    qDeleteAll(m_panes);
}

void ReplyDialog::setOutbox(Outbox* outbox)
{
    m_outbox = outbox;
}

void ReplyDialog::setConfirmHandler(std::function<bool(const QString&)> handler)
{
    m_confirm = std::move(handler);
}

void ReplyDialog::buildRecipients()
{
    m_loading = true;
    m_recipientTable->setRowCount(int(m_recipients.size()));
    for (int row = 0; row < m_recipients.size(); ++row) {
        const ReplyRecipient& to = m_recipients.at(row);
        auto* include = new QCheckBox(m_recipientTable);
        include->setChecked(m_included.at(row));
        connect(include, &QCheckBox::toggled, this, [this, row](bool on) {
            m_included[row] = on;
            rebuildTabs();
        });
        m_recipientTable->setCellWidget(row, 0, include);
        auto* name
            = new QTableWidgetItem(to.follower ? tr("%1 (reported it too)").arg(to.citizen.name) : to.citizen.name);
        name->setToolTip(
            to.follower ? tr("Reported the same problem; merged into this report") : tr("Reported this problem"));
        m_recipientTable->setItem(row, 1, name);
        auto* channel = new QComboBox(m_recipientTable);
        for (ReplyChannel c : kChannels)
            channel->addItem(Labels::label(c), int(c));
        channel->setCurrentIndex(channel->findData(int(to.channel)));
        connect(channel, &QComboBox::currentIndexChanged, this, [this, row, channel] {
            ReplyRecipient& r = m_recipients[row];
            r.channel = ReplyChannel(channel->currentData().toInt());
            m_recipientTable->item(row, 3)->setText(contactFor(r.citizen, r.channel));
            m_recipientTable->item(row, 4)->setText(Replies::unreachable(r.citizen, r.channel));
            rebuildTabs();
        });
        m_recipientTable->setCellWidget(row, 2, channel);
        m_recipientTable->setItem(row, 3, new QTableWidgetItem(contactFor(to.citizen, to.channel)));
        const QString blocker = Replies::unreachable(to.citizen, to.channel);
        auto* problem = new QTableWidgetItem(blocker);
        problem->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_recipientTable->setItem(row, 4, problem);
    }
    m_recipientTable->resizeColumnsToContents();
    m_loading = false;
    rebuildTabs();
}

QList<ReplyChannel> ReplyDialog::channelsInUse() const
{
    QList<ReplyChannel> out;
    for (int i = 0; i < m_recipients.size(); ++i)
        if (m_included.at(i) && !out.contains(m_recipients.at(i).channel))
            out << m_recipients.at(i).channel;
    return out;
}

void ReplyDialog::rebuildTabs()
{
    const QList<ReplyChannel> used = channelsInUse();
    for (int i = 0; i < kChannels.size(); ++i) {
        ChannelPane* pane = m_panes.value(int(kChannels.at(i)));
        m_tabs->setTabVisible(i, used.contains(kChannels.at(i)));
        if (pane->previewFor) {
            const qint64 current = pane->previewFor->currentData().toLongLong();
            m_loading = true;
            pane->previewFor->clear();
            for (int r = 0; r < m_recipients.size(); ++r)
                if (m_included.at(r) && m_recipients.at(r).channel == pane->channel)
                    pane->previewFor->addItem(m_recipients.at(r).citizen.name, m_recipients.at(r).citizen.id);
            pane->previewFor->setCurrentIndex(std::max(0, pane->previewFor->findData(current)));
            m_loading = false;
        }
    }
    if (!used.isEmpty() && !m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(int(kChannels.indexOf(used.first())));
    schedulePreview();
}

void ReplyDialog::loadTemplates()
{
    const Purpose p = purpose();
    const Language l = language();
    const QList<LetterTemplate> all = m_templates->templates(false);
    m_loading = true;
    for (ChannelPane* pane : std::as_const(m_panes)) {
        if (!pane->templateBox)
            continue;
        pane->templateBox->clear();
        const std::optional<LetterTemplate> best
            = m_templates->suggest(p, pane->channel, l, m_report.categoryId, m_report.status, &m_store->refs());
        // The purpose's templates first, then the rest of this channel and language for the odd case.
        for (bool samePurpose : { true, false })
            for (const LetterTemplate& t : all)
                if (t.channel == pane->channel && t.language == l && (t.purpose == p) == samePurpose)
                    pane->templateBox->addItem(
                        samePurpose ? t.name : tr("%1 — %2").arg(LetterTypes::label(t.purpose), t.name), t.id);
        if (best && pane->templateBox->findData(best->id) < 0)
            pane->templateBox->insertItem(0, best->name, best->id);
        pane->templateBox->setCurrentIndex(best ? pane->templateBox->findData(best->id) : 0);
        const std::optional<LetterTemplate> t = m_templates->find(pane->templateBox->currentData().toLongLong());
        pane->editor->setContent(t ? t->subject : QString(), t ? t->body : QString());
    }
    m_loading = false;
    updatePreviews();
}

void ReplyDialog::schedulePreview()
{
    if (!m_loading)
        m_previewTimer->start();
}

ReplyDraft ReplyDialog::draftFor(ReplyChannel channel) const
{
    ReplyDraft d;
    d.channel = channel;
    d.purpose = purpose();
    d.language = language();
    d.note = m_note->toPlainText();
    const ChannelPane* pane = m_panes.value(int(channel));
    if (channel == ReplyChannel::Phone) {
        d.body = pane->callNote->toPlainText();
        d.outcome = CallOutcome(pane->outcome->currentData().toInt());
        return d;
    }
    d.templateId = pane->templateBox->currentData().toLongLong();
    if (const std::optional<LetterTemplate> t = m_templates->find(d.templateId))
        d.templateVersion = t->version;
    d.subject = pane->editor->subject();
    d.body = pane->editor->body();
    return d;
}

QList<ComposedMessage> ReplyDialog::compose() const
{
    QList<ComposedMessage> out;
    if (!m_valid)
        return out;
    const MergeInput& base = language() == Language::French ? m_baseFr : m_baseNl;
    QHash<int, ReplyDraft> drafts;
    for (int i = 0; i < m_recipients.size(); ++i) {
        if (!m_included.at(i))
            continue;
        const ReplyRecipient& to = m_recipients.at(i);
        if (!drafts.contains(int(to.channel)))
            drafts.insert(int(to.channel), draftFor(to.channel));
        ComposedMessage c = Replies::compose(base, to, drafts.value(int(to.channel)));
        const QString key = QStringLiteral("%1/%2").arg(to.citizen.id).arg(Labels::key(to.channel));
        if (!m_uuids.contains(key))
            m_uuids.insert(key, QUuid::createUuid().toString(QUuid::WithoutBraces));
        c.message.uuid = m_uuids.value(key);
        out << c;
    }
    return out;
}

QStringList ReplyDialog::problems() const
{
    QStringList out;
    QStringList missing;
    QStringList unknown;
    for (const ComposedMessage& c : compose()) {
        if (!c.blocker.isEmpty())
            out << c.blocker;
        for (const QString& k : c.missing)
            if (!missing.contains(Merge::label(k)))
                missing << Merge::label(k);
        for (const QString& k : c.unknown)
            if (!unknown.contains(k))
                unknown << QStringLiteral("{{%1}}").arg(k);
        if (c.message.channel == ReplyChannel::Phone && c.message.body.isEmpty())
            out << tr("Write down what was said on the phone with %1.").arg(c.message.recipientName);
    }
    if (!missing.isEmpty())
        out << tr("No value for: %1.").arg(missing.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        out << tr("Unknown fields: %1.").arg(unknown.join(QStringLiteral(", ")));
    return out;
}

void ReplyDialog::updatePreviews()
{
    m_previewTimer->stop();
    if (!m_valid)
        return;
    const Language l = language();
    const MergeInput& base = l == Language::French ? m_baseFr : m_baseNl;
    for (ChannelPane* pane : std::as_const(m_panes)) {
        if (pane->channel == ReplyChannel::Phone) {
            // The SMS text of the same purpose makes a good script for the call.
            const std::optional<LetterTemplate> sms = m_templates->suggest(
                purpose(), ReplyChannel::Sms, l, m_report.categoryId, m_report.status, &m_store->refs());
            MergeInput in = base;
            in.note = m_note->toPlainText();
            for (const ReplyRecipient& to : std::as_const(m_recipients))
                if (to.channel == ReplyChannel::Phone) {
                    in.citizen = to.citizen;
                    in.hasCitizen = true;
                    break;
                }
            pane->script->setText(
                sms ? Merge::render(sms->body, Merge::values(in), TextFormat::PlainText).text : QString());
            continue;
        }
        const qint64 citizenId = pane->previewFor->currentData().toLongLong();
        const ReplyRecipient* to = nullptr;
        for (const ReplyRecipient& r : std::as_const(m_recipients))
            if (r.citizen.id == citizenId && r.channel == pane->channel)
                to = &r;
        if (!to) {
            pane->preview->showMessage(tr("Nobody gets this channel."));
            continue;
        }
        const ReplyDraft d = draftFor(pane->channel);
        const ComposedMessage c = Replies::compose(base, *to, d);
        switch (pane->channel) {
        case ReplyChannel::Letter: pane->preview->showLetter(Replies::letterOf(c.message, base.letterhead)); break;
        case ReplyChannel::Email: {
            const SmtpSettings smtp = LetterSettings::smtp(m_db);
            pane->preview->showEmail(
                smtp.from.isEmpty() ? base.letterhead.email : QStringLiteral("%1 <%2>").arg(smtp.fromName, smtp.from),
                (to->citizen.email.isEmpty() ? tr("%1 (no e-mail address)").arg(to->citizen.name)
                                             : QStringLiteral("%1 <%2>").arg(to->citizen.name, to->citizen.email)),
                c.message.subject,
                c.message.body);
            break;
        }
        case ReplyChannel::Sms: {
            MergeInput in = base;
            in.citizen = to->citizen;
            in.hasCitizen = true;
            in.note = d.note;
            pane->editor->setMergeValues(Merge::values(in));
            pane->preview->showSms(to->citizen.phone, c.message.body, pane->editor->smsCounterText());
            break;
        }
        default: break;
        }
        pane->preview->setProblems(c.missing, c.unknown, c.blocker);
    }
    updateSendButton();
}

void ReplyDialog::updateSendButton()
{
    const QList<ComposedMessage> messages = compose();
    QPushButton* send = nullptr;
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            send = qobject_cast<QPushButton*>(b);
    if (send) {
        send->setText(
            messages.size() == 1 ? tr("Send the reply") : tr("Send %n replies", nullptr, int(messages.size())));
        send->setEnabled(!messages.isEmpty());
    }
    QStringList lines;
    for (const QString& p : problems())
        lines << p.toHtmlEscaped();
    m_problems->setText(lines.isEmpty() ? QString()
                                        : QStringLiteral("<span style=\"color:#8a5300;\">&#9888; %1</span>")
                                              .arg(lines.join(QStringLiteral("<br>&#9888; "))));
}

bool ReplyDialog::send(QString* error)
{
    const QList<ComposedMessage> composed = compose();
    if (composed.isEmpty()) {
        if (error)
            *error = tr("Choose at least one citizen to answer.");
        return false;
    }
    QStringList blockers;
    QStringList missing;
    for (const ComposedMessage& c : composed) {
        if (!c.blocker.isEmpty())
            blockers << c.blocker;
        if (c.message.channel == ReplyChannel::Phone && c.message.body.isEmpty())
            blockers << tr("Write down what was said on the phone with %1.").arg(c.message.recipientName);
        for (const QString& k : c.missing + c.unknown)
            if (!missing.contains(k))
                missing << k;
    }
    if (!blockers.isEmpty()) {
        if (error)
            *error = blockers.join(QLatin1Char(' ')) + QLatin1Char(' ')
                + tr("Choose another channel for them or leave them out.");
        return false;
    }
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& k : std::as_const(missing))
            names << (Merge::isKnown(k) ? Merge::label(k) : QStringLiteral("{{%1}}").arg(k));
        const QString question = tr("The reply has no value for: %1. Those places show a marked placeholder. "
                                    "Send it anyway?")
                                     .arg(names.join(QStringLiteral(", ")));
        if (!m_confirm(question)) {
            if (error)
                error->clear();
            return false;
        }
    }
    QList<Message> messages;
    for (const ComposedMessage& c : composed)
        messages << c.message;
    QString why;
    if (!m_messages->record(&messages, &why)) {
        if (error)
            *error = why;
        return false;
    }
    m_sentIds.clear();
    bool deliver = false;
    for (const Message& m : std::as_const(messages)) {
        m_sentIds << m.id;
        deliver = deliver || m.channel == ReplyChannel::Email || m.channel == ReplyChannel::Sms;
    }
    if (deliver && m_outbox)
        m_outbox->processQueue();
    Q_EMIT replied(m_report.id, m_sentIds);
    return true;
}

void ReplyDialog::setPurpose(Purpose p)
{
    m_purpose->setCurrentIndex(m_purpose->findData(int(p)));
}

Purpose ReplyDialog::purpose() const
{
    return Purpose(m_purpose->currentData().toInt());
}

void ReplyDialog::setLanguage(Language l)
{
    m_language->setCurrentIndex(m_language->findData(int(l)));
}

Language ReplyDialog::language() const
{
    return Language(m_language->currentData().toInt());
}

void ReplyDialog::setNote(const QString& text)
{
    m_note->setPlainText(text);
}

void ReplyDialog::setCallOutcome(CallOutcome outcome)
{
    QComboBox* box = m_panes.value(int(ReplyChannel::Phone))->outcome;
    box->setCurrentIndex(box->findData(int(outcome)));
}

int ReplyDialog::recipientCount() const
{
    return int(m_recipients.size());
}

ReplyRecipient ReplyDialog::recipient(int row) const
{
    return m_recipients.value(row);
}

void ReplyDialog::setRecipientIncluded(int row, bool included)
{
    if (auto* box = qobject_cast<QCheckBox*>(m_recipientTable->cellWidget(row, 0)))
        box->setChecked(included);
}

void ReplyDialog::setRecipientChannel(int row, ReplyChannel channel)
{
    if (auto* box = qobject_cast<QComboBox*>(m_recipientTable->cellWidget(row, 2)))
        box->setCurrentIndex(box->findData(int(channel)));
}

TemplateEditor* ReplyDialog::editor(ReplyChannel channel) const
{
    const ChannelPane* pane = m_panes.value(int(channel));
    return pane ? pane->editor : nullptr;
}

} // namespace meldpunt
