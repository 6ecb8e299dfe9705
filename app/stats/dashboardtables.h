// SPDX-License-Identifier: GPL-3.0-or-later
// The tables behind the dashboard's charts, for CSV export, the printed report and the tests.
#pragma once

#include "stats/dashboard.h"

#include <QCoreApplication>
#include <QStringList>

namespace meldpunt {

/// A titled table of plain values: numbers unformatted (dot decimals, no grouping), dates ISO,
/// so that a spreadsheet reads it and a test compares it with the aggregate.
struct StatsTable {
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

/// Turns DashboardData into the table behind each chart, with names from the reference data.
class DashboardTables final {
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
public:
    enum class Kind {
        Volume, ///< per bucket: received, last year, per main category
        ByCategory,
        ByDepartment,
        ByChannel,
        ByDistrict,
        LeadByDepartment,
        LeadByCategory,
        Sla, ///< per department
        SlaByCategory,
        Backlog,
        OpenAge,
        YearOverYear,
        TopStreets,
        Engaged,
    };
    static QList<Kind> all();

    static StatsTable table(Kind kind, const DashboardData& data, const ReferenceData& refs);

    /// RFC 4180 CSV in UTF-8 (with a byte-order mark so that spreadsheet programs detect UTF-8).
    static QByteArray toCsv(const StatsTable& table, QChar separator = QLatin1Char(','));

    /// Numbers as the tables write them: integers plainly, others with up to three decimals.
    static QString number(double v);
    static QString name(const ReferenceData& refs, Kind kind, int id);
    static QString granularityLabel(DashboardQuery::Granularity g);
    static QString basisUnit(DashboardQuery::DayBasis b);
};

} // namespace meldpunt
