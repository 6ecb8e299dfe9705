// SPDX-License-Identifier: GPL-3.0-or-later
// The one command layer for report edits: every triage action becomes an undoable command,
// and every view (queue, detail, later map and charts) listens to its signals instead of to each other.
#pragma once

#include "store/reportstore.h"

#include <QObject>
#include <QUndoStack>

namespace meldpunt {

class ReportCommands final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCommands)
public:
    explicit ReportCommands(ReportStore* store, QObject* parent = nullptr);

    ReportStore* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_stack; }

    /// Each returns false and emits failed() with a translated reason when nothing was changed.
    bool route(const QList<qint64>& ids, int departmentId);
    /// Routes each report to its category's suggested department.
    bool acceptSuggestedDepartment(const QList<qint64>& ids);
    bool setCategory(const QList<qint64>& ids, int categoryId);
    bool setPriority(const QList<qint64>& ids, Priority p);
    bool setStatus(const QList<qint64>& ids, Status s);
    bool setAssignee(const QList<qint64>& ids, const QString& assignee);
    bool markDuplicate(qint64 duplicateId, qint64 originalId);
    bool addNote(qint64 reportId, const QString& text);
    /// Not undoable: creation from the intake form.
    qint64 createReport(const NewReport& r);

    /// Internal: called by the undo commands.
    bool run(const std::function<ChangeResult()>& op, const QList<qint64>& ids, QList<ReportState>* before);
    void announce(const QList<qint64>& ids);
    void fail(const QString& message);

Q_SIGNALS:
    void reportsChanged(const QList<qint64>& ids);
    void reportCreated(qint64 id);
    void failed(const QString& message);

private:
    bool change(const QList<qint64>& ids, const TriageChange& c, const QString& text);

    ReportStore* m_store;
    QUndoStack* m_stack;
};

} // namespace meldpunt
