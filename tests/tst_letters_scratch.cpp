// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch: renders sample letters for a visual check (removed before hand-over).
#include "letters/letterlayout.h"
#include "letters/merge.h"
#include "letters/replies.h"
#include "letters/templatestore.h"
#include "store/database.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace meldpunt;

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath("x.sqlite"));
    QString error;
    installDefaultTemplates(&db, &error);
    TemplateStore ts(&db);
    const Language lang = argc > 1 && QByteArray(argv[1]) == "fr" ? Language::French : Language::Dutch;
    const Purpose purpose = argc > 2 ? Purpose(atoi(argv[2])) : Purpose::Resolved;
    LetterTemplate t = *ts.suggest(purpose, ReplyChannel::Letter, lang, 0, Status::Resolved, nullptr);
    MergeInput in;
    in.hasReport = true;
    in.report.ref = "M-2026-004512";
    in.report.receivedAt = QDateTime(QDate(2026, 11, 12), QTime(9, 14), QTimeZone("Europe/Brussels")).toSecsSinceEpoch();
    in.report.dueAt = in.report.receivedAt + 86400 * 7;
    in.report.address = "Stationsstraat 4";
    in.report.status = Status::Resolved;
    in.hasCitizen = true;
    in.citizen.name = "Marie Vandenbroucke";
    in.citizen.address = "Kerkstraat 12 bus 3";
    in.citizen.postcode = "8870";
    in.citizen.municipality = "Oostveld";
    in.language = lang;
    in.today = QDate(2026, 11, 23);
    in.coordinatorName = "An Peeters";
    in.letterhead = LetterSettings::letterhead(&db);
    MergeValues v = Merge::values(in);
    v["report.category"] = lang == Language::French ? "Déchets sauvages" : "Zwerfvuil";
    v["department.name"] = lang == Language::French ? "Service propreté" : "Dienst Netheid";
    v["reply.note"] = "Op welke hoogte van de straat ligt het afval precies?";
    const RenderResult body = Merge::render(t.body, v, TextFormat::Html);
    const RenderResult sig = Merge::render(in.letterhead.signature(lang), v, TextFormat::Html);
    LetterDocument l;
    l.language = lang;
    l.recipientName = in.citizen.name;
    l.recipientLines = { in.citizen.address, "8870 Oostveld" };
    l.reference = in.report.ref;
    l.reportDate = QDate(2026, 11, 12);
    l.date = in.today;
    l.subject = Merge::render(t.subject, v, TextFormat::PlainText).text;
    l.bodyHtml = body.text + "<p style=\"margin-top:14px;\">" + sig.text + "</p>";
    LetterRenderer r(in.letterhead);
    QList<LetterDocument> list { l };
    if (argc > 3) {
        LetterDocument longer = l;
        QString extra = "<ul><li>een eerste punt met wat uitleg</li><li>een tweede punt</li></ul><ol><li>genummerd</li><li>nog een</li></ol>";
        for (int i = 0; i < 12; ++i)
            extra += "<p>Aanvullende alinea " + QString::number(i + 1) + ": het Meldpunt heeft uw melding grondig onderzocht en met de bevoegde dienst besproken, zodat u precies weet wat er gebeurt en wanneer.</p>";
        longer.bodyHtml = body.text + extra + "<p style=\"margin-top:14px;\">" + sig.text + "</p>";
        list = { longer };
    }
    if (!r.writePdf("/tmp/letters-out/letter.pdf", list, &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    return 0;
}
