// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncthread.h"

#include "store/database.h"

namespace meldpunt {

SyncThread::SyncThread(Database* replica, const ServerConnection& server, const QString& userName, QObject* parent)
    : QObject(parent)
    , m_db(replica)
    , m_server(server)
    , m_engine(new SyncEngine(replica, server, userName))
{
    m_thread.setObjectName(QStringLiteral("meldpunt-sync"));
    m_engine->moveToThread(&m_thread);
}

SyncThread::~SyncThread()
{
    stop();
    delete m_engine;
}

void SyncThread::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncThread::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_engine->cancel();
    Database* db = m_db;
    SyncEngine* engine = m_engine;
    QMetaObject::invokeMethod(
        m_engine,
        [engine, db] {
            engine->stop();
            db->releaseThreadConnection();
            engine->moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::requestPush()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::requestPush, Qt::QueuedConnection);
}

void SyncThread::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::requestPull, Qt::QueuedConnection);
}

void SyncThread::markConflictsSeen()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::markConflictsSeen, Qt::QueuedConnection);
}

void SyncThread::claim(const QString& reportUuid)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, reportUuid] { e->claim(reportUuid); }, Qt::QueuedConnection);
}

} // namespace meldpunt
