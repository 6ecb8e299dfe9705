// SPDX-License-Identifier: GPL-3.0-or-later
// The basemap the coordinator chose: one choice for every map of the program, kept in the settings.
#pragma once

#include "geo/tilesource.h"

#include <QObject>

namespace meldpunt {

/// The map view's basemap menu writes the choice here; the detail map and the intake form's map
/// follow it, and the next start reads it back.
class BasemapChoice final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasemapChoice)
public:
    static BasemapChoice* instance();

    /// The chosen basemap as stored in the settings (the city's own map when none was chosen).
    TileSourceSpec current() const;
    /// Keeps the choice and tells every map.
    void choose(const TileSourceSpec& spec);

Q_SIGNALS:
    void changed(const meldpunt::TileSourceSpec& spec);

private:
    BasemapChoice() = default;
};

} // namespace meldpunt
