// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/addressimport.h"

#include "domain/textfold.h"
#include "geo/citybackground.h"
#include "interop/districtimport.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTextStream>

#include <sqlite3.h>

#include <cmath>

namespace meldpunt {

namespace {

/// Splits one CSV record (RFC 4180 quoting) into fields.
QStringList splitRecord(const QString& line, QChar separator)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cur += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

/// A transaction on the raw handle that rolls back unless committed.
class Transaction final {
public:
    explicit Transaction(sqlite3* db) : m_db(db)
    {
        m_ok = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_ok && !m_committed)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool started() const { return m_ok; }
    bool commit()
    {
        m_committed = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_committed;
    }

private:
    sqlite3* m_db;
    bool m_ok = false;
    bool m_committed = false;
};

struct Statement {
    sqlite3_stmt* st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

void bindText(sqlite3_stmt* st, int i, const QString& s)
{
    const QByteArray b = s.toUtf8();
    sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

} // namespace

AddressImporter::AddressImporter(Database* db) : m_db(db) {}

ImportResult AddressImporter::importCsv(const QString& path, const std::function<void(qint64, qint64)>& progress)
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
    auto lineError = [&](qint64 line, const QString& why) {
        return fail(tr("%1, line %2: %3 Nothing was imported.").arg(file).arg(line).arg(why));
    };

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    sqlite3* h = m_db ? m_db->handle() : nullptr;
    if (!h)
        return fail(tr("The database is not open."));

    const qint64 size = in.size();
    QByteArray head = in.peek(4);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return fail(tr("%1 is UTF-16 encoded. Save it as UTF-8 (CSV UTF-8) and import it again. Nothing was imported.")
                        .arg(file));

    // The header decides which column is which; BeST files list them by name, in any order.
    QByteArray headerBytes = in.readLine();
    if (headerBytes.startsWith("\xEF\xBB\xBF"))
        headerBytes.remove(0, 3);
    while (headerBytes.endsWith('\n') || headerBytes.endsWith('\r'))
        headerBytes.chop(1);
    if (headerBytes.isEmpty())
        return lineError(1, tr("the file is empty; a BeST openaddress CSV starts with a header line."));
    QStringDecoder headerDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString headerLine = headerDecoder.decode(headerBytes);
    if (headerDecoder.hasError())
        return lineError(
            1, tr("the text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as UTF-8 and try again."));
    const QChar separator
        = headerLine.count(QLatin1Char(';')) > headerLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = splitRecord(headerLine, separator);
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    const QStringList required { QStringLiteral("EPSG:4326_lat"),
        QStringLiteral("EPSG:4326_lon"),
        QStringLiteral("streetname_nl"),
        QStringLiteral("house_number"),
        QStringLiteral("postcode"),
        QStringLiteral("municipality_name_nl") };
    QStringList missing;
    for (const QString& c : required)
        if (!column.contains(c.toLower()))
            missing << c;
    if (!missing.isEmpty())
        return lineError(1,
            tr("the column(s) %1 are missing. A BeST openaddress CSV has the columns %2.")
                .arg(missing.join(QStringLiteral(", ")), required.join(QStringLiteral(", "))));
    auto col = [&](const char* name) { return column.value(QString::fromLatin1(name).toLower(), -1); };
    const int cLat = col("EPSG:4326_lat");
    const int cLon = col("EPSG:4326_lon");
    const int cStreet = col("streetname_nl");
    const int cStreetFr = col("streetname_fr");
    const int cStreetDe = col("streetname_de");
    const int cNumber = col("house_number");
    const int cBox = col("box_number");
    const int cPostcode = col("postcode");
    const int cMunicipality = col("municipality_name_nl");
    const int cMunicipalityFr = col("municipality_name_fr");
    const int cMunicipalityDe = col("municipality_name_de");

    // Districts by bounding box, for each address's district.
    const std::vector<CityDistrictShape> districts = CityBackground::loadDistricts(m_db);

    Transaction tx(h);
    if (!tx.started())
        return fail(tr("The database is busy or read-only (%1). Nothing was imported.")
                        .arg(QString::fromUtf8(sqlite3_errmsg(h))));
    qint64 maxIdBefore = 0;
    {
        Statement q;
        sqlite3_prepare_v2(h, "SELECT coalesce(max(id), 0) FROM address", -1, &q.st, nullptr);
        if (q.st && sqlite3_step(q.st) == SQLITE_ROW)
            maxIdBefore = sqlite3_column_int64(q.st, 0);
    }
    Statement insert;
    if (sqlite3_prepare_v2(h,
            "INSERT INTO address (street, house_number, postcode, municipality, lat, lon, district_id, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            -1,
            &insert.st,
            nullptr)
        != SQLITE_OK)
        return fail(tr("The database has no address table (%1). Nothing was imported.")
                        .arg(QString::fromUtf8(sqlite3_errmsg(h))));

    const QLocale c = QLocale::c();
    QSet<QString> municipalities;
    qint64 lineNo = 1;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    while (!in.atEnd()) {
        QByteArray bytes = in.readLine();
        ++lineNo;
        const qint64 firstLine = lineNo;
        // A quoted field may hold a line break: keep reading until the quotes balance.
        while (bytes.count('"') % 2 == 1 && !in.atEnd()) {
            bytes += in.readLine();
            ++lineNo;
        }
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return lineError(firstLine,
                tr("the text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as UTF-8 and try again."));
        const QStringList f = splitRecord(text, separator);
        if (f.size() < header.size())
            return lineError(
                firstLine, tr("it has %1 fields where the header has %2.").arg(f.size()).arg(header.size()));
        auto field = [&](int i) { return i >= 0 && i < f.size() ? f.at(i).trimmed() : QString(); };
        bool okLat = false;
        bool okLon = false;
        const double lat = c.toDouble(field(cLat), &okLat);
        const double lon = c.toDouble(field(cLon), &okLon);
        if (!okLat || !std::isfinite(lat))
            return lineError(firstLine, tr("the latitude \"%1\" is not a number.").arg(field(cLat)));
        if (!okLon || !std::isfinite(lon))
            return lineError(firstLine, tr("the longitude \"%1\" is not a number.").arg(field(cLon)));
        if (lat < -90 || lat > 90)
            return lineError(firstLine, tr("the latitude %1 is outside −90…90.").arg(field(cLat)));
        if (lon < -180 || lon > 180)
            return lineError(firstLine, tr("the longitude %1 is outside −180…180.").arg(field(cLon)));
        QString street = field(cStreet);
        if (street.isEmpty())
            street = field(cStreetFr);
        if (street.isEmpty())
            street = field(cStreetDe);
        if (street.isEmpty())
            return lineError(firstLine, tr("the address has no street name."));
        QString number = field(cNumber);
        if (number.isEmpty())
            return lineError(firstLine, tr("the address has no house number."));
        const QString box = field(cBox);
        if (!box.isEmpty())
            number += QStringLiteral(" bus ") + box;
        QString municipality = field(cMunicipality);
        if (municipality.isEmpty())
            municipality = field(cMunicipalityFr);
        if (municipality.isEmpty())
            municipality = field(cMunicipalityDe);
        const QString postcode = field(cPostcode);
        municipalities.insert(municipality);

        int district = 0;
        for (const CityDistrictShape& d : districts) {
            if (d.shape.contains(lat, lon)) {
                district = d.id;
                break;
            }
        }
        sqlite3_reset(insert.st);
        bindText(insert.st, 1, street);
        bindText(insert.st, 2, number);
        bindText(insert.st, 3, postcode);
        bindText(insert.st, 4, municipality);
        sqlite3_bind_double(insert.st, 5, lat);
        sqlite3_bind_double(insert.st, 6, lon);
        if (district)
            sqlite3_bind_int(insert.st, 7, district);
        else
            sqlite3_bind_null(insert.st, 7);
        bindText(insert.st, 8, foldForSearch(street + QLatin1Char(' ') + number));
        if (sqlite3_step(insert.st) != SQLITE_DONE)
            return lineError(
                firstLine, tr("the database refused the address (%1).").arg(QString::fromUtf8(sqlite3_errmsg(h))));
        ++result.imported;
        if (progress && (result.imported & 0x3FFF) == 0)
            progress(in.pos(), size);
    }
    if (result.imported == 0)
        return fail(tr("%1 has a header but no addresses. Nothing was imported.").arg(file));

    // The municipalities in the file are replaced as a whole: what the register dropped goes too.
    Statement del;
    sqlite3_prepare_v2(h, "DELETE FROM address WHERE id <= ? AND municipality = ?", -1, &del.st, nullptr);
    for (const QString& m : std::as_const(municipalities)) {
        sqlite3_reset(del.st);
        sqlite3_bind_int64(del.st, 1, maxIdBefore);
        bindText(del.st, 2, m);
        if (sqlite3_step(del.st) != SQLITE_DONE)
            return fail(tr("Replacing the earlier addresses of %1 failed (%2). Nothing was imported.")
                            .arg(m, QString::fromUtf8(sqlite3_errmsg(h))));
        result.replaced += sqlite3_changes(h);
    }
    if (!tx.commit())
        return fail(
            tr("Saving the addresses failed (%1). Nothing was imported.").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    if (progress)
        progress(size, size);
    result.ok = true;
    return result;
}

namespace {

QString defaultDatabase(bool demo)
{
    // The same places main.cpp opens.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + (demo ? QStringLiteral("/demo.sqlite") : QStringLiteral("/meldpunt.sqlite"));
}

} // namespace

int runImportVerb(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(AddressImporter::tr("Imports the address register (BeST openaddress CSV) or districts "
                                                    "(GeoJSON) into a Meldpunt database."));
    p.addHelpOption();
    QCommandLineOption db(
        QStringLiteral("db"), AddressImporter::tr("Database file to import into."), QStringLiteral("FILE"));
    QCommandLineOption demo(QStringLiteral("demo"), AddressImporter::tr("Import into the demo database."));
    // Read by main() before any verb; accepted here so that it is not an unknown option.
    QCommandLineOption lang(
        QStringLiteral("lang"), AddressImporter::tr("Language: nl, fr or en."), QStringLiteral("LANG"));
    p.addOptions({ db, demo, lang });
    p.addPositionalArgument(QStringLiteral("kind"), AddressImporter::tr("addresses or districts"));
    p.addPositionalArgument(QStringLiteral("file"), AddressImporter::tr("The CSV or GeoJSON file."));
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("meldpunt import"));
    if (!p.parse(withProgram)) {
        err << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const QString usage
        = AddressImporter::tr("Usage: meldpunt import addresses FILE.csv | meldpunt import districts FILE.geojson "
                              "[--db FILE | --demo]");
    if (pos.size() != 2 || (pos[0] != QLatin1String("addresses") && pos[0] != QLatin1String("districts"))) {
        err << usage << Qt::endl;
        return 2;
    }
    const QString path = p.isSet(db) ? p.value(db) : defaultDatabase(p.isSet(demo));
    Database database;
    if (const OpenError e = database.open(path, Database::Mode::OpenExisting)) {
        err << e.message << Qt::endl;
        return 1;
    }
    ImportResult r;
    if (pos[0] == QLatin1String("addresses")) {
        int lastPercent = -1;
        r = AddressImporter(&database).importCsv(pos[1], [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != lastPercent) {
                lastPercent = percent;
                err << QStringLiteral("\r%1 %").arg(percent, 3) << Qt::flush;
            }
        });
        if (lastPercent >= 0)
            err << Qt::endl;
    } else {
        r = DistrictImporter(&database).importGeoJson(pos[1]);
    }
    if (!r.ok) {
        err << r.error << Qt::endl;
        return 1;
    }
    for (const QString& note : std::as_const(r.notes))
        out << note << Qt::endl;
    if (pos[0] == QLatin1String("addresses"))
        out << AddressImporter::tr("Imported %1 addresses into %2 (replacing %3 earlier ones).")
                   .arg(r.imported)
                   .arg(QDir::toNativeSeparators(path))
                   .arg(r.replaced)
            << Qt::endl;
    else
        out << AddressImporter::tr("Imported %1 districts into %2 (%3 of them updated existing ones).")
                   .arg(r.imported)
                   .arg(QDir::toNativeSeparators(path))
                   .arg(r.replaced)
            << Qt::endl;
    return 0;
}

} // namespace meldpunt
