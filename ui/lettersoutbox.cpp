// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettersoutbox.h"

#include "letters/outbox.h"
#include "lettersmessagemodel.h"
#include "store/reportstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace meldpunt {

OutboxView::OutboxView(Database* db, ReportStore* store, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_messages(new MessageStore(db)),
      m_filter(new QComboBox(this)),
      m_table(new QTableView(this)),
      m_status(new QLabel(this)),
      m_send(new QPushButton(tr("Send now"), this)),
      m_retry(new QPushButton(tr("Retry"), this)),
      m_cancel(new QPushButton(tr("Do not send"), this))
{
    setObjectName(QStringLiteral("outboxView"));
    m_messages->setActor(store->actor());
    using C = MessageTableModel::Column;
    m_model = new MessageTableModel(
        { C::Created, C::Report, C::Recipient, C::Channel, C::Address, C::State, C::Attempts, C::Error }, this);
    m_filter->addItem(tr("Waiting and failed"), 0);
    m_filter->addItem(tr("Sent"), 1);
    m_filter->addItem(tr("All e-mail, SMS and calls"), 2);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_send->setToolTip(tr("Send every waiting e-mail and SMS now"));
    m_retry->setToolTip(tr("Put failed messages back in the queue; they keep their identity, so a server that got "
                           "them already can tell."));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(m_send);
    top->addWidget(m_retry);
    top->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxView::reload);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!m_outbox)
            return;
        if (m_outbox->needsPassword()) {
            bool ok = false;
            const QString password = QInputDialog::getText(this,
                tr("Mail server password"),
                tr("Password for the mail server (kept until Meldpunt closes):"),
                QLineEdit::Password,
                QString(),
                &ok);
            if (!ok)
                return;
            m_outbox->setSessionPassword(password);
        }
        m_status->setText(tr("Sending…"));
        m_outbox->processQueue();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        QStringList problems;
        for (qint64 id : selectedIds()) {
            QString error;
            if (!m_messages->retry(id, &error))
                problems << error;
        }
        reload();
        m_status->setText(problems.isEmpty() ? tr("Queued again; press Send now or wait for the next run.")
                                             : problems.join(QLatin1Char(' ')));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedIds()) {
            QString error;
            m_messages->cancel(id, &error);
        }
        reload();
    });
    reload();
}

OutboxView::~OutboxView()
{
    delete m_messages;
}

void OutboxView::setOutbox(Outbox* outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (!outbox)
        return;
    connect(outbox, &Outbox::messageChanged, this, &OutboxView::reload);
    connect(outbox, &Outbox::finished, this, [this](int sent, int failed) {
        reload();
        m_status->setText(failed ? tr("%1 sent, %2 still waiting with a problem.").arg(sent).arg(failed)
                                 : tr("%n message(s) sent.", nullptr, sent));
    });
}

void OutboxView::reload()
{
    MessageFilter f;
    f.channels = { ReplyChannel::Email, ReplyChannel::Sms, ReplyChannel::Phone };
    switch (m_filter->currentData().toInt()) {
    case 0: f.states = { MessageState::Queued, MessageState::Sending, MessageState::Failed }; break;
    case 1: f.states = { MessageState::Sent }; break;
    default: break;
    }
    m_model->setMessages(m_messages->messages(f));
    m_table->resizeColumnsToContents();
}

QList<qint64> OutboxView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->messageAt(i.row()).id;
    return ids;
}

} // namespace meldpunt
