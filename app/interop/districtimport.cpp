// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/districtimport.h"

#include "domain/textfold.h"
#include "geo/geoshape.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace meldpunt {

namespace {

struct Parsed {
    QString code;
    QString name;
    GeoShape shape;
};

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

} // namespace

DistrictImporter::DistrictImporter(Database* db) : m_db(db) {}

ImportResult DistrictImporter::importGeoJson(const QString& path)
{
    ImportResult result;
    const QString file = QFileInfo(path).fileName();
    auto fail = [&](const QString& why) {
        result.ok = false;
        result.error = why;
        result.imported = 0;
        result.replaced = 0;
        return result;
    };
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, in.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid GeoJSON: %2 at byte %3. Nothing was imported.")
                        .arg(file, pe.errorString())
                        .arg(pe.offset));
    const QJsonObject root = doc.object();
    QJsonArray features;
    const QString type = root.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QStringLiteral("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else
        return fail(
            tr("%1 is not a GeoJSON FeatureCollection (its type is \"%2\"). Nothing was imported.").arg(file, type));
    // GeoJSON is WGS84 by definition; an old-style "crs" naming something else would put the city at sea.
    const QString crs = root.value(QStringLiteral("crs"))
                            .toObject()
                            .value(QStringLiteral("properties"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
    if (!crs.isEmpty() && !crs.contains(QLatin1String("4326")) && !crs.contains(QLatin1String("CRS84")))
        return fail(tr("%1 uses the coordinate system %2; Meldpunt needs WGS84 longitude/latitude (EPSG:4326). "
                       "Nothing was imported.")
                        .arg(file, crs));

    if (features.isEmpty())
        return fail(tr("%1 has no features. Nothing was imported.").arg(file));
    QList<Parsed> parsed;
    QSet<QString> codes;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        const QString name
            = firstString(props, { "name", "name_nl", "naam", "NAME", "Name", "NAAM", "name_fr", "name_de" });
        const QString which = name.isEmpty() ? tr("feature %1").arg(i + 1) : tr("feature %1 (%2)").arg(i + 1).arg(name);
        if (f.value(QStringLiteral("type")).toString() != QLatin1String("Feature"))
            return fail(tr("%1, %2: it is not a GeoJSON Feature. Nothing was imported.").arg(file, which));
        if (name.isEmpty())
            return fail(
                tr("%1, %2: it has no name property (name or name_nl). Nothing was imported.").arg(file, which));
        const QJsonObject g = f.value(QStringLiteral("geometry")).toObject();
        if (g.isEmpty())
            return fail(tr("%1, %2: it has no geometry. Nothing was imported.").arg(file, which));
        QString why;
        const GeoShape shape = GeoShape::fromGeoJsonCoordinates(
            g.value(QStringLiteral("coordinates")).toArray(), g.value(QStringLiteral("type")).toString(), &why);
        if (shape.isEmpty())
            return fail(tr("%1, %2: invalid geometry: %3. Nothing was imported.").arg(file, which, why));
        QString code = firstString(props, { "code", "nis", "NIS", "niscode", "NISCODE", "id" });
        if (code.isEmpty())
            code = firstString(f, { "id" });
        if (code.isEmpty())
            code = foldForSearch(name).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (codes.contains(code))
            return fail(tr("%1, %2: its code %3 is used by an earlier feature too. Nothing was imported.")
                            .arg(file, which, code));
        codes.insert(code);
        parsed << Parsed { code, name, shape };
    }

    sqlite3* h = m_db ? m_db->handle() : nullptr;
    if (!h)
        return fail(tr("The database is not open."));
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("The database is busy or read-only (%1). Nothing was imported.")
                        .arg(QString::fromUtf8(sqlite3_errmsg(h))));
    auto rollback = [&](const QString& why) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return fail(why);
    };
    sqlite3_stmt* find = nullptr;
    sqlite3_stmt* update = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(h, "SELECT id FROM district WHERE code = ?", -1, &find, nullptr);
    sqlite3_prepare_v2(h, "UPDATE district SET name = ?, polygon = ? WHERE id = ?", -1, &update, nullptr);
    sqlite3_prepare_v2(h, "INSERT INTO district (code, name, polygon) VALUES (?, ?, ?)", -1, &insert, nullptr);
    auto finalize = [&] {
        sqlite3_finalize(find);
        sqlite3_finalize(update);
        sqlite3_finalize(insert);
    };
    if (!find || !update || !insert) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(h));
        finalize();
        return rollback(tr("The database has no district table (%1). Nothing was imported.").arg(why));
    }
    auto text = [](sqlite3_stmt* st, int i, const QString& s) {
        const QByteArray b = s.toUtf8();
        sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    };
    QList<QPair<int, GeoShape>> written;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const Parsed& p = parsed.at(i);
        const QString polygon
            = QString::fromUtf8(QJsonDocument(p.shape.toGeoJsonCoordinates()).toJson(QJsonDocument::Compact));
        sqlite3_reset(find);
        text(find, 1, p.code);
        int id = 0;
        if (sqlite3_step(find) == SQLITE_ROW)
            id = sqlite3_column_int(find, 0);
        sqlite3_stmt* st = id ? update : insert;
        sqlite3_reset(st);
        if (id) {
            text(st, 1, p.name);
            text(st, 2, polygon);
            sqlite3_bind_int(st, 3, id);
        } else {
            text(st, 1, p.code);
            text(st, 2, p.name);
            text(st, 3, polygon);
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(h));
            finalize();
            return rollback(tr("%1, feature %2 (%3): the database refused it (%4). Nothing was imported.")
                                .arg(file)
                                .arg(i + 1)
                                .arg(p.name, why));
        }
        if (id)
            ++result.replaced;
        else
            id = int(sqlite3_last_insert_rowid(h));
        written << qMakePair(id, p.shape);
        ++result.imported;
    }
    finalize();

    // Addresses carry their district for the intake form; give them the new outlines.
    sqlite3_stmt* addresses = nullptr;
    sqlite3_stmt* setDistrict = nullptr;
    sqlite3_prepare_v2(h, "SELECT id, lat, lon FROM address", -1, &addresses, nullptr);
    sqlite3_prepare_v2(h, "UPDATE address SET district_id = ? WHERE id = ?", -1, &setDistrict, nullptr);
    if (addresses && setDistrict) {
        while (sqlite3_step(addresses) == SQLITE_ROW) {
            const double lat = sqlite3_column_double(addresses, 1);
            const double lon = sqlite3_column_double(addresses, 2);
            for (const auto& [id, shape] : std::as_const(written)) {
                if (shape.contains(lat, lon)) {
                    sqlite3_reset(setDistrict);
                    sqlite3_bind_int(setDistrict, 1, id);
                    sqlite3_bind_int64(setDistrict, 2, sqlite3_column_int64(addresses, 0));
                    sqlite3_step(setDistrict);
                    break;
                }
            }
        }
    }
    sqlite3_finalize(addresses);
    sqlite3_finalize(setDistrict);
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(
            tr("Saving the districts failed (%1). Nothing was imported.").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    result.ok = true;
    return result;
}

} // namespace meldpunt
