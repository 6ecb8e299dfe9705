// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/report.h"

#include <cmath>

namespace meldpunt {

QString AddressHit::display() const
{
    return QStringLiteral("%1 %2, %3 %4").arg(street, houseNumber, postcode, municipality);
}

void ReferenceData::reindex()
{
    departmentIndex.clear();
    categoryIndex.clear();
    districtIndex.clear();
    for (int i = 0; i < departments.size(); ++i)
        departmentIndex.insert(departments[i].id, i);
    for (int i = 0; i < categories.size(); ++i)
        categoryIndex.insert(categories[i].id, i);
    for (int i = 0; i < districts.size(); ++i)
        districtIndex.insert(districts[i].id, i);
}

const Department* ReferenceData::department(int id) const
{
    const auto it = departmentIndex.constFind(id);
    return it == departmentIndex.constEnd() ? nullptr : &departments[*it];
}

const Category* ReferenceData::category(int id) const
{
    const auto it = categoryIndex.constFind(id);
    return it == categoryIndex.constEnd() ? nullptr : &categories[*it];
}

const District* ReferenceData::district(int id) const
{
    const auto it = districtIndex.constFind(id);
    return it == districtIndex.constEnd() ? nullptr : &districts[*it];
}

QString ReferenceData::departmentName(int id) const
{
    const Department* d = department(id);
    return d ? d->name : QString();
}

QString ReferenceData::categoryName(int id) const
{
    const Category* c = category(id);
    if (!c)
        return {};
    if (const Category* parent = category(c->parentId))
        return parent->name + QStringLiteral(" › ") + c->name;
    return c->name;
}

QString ReferenceData::districtName(int id) const
{
    const District* d = district(id);
    return d ? d->name : QString();
}

QList<int> ReferenceData::subcategoriesOf(int mainId) const
{
    QList<int> out;
    for (const Category& c : categories)
        if (c.parentId == mainId)
            out.append(c.id);
    return out;
}

int ReferenceData::districtAt(double lat, double lon) const
{
    const QPointF p(lon, lat);
    for (const District& d : districts)
        if (d.polygon.containsPoint(p, Qt::OddEvenFill))
            return d.id;
    return 0;
}

double distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace meldpunt
