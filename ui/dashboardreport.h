// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard as a printable PDF report for the council: title, period, KPIs, charts and tables.
#pragma once

#include "stats/dashboardtables.h"

#include <QCoreApplication>

class QCustomPlot;

namespace meldpunt {

/// Writes a multi-page A4 PDF of the dashboard: a first page with the period, scope, key figures
/// and the year-over-year comparison, then the charts (vector graphics, two per page), then the
/// tables behind them. Engaged citizens appear as counts per topic only: a report for the council
/// is read far beyond the people who may contact them.
class DashboardReport final {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    struct ChartPage {
        QString title;
        QCustomPlot* plot = nullptr;
    };

    static bool write(const QString& file, const DashboardData& data, const ReferenceData& refs, const QString& scope,
        const QList<ChartPage>& charts, QString* error);
};

} // namespace meldpunt
