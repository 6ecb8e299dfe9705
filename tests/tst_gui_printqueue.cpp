// SPDX-License-Identifier: GPL-3.0-or-later
// The print queue as office staff use it: select all, print (to a PDF file instead of paper), mark as
// printed, print again; the preview dialog; one PDF; a printer that fails keeps the letters queued.
#include "letters/replies.h"
#include "lettersmessagemodel.h"
#include "printqueueview.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

namespace {

/// Three letters waiting (one reporter, two followers) and one e-mail that the print queue must not show.
struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReportStore> store;
    QList<qint64> letters;

    bool setUp()
    {
        if (db.open(test::dbPath(dir)))
            return false;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO category (id, code, name, sla_days) VALUES (1, 'AFV', 'Afval', 5)"))
            || !q.exec(QStringLiteral(
                "INSERT INTO category (id, parent_id, code, name, sla_days) VALUES (2, 1, 'ZWV', 'Zwerfvuil', 5)")))
            return false;
        QString error;
        if (!installDefaultTemplates(&db, &error))
            return false;
        store = std::make_unique<ReportStore>(&db);
        store->reloadReferenceData();
        const QStringList names { QStringLiteral("Marie Vandenbroucke"),
            QStringLiteral("Jan Peeters"),
            QStringLiteral("Lucie Dubois"),
            QStringLiteral("Els Mertens") };
        QList<qint64> reports;
        for (int i = 0; i < names.size(); ++i) {
            Citizen c;
            c.name = names.at(i);
            c.address = QStringLiteral("Kerkstraat %1").arg(10 + i);
            c.postcode = QStringLiteral("8870");
            c.municipality = QStringLiteral("Oostveld");
            c.email = QStringLiteral("c%1@example.be").arg(i);
            c.replyChannel = i == 3 ? ReplyChannel::Email : ReplyChannel::Letter;
            const qint64 id = store->createCitizen(c, &error);
            NewReport n;
            n.categoryId = 2;
            n.description = QStringLiteral("Afval");
            n.address = QStringLiteral("Stationsstraat 4");
            n.citizenId = id;
            n.replyChannel = c.replyChannel;
            reports << store->createReport(n, &error);
        }
        for (int i = 1; i < reports.size(); ++i)
            if (!store->markDuplicate(reports.at(i), reports.first()).ok)
                return false;
        const Report r = *store->report(reports.first());
        TemplateStore templates(&db);
        const MergeInput base = Replies::context(*store, r, Language::Dutch);
        QList<Message> messages;
        for (const ReplyRecipient& to : Replies::recipients(*store, r)) {
            const LetterTemplate t
                = *templates.suggest(Purpose::Acknowledgement, to.channel, Language::Dutch, 2, r.status, nullptr);
            ReplyDraft d;
            d.channel = to.channel;
            d.purpose = Purpose::Acknowledgement;
            d.templateId = t.id;
            d.templateVersion = t.version;
            d.subject = t.subject;
            d.body = t.body;
            messages << Replies::compose(base, to, d).message;
        }
        MessageStore ms(&db);
        if (!ms.record(&messages, &error))
            return false;
        for (const Message& m : std::as_const(messages))
            if (m.channel == ReplyChannel::Letter)
                letters << m.id;
        return letters.size() == 3;
    }
};

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestGuiPrintQueue final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsOnlyWaitingLetters();
    void printAllMarkPrintedAndReprint();
    void previewDialogPrints();
    void failingPrinterKeepsTheLetters();
    void onePdfWithoutMarking();
    void cancelledPrinterDialogChangesNothing();
};

void TestGuiPrintQueue::listsOnlyWaitingLetters()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1400, 800);
    view.show();
    QCOMPARE(view.rowCount(), 3);
    for (const Message& m : view.model()->messages())
        QCOMPARE(m.channel, ReplyChannel::Letter);
    auto* print = view.findChild<QPushButton*>(QStringLiteral("printQueuePrint"));
    QVERIFY(print && !print->isEnabled()); // nothing selected yet
    view.selectAll();
    QCOMPARE(view.selectedIds().size(), 3);
    QVERIFY(print->isEnabled());
}

void TestGuiPrintQueue::printAllMarkPrintedAndReprint()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    view.show();
    const QString pdf = f.dir.filePath(QStringLiteral("printed.pdf"));
    int questions = 0;
    PrintQueueHooks hooks;
    hooks.setupPrinter = [&pdf](QPrinter* printer) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return true;
    };
    hooks.confirm = [&questions](const QString&) {
        ++questions;
        return true;
    };
    hooks.inform = [](const QString& m) { QFAIL(qPrintable(m)); };
    view.setHooks(hooks);
    QSignalSpy printed(&view, &PrintQueueView::lettersPrinted);

    view.selectAll();
    QVERIFY2(view.printSelected(), qPrintable(view.lastError()));
    QCOMPARE(questions, 1);
    QCOMPARE(printed.count(), 1);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        for (const QString& name :
            { QStringLiteral("Marie Vandenbroucke"), QStringLiteral("Jan Peeters"), QStringLiteral("Lucie Dubois") })
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(!text.contains(QLatin1String("Els Mertens"))); // the e-mail is not a letter
    }
    MessageStore store(&f.db);
    for (qint64 id : f.letters) {
        QCOMPARE(store.message(id)->state, MessageState::Printed);
        QCOMPARE(store.message(id)->printCount, 1);
    }
    QCOMPARE(view.rowCount(), 0);

    // Reprint from the printed letters of today.
    view.setShow(PrintQueueView::Show::PrintedToday);
    QCOMPARE(view.rowCount(), 3);
    view.selectAll();
    QVERIFY(view.printSelected());
    for (qint64 id : f.letters)
        QCOMPARE(store.message(id)->printCount, 2);
    // The history says who printed each letter.
    int events = 0;
    for (const ReportEvent& e : f.store->history(store.message(f.letters.first())->reportId))
        events += e.kind == QLatin1String("reply_printed");
    QCOMPARE(events, 6);
}

void TestGuiPrintQueue::previewDialogPrints()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    view.show();
    const QString pdf = f.dir.filePath(QStringLiteral("preview.pdf"));
    int pages = -1;
    PrintQueueHooks hooks;
    hooks.runPreview = [&](QPrintPreviewDialog* dialog) {
        auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        if (!preview)
            return false;
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(pdf);
        preview->updatePreview();
        pages = preview->pageCount();
        preview->print();
        return true;
    };
    hooks.confirm = [](const QString&) { return true; };
    view.setHooks(hooks);
    view.selectAll();
    QVERIFY2(view.previewSelected(), qPrintable(view.lastError()));
    QCOMPARE(pages, 3); // one page per letter
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(view.rowCount(), 0);
}

void TestGuiPrintQueue::failingPrinterKeepsTheLetters()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    view.show();
    QString told;
    bool asked = false;
    PrintQueueHooks hooks;
    hooks.setupPrinter = [](QPrinter* printer) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(QStringLiteral("/nonexistent-folder/meldpunt/letters.pdf"));
        return true;
    };
    hooks.inform = [&told](const QString& m) { told = m; };
    hooks.confirm = [&asked](const QString&) {
        asked = true;
        return true;
    };
    view.setHooks(hooks);
    view.selectAll();
    QVERIFY(!view.printSelected());
    QVERIFY(!told.isEmpty());
    QVERIFY(!asked);
    QCOMPARE(view.rowCount(), 3);
    MessageStore store(&f.db);
    for (qint64 id : f.letters) {
        const Message m = *store.message(id);
        QCOMPARE(m.state, MessageState::Queued);
        QVERIFY(!m.error.isEmpty());
    }
    // The problem is visible in the list.
    QVERIFY(!view.model()->data(view.model()->index(0, view.model()->columnCount() - 1)).toString().isEmpty());
}

void TestGuiPrintQueue::onePdfWithoutMarking()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    view.show();
    const QString pdf = f.dir.filePath(QStringLiteral("all.pdf"));
    PrintQueueHooks hooks;
    hooks.choosePdf = [&pdf](const QString& suggested) {
        Q_ASSERT(suggested.endsWith(QLatin1String(".pdf")));
        return pdf;
    };
    hooks.confirm = [](const QString&) { return false; }; // "I print the PDF later"
    view.setHooks(hooks);
    view.selectAll();
    QVERIFY(view.exportSelectedPdf());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(view.rowCount(), 3);
    const QString text = pdfText(pdf);
    if (!text.isEmpty())
        QCOMPARE(text.count(QLatin1String("Ontvangstbevestiging van uw melding")), 3);
    view.selectAll();
    QVERIFY(view.markSelectedPrinted());
    QCOMPARE(view.rowCount(), 0);
}

void TestGuiPrintQueue::cancelledPrinterDialogChangesNothing()
{
    Fixture f;
    QVERIFY(f.setUp());
    PrintQueueView view(&f.db, f.store.get());
    PrintQueueHooks hooks;
    hooks.setupPrinter = [](QPrinter*) { return false; };
    hooks.confirm = [](const QString&) {
        Q_ASSERT(false);
        return true;
    };
    view.setHooks(hooks);
    view.selectAll();
    QVERIFY(!view.printSelected());
    QVERIFY(view.lastError().isEmpty());
    QCOMPARE(view.rowCount(), 3);
}

QTEST_MAIN(TestGuiPrintQueue)
#include "tst_gui_printqueue.moc"
