// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/addressindex.h"

#include "domain/textfold.h"
#include "geo/webmercator.h"
#include "store/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {

QStringList wordsOf(const QString& folded)
{
    QStringList out;
    QString cur;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            cur += c;
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}

QString compactOf(const QString& folded)
{
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

int leadingNumber(const QString& s, qsizetype* digits)
{
    qsizetype i = 0;
    int n = 0;
    while (i < s.size() && s.at(i).isDigit() && i < 9) {
        n = n * 10 + s.at(i).digitValue();
        ++i;
    }
    *digits = i;
    return n;
}

} // namespace

bool AddressIndex::houseNumberLess(const QString& a, const QString& b)
{
    qsizetype da = 0;
    qsizetype db = 0;
    const int na = leadingNumber(a, &da);
    const int nb = leadingNumber(b, &db);
    if ((da > 0) != (db > 0))
        return da > 0;
    if (na != nb)
        return na < nb;
    const QString ra = a.mid(da).trimmed();
    const QString rb = b.mid(db).trimmed();
    // "2" < "2A" < "2B" < "2 bus 1" < "2 bus 2" < "2 bus 10".
    const bool aBox = ra.startsWith(QLatin1String("bus"), Qt::CaseInsensitive);
    const bool bBox = rb.startsWith(QLatin1String("bus"), Qt::CaseInsensitive);
    if (aBox != bBox)
        return !aBox;
    if (aBox) {
        qsizetype x = 0;
        qsizetype y = 0;
        const int ba = leadingNumber(ra.mid(3).trimmed(), &x);
        const int bb = leadingNumber(rb.mid(3).trimmed(), &y);
        if (ba != bb)
            return ba < bb;
    }
    return ra.compare(rb, Qt::CaseInsensitive) < 0;
}

int AddressIndex::editDistance(const QString& a, const QString& b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    // Optimal string alignment: Levenshtein plus the swap of two neighbouring letters, the
    // commonest typo in street names ("kerkstaart").
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({ prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], limit + 1);
}

AddressIndex::AddressIndex(QList<AddressHit> addresses) : m_addresses(std::move(addresses))
{
    QHash<QString, int> streetOf;
    m_foldedNumbers.reserve(size_t(m_addresses.size()));
    std::vector<double> xs;
    std::vector<double> ys;
    xs.reserve(size_t(m_addresses.size()));
    ys.reserve(size_t(m_addresses.size()));
    for (qsizetype i = 0; i < m_addresses.size(); ++i) {
        const AddressHit& a = m_addresses.at(i);
        m_foldedNumbers.push_back(foldForSearch(a.houseNumber));
        const QPointF w = WebMercator::project(a.lat, a.lon);
        xs.push_back(w.x());
        ys.push_back(w.y());
        const QString key = a.street + QLatin1Char('\n') + a.postcode;
        auto it = streetOf.find(key);
        if (it == streetOf.end()) {
            Street s;
            s.name = a.street;
            s.postcode = a.postcode;
            s.folded = foldForSearch(a.street);
            s.compact = compactOf(s.folded);
            s.words = wordsOf(s.folded);
            m_streets.push_back(std::move(s));
            it = streetOf.insert(key, int(m_streets.size() - 1));
        }
        m_streets[size_t(*it)].addresses.push_back(int(i));
    }
    for (Street& s : m_streets)
        std::stable_sort(s.addresses.begin(), s.addresses.end(), [&](int a, int b) {
            return houseNumberLess(m_addresses.at(a).houseNumber, m_addresses.at(b).houseNumber);
        });
    m_points.build(xs, ys);
}

std::shared_ptr<AddressIndex> AddressIndex::load(const Database* db, QString* error)
{
    QList<AddressHit> all;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, street, house_number, postcode, municipality, lat, lon, coalesce(district_id, 0) "
            "FROM address"))) {
        if (error)
            *error = tr("The address register could not be read: %1").arg(q.lastError().text());
        return std::make_shared<AddressIndex>(QList<AddressHit>());
    }
    while (q.next()) {
        AddressHit a;
        a.id = q.value(0).toLongLong();
        a.street = q.value(1).toString();
        a.houseNumber = q.value(2).toString();
        a.postcode = q.value(3).toString();
        a.municipality = q.value(4).toString();
        a.lat = q.value(5).toDouble();
        a.lon = q.value(6).toDouble();
        a.districtId = q.value(7).toInt();
        all << a;
    }
    return std::make_shared<AddressIndex>(std::move(all));
}

QList<AddressHit> AddressIndex::streetAddresses(const QString& street, const QString& postcode) const
{
    QList<AddressHit> out;
    for (const Street& s : m_streets) {
        if (s.name == street && (postcode.isEmpty() || s.postcode == postcode)) {
            for (int i : s.addresses)
                out << m_addresses.at(i);
        }
    }
    return out;
}

int AddressIndex::streetCost(const Street& s, const QStringList& words) const
{
    // Words typed apart that the name writes together ("kerk straat").
    const QString joined = words.join(QString());
    if (words.size() > 1 && s.compact.startsWith(joined))
        return 0;
    int total = 0;
    for (const QString& w : words) {
        // A whole word beats the start of one ("markt" → "Grote Markt" before "Marktplein").
        int best = -1;
        for (const QString& sw : s.words) {
            if (sw == w) {
                best = 0;
                break;
            }
            if (sw.startsWith(w))
                best = 1;
        }
        if (best < 0 && w == QLatin1String("st")) {
            for (const QString& sw : s.words)
                if (sw == QLatin1String("sint"))
                    best = 0;
        }
        if (best < 0 && s.compact.contains(w))
            best = 2;
        if (best < 0) {
            const int allowed = w.size() >= 8 ? 2 : w.size() >= 4 ? 1 : 0;
            if (allowed > 0) {
                int d = allowed + 1;
                for (const QString& sw : s.words) {
                    d = std::min(d, editDistance(w, sw, allowed));
                    if (sw.size() > w.size())
                        d = std::min(d, editDistance(w, sw.left(w.size()), allowed));
                }
                // A compound name hides the word inside: "kerkstaat" against "kerkstraat".
                if (s.compact.size() > w.size())
                    d = std::min(d, editDistance(w, s.compact.left(w.size() + 1), allowed));
                d = std::min(d, editDistance(w, s.compact, allowed));
                if (d <= allowed)
                    best = 3 + 2 * d;
            }
        }
        if (best < 0)
            return -1;
        total += best;
    }
    return total;
}

QList<AddressHit> AddressIndex::search(const QString& text, int limit) const
{
    QList<AddressHit> out;
    const QStringList all = wordsOf(foldForSearch(text));
    QStringList words;
    QStringList numbers;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString& w = all.at(i);
        if (w.at(0).isDigit())
            numbers << w;
        else if (w == QLatin1String("bus") && i + 1 < all.size() && all.at(i + 1).at(0).isDigit() && !numbers.isEmpty())
            numbers.last() += QStringLiteral(" bus ") + all.at(++i);
        else if (w.size() == 1 && !numbers.isEmpty() && numbers.size() == 1 && numbers.last().back().isDigit() && i > 0
            && all.at(i - 1).at(0).isDigit())
            numbers.last() += w; // "12 a" → "12a"
        else
            words << w;
    }
    QString postcode;
    QString number;
    for (const QString& n : std::as_const(numbers)) {
        const bool looksLikePostcode = n.size() == 4 && n.toInt() >= 1000 && numbers.size() > 1;
        if (looksLikePostcode && postcode.isEmpty())
            postcode = n;
        else if (number.isEmpty())
            number = n;
    }
    if (words.isEmpty())
        return out;

    struct Ranked {
        int cost;
        std::size_t street;
    };
    std::vector<Ranked> ranked;
    for (std::size_t i = 0; i < m_streets.size(); ++i) {
        const Street& s = m_streets[i];
        if (!postcode.isEmpty() && s.postcode != postcode)
            continue;
        const int c = streetCost(s, words);
        if (c >= 0)
            ranked.push_back({ c, i });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        const Street& sa = m_streets[a.street];
        const Street& sb = m_streets[b.street];
        // The shorter name is the closer match for a prefix ("markt" → "Markt" before "Marktplein").
        if (sa.folded.size() != sb.folded.size())
            return sa.folded.size() < sb.folded.size();
        return sa.folded < sb.folded;
    });

    if (number.isEmpty()) {
        for (const Ranked& r : ranked) {
            const Street& s = m_streets[r.street];
            AddressHit h = m_addresses.at(s.addresses[s.addresses.size() / 2]);
            h.id = 0;
            h.houseNumber.clear();
            out << h;
            if (out.size() >= limit)
                break;
        }
        return out;
    }

    // Per street: the exact number, then its variants (12A, 12 bus 3), then numbers it starts.
    struct Hit {
        int cost;
        int address;
    };
    std::vector<Hit> hits;
    for (const Ranked& r : ranked) {
        const Street& s = m_streets[r.street];
        for (int i : s.addresses) {
            const QString& n = m_foldedNumbers[size_t(i)];
            int c = -1;
            if (n == number)
                c = 0;
            else if (n.startsWith(number) && (n.size() > number.size() && !n.at(number.size()).isDigit()))
                c = 1;
            else if (n.startsWith(number))
                c = 3;
            if (c >= 0)
                hits.push_back({ r.cost * 4 + c, i });
        }
        if (hits.size() > size_t(limit) * 20)
            break;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.cost < b.cost; });
    for (const Hit& h : hits) {
        out << m_addresses.at(h.address);
        if (out.size() >= limit)
            break;
    }
    return out;
}

std::optional<AddressHit> AddressIndex::nearestAddress(double lat, double lon, double maxMeters) const
{
    if (m_addresses.isEmpty() || maxMeters <= 0)
        return std::nullopt;
    const QPointF w = WebMercator::project(lat, lon);
    // A world unit spans the equator's circumference shrunk by cos(latitude).
    const double metersPerWorld
        = 2 * M_PI * WebMercator::kEarthRadius * std::cos(WebMercator::clampLatitude(lat) * M_PI / 180);
    double radius = std::min(maxMeters, 50.0) / metersPerWorld * 1.05;
    const double maxRadius = maxMeters / metersPerWorld * 1.05;
    while (true) {
        int best = -1;
        double bestDistance = maxMeters;
        m_points.within(w.x(), w.y(), radius, [&](std::uint32_t i) {
            const AddressHit& a = m_addresses.at(i);
            const double d = distanceMeters(lat, lon, a.lat, a.lon);
            if (d <= bestDistance) {
                bestDistance = d;
                best = int(i);
            }
        });
        if (best >= 0)
            return m_addresses.at(best);
        if (radius >= maxRadius)
            return std::nullopt;
        radius = std::min(radius * 3, maxRadius);
    }
}

} // namespace meldpunt
