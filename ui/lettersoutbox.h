// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox as the coordinator sees it: e-mail and SMS replies waiting, failed or sent, with retry.
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace meldpunt {

class Database;
class ReportStore;
class Outbox;
class MessageStore;
class MessageTableModel;

/// Lists outgoing e-mail, SMS and call notes; sends now, retries failed ones, cancels waiting ones.
class OutboxView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxView)
public:
    explicit OutboxView(Database* db, ReportStore* store, QWidget* parent = nullptr);
    ~OutboxView() override;

    void setOutbox(Outbox* outbox);
    void reload();
    MessageTableModel* model() const { return m_model; }

private:
    QList<qint64> selectedIds() const;

    Database* m_db;
    MessageStore* m_messages;
    QPointer<Outbox> m_outbox;
    QComboBox* m_filter;
    QTableView* m_table;
    MessageTableModel* m_model;
    QLabel* m_status;
    QPushButton* m_send;
    QPushButton* m_retry;
    QPushButton* m_cancel;
};

} // namespace meldpunt
