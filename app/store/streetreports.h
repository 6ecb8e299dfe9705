// SPDX-License-Identifier: GPL-3.0-or-later
// "Recent reports in this street": the other reports of a report's street, newest first.
#pragma once

#include "domain/report.h"

#include <QList>
#include <QString>

namespace meldpunt {

class Database;

/// One other report of the same street, as the detail pane lists it.
struct StreetReport {
    qint64 id = 0;
    QString ref;
    qint64 receivedAt = 0;
    int categoryId = 0;
    Status status = Status::New;
    QString address;
    bool hasLocation = false;
    double lat = 0;
    double lon = 0;
};

/// The answer for one report: which street was looked up and what was found in it.
struct StreetReportList {
    QString street; ///< the shown report's street; empty when it has none (nothing is looked up)
    QString municipality; ///< from the address register; empty when the register does not know the street
    int total = 0; ///< every match in the window; `rows` holds at most the requested number
    QList<StreetReport> rows; ///< newest first
};

/// Finds the other reports of a report's street (the report's `street` column, compared without
/// regard to case) received in the last weeks. Streets of the same name in other municipalities
/// are left out: the address register tells where the street lies, and only reports within that
/// stretch (or, for reports without a location, a street name the register knows in one
/// municipality only) count. Reads through the calling thread's connection.
class StreetReports final {
public:
    static constexpr int kDefaultLimit = 10;
    static constexpr int kDefaultWeeks = 12;

    static StreetReportList recent(
        const Database* db, qint64 reportId, qint64 now, int limit = kDefaultLimit, int weeks = kDefaultWeeks);
};

} // namespace meldpunt
