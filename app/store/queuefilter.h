// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatch queue's filter: what a coordinator selects, as SQL for the store and as a plain predicate.
#pragma once

#include "domain/report.h"

#include <QDate>
#include <QJsonObject>
#include <QVariantList>

namespace meldpunt {

struct QueueFilter {
    enum class SortKey { Received, Due, Priority };

    QList<Status> statuses; ///< empty: every status
    QList<int> categoryIds; ///< a main category stands for all its subcategories
    QList<int> departmentIds; ///< 0 stands for "no department yet"
    QList<int> districtIds; ///< 0 stands for "no district" (no location, or outside every district)
    QList<Channel> channels;
    bool overdueOnly = false; ///< open and past its due date
    QDate from; ///< received on or after (city time); invalid: no bound
    QDate to; ///< received on or before (city time); invalid: no bound
    /// Words; each must start a word of ref, description, address or citizen name. With the Received sort,
    /// search results come in order of arrival (report id) so that a common word still answers at once.
    QString search;
    /// A zone drawn on the map, lon/lat (x = lon, y = lat); empty: anywhere. Reports without a
    /// location are outside every zone.
    QPolygonF area;
    SortKey sortKey = SortKey::Received;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    /// The default "to do" view: new and triaged reports.
    static QueueFilter toDo();

    QJsonObject toJson() const;
    static QueueFilter fromJson(const QJsonObject& o);
    bool operator==(const QueueFilter& other) const;

    /// The FTS5 MATCH expression for `search`: every word as a quoted prefix; empty when no word
    /// or when the search is a report reference.
    static QString ftsQuery(const QString& search);
    /// "M-2026-0045" (or "m-2026-0045"): the reference prefix the search stands for; empty otherwise.
    /// A reference goes through the ref index: as words, "M" and "2026" would match half the city.
    static QString refPrefix(const QString& search);

    /// The same filter as a plain predicate (without the text search), the reference the SQL is tested against.
    bool matches(const Report& r, qint64 now, const ReferenceData& refs) const;
    /// The word test of `search` against a report's texts, as FTS5 does it (prefix, case and diacritics folded).
    bool matchesSearch(const Report& r, const QString& citizenName) const;
};

/// A WHERE clause with its bound values (positional).
struct SqlCondition {
    QString where; ///< without the WHERE keyword; "1" when empty
    QVariantList binds;
};

/// Builds the SQL condition of a filter over table alias `r`. `ignoreStatuses` is for per-status counts.
SqlCondition buildCondition(const QueueFilter& f, qint64 now, const ReferenceData& refs, bool ignoreStatuses = false);

/// City-time day bounds as UTC seconds.
qint64 startOfCityDay(QDate d);

} // namespace meldpunt
