// SPDX-License-Identifier: GPL-3.0-or-later
// Importing districts (or municipalities) from GeoJSON Polygon and MultiPolygon features.
#pragma once

#include "interop/addressimport.h"

namespace meldpunt {

/// Reads a GeoJSON FeatureCollection whose features are Polygons or MultiPolygons (holes
/// allowed) with a name property, and writes them to the district table in one transaction:
/// a feature whose code exists updates that district, others are added. Addresses then get the
/// district they lie in. Any invalid feature stops the import before anything is written.
class DistrictImporter final {
    Q_DECLARE_TR_FUNCTIONS(DistrictImporter)
public:
    explicit DistrictImporter(Database* db);

    ImportResult importGeoJson(const QString& path);

private:
    Database* m_db;
};

} // namespace meldpunt
