// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/reportcommands.h"

#include <QUndoCommand>

namespace meldpunt {

namespace {

/// A triage change: redo applies it, undo restores the states it replaced.
class TriageCommand final : public QUndoCommand {
public:
    TriageCommand(
        ReportCommands* owner, QList<qint64> ids, TriageChange change, QList<ReportState> before, const QString& text)
        : QUndoCommand(text),
          m_owner(owner),
          m_ids(std::move(ids)),
          m_change(std::move(change)),
          m_before(std::move(before))
    {}
    void redo() override
    {
        if (m_first) { // already applied when pushed, so that a refusal never enters the stack
            m_first = false;
            return;
        }
        ReportStore* store = m_owner->store();
        m_owner->run([&] { return store->apply(m_ids, m_change); }, m_ids, &m_before);
    }
    void undo() override
    {
        ReportStore* store = m_owner->store();
        const QList<ReportState> states = m_before;
        m_owner->run([&] { return store->restore(states); }, m_ids, nullptr);
    }

private:
    ReportCommands* m_owner;
    QList<qint64> m_ids;
    TriageChange m_change;
    QList<ReportState> m_before;
    bool m_first = true;
};

class MergeCommand final : public QUndoCommand {
public:
    MergeCommand(ReportCommands* owner, qint64 dup, qint64 orig, ReportState before, const QString& text)
        : QUndoCommand(text), m_owner(owner), m_dup(dup), m_orig(orig), m_before(std::move(before))
    {}
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        QList<ReportState> before;
        ReportStore* store = m_owner->store();
        if (m_owner->run([&] { return store->markDuplicate(m_dup, m_orig); }, { m_dup, m_orig }, &before)
            && !before.isEmpty())
            m_before = before.first();
    }
    void undo() override
    {
        ReportStore* store = m_owner->store();
        m_owner->run([&] { return store->unmarkDuplicate(m_before, m_orig); }, { m_dup, m_orig }, nullptr);
    }

private:
    ReportCommands* m_owner;
    qint64 m_dup;
    qint64 m_orig;
    ReportState m_before;
    bool m_first = true;
};

class NoteCommand final : public QUndoCommand {
public:
    NoteCommand(ReportCommands* owner, qint64 report, QString textOfNote, qint64 eventId, const QString& text)
        : QUndoCommand(text), m_owner(owner), m_report(report), m_text(std::move(textOfNote)), m_event(eventId)
    {}
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        QString error;
        m_event = m_owner->store()->addNote(m_report, m_text, &error);
        if (m_event)
            m_owner->announce({ m_report });
        else
            m_owner->fail(error);
    }
    void undo() override
    {
        QString error;
        if (m_owner->store()->retractNote(m_report, m_event, &error))
            m_owner->announce({ m_report });
        else
            m_owner->fail(error);
    }

private:
    ReportCommands* m_owner;
    qint64 m_report;
    QString m_text;
    qint64 m_event;
    bool m_first = true;
};

} // namespace

ReportCommands::ReportCommands(ReportStore* store, QObject* parent)
    : QObject(parent), m_store(store), m_stack(new QUndoStack(this))
{}

bool ReportCommands::run(const std::function<ChangeResult()>& op, const QList<qint64>& ids, QList<ReportState>* before)
{
    const ChangeResult r = op();
    if (!r.ok) {
        fail(r.error);
        return false;
    }
    if (before)
        *before = r.before;
    announce(ids);
    return true;
}

void ReportCommands::announce(const QList<qint64>& ids)
{
    Q_EMIT reportsChanged(ids);
}

void ReportCommands::fail(const QString& message)
{
    Q_EMIT failed(message);
}

bool ReportCommands::change(const QList<qint64>& ids, const TriageChange& c, const QString& text)
{
    if (ids.isEmpty())
        return false;
    const ChangeResult r = m_store->apply(ids, c);
    if (!r.ok) {
        fail(r.error);
        return false;
    }
    if (r.before.isEmpty())
        return true; // nothing differed: nothing to undo
    m_stack->push(new TriageCommand(this, ids, c, r.before, text));
    announce(ids);
    return true;
}

bool ReportCommands::route(const QList<qint64>& ids, int departmentId)
{
    TriageChange c;
    c.departmentId = departmentId;
    c.assignWhenRouted = true;
    return change(ids,
        c,
        tr("Route %n report(s) to %1", nullptr, int(ids.size())).arg(m_store->refs().departmentName(departmentId)));
}

bool ReportCommands::acceptSuggestedDepartment(const QList<qint64>& ids)
{
    // Reports may differ in category, so group them by suggested department; one undo step for all.
    QMap<int, QList<qint64>> byDepartment;
    for (qint64 id : ids) {
        const std::optional<Report> r = m_store->report(id);
        if (!r)
            continue;
        const Category* cat = m_store->refs().category(r->categoryId);
        const int dep = cat ? cat->departmentId : 0;
        if (dep == 0) {
            fail(tr("The category of %1 has no suggested department; choose one with D.").arg(r->ref));
            return false;
        }
        // Already there and past triage: routing would change nothing, and an empty step would only confuse undo.
        if (r->departmentId != dep || r->status == Status::New || r->status == Status::Triaged)
            byDepartment[dep] << id;
    }
    if (byDepartment.isEmpty())
        return true;
    if (byDepartment.size() == 1)
        return route(byDepartment.first(), byDepartment.firstKey());
    m_stack->beginMacro(tr("Route %n report(s) to their suggested departments", nullptr, int(ids.size())));
    bool ok = true;
    for (auto it = byDepartment.cbegin(); it != byDepartment.cend() && ok; ++it)
        ok = route(it.value(), it.key());
    m_stack->endMacro();
    if (!ok)
        m_stack->undo();
    return ok;
}

bool ReportCommands::setCategory(const QList<qint64>& ids, int categoryId)
{
    TriageChange c;
    c.categoryId = categoryId;
    return change(ids,
        c,
        tr("Set category of %n report(s) to %1", nullptr, int(ids.size()))
            .arg(m_store->refs().categoryName(categoryId)));
}

bool ReportCommands::setPriority(const QList<qint64>& ids, Priority p)
{
    TriageChange c;
    c.priority = p;
    return change(ids, c, tr("Set priority of %n report(s) to %1", nullptr, int(ids.size())).arg(Labels::label(p)));
}

bool ReportCommands::setStatus(const QList<qint64>& ids, Status s)
{
    TriageChange c;
    c.status = s;
    return change(ids, c, tr("Set status of %n report(s) to %1", nullptr, int(ids.size())).arg(StatusRules::label(s)));
}

bool ReportCommands::setAssignee(const QList<qint64>& ids, const QString& assignee)
{
    TriageChange c;
    c.assignee = assignee;
    return change(ids, c, tr("Assign %n report(s) to %1", nullptr, int(ids.size())).arg(assignee));
}

bool ReportCommands::markDuplicate(qint64 duplicateId, qint64 originalId)
{
    const ChangeResult r = m_store->markDuplicate(duplicateId, originalId);
    if (!r.ok) {
        fail(r.error);
        return false;
    }
    const std::optional<Report> orig = m_store->report(originalId);
    m_stack->push(new MergeCommand(this,
        duplicateId,
        originalId,
        r.before.first(),
        tr("Mark as duplicate of %1").arg(orig ? orig->ref : QString())));
    announce({ duplicateId, originalId });
    return true;
}

bool ReportCommands::addNote(qint64 reportId, const QString& text)
{
    QString error;
    const qint64 eventId = m_store->addNote(reportId, text, &error);
    if (!eventId) {
        fail(error);
        return false;
    }
    m_stack->push(new NoteCommand(this, reportId, text, eventId, tr("Add note")));
    announce({ reportId });
    return true;
}

qint64 ReportCommands::createReport(const NewReport& r)
{
    QString error;
    const qint64 id = m_store->createReport(r, &error);
    if (!id) {
        fail(error);
        return 0;
    }
    Q_EMIT reportCreated(id);
    return id;
}

} // namespace meldpunt
