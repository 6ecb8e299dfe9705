// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstsyncdialog.h"

#include "sync/syncthread.h"

#include <QEventLoop>
#include <QLocale>

namespace meldpunt {

namespace {

QString tableText(const QString& table)
{
    if (table == QLatin1String("report"))
        return FirstSyncDialog::tr("reports");
    if (table == QLatin1String("report_event"))
        return FirstSyncDialog::tr("report history");
    if (table == QLatin1String("citizen"))
        return FirstSyncDialog::tr("citizens");
    if (table == QLatin1String("address"))
        return FirstSyncDialog::tr("addresses");
    return FirstSyncDialog::tr("reference data");
}

} // namespace

FirstSyncDialog::FirstSyncDialog(SyncThread* sync, QWidget* parent)
    : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("firstSyncDialog"));
    setWindowTitle(tr("First sync with the central database"));
    setLabelText(tr("Connecting to %1…").arg(sync->server().describe()));
    setCancelButtonText(tr("&Cancel"));
    setRange(0, 1000);
    setMinimumDuration(0);
    setMinimumWidth(460);
    setAutoClose(false);
    setAutoReset(false);
    SyncEngine* engine = sync->engine();
    connect(engine, &SyncEngine::firstSyncProgress, this, [this](qint64 done, qint64 total, const QString& what) {
        if (total > 0)
            setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        // The rows come first, then the indexes that make the queue and the search fast.
        QString step = what == QLatin1String("indexes")
            ? tr("Building the indexes and the search index… %1 of %2 rows copied")
                  .arg(QLocale().toString(done), QLocale().toString(total))
            : tr("Copying %1… %2 of %3 rows").arg(tableText(what), QLocale().toString(done), QLocale().toString(total));
        if (!step.isEmpty())
            step[0] = step[0].toUpper();
        setLabelText(tr("This desk copies the city's reports once; after that only changes travel.") + QLatin1Char('\n')
            + step);
    });
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State s, const QString& detail) {
        if (s == SyncEngine::State::Online || s == SyncEngine::State::Syncing) {
            m_ok = true;
            m_done = true;
            accept();
        } else if (s == SyncEngine::State::Offline) {
            m_reason = detail;
            m_done = true;
            reject();
        }
    });
    connect(this, &QProgressDialog::canceled, this, [this, sync] {
        if (m_done)
            return;
        setLabelText(tr("Cancelling…"));
        sync->cancelFirstSync();
    });
}

bool FirstSyncDialog::run(SyncThread* sync, QWidget* parent, QString* error)
{
    FirstSyncDialog dialog(sync, parent);
    sync->start();
    dialog.exec();
    if (!dialog.m_ok) {
        *error = dialog.m_reason.isEmpty() ? tr("The first sync was cancelled; it starts again next time.")
                                           : dialog.m_reason;
        return false;
    }
    return true;
}

} // namespace meldpunt
