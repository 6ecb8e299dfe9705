// SPDX-License-Identifier: GPL-3.0-or-later
// The city's address register in memory: fuzzy street-and-number search and reverse geocoding.
#pragma once

#include "domain/report.h"
#include "geo/clusterindex.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace meldpunt {

class Database;

/// Finds addresses the way a coordinator types them — "kerkstr 12", "Sint-Jansplein 3a",
/// "grote markt", with or without accents, with a typo — and the address nearest to a point.
/// Built once (a worker thread can do it) and read-only afterwards, so any thread may query it.
class AddressIndex final {
    Q_DECLARE_TR_FUNCTIONS(AddressIndex)
public:
    explicit AddressIndex(QList<AddressHit> addresses);

    /// Reads the address table through the calling thread's connection.
    static std::shared_ptr<AddressIndex> load(const Database* db, QString* error = nullptr);

    std::size_t size() const { return std::size_t(m_addresses.size()); }
    const QList<AddressHit>& addresses() const { return m_addresses; }
    /// Streets are the register's (name, postcode) pairs.
    std::size_t streetCount() const { return m_streets.size(); }
    QString streetName(std::size_t i) const { return m_streets[i].name; }
    /// Indexes into addresses() of one street, in house-number order.
    const std::vector<int>& streetMembers(std::size_t i) const { return m_streets[i].addresses; }
    /// Addresses of one street (same name and postcode), in house-number order.
    QList<AddressHit> streetAddresses(const QString& street, const QString& postcode) const;

    /// Best matches first. Without a house number in the text, one hit per street (its middle
    /// address, with an empty house number) so that the map can show the whole street.
    QList<AddressHit> search(const QString& text, int limit = 10) const;
    /// The address nearest to a point within `maxMeters`; nothing when none is that close.
    std::optional<AddressHit> nearestAddress(double lat, double lon, double maxMeters = 250) const;

    /// Orders house numbers as people do: 2 < 2A < 2 bus 1 < 10.
    static bool houseNumberLess(const QString& a, const QString& b);
    /// Edit distance with transpositions, giving up above `limit` (returns limit + 1).
    static int editDistance(const QString& a, const QString& b, int limit);

private:
    struct Street {
        QString name;
        QString postcode;
        QString folded;
        QString compact; ///< folded without spaces and hyphens
        QStringList words;
        std::vector<int> addresses; ///< indexes into m_addresses, in number order
    };
    /// How well the query words match a street: lower is better, -1 when they do not.
    int streetCost(const Street& s, const QStringList& words) const;

    QList<AddressHit> m_addresses;
    std::vector<Street> m_streets;
    std::vector<QString> m_foldedNumbers;
    KdIndex m_points;
};

} // namespace meldpunt
