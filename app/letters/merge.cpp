// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/merge.h"

#include "domain/calendar.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

namespace meldpunt {

namespace {

// One pass over the text: a field is "{{", a name without braces, "}}". Whitespace inside is allowed.
const QRegularExpression& fieldPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return re;
}

QDate cityDate(qint64 secs)
{
    if (secs <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, WorkCalendar::cityTimeZone()).date();
}

QString cityTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, WorkCalendar::cityTimeZone()).time().toString(QStringLiteral("HH:mm"));
}

QString inLanguage(Language l, const QString& nl, const QString& fr)
{
    return l == Language::French && !fr.isEmpty() ? fr : nl;
}

QString joinLines(const QStringList& parts)
{
    QStringList lines;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            lines << p.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

const QList<MergeField>& Merge::fields()
{
    // Built on first use so that the labels follow the interface language of the moment.
    static const QList<MergeField> list = [] {
        const QString citizen = tr("Citizen");
        const QString report = tr("Report");
        const QString city = tr("City and sender");
        const QString other = tr("Other");
        return QList<MergeField> {
            { QStringLiteral("citizen.name"), tr("Name"), citizen, QStringLiteral("Marie Claes") },
            { QStringLiteral("citizen.address"), tr("Street and number"), citizen, QStringLiteral("Kerkstraat 12") },
            { QStringLiteral("citizen.postcode"), tr("Postcode"), citizen, QStringLiteral("8870") },
            { QStringLiteral("citizen.municipality"), tr("Municipality"), citizen, QStringLiteral("Oostveld") },
            { QStringLiteral("citizen.postal_address"),
                tr("Full postal address"),
                citizen,
                QStringLiteral("Kerkstraat 12, 8870 Oostveld") },
            { QStringLiteral("citizen.email"),
                tr("E-mail address"),
                citizen,
                QStringLiteral("marie.claes@example.be") },
            { QStringLiteral("citizen.phone"), tr("Phone number"), citizen, QStringLiteral("0470 12 34 56") },
            { QStringLiteral("report.ref"), tr("Reference"), report, QStringLiteral("M-2026-004512") },
            { QStringLiteral("report.received"), tr("Date received"), report, QStringLiteral("12 november 2026") },
            { QStringLiteral("report.received_time"),
                tr("Date and time received"),
                report,
                QStringLiteral("12 november 2026, 09:14") },
            { QStringLiteral("report.category"), tr("Category"), report, QStringLiteral("Zwerfvuil") },
            { QStringLiteral("report.main_category"), tr("Main category"), report, QStringLiteral("Afval") },
            { QStringLiteral("report.address"), tr("Location"), report, QStringLiteral("Stationsstraat 4") },
            { QStringLiteral("report.district"), tr("District"), report, QStringLiteral("Centrum") },
            { QStringLiteral("report.description"),
                tr("Description (as the citizen wrote it)"),
                report,
                QStringLiteral("…") },
            { QStringLiteral("report.status"), tr("Status"), report, QStringLiteral("in uitvoering") },
            { QStringLiteral("report.due"), tr("Due date"), report, QStringLiteral("26 november 2026") },
            { QStringLiteral("report.resolved"), tr("Date resolved"), report, QStringLiteral("20 november 2026") },
            { QStringLiteral("report.channel"), tr("Received through"), report, QStringLiteral("telefoon") },
            { QStringLiteral("report.duplicate_of"),
                tr("Reference of the original report"),
                report,
                QStringLiteral("M-2026-004498") },
            { QStringLiteral("department.name"), tr("Department"), report, QStringLiteral("Groendienst") },
            { QStringLiteral("department.email"),
                tr("Department e-mail"),
                report,
                QStringLiteral("groen@oostveld.be") },
            { QStringLiteral("coordinator.name"), tr("Coordinator"), city, QStringLiteral("An Peeters") },
            { QStringLiteral("city.name"), tr("City"), city, QStringLiteral("Stad Oostveld") },
            { QStringLiteral("city.service"), tr("Service"), city, QStringLiteral("Meldpunt") },
            { QStringLiteral("city.address"),
                tr("City address"),
                city,
                QStringLiteral("Grote Markt 1, 8870 Oostveld") },
            { QStringLiteral("city.phone"), tr("City phone"), city, QStringLiteral("051 00 18 88") },
            { QStringLiteral("city.email"), tr("City e-mail"), city, QStringLiteral("meldpunt@oostveld.be") },
            { QStringLiteral("city.website"), tr("City website"), city, QStringLiteral("www.oostveld.be") },
            { QStringLiteral("today"), tr("Today's date"), other, QStringLiteral("23 november 2026") },
            { QStringLiteral("reply.note"), tr("Your own text (typed in the reply)"), other, QStringLiteral("…") },
        };
    }();
    return list;
}

bool Merge::isKnown(const QString& key)
{
    static const QSet<QString> keys = [] {
        QSet<QString> s;
        for (const MergeField& f : fields())
            s.insert(f.key);
        return s;
    }();
    return keys.contains(key);
}

QString Merge::label(const QString& key)
{
    for (const MergeField& f : fields())
        if (f.key == key)
            return f.label;
    return key;
}

MergeValues Merge::values(const MergeInput& in)
{
    MergeValues v;
    v.reserve(fields().size());
    for (const MergeField& f : fields())
        v.insert(f.key, QString());
    const Language l = in.language;

    if (in.hasCitizen && !in.citizen.anonymized) {
        const Citizen& c = in.citizen;
        v[QStringLiteral("citizen.name")] = c.name.trimmed();
        v[QStringLiteral("citizen.address")] = c.address.trimmed();
        v[QStringLiteral("citizen.postcode")] = c.postcode.trimmed();
        v[QStringLiteral("citizen.municipality")] = c.municipality.trimmed();
        if (!c.address.trimmed().isEmpty() && !(c.postcode + c.municipality).trimmed().isEmpty())
            v[QStringLiteral("citizen.postal_address")]
                = joinLines({ c.address, c.postcode.trimmed() + QLatin1Char(' ') + c.municipality.trimmed() });
        v[QStringLiteral("citizen.email")] = c.email.trimmed();
        v[QStringLiteral("citizen.phone")] = c.phone.trimmed();
    }

    if (in.hasReport) {
        const Report& r = in.report;
        v[QStringLiteral("report.ref")] = r.ref;
        const QDate received = cityDate(r.receivedAt);
        v[QStringLiteral("report.received")] = LetterWords::longDate(l, received);
        if (received.isValid())
            v[QStringLiteral("report.received_time")]
                = LetterWords::longDate(l, received) + QStringLiteral(", ") + cityTime(r.receivedAt);
        if (in.refs) {
            if (const Category* c = in.refs->category(r.categoryId)) {
                v[QStringLiteral("report.category")] = inLanguage(l, c->name, c->nameFr);
                const Category* main = in.refs->category(c->parentId);
                v[QStringLiteral("report.main_category")]
                    = main ? inLanguage(l, main->name, main->nameFr) : inLanguage(l, c->name, c->nameFr);
            }
            if (const Department* d = in.refs->department(r.departmentId)) {
                v[QStringLiteral("department.name")] = inLanguage(l, d->name, d->nameFr);
                v[QStringLiteral("department.email")] = d->email;
            }
            v[QStringLiteral("report.district")] = in.refs->districtName(r.districtId);
        }
        v[QStringLiteral("report.address")] = r.address.trimmed();
        v[QStringLiteral("report.description")] = r.description.trimmed();
        v[QStringLiteral("report.status")] = LetterWords::statusName(l, r.status);
        v[QStringLiteral("report.due")] = LetterWords::longDate(l, cityDate(r.dueAt));
        v[QStringLiteral("report.resolved")] = LetterWords::longDate(l, cityDate(r.resolvedAt));
        v[QStringLiteral("report.channel")] = LetterWords::channelName(l, r.channel);
        v[QStringLiteral("report.duplicate_of")] = in.duplicateOfRef;
    }

    v[QStringLiteral("coordinator.name")] = in.coordinatorName.trimmed();
    const Letterhead& h = in.letterhead;
    v[QStringLiteral("city.name")] = h.cityName.trimmed();
    v[QStringLiteral("city.service")] = h.service.trimmed();
    v[QStringLiteral("city.address")] = h.address.trimmed();
    v[QStringLiteral("city.phone")] = h.phone.trimmed();
    v[QStringLiteral("city.email")] = h.email.trimmed();
    v[QStringLiteral("city.website")] = h.website.trimmed();
    v[QStringLiteral("today")] = LetterWords::longDate(l, in.today);
    v[QStringLiteral("reply.note")] = in.note.trimmed();
    return v;
}

QString Merge::missingPlaceholder(const QString& key)
{
    return tr("[missing: %1]").arg(key);
}

RenderResult Merge::render(const QString& source, const MergeValues& values, TextFormat format)
{
    RenderResult out;
    out.text.reserve(source.size() + 256);
    const bool html = format == TextFormat::Html;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.text += QStringView(source).mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const QString key = m.captured(1);
        const auto found = values.constFind(key);
        if (found == values.constEnd() && !isKnown(key)) {
            if (!out.unknown.contains(key))
                out.unknown << key;
            if (html)
                out.text += QStringLiteral("<span style=\"background-color:#ffd9d9; color:#b3261e;\">")
                    + m.captured(0).toHtmlEscaped() + QStringLiteral("</span>");
            else
                out.text += m.captured(0);
            continue;
        }
        const QString value = found == values.constEnd() ? QString() : found.value();
        if (value.isEmpty()) {
            if (!out.missing.contains(key))
                out.missing << key;
            if (html)
                out.text += QStringLiteral("<span style=\"background-color:#fff0b3; color:#8a5300;\">")
                    + missingPlaceholder(key).toHtmlEscaped() + QStringLiteral("</span>");
            else
                out.text += missingPlaceholder(key);
            continue;
        }
        // The value is inserted as text and never scanned again: "{{x}}" in it stays literal.
        if (html) {
            QString escaped = value.toHtmlEscaped();
            escaped.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
            escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            out.text += escaped;
        } else {
            out.text += value;
        }
    }
    out.text += QStringView(source).mid(pos);
    return out;
}

QStringList Merge::usedFields(const QString& source)
{
    QStringList out;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(source);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!out.contains(key))
            out << key;
    }
    return out;
}

QList<TemplateIssue> Merge::validate(const QString& source, TextFormat format)
{
    QList<TemplateIssue> issues;
    const bool html = format == TextFormat::Html;
    // What the reader sees: formatting may cut "{{citizen.name}}" in pieces that still read as a field.
    const QString visible = html ? QTextDocumentFragment::fromHtml(source).toPlainText() : source;

    QStringList seen;
    qsizetype i = 0;
    while (i < visible.size()) {
        const qsizetype open = visible.indexOf(QLatin1String("{{"), i);
        const qsizetype close = visible.indexOf(QLatin1String("}}"), i);
        if (open < 0 && close < 0)
            break;
        if (close >= 0 && (open < 0 || close < open)) {
            issues << TemplateIssue { TemplateIssue::Kind::StrayBraces,
                tr("\"}}\" without an opening \"{{\" near \"%1\".")
                    .arg(visible.mid(std::max<qsizetype>(0, close - 20), 22)) };
            i = close + 2;
            continue;
        }
        const qsizetype end = visible.indexOf(QLatin1String("}}"), open + 2);
        const qsizetype nextOpen = visible.indexOf(QLatin1String("{{"), open + 2);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
            issues << TemplateIssue { TemplateIssue::Kind::UnclosedField,
                tr("A field is opened with \"{{\" but never closed: \"%1\".").arg(visible.mid(open, 24).simplified()) };
            i = open + 2;
            continue;
        }
        const QString key = visible.mid(open + 2, end - open - 2).trimmed();
        if (!seen.contains(key)) {
            seen << key;
            if (!isKnown(key))
                issues << TemplateIssue { TemplateIssue::Kind::UnknownField,
                    tr("Unknown field {{%1}}: it will show as written.").arg(key) };
        }
        i = end + 2;
    }

    if (html) {
        const QStringList inSource = usedFields(source);
        for (const QString& key : std::as_const(seen))
            if (!inSource.contains(key))
                issues << TemplateIssue { TemplateIssue::Kind::FieldSplitByFormatting,
                    tr("The field {{%1}} is cut by formatting; remove it and insert it again from the field menu.")
                        .arg(key) };

        // Tags that HTML lets one leave open are ignored; any other tag must be closed in order.
        static const QSet<QString> voids { QStringLiteral("br"),
            QStringLiteral("hr"),
            QStringLiteral("img"),
            QStringLiteral("meta"),
            QStringLiteral("link"),
            QStringLiteral("input"),
            QStringLiteral("col"),
            QStringLiteral("area"),
            QStringLiteral("base"),
            QStringLiteral("wbr"),
            QStringLiteral("source"),
            QStringLiteral("p"),
            QStringLiteral("li"),
            QStringLiteral("td"),
            QStringLiteral("tr"),
            QStringLiteral("th"),
            QStringLiteral("dt"),
            QStringLiteral("dd"),
            QStringLiteral("option"),
            QStringLiteral("html"),
            QStringLiteral("head"),
            QStringLiteral("body"),
            QStringLiteral("tbody"),
            QStringLiteral("thead") };
        static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>"));
        QStringList stack;
        QRegularExpressionMatchIterator it = tag.globalMatch(source);
        bool reported = false;
        while (it.hasNext() && !reported) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(2).toLower();
            if (voids.contains(name) || !m.captured(3).isEmpty())
                continue;
            if (m.captured(1).isEmpty()) {
                stack << name;
            } else if (!stack.isEmpty() && stack.last() == name) {
                stack.removeLast();
            } else {
                issues << TemplateIssue { TemplateIssue::Kind::UnbalancedMarkup,
                    tr("The closing tag </%1> does not match an open tag.").arg(name) };
                reported = true;
            }
        }
        if (!reported && !stack.isEmpty())
            issues << TemplateIssue { TemplateIssue::Kind::UnbalancedMarkup,
                tr("The tag <%1> is never closed.").arg(stack.last()) };
    }
    return issues;
}

QString Merge::bodyFragment(const QString& html)
{
    QString out = html;
    const qsizetype body = out.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    if (body >= 0) {
        const qsizetype start = out.indexOf(QLatin1Char('>'), body);
        const qsizetype end = out.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
        if (start >= 0)
            out = out.mid(start + 1, end > start ? end - start - 1 : -1);
    }
    out.remove(QStringLiteral("<!--StartFragment-->"));
    out.remove(QStringLiteral("<!--EndFragment-->"));
    return out.trimmed();
}

QString Merge::htmlToPlainText(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QString out;
    bool previousWasItem = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QString line = b.text();
        line.replace(QChar::LineSeparator, QLatin1Char('\n'));
        line.replace(QChar::Nbsp, QLatin1Char(' '));
        const QTextList* list = b.textList();
        if (list) {
            const QString marker = list->format().style() == QTextListFormat::ListDecimal
                ? QString::number(list->itemNumber(b) + 1) + QStringLiteral(". ")
                : QStringLiteral("- ");
            line = QStringLiteral("  ") + marker + line;
        }
        if (line.trimmed().isEmpty()) {
            previousWasItem = false;
            continue;
        }
        if (!out.isEmpty())
            out += (list && previousWasItem) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        out += line;
        previousWasItem = list != nullptr;
    }
    return out;
}

} // namespace meldpunt
