// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch: screenshots of the letters UI on a demo city (removed before hand-over).
#include "demo/demogenerator.h"
#include "letters/replies.h"
#include "lettersview.h"
#include "printqueueview.h"
#include "replydialog.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTest>

#include "bench/bench_letters.cpp"

using namespace meldpunt;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "bench") {
        QStringList args = app.arguments();
        args.removeAt(1);
        return benchLetters(args);
    }
    const QString path = QStringLiteral("/tmp/letters-out/demo.sqlite");
    QString error;
    if (!QFile::exists(path)) {
        DemoOptions o;
        o.reports = 5000;
        if (!DemoGenerator(o).generate(path, &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
    }
    Database db;
    if (db.open(path)) {
        qWarning("open failed");
        return 1;
    }
    installDefaultTemplates(&db, &error);
    ReportStore store(&db);
    store.setActor(QStringLiteral("an.peeters"));
    const QString what = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("letters");
    if (what == QLatin1String("letters")) {
        LettersView view(&db, &store);
        view.resize(1600, 1000);
        view.show();
        QTest::qWait(200);
        if (argc > 2)
            view.findChild<QTabWidget*>(QStringLiteral("lettersTabs"))->setCurrentIndex(atoi(argv[2]));
        if (argc > 3)
            view.selectTemplate(Purpose(atoi(argv[3])), ReplyChannel(atoi(argv[4])), Language(atoi(argv[5])));
        QTest::qWait(300);
        view.grab().save(QStringLiteral("/tmp/letters.png"));
    } else if (what == QLatin1String("reply")) {
        QueueFilter f;
        qint64 id = 0;
        for (const QueueRow& r : store.fetchQueue(f, std::nullopt, 500))
            if (r.citizenId && !store.followers(r.id).isEmpty()) {
                id = r.id;
                break;
            }
        ReplyDialog dialog(&db, &store, id);
        dialog.show();
        QTest::qWait(400);
        dialog.grab().save(QStringLiteral("/tmp/reply.png"));
    } else {
        // Queue letters for a dozen reports, as a morning of replies would.
        MessageStore ms(&db);
        if (ms.count({ { ReplyChannel::Letter }, {}, 0, 100 }) == 0) {
            TemplateStore ts(&db);
            QList<Message> all;
            int n = 0;
            for (const QueueRow& row : store.fetchQueue(QueueFilter(), std::nullopt, 400)) {
                if (!row.citizenId || n >= 12)
                    continue;
                const Report r = *store.report(row.id);
                const Citizen c = *store.citizen(row.citizenId);
                if (c.address.isEmpty())
                    continue;
                const Purpose p = LetterTypes::suggestedPurpose(r.status);
                const LetterTemplate t = *ts.suggest(p, ReplyChannel::Letter, Language::Dutch, r.categoryId, r.status, &store.refs());
                ReplyDraft d;
                d.channel = ReplyChannel::Letter;
                d.purpose = p;
                d.templateId = t.id;
                d.templateVersion = t.version;
                d.subject = t.subject;
                d.body = t.body;
                d.note = QStringLiteral("de beheerder van de gewestweg (Agentschap Wegen en Verkeer)");
                all << Replies::compose(Replies::context(store, r, Language::Dutch), { c, ReplyChannel::Letter, false }, d).message;
                ++n;
            }
            ms.record(&all, &error);
        }
        PrintQueueView view(&db, &store);
        view.resize(1600, 900);
        view.show();
        view.selectAll();
        QTest::qWait(300);
        view.grab().save(QStringLiteral("/tmp/printqueue.png"));
    }
    return 0;
}
