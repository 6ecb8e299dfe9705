// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench letters: 1,000 letters of the demo city into one PDF, and the template editor's
// preview after a keystroke. Prints `letters.<figure> <value> <unit>` lines.
#include "benchutil.h"
#include "demo/demogenerator.h"
#include "letters/letterlayout.h"
#include "letters/replies.h"
#include "letters/templatestore.h"
#include "lettersview.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "templateeditor.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace meldpunt;
using namespace meldpunt::bench;

namespace {

/// CPU seconds of this thread: on a shared machine the wall clock also counts the neighbours' work.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

} // namespace

int benchLetters(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE.pdf"));
    QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Use this database instead of generating one."), QStringLiteral("FILE"));
    QCommandLineOption reports(QStringLiteral("reports"),
        QStringLiteral("Reports in the generated demo city."),
        QStringLiteral("N"),
        QStringLiteral("20000"));
    QCommandLineOption letters(
        QStringLiteral("letters"), QStringLiteral("Letters to render."), QStringLiteral("N"), QStringLiteral("1000"));
    p.addOptions({ out, db, reports, letters });
    p.process(args);
    QTextStream err(stderr);
    if (!p.isSet(out)) {
        err << "usage: meldpunt-bench letters --out FILE.pdf [--db FILE] [--reports N] [--letters N]" << Qt::endl;
        return 2;
    }

    QTemporaryDir tmp;
    QString path = p.value(db);
    QString error;
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("letters.sqlite"));
        DemoOptions o;
        o.reports = p.value(reports).toLongLong();
        if (!DemoGenerator(o).generate(path, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    Database database;
    if (const OpenError e = database.open(path, Database::Mode::OpenExisting)) {
        err << e.message << Qt::endl;
        return 1;
    }
    if (!installDefaultTemplates(&database, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    ReportStore store(&database);
    store.setActor(QStringLiteral("an.peeters")); // a coordinator of the demo city signs the letters
    TemplateStore templates(&database);

    // The letters: the demo city's reports that have a citizen with a postal address, each answered
    // with the template its status suggests, in the citizen's language (Dutch here).
    const int wanted = p.value(letters).toInt();
    QElapsedTimer compose;
    compose.start();
    QList<LetterDocument> documents;
    const Letterhead head = LetterSettings::letterhead(&database);
    QHash<int, LetterTemplate> byPurpose;
    std::optional<QueueCursor> cursor;
    QueueFilter all;
    while (documents.size() < wanted) {
        const QList<QueueRow> page = store.fetchQueue(all, cursor, 2000);
        if (page.isEmpty())
            break;
        cursor = ReportStore::cursorAfter(all, page.last());
        for (const QueueRow& row : page) {
            if (documents.size() >= wanted || row.citizenId == 0)
                continue;
            const std::optional<Citizen> c = store.citizen(row.citizenId);
            if (!c || !Replies::unreachable(*c, ReplyChannel::Letter).isEmpty())
                continue;
            const Report r = *store.report(row.id);
            const Purpose purpose = LetterTypes::suggestedPurpose(r.status);
            if (!byPurpose.contains(int(purpose)))
                byPurpose.insert(int(purpose),
                    *templates.suggest(purpose, ReplyChannel::Letter, Language::Dutch, 0, r.status, &store.refs()));
            const LetterTemplate& t = byPurpose[int(purpose)];
            ReplyDraft d;
            d.channel = ReplyChannel::Letter;
            d.purpose = purpose;
            d.templateId = t.id;
            d.templateVersion = t.version;
            d.subject = t.subject;
            d.body = t.body;
            d.note = QStringLiteral("het Agentschap Wegen en Verkeer");
            MergeInput base = Replies::context(store, r, Language::Dutch);
            Message m = Replies::compose(base, { *c, ReplyChannel::Letter, false }, d).message;
            m.createdAt = store.now();
            documents << Replies::letterOf(m, head);
        }
    }
    const double composeMs = compose.nsecsElapsed() / 1e6;
    if (documents.size() < wanted)
        err << "only " << documents.size() << " letters could be made from this database" << Qt::endl;

    QElapsedTimer pdf;
    pdf.start();
    const double cpuStart = threadCpuSeconds();
    LetterRenderer renderer(head);
    if (!renderer.writePdf(p.value(out), documents, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double pdfSeconds = pdf.nsecsElapsed() / 1e9;
    const double pdfCpu = threadCpuSeconds() - cpuStart;
    printFigure(QStringLiteral("letters.pdf_1000_s"),
        pdfSeconds * 1000.0 / std::max<qsizetype>(1, documents.size()),
        QStringLiteral("s"));
    printFigure(QStringLiteral("letters.pdf_1000_cpu_s"),
        pdfCpu * 1000.0 / std::max<qsizetype>(1, documents.size()),
        QStringLiteral("s"));
    printFigure(QStringLiteral("letters.pdf_letters"), double(documents.size()), QStringLiteral("letters"));
    printFigure(QStringLiteral("letters.pdf_mb"), QFileInfo(p.value(out)).size() / 1e6, QStringLiteral("MB"));
    printFigure(QStringLiteral("letters.merge_1000_ms"),
        composeMs * 1000.0 / std::max<qsizetype>(1, documents.size()),
        QStringLiteral("ms"));

    // The preview after a keystroke, as the editor re-renders it (the pause it waits for is not counted).
    LettersView view(&database, &store);
    view.resize(1600, 1000);
    view.show();
    view.selectTemplate(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch);
    QTextEdit* body = view.editor()->bodyEdit();
    QList<double> times;
    for (int i = 0; i < 30; ++i) {
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(QStringLiteral("x"));
        QElapsedTimer t;
        t.start();
        view.refreshPreview();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    printFigure(QStringLiteral("letters.preview_ms"), times.at(times.size() / 2), QStringLiteral("ms"));
    printFigure(QStringLiteral("letters.preview_max_ms"), times.last(), QStringLiteral("ms"));
    return 0;
}
