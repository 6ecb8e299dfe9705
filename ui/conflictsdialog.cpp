// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"

#include "domain/status.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

QString valueText(const QString& field, const QString& value, const ReferenceData& refs)
{
    if (value.isEmpty() || value == QLatin1String("null"))
        return ConflictsDialog::tr("(none)");
    if (field == QLatin1String("department_id")) {
        if (const Department* d = refs.department(value.toInt()))
            return d->name;
    } else if (field == QLatin1String("category_id")) {
        if (const Category* c = refs.category(value.toInt()))
            return c->name;
    } else if (field == QLatin1String("status")) {
        Status s;
        if (StatusRules::fromKey(value, &s))
            return StatusRules::label(s);
    } else if (field == QLatin1String("priority")) {
        return Labels::label(Priority(std::clamp(value.toInt(), 0, 3)));
    }
    return value;
}

QString fieldText(const QString& field)
{
    if (field == QLatin1String("department_id"))
        return ConflictsDialog::tr("department");
    if (field == QLatin1String("category_id"))
        return ConflictsDialog::tr("category");
    if (field == QLatin1String("status"))
        return ConflictsDialog::tr("status");
    if (field == QLatin1String("priority"))
        return ConflictsDialog::tr("priority");
    if (field == QLatin1String("assignee"))
        return ConflictsDialog::tr("assignee");
    return field;
}

} // namespace

QString ConflictsDialog::describe(const SyncConflict& c, const ReferenceData& refs)
{
    const QString ref = c.ref.isEmpty() ? tr("a report") : c.ref;
    if (c.field == QLatin1String("*"))
        return tr("%1: the central database refused this desk's change (%2).").arg(ref, c.winner);
    return tr("%1: you set the %2 to “%3”, but %4 had already set it to “%5”. “%5” is kept.")
        .arg(ref,
            fieldText(c.field),
            valueText(c.field, c.mine, refs),
            c.winnerBy.isEmpty() ? tr("another desk") : c.winnerBy,
            valueText(c.field, c.winner, refs));
}

ConflictsDialog::ConflictsDialog(const QList<SyncConflict>& conflicts, const ReferenceData& refs, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts with other desks"));
    auto* intro = new QLabel(conflicts.isEmpty()
            ? tr("No conflicts: every change of this desk reached the central database as made.")
            : tr("When two desks change the same field of a report, the first change wins. These changes of "
                 "this desk lost; the report shows the winning value. Double-click one to open the report."),
        this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    for (const SyncConflict& c : conflicts) {
        // The time on a line of its own, the sentence below it: easy to scan down a list of several.
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(c.at).toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(when, describe(c, refs)), m_list);
        item->setData(Qt::UserRole, c.ref);
        item->setToolTip(tr("Double-click to open %1").arg(c.ref));
    }
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT openReportRequested(item->data(Qt::UserRole).toString());
        accept();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 380);
}

} // namespace meldpunt
