// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of a desk on a central database (real PostgreSQL, label integration): the connection dialog,
// the status indicator, a change of another desk arriving in the queue, claims and a conflict notice.
#include "commands/reportcommands.h"
#include "connectiondialog.h"
#include "firstsyncdialog.h"
#include "mainwindow.h"
#include "pgtest.h"
#include "queuemodel.h"
#include "settings.h"
#include "store/reportstore.h"
#include "sync/syncthread.h"
#include "syncstatuswidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace meldpunt;
using namespace meldpunt::test;

class TestSyncGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectionDialogTestsTheConnection();
    void deskFollowsOtherDesks();

private:
    QTemporaryDir m_dir;
    ServerConnection m_central;
};

void TestSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    m_central = makeCentral(m_dir, 800, &error);
    QVERIFY2(!m_central.isEmpty(), qPrintable(error));
}

void TestSyncGui::connectionDialogTestsTheConnection()
{
    ConnectionDialog dialog(ServerConnection {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("host"));
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("port"));
    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
    QVERIFY(host && port && database && user && test);
    QTest::keyClicks(host, m_central.host);
    port->setValue(m_central.port);
    QTest::keyClicks(database, m_central.database);
    QTest::keyClicks(user, m_central.user);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("Connected as")), 15000);
    QVERIFY(dialog.testResult().contains(QLatin1String("800 reports")));
    // A database without the schema, then a port where nothing listens: each says what is wrong.
    database->clear();
    QTest::keyClicks(database, QStringLiteral("postgres"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("no Meldpunt schema")), 15000);
    port->setValue(1);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(QLatin1String("cannot be reached")), 15000);
    // The password is never part of what is saved.
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("geheim"));
    QVERIFY(!dialog.connection().toSettings().values().contains(QStringLiteral("geheim")));
    QCOMPARE(dialog.connection().password, QStringLiteral("geheim"));
}

void TestSyncGui::deskFollowsOtherDesks()
{
    Database db;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("window.sqlite"))));
    ReportStore store(&db);
    store.setActor(QStringLiteral("an"));
    ReportCommands commands(&store);
    SyncThread sync(&db, m_central, QStringLiteral("An Peeters"));
    QString error;
    QVERIFY2(FirstSyncDialog::run(&sync, nullptr, &error), qPrintable(error));
    store.reloadReferenceData();
    MainWindow window(&store, &commands);
    window.attachSync(&sync);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncStatusWidget* status = window.syncStatus();
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->summary().contains(QLatin1String("Online")), 15000);
    QVERIFY(window.queueModel()->rowCount() > 0);

    // Another desk changes the report at the top of the queue: it changes here, nobody presses refresh.
    Database otherDb;
    QVERIFY(!otherDb.open(m_dir.filePath(QStringLiteral("other.sqlite"))));
    ReportStore other(&otherDb);
    other.setActor(QStringLiteral("bert"));
    SyncEngine otherEngine(&otherDb, m_central, QStringLiteral("Bert"));
    otherEngine.setLive(false);
    QVERIFY(otherEngine.connectNow(&error));
    QVERIFY(otherEngine.pullNow(&error));
    other.reloadReferenceData();
    const qint64 id = window.queueModel()->reportId(0);
    const Priority next = Priority((int(window.queueModel()->rowData(0)->priority) + 1) % 4);
    TriageChange c;
    c.priority = next;
    QVERIFY(other.apply({ id }, c).ok);
    int pushed = 0;
    QVERIFY(otherEngine.pushNow(&pushed, &error));
    QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->rowOf(id) >= 0
            && window.queueModel()->rowData(window.queueModel()->rowOf(id))->priority == next,
        5000);

    // The other desk opens a report; when this desk opens it too, it says who handles it.
    const qint64 claimed = window.queueModel()->reportId(1);
    otherEngine.claim(store.report(claimed)->uuid);
    QVERIFY(window.selectReport(claimed));
    auto* notice = window.findChild<QLabel*>(QStringLiteral("claimNotice"));
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->text().contains(QLatin1String("Bert")), 10000);

    // Both desks route the same report; the other desk's change reaches the server first.
    const qint64 contested = window.queueModel()->reportId(2);
    int mine = 0;
    int theirs = 0;
    for (const Department& d : store.refs().departments) {
        if (!mine)
            mine = d.id;
        else if (!theirs)
            theirs = d.id;
    }
    TriageChange route;
    route.departmentId = mine;
    QVERIFY(store.apply({ contested }, route).ok); // waits in this desk's outbox for the next sync
    TriageChange theirRoute;
    theirRoute.departmentId = theirs;
    QVERIFY(other.apply({ contested }, theirRoute).ok);
    QVERIFY(otherEngine.pushNow(&pushed, &error));
    auto* message = window.findChild<QLabel*>(QStringLiteral("messageText"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QLatin1String("already set it")), 10000);
    QVERIFY(message->text().contains(store.refs().department(theirs)->name));
    QTRY_VERIFY_WITH_TIMEOUT(store.report(contested)->departmentId == theirs, 10000);
    QVERIFY(status->summary().contains(QLatin1String("1 conflict")));
    otherEngine.stop();
    sync.stop();
}

QTEST_MAIN(TestSyncGui)
#include "tst_sync_gui.moc"
