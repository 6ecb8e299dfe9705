// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane's small map: one report's spot with its duplicate candidates around it.
#pragma once

#include "domain/report.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;

namespace meldpunt {

class Database;
class MapWidget;
struct TileSourceSpec;

/// Shows where a report is and which duplicate candidates lie around it, numbered in the order
/// the detail pane lists them, so that "the same pothole reported twice" is seen at a glance.
/// Clicking a candidate's pin activates it. It follows the basemap chosen in the map view.
class MapDetailWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapDetailWidget)
public:
    MapDetailWidget(Database* db, const ReferenceData& refs, QWidget* parent = nullptr);
    ~MapDetailWidget() override;

    /// Shows the report and its candidates (numbered 1, 2, … in this order); 0 clears the map.
    void showReport(qint64 reportId, const QList<qint64>& candidateIds = {});
    qint64 reportId() const { return m_reportId; }
    void setTileSource(const TileSourceSpec& spec);
    void setReferenceData(const ReferenceData& refs) { m_refs = refs; }
    MapWidget* canvas() const { return m_canvas; }
    /// True when the last report shown has no location: a sentence says so instead of a map.
    bool showsNoLocation() const;
    bool isReady() const;

    /// Lets a click on the map choose a place (the intake form): a pin goes there and
    /// locationPicked() says where; nearestAddress() then names it.
    void setPickable(bool pickable);
    /// Shows a picked or typed place with a pin, at street level.
    void showLocation(double lat, double lon);
    /// Removes the picked place's pin (the view stays where it is).
    void clearLocation();
    /// Reverse geocoding: the register's address nearest to a point (within 250 m), once the
    /// city is loaded.
    std::optional<AddressHit> nearestAddress(double lat, double lon) const;

Q_SIGNALS:
    void reportActivated(qint64 id);
    void locationPicked(double lat, double lon);

private:
    Database* m_db;
    ReferenceData m_refs;
    MapWidget* m_canvas;
    QStackedLayout* m_stack;
    QLabel* m_noLocation;
    qint64 m_reportId = 0;
    bool m_pickable = false;
};

} // namespace meldpunt
