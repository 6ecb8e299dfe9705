// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/dashboardtables.h"

#include <cmath>

namespace meldpunt {

namespace {

QString n(qint64 v)
{
    return QString::number(v);
}

QString percent(double v)
{
    return std::isnan(v) ? QString() : DashboardTables::number(v);
}

QStringList leadHeader(const QString& group, const QString& unit)
{
    QStringList h { group,
        DashboardTables::tr("Resolved"),
        DashboardTables::tr("Mean (%1)").arg(unit),
        DashboardTables::tr("Median (%1)").arg(unit),
        DashboardTables::tr("90th percentile (%1)").arg(unit) };
    double lower = 0;
    for (double upper : LeadStats::kBinBounds) {
        h << DashboardTables::tr("%1–%2 %3").arg(DashboardTables::number(lower), DashboardTables::number(upper), unit);
        lower = upper;
    }
    h << DashboardTables::tr("≥ %1 %2").arg(DashboardTables::number(lower), unit);
    return h;
}

QStringList leadRow(const QString& group, const LeadStats& s)
{
    QStringList r { group,
        n(s.count),
        DashboardTables::number(s.mean),
        DashboardTables::number(s.median),
        DashboardTables::number(s.p90) };
    for (qint64 c : s.histogram)
        r << n(c);
    return r;
}

} // namespace

QList<DashboardTables::Kind> DashboardTables::all()
{
    return { Kind::Volume,
        Kind::ByCategory,
        Kind::ByDepartment,
        Kind::ByChannel,
        Kind::ByDistrict,
        Kind::LeadByDepartment,
        Kind::LeadByCategory,
        Kind::Sla,
        Kind::SlaByCategory,
        Kind::Backlog,
        Kind::OpenAge,
        Kind::YearOverYear,
        Kind::TopStreets,
        Kind::Engaged };
}

QString DashboardTables::number(double v)
{
    if (std::isnan(v))
        return {};
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    QString s = QString::number(v, 'f', 3);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString DashboardTables::granularityLabel(DashboardQuery::Granularity g)
{
    switch (g) {
    case DashboardQuery::Granularity::Day: return tr("Day");
    case DashboardQuery::Granularity::Week: return tr("Week");
    case DashboardQuery::Granularity::Month: return tr("Month");
    }
    return {};
}

QString DashboardTables::basisUnit(DashboardQuery::DayBasis b)
{
    return b == DashboardQuery::DayBasis::Working ? tr("working days") : tr("days");
}

QString DashboardTables::name(const ReferenceData& refs, Kind kind, int id)
{
    switch (kind) {
    case Kind::ByCategory:
    case Kind::LeadByCategory:
    case Kind::SlaByCategory:
    case Kind::Volume: {
        const QString name = refs.categoryName(id);
        return name.isEmpty() ? tr("Category %1").arg(id) : name;
    }
    case Kind::ByDepartment:
    case Kind::LeadByDepartment:
    case Kind::Sla: {
        if (id == 0)
            return tr("No department");
        const QString name = refs.departmentName(id);
        return name.isEmpty() ? tr("Department %1").arg(id) : name;
    }
    case Kind::ByDistrict: {
        if (id == 0)
            return tr("No district");
        const QString name = refs.districtName(id);
        return name.isEmpty() ? tr("District %1").arg(id) : name;
    }
    case Kind::ByChannel: return Labels::label(Channel(id));
    default: return QString::number(id);
    }
}

StatsTable DashboardTables::table(Kind kind, const DashboardData& data, const ReferenceData& refs)
{
    StatsTable t;
    const QString unit = basisUnit(data.basis);
    auto countTable = [&](const QString& title, const QString& what, const QList<Count>& counts, Kind nameKind) {
        t.title = title;
        t.header = QStringList { what, tr("Reports"), tr("Share (%)") };
        for (const Count& c : counts)
            t.rows << QStringList { name(refs, nameKind, c.id),
                n(c.count),
                number(data.received ? 100.0 * double(c.count) / double(data.received) : 0) };
    };
    switch (kind) {
    case Kind::Volume: {
        t.title = tr("Reports received per %1").arg(granularityLabel(data.granularity).toLower());
        t.header = QStringList { tr("From"), tr("To"), tr("Received"), tr("Last year"), tr("Change (%)") };
        for (int id : data.mainCategories)
            t.header << name(refs, Kind::ByCategory, id);
        for (const VolumeBucket& b : data.volume) {
            QStringList r { b.first.toString(Qt::ISODate),
                b.last.toString(Qt::ISODate),
                n(b.count),
                n(b.lastYear),
                percent(YearOverYear::change(double(b.count), double(b.lastYear))) };
            for (qint64 c : b.byMainCategory)
                r << n(c);
            t.rows << r;
        }
        break;
    }
    case Kind::ByCategory:
        countTable(tr("Reports per category"), tr("Category"), data.byMainCategory, Kind::ByCategory);
        break;
    case Kind::ByDepartment:
        countTable(tr("Reports per department"), tr("Department"), data.byDepartment, Kind::ByDepartment);
        break;
    case Kind::ByChannel: countTable(tr("Reports per channel"), tr("Channel"), data.byChannel, Kind::ByChannel); break;
    case Kind::ByDistrict:
        countTable(tr("Reports per district"), tr("District"), data.byDistrict, Kind::ByDistrict);
        break;
    case Kind::LeadByDepartment:
        t.title = tr("Lead time per department (%1)").arg(unit);
        t.header = leadHeader(tr("Department"), unit);
        for (const GroupLead& g : data.leadByDepartment)
            t.rows << leadRow(name(refs, Kind::LeadByDepartment, g.id), g.lead);
        t.rows << leadRow(tr("All departments"), data.lead);
        break;
    case Kind::LeadByCategory:
        t.title = tr("Lead time per category (%1)").arg(unit);
        t.header = leadHeader(tr("Category"), unit);
        for (const GroupLead& g : data.leadByCategory)
            t.rows << leadRow(name(refs, Kind::LeadByCategory, g.id), g.lead);
        t.rows << leadRow(tr("All categories"), data.lead);
        break;
    case Kind::Sla:
    case Kind::SlaByCategory: {
        const bool byCategory = kind == Kind::SlaByCategory;
        t.title = byCategory ? tr("Deadline compliance per category") : tr("Deadline compliance per department");
        t.header = QStringList { byCategory ? tr("Category") : tr("Department"),
            tr("Resolved within deadline"),
            tr("Resolved within 3× the period"),
            tr("Resolved later"),
            tr("Open, on time"),
            tr("Open, overdue"),
            tr("Within deadline (%)") };
        auto row = [&](const QString& who, const SlaCounts& s) {
            return QStringList { who,
                n(s.withinDue),
                n(s.within3x),
                n(s.beyond3x),
                n(s.openOnTime),
                n(s.openOverdue),
                s.resolved() ? number(s.withinDuePercent()) : QString() };
        };
        for (const GroupSla& g : byCategory ? data.slaByCategory : data.slaByDepartment)
            t.rows << row(name(refs, kind, g.id), g.sla);
        t.rows << row(byCategory ? tr("All categories") : tr("All departments"), data.sla);
        break;
    }
    case Kind::Backlog:
        t.title = tr("Open reports at the end of each day");
        t.header = QStringList { tr("Day"), tr("Open"), tr("Of which overdue") };
        for (const BacklogPoint& p : data.backlog)
            t.rows << QStringList { p.day.toString(Qt::ISODate), n(p.open), n(p.overdue) };
        break;
    case Kind::OpenAge: {
        t.title = tr("Age of open reports");
        t.header = QStringList { tr("Age (days)"), tr("Open reports") };
        int lower = 0;
        for (int i = 0; i < OpenAge::kBins; ++i) {
            const QString label = i < int(OpenAge::kBinBounds.size())
                ? tr("%1–%2").arg(lower).arg(OpenAge::kBinBounds[size_t(i)])
                : tr("> %1").arg(lower - 1);
            t.rows << QStringList { label, n(data.openAge.bins[size_t(i)]) };
            if (i < int(OpenAge::kBinBounds.size()))
                lower = OpenAge::kBinBounds[size_t(i)] + 1;
        }
        break;
    }
    case Kind::YearOverYear: {
        const YearOverYear& y = data.yoy;
        t.title = tr("Year over year: %1 – %2 against %3 – %4")
                      .arg(data.from.toString(Qt::ISODate),
                          data.to.toString(Qt::ISODate),
                          y.previousFrom.toString(Qt::ISODate),
                          y.previousTo.toString(Qt::ISODate));
        t.header = QStringList { tr("Measure"), tr("This period"), tr("A year earlier"), tr("Change (%)") };
        auto row = [&](const QString& what, double cur, double prev) {
            return QStringList { what, number(cur), number(prev), percent(YearOverYear::change(cur, prev)) };
        };
        t.rows << row(tr("Reports received"), double(y.volume), double(y.previousVolume));
        t.rows << row(tr("Reports resolved"), double(y.lead.count), double(y.previousLead.count));
        t.rows << row(tr("Median lead time (%1)").arg(unit), y.lead.median, y.previousLead.median);
        t.rows << row(tr("Mean lead time (%1)").arg(unit), y.lead.mean, y.previousLead.mean);
        t.rows << row(tr("90th percentile lead time (%1)").arg(unit), y.lead.p90, y.previousLead.p90);
        break;
    }
    case Kind::TopStreets:
        t.title = tr("Streets with the most reports");
        t.header = QStringList { tr("Street"), tr("Reports"), tr("Open"), tr("Overdue"), tr("Share (%)") };
        for (const StreetCount& s : data.topStreets)
            t.rows << QStringList { s.street,
                n(s.reports),
                n(s.open),
                n(s.overdue),
                number(data.received ? 100.0 * double(s.reports) / double(data.received) : 0) };
        break;
    case Kind::Engaged:
        t.title = tr("Engaged citizens per topic (consented to be contacted)");
        t.header = QStringList { tr("Topic"), tr("Kind"), tr("Citizen"), tr("E-mail"), tr("Phone"), tr("Reports") };
        for (const EngagedTopic& topic : data.engaged) {
            const bool district = topic.kind == EngagedTopic::Kind::District;
            const QString topicName = name(refs, district ? Kind::ByDistrict : Kind::ByCategory, topic.id);
            for (const EngagedCitizen& e : topic.citizens) {
                const ConsentingCitizen c = data.citizen(e);
                t.rows << QStringList {
                    topicName, district ? tr("District") : tr("Category"), c.name, c.email, c.phone, n(e.reports)
                };
            }
        }
        break;
    }
    return t;
}

QByteArray DashboardTables::toCsv(const StatsTable& table, QChar separator)
{
    auto field = [separator](const QString& s) {
        if (s.contains(separator) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
            || s.contains(QLatin1Char('\r'))) {
            QString q = s;
            q.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        }
        return s;
    };
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (const QString& c : cells)
            out << field(c);
        return out.join(separator) + QStringLiteral("\r\n");
    };
    QString text = line(table.header);
    for (const QStringList& r : table.rows)
        text += line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace meldpunt
