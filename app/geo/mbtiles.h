// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an MBTiles file (SQLite, TMS row order) as an offline raster basemap.
#pragma once

#include "geo/webmercator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRectF>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace meldpunt {

/// One MBTiles 1.x file opened read-only. Tiles are addressed in XYZ order; the row flip to the
/// file's TMS order happens here. Safe to use from several threads (one statement, one lock).
class MBTilesReader final {
    Q_DECLARE_TR_FUNCTIONS(MBTilesReader)
    Q_DISABLE_COPY_MOVE(MBTilesReader)
public:
    MBTilesReader() = default;
    ~MBTilesReader();

    /// Opens and checks the file; false with a translated reason that names it.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    QString format() const { return m_format; } ///< "png", "jpg", "webp"
    QString attribution() const { return m_attribution; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    QRectF bounds() const { return m_bounds; } ///< lon/lat; null when the file does not say

    enum class Result { Tile, Missing, Error };
    /// Reads one tile's bytes. Missing is normal (outside the file's coverage); Error means the
    /// file is damaged, with a translated reason naming the tile.
    Result readTile(const TileId& t, QByteArray* data, QString* error);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_tile = nullptr;
    QMutex m_lock;
    QString m_path;
    QString m_name;
    QString m_format;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    QRectF m_bounds;
};

} // namespace meldpunt
