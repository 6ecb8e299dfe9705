// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include <QLocale>
#include <QMenu>

namespace meldpunt {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("Sync now"), this, &SyncStatusWidget::syncNowRequested);
    menu->addAction(tr("Conflicts…"), this, &SyncStatusWidget::conflictsRequested);
    menu->addAction(tr("Central database…"), this, &SyncStatusWidget::connectionRequested);
    setMenu(menu);
    update();
}

void SyncStatusWidget::setState(SyncEngine::State state, const QString& detail)
{
    m_state = state;
    m_detail = detail;
    update();
}

void SyncStatusWidget::setWaiting(int waiting)
{
    m_waiting = waiting;
    update();
}

void SyncStatusWidget::setLastSync(const QDateTime& at)
{
    m_lastSync = at;
    update();
}

void SyncStatusWidget::setConflicts(int unseen)
{
    m_conflicts = unseen;
    update();
}

void SyncStatusWidget::update()
{
    QString state;
    QString colour;
    switch (m_state) {
    case SyncEngine::State::Online:
        state = tr("Online");
        colour = QStringLiteral("#2e7d32");
        break;
    case SyncEngine::State::Syncing:
        state = tr("Syncing…");
        colour = QStringLiteral("#1565c0");
        break;
    case SyncEngine::State::FirstSync:
        state = tr("First sync…");
        colour = QStringLiteral("#1565c0");
        break;
    case SyncEngine::State::Connecting:
        state = tr("Connecting…");
        colour = QStringLiteral("#6d6d6d");
        break;
    case SyncEngine::State::Offline:
        state = tr("Offline");
        colour = QStringLiteral("#c62828");
        break;
    }
    QStringList parts { QStringLiteral("● ") + state };
    if (m_lastSync.isValid())
        parts << tr("synced %1").arg(QLocale().toString(m_lastSync.toLocalTime().time(), QLocale::ShortFormat));
    if (m_waiting > 0 || m_state == SyncEngine::State::Offline)
        parts << tr("%n change(s) waiting", nullptr, m_waiting);
    if (m_conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, m_conflicts);
    setText(parts.join(QStringLiteral(" · ")));
    setStyleSheet(QStringLiteral("QToolButton { color: %1; }").arg(colour));
    QString tip = m_state == SyncEngine::State::Offline
        ? tr("The central database cannot be reached. You work on this desk's copy; the changes are sent when "
             "it is back.")
        : tr("This desk works on a copy of the central database, kept up to date as other desks change it.");
    if (!m_detail.isEmpty())
        tip += QStringLiteral("\n\n") + m_detail;
    setToolTip(tip);
}

} // namespace meldpunt
