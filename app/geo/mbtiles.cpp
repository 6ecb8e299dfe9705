// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mbtiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace meldpunt {

MBTilesReader::~MBTilesReader()
{
    close();
}

void MBTilesReader::close()
{
    QMutexLocker lock(&m_lock);
    sqlite3_finalize(m_tile);
    m_tile = nullptr;
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool MBTilesReader::open(const QString& path, QString* error)
{
    close();
    const QString native = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The offline map %1 does not exist.").arg(native));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("The offline map %1 cannot be read: %2").arg(native, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not an MBTiles file (it is not an SQLite database).").arg(native));
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return fail(tr("The offline map %1 cannot be opened: %2").arg(native, why));
    }
    m_db = db;
    m_path = path;

    // The metadata table says the format and zoom range; an old file may not, so read the tiles.
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, value FROM metadata", -1, &st, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        return fail(tr("%1 is not an MBTiles file or it is damaged (%2).").arg(native, why));
    }
    bool haveMin = false;
    bool haveMax = false;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const QString key = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        const QString value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
        if (key == QLatin1String("name"))
            m_name = value;
        else if (key == QLatin1String("format"))
            m_format = value.toLower();
        else if (key == QLatin1String("attribution"))
            m_attribution = value;
        else if (key == QLatin1String("minzoom"))
            m_minZoom = value.toInt(&haveMin);
        else if (key == QLatin1String("maxzoom"))
            m_maxZoom = value.toInt(&haveMax);
        else if (key == QLatin1String("bounds")) {
            const QStringList b = value.split(QLatin1Char(','));
            if (b.size() == 4)
                m_bounds = QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble()));
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(tr("%1 is damaged: its metadata cannot be read (%2).")
                        .arg(native, QString::fromUtf8(sqlite3_errmsg(m_db))));
    if (m_format == QLatin1String("pbf"))
        return fail(tr("%1 holds vector tiles; Meldpunt can show raster MBTiles (PNG, JPEG, WebP) only.").arg(native));

    if (!haveMin || !haveMax) {
        st = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT min(zoom_level), max(zoom_level) FROM tiles", -1, &st, nullptr)
            != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            return fail(tr("%1 is not an MBTiles file or it is damaged (%2).").arg(native, why));
        }
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
            if (!haveMin)
                m_minZoom = sqlite3_column_int(st, 0);
            if (!haveMax)
                m_maxZoom = sqlite3_column_int(st, 1);
        }
        sqlite3_finalize(st);
    }
    if (sqlite3_prepare_v2(m_db,
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            -1,
            &m_tile,
            nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        return fail(tr("%1 is not an MBTiles file or it is damaged (%2).").arg(native, why));
    }
    if (m_name.isEmpty())
        m_name = info.completeBaseName();
    return true;
}

MBTilesReader::Result MBTilesReader::readTile(const TileId& t, QByteArray* data, QString* error)
{
    QMutexLocker lock(&m_lock);
    data->clear();
    if (!m_tile) {
        if (error)
            *error = tr("The offline map is not open.");
        return Result::Error;
    }
    sqlite3_reset(m_tile);
    sqlite3_bind_int(m_tile, 1, t.z);
    sqlite3_bind_int(m_tile, 2, t.x);
    sqlite3_bind_int(m_tile, 3, t.tmsRow());
    const int rc = sqlite3_step(m_tile);
    if (rc == SQLITE_DONE)
        return Result::Missing;
    if (rc != SQLITE_ROW) {
        if (error)
            *error = tr("The offline map %1 is damaged: tile %2/%3/%4 cannot be read (%5).")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(t.z)
                         .arg(t.x)
                         .arg(t.y)
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return Result::Error;
    }
    if (sqlite3_column_type(m_tile, 0) == SQLITE_NULL || sqlite3_column_bytes(m_tile, 0) == 0) {
        if (error)
            *error = tr("The offline map %1 is damaged: tile %2/%3/%4 is empty.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(t.z)
                         .arg(t.x)
                         .arg(t.y);
        sqlite3_reset(m_tile);
        return Result::Error;
    }
    *data = QByteArray(static_cast<const char*>(sqlite3_column_blob(m_tile, 0)), sqlite3_column_bytes(m_tile, 0));
    sqlite3_reset(m_tile);
    return Result::Tile;
}

} // namespace meldpunt
