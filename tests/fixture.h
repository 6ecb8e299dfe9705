// SPDX-License-Identifier: GPL-3.0-or-later
// A small deterministic test database built by hand (SQL inserts), so the core suites do not depend on the demo
// generator.
#pragma once

#include "domain/calendar.h"
#include "domain/status.h"
#include "domain/textfold.h"
#include "store/database.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace meldpunt::test {

/// A second connection that bypasses Qt and the Database class: another program holding locks, or a tool
/// that prepares odd files.
class RawSqlite {
public:
    explicit RawSqlite(const QString& path)
    {
        if (sqlite3_open_v2(
                QFile::encodeName(path).constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_close(m_handle);
            m_handle = nullptr;
        }
    }
    ~RawSqlite() { close(); }
    Q_DISABLE_COPY_MOVE(RawSqlite)

    bool isOpen() const { return m_handle != nullptr; }
    void close()
    {
        if (m_handle)
            sqlite3_close(m_handle);
        m_handle = nullptr;
    }
    /// Runs statements; false with error() on failure.
    bool exec(const QString& sql)
    {
        if (!m_handle)
            return false;
        char* err = nullptr;
        if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            m_error = QString::fromUtf8(err ? err : "");
            sqlite3_free(err);
            return false;
        }
        return true;
    }
    /// The first column of the first row as text (empty on failure).
    QString value(const QString& sql)
    {
        QString out;
        sqlite3_stmt* st = nullptr;
        if (m_handle && sqlite3_prepare_v2(m_handle, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        else
            m_error = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : "not open");
        sqlite3_finalize(st);
        return out;
    }
    QString error() const { return m_error; }

private:
    sqlite3* m_handle = nullptr;
    QString m_error;
};

/// SHA-256 of a file's bytes (empty when unreadable): "byte-identical" checks.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// Seconds since the epoch of a wall-clock moment in the city (Europe/Brussels).
inline qint64 cityTime(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), WorkCalendar::cityTimeZone()).toSecsSinceEpoch();
}

/// The fixture's "now": Friday 15 May 2026, noon in the city. Every report was received before it.
inline qint64 fixtureNow()
{
    return cityTime(2026, 5, 15, 12, 0, 0);
}

/// A fixed linear congruential generator: the same fixture on every machine and compiler.
class FixtureRandom {
public:
    explicit FixtureRandom(quint64 seed) : m_state(seed * 6364136223846793005ull + 1442695040888963407ull) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct FixtureAddress {
    qint64 id = 0;
    QString street;
    QString number;
    double lat = 0;
    double lon = 0;
    int districtId = 0;
};

/// What the fixture inserted, for tests that need particular rows.
struct FixtureIds {
    QHash<QString, int> departments; ///< by code: GRN, WEG, NET, OVL, HHV (HHV suggested by no category)
    QHash<QString, int> categories; ///< by code, e.g. AFV (main), AFV-ZWF (sub); OVR-GEL has no department
    QList<int> districts; ///< three squares side by side: Centrum, Sint-Anna, Ter Heide
    QList<FixtureAddress> addresses;
    QList<qint64> citizens;
    QHash<qint64, QString> citizenNames;
    QList<qint64> reports;
    QHash<QString, QList<qint64>> reportsByStatus; ///< by status key
};

/// The texts a report may carry: plain, markup, control characters, quotes, emoji, diacritics.
inline QStringList fixtureDescriptions()
{
    return {
        QStringLiteral("Zwerfvuil aan de bushalte"),
        QStringLiteral("Put in de weg, <b>gevaarlijk</b> voor fietsers"),
        QStringLiteral("Straatlamp defect sinds drie dagen\tflikkert"),
        QStringLiteral("Lawaai 's nachts & \"feestje\" bij de buren"),
        QStringLiteral("Bladkorf vol\x01\x02 na de storm"),
        QStringLiteral("Onkruid op de stoep\r\nZie foto"),
        QStringLiteral("<script>alert('x')</script> verzakking van het voetpad"),
        QStringLiteral("Sluikstort: matras + zetel achter de kerk"),
        QStringLiteral("Boom moet gesnoeid worden \U0001F333 takken over de rijweg"),
        QStringLiteral("Kolk verstopt \u2014 water op straat"),
        QStringLiteral("Terras van het café blokkeert het voetpad; déjà gemeld"),
        QStringLiteral("NEAR(put, weg) \"AND\" OR * — vreemde tekst"),
    };
}

/// A throwaway database with departments, a two-level category tree with SLAs, three square districts,
/// 51 addresses, citizens with diacritics in their names and 300 reports of every status and channel.
class Fixture {
public:
    Fixture() = default;
    Q_DISABLE_COPY_MOVE(Fixture)

    Database db;
    FixtureIds ids;
    QTemporaryDir dir;

    QString path() const { return dbPath(dir, QStringLiteral("fixture.sqlite")); }

    /// Builds the database; returns an empty string on success, else what failed.
    QString build(int reportCount = 300)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        if (OpenError e = db.open(path()))
            return e.message;
        QSqlDatabase c = db.connection();
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("BEGIN")))
            return q.lastError().text();
        const QString err = fill(c, reportCount);
        if (!err.isEmpty()) {
            QSqlQuery(c).exec(QStringLiteral("ROLLBACK"));
            return err;
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return q.lastError().text();
        return {};
    }

    /// Takes over another fixture's finished database by copying the file: much faster than building again.
    QString copyFrom(const Fixture& other)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        {
            QSqlQuery q(other.db.connection());
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return q.lastError().text();
        }
        db.close();
        QFile::remove(path());
        if (!QFile::copy(other.path(), path()))
            return QStringLiteral("cannot copy %1").arg(other.path());
        ids = other.ids;
        if (OpenError e = db.open(path()))
            return e.message;
        return {};
    }

    /// One value of a query on the fixture's connection (for assertions).
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    qint64 eventCount(qint64 reportId = 0) const
    {
        if (reportId == 0)
            return scalar(QStringLiteral("SELECT count(*) FROM report_event")).toLongLong();
        return scalar(QStringLiteral("SELECT count(*) FROM report_event WHERE report_id = ?"), { reportId })
            .toLongLong();
    }

    /// A digest of every row of the tables that changes write to: equal digests mean nothing was written.
    QByteArray snapshot() const
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char* table : { "report", "report_event", "report_follower", "citizen", "saved_filter" }) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
                return {};
            const int columns = q.record().count();
            while (q.next()) {
                for (int i = 0; i < columns; ++i) {
                    const QVariant v = q.value(i);
                    h.addData(v.isNull() ? QByteArrayLiteral("\\N") : v.toString().toUtf8());
                    h.addData(QByteArrayLiteral("\x1f"));
                }
                h.addData(QByteArrayLiteral("\n"));
            }
        }
        return h.result().toHex();
    }

    /// The first fixture report with this status (by id).
    qint64 firstWithStatus(Status s, int skip = 0) const
    {
        const QList<qint64> list = ids.reportsByStatus.value(StatusRules::key(s));
        return skip < list.size() ? list.at(skip) : 0;
    }

private:
    static QString polygonJson(double lon0, double lat0, double lon1, double lat1)
    {
        const auto pt
            = [](double lon, double lat) { return QStringLiteral("[%1,%2]").arg(lon, 0, 'f', 4).arg(lat, 0, 'f', 4); };
        return QStringLiteral("[[%1,%2,%3,%4,%5]]")
            .arg(pt(lon0, lat0), pt(lon1, lat0), pt(lon1, lat1), pt(lon0, lat1), pt(lon0, lat0));
    }

    static bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* err)
    {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            *err = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        return true;
    }

    static QVariant nullInt() { return QVariant(QMetaType::fromType<qint64>()); }
    static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
    static QVariant nullReal() { return QVariant(QMetaType::fromType<double>()); }

    QString fill(QSqlDatabase& c, int reportCount)
    {
        QString err;
        QSqlQuery q(c);
        FixtureRandom rnd(20260515);

        // Departments.
        const QList<QPair<QString, QString>> deps = {
            { QStringLiteral("GRN"), QStringLiteral("Groendienst") },
            { QStringLiteral("WEG"), QStringLiteral("Wegendienst") },
            { QStringLiteral("NET"), QStringLiteral("Netheid") },
            { QStringLiteral("OVL"), QStringLiteral("Openbare verlichting") },
            { QStringLiteral("HHV"), QStringLiteral("Handhaving") },
        };
        for (const auto& d : deps) {
            if (!exec(q,
                    QStringLiteral("INSERT INTO department (code, name, email) VALUES (?, ?, ?)"),
                    { d.first, d.second, d.first.toLower() + QStringLiteral("@meldegem.test") },
                    &err))
                return err;
            ids.departments.insert(d.first, q.lastInsertId().toInt());
        }

        // Categories: main first, then its subcategories, each with a suggested department and an SLA.
        struct Cat {
            const char* code;
            const char* parent;
            QString name;
            const char* dep;
            int sla;
        };
        const QList<Cat> cats = {
            { "AFV", nullptr, QStringLiteral("Afval"), "NET", 5 },
            { "AFV-ZWF", "AFV", QStringLiteral("Zwerfvuil"), "NET", 3 },
            { "AFV-SLK", "AFV", QStringLiteral("Sluikstort"), "NET", 2 },
            { "AFV-BLK", "AFV", QStringLiteral("Bladkorf vol"), "NET", 5 },
            { "WEG", nullptr, QStringLiteral("Wegen"), "WEG", 10 },
            { "WEG-PUT", "WEG", QStringLiteral("Put in wegdek"), "WEG", 10 },
            { "WEG-VRZ", "WEG", QStringLiteral("Verzakking"), "WEG", 15 },
            { "GRN", nullptr, QStringLiteral("Groen"), "GRN", 20 },
            { "GRN-SNO", "GRN", QStringLiteral("Snoeien"), "GRN", 20 },
            { "GRN-ONK", "GRN", QStringLiteral("Onkruid"), "GRN", 10 },
            { "OVL", nullptr, QStringLiteral("Openbare verlichting"), "OVL", 5 },
            { "OVL-LMP", "OVL", QStringLiteral("Straatlamp defect"), "OVL", 5 },
            { "OVR", nullptr, QStringLiteral("Overlast"), nullptr, 1 },
            { "OVR-GEL", "OVR", QStringLiteral("Geluid"), nullptr, 1 },
        };
        QHash<QString, int> slaOf;
        QHash<QString, int> depOf;
        QStringList subs;
        for (const Cat& cat : cats) {
            const QString code = QString::fromLatin1(cat.code);
            const QVariant parent
                = cat.parent ? QVariant(ids.categories.value(QString::fromLatin1(cat.parent))) : nullInt();
            const QVariant dep = cat.dep ? QVariant(ids.departments.value(QString::fromLatin1(cat.dep))) : nullInt();
            if (!exec(q,
                    QStringLiteral(
                        "INSERT INTO category (parent_id, code, name, department_id, sla_days) VALUES (?, ?, ?, ?, ?)"),
                    { parent, code, cat.name, dep, cat.sla },
                    &err))
                return err;
            ids.categories.insert(code, q.lastInsertId().toInt());
            slaOf.insert(code, cat.sla);
            depOf.insert(code, cat.dep ? ids.departments.value(QString::fromLatin1(cat.dep)) : 0);
            if (cat.parent)
                subs << code;
        }

        // Districts: three 0.01° squares side by side, lon 4.00–4.03, lat 51.00–51.01.
        const QStringList districtNames
            = { QStringLiteral("Centrum"), QStringLiteral("Sint-Anna"), QStringLiteral("Ter Heide") };
        for (int i = 0; i < 3; ++i) {
            const double lon0 = 4.00 + 0.01 * i;
            if (!exec(q,
                    QStringLiteral("INSERT INTO district (code, name, polygon) VALUES (?, ?, ?)"),
                    { QStringLiteral("D%1").arg(i + 1),
                        districtNames[i],
                        polygonJson(lon0, 51.00, lon0 + 0.01, 51.01) },
                    &err))
                return err;
            ids.districts << q.lastInsertId().toInt();
        }

        // Addresses: five streets of ten numbers across the districts, and one outside every district.
        const QStringList streets = { QStringLiteral("Kerkstraat"),
            QStringLiteral("Stationsstraat"),
            QStringLiteral("Émile Verhaerenlaan"),
            QStringLiteral("Noël Van Wijckstraat"),
            QStringLiteral("Kapelstraat") };
        const QStringList numbers = { QStringLiteral("1"),
            QStringLiteral("2"),
            QStringLiteral("3"),
            QStringLiteral("3A"),
            QStringLiteral("5"),
            QStringLiteral("7"),
            QStringLiteral("10"),
            QStringLiteral("12"),
            QStringLiteral("21"),
            QStringLiteral("101") };
        auto addAddress = [&](const QString& street, const QString& number, double lat, double lon, int district) {
            if (!exec(q,
                    QStringLiteral("INSERT INTO address (street, house_number, postcode, municipality, lat, lon, "
                                   "district_id, search_key) "
                                   "VALUES (?, ?, '9999', 'Meldegem', ?, ?, ?, ?)"),
                    { street,
                        number,
                        lat,
                        lon,
                        district ? QVariant(district) : nullInt(),
                        foldForSearch(street + QLatin1Char(' ') + number) },
                    &err))
                return false;
            FixtureAddress a;
            a.id = q.lastInsertId().toLongLong();
            a.street = street;
            a.number = number;
            a.lat = lat;
            a.lon = lon;
            a.districtId = district;
            ids.addresses << a;
            return true;
        };
        for (int s = 0; s < streets.size(); ++s) {
            for (int n = 0; n < numbers.size(); ++n) {
                const double lat = 51.001 + 0.0018 * s;
                const double lon = 4.0015 + 0.0029 * n;
                const int district = ids.districts.at(std::min(2, int((lon - 4.00) / 0.01)));
                if (!addAddress(streets[s], numbers[n], lat, lon, district))
                    return err;
            }
        }
        if (!addAddress(QStringLiteral("Verre Veldweg"), QStringLiteral("1"), 51.02, 4.05, 0))
            return err;

        // Citizens, many with diacritics; the search key is folded name, e-mail and phone digits.
        const QStringList names = { QStringLiteral("Émile Peeters"),
            QStringLiteral("Zoë Janssens"),
            QStringLiteral("François Lefèvre"),
            QStringLiteral("Jürgen Müller"),
            QStringLiteral("Ana Núñez"),
            QStringLiteral("Chloé Maes"),
            QStringLiteral("Noëlla Wouters"),
            QStringLiteral("Søren Claes"),
            QStringLiteral("Jan De Smet"),
            QStringLiteral("Marie Dubois"),
            QStringLiteral("Ahmed El Amrani"),
            QStringLiteral("Inès Vermeulen"),
            QStringLiteral("Björn Goossens"),
            QStringLiteral("Lotte Willems"),
            QStringLiteral("Mehmet Öztürk"),
            QStringLiteral("Kevin O'Brien") };
        const QStringList replyKeys = { QStringLiteral("email"),
            QStringLiteral("sms"),
            QStringLiteral("letter"),
            QStringLiteral("phone"),
            QStringLiteral("none") };
        for (int i = 0; i < names.size(); ++i) {
            const QString email = QStringLiteral("burger%1@example.be").arg(i + 1);
            const QString phone = QStringLiteral("+32 470 12 34 %1").arg(10 + i);
            QString digits = phone;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
            const QString key = foldForSearch(names[i]) + QLatin1Char(' ') + email + QLatin1Char(' ') + digits;
            if (!exec(q,
                    QStringLiteral("INSERT INTO citizen (uuid, name, address, postcode, municipality, email, phone, "
                                   "reply_channel, consent, created_at, search_key) VALUES (?, ?, ?, '9999', "
                                   "'Meldegem', ?, ?, ?, 1, ?, ?)"),
                    { QUuid::createUuidV5(QUuid(), QStringLiteral("citizen-%1").arg(i)).toString(QUuid::WithoutBraces),
                        names[i],
                        QStringLiteral("Kerkstraat %1").arg(i + 1),
                        email,
                        phone,
                        replyKeys[i % replyKeys.size()],
                        cityTime(2024, 6, 1),
                        key },
                    &err))
                return err;
            const qint64 id = q.lastInsertId().toLongLong();
            ids.citizens << id;
            ids.citizenNames.insert(id, names[i]);
        }

        // Reception moments: random over 2025-01-01 .. 2026-05-15, plus ties and city-day and DST edges.
        QList<qint64> received;
        const qint64 start = cityTime(2025, 1, 1);
        const qint64 span = fixtureNow() - 3600 - start;
        const QList<qint64> edges = {
            cityTime(2026, 2, 28, 23, 59, 59),
            cityTime(2026, 3, 1, 0, 0, 0),
            cityTime(2026, 3, 31, 23, 59, 59),
            cityTime(2026, 4, 1, 0, 0, 0),
            cityTime(2026, 3, 29, 1, 30),
            cityTime(2026, 3, 29, 3, 30),
            cityTime(2025, 12, 31, 23, 30),
            cityTime(2026, 1, 1, 0, 30),
            cityTime(2025, 10, 26, 1, 59, 59),
            cityTime(2025, 10, 26, 3, 0, 0),
            cityTime(2026, 4, 2, 16, 0),
            cityTime(2026, 4, 3, 9, 0),
        };
        for (int i = 0; i < reportCount; ++i) {
            if (i < edges.size())
                received << edges[i];
            else if (i % 10 == 0 && !received.isEmpty())
                received << received.last(); // the same second: ties broken by id
            else
                received << start + (qint64(rnd.next()) * 7919 + rnd.below(7919)) % span;
        }
        // References follow the order of reception within each city year.
        QList<int> byTime(reportCount);
        for (int i = 0; i < reportCount; ++i)
            byTime[i] = i;
        std::stable_sort(byTime.begin(), byTime.end(), [&](int a, int b) { return received[a] < received[b]; });
        QList<QString> refs(reportCount);
        QHash<int, int> perYear;
        for (int i : std::as_const(byTime)) {
            const int year = QDateTime::fromSecsSinceEpoch(received[i], WorkCalendar::cityTimeZone()).date().year();
            refs[i] = QStringLiteral("M-%1-%2").arg(year).arg(++perYear[year], 6, 10, QLatin1Char('0'));
        }

        const QStringList descriptions = fixtureDescriptions();
        const QList<QPair<QString, int>> channelMix = { { QStringLiteral("web"), 37 },
            { QStringLiteral("email"), 36 },
            { QStringLiteral("phone"), 17 },
            { QStringLiteral("whatsapp"), 4 },
            { QStringLiteral("counter"), 3 },
            { QStringLiteral("app"), 3 } };
        const QList<QPair<QString, int>> statusMix = { { QStringLiteral("new"), 20 },
            { QStringLiteral("triaged"), 10 },
            { QStringLiteral("assigned"), 15 },
            { QStringLiteral("in_progress"), 10 },
            { QStringLiteral("on_hold"), 5 },
            { QStringLiteral("resolved"), 15 },
            { QStringLiteral("closed"), 15 },
            { QStringLiteral("rejected"), 5 },
            { QStringLiteral("duplicate"), 5 } };
        auto pick = [&](const QList<QPair<QString, int>>& mix) {
            int n = rnd.below(100);
            for (const auto& m : mix) {
                if (n < m.second)
                    return m.first;
                n -= m.second;
            }
            return mix.first().first;
        };
        const QStringList assignees
            = { QStringLiteral("an.peeters"), QStringLiteral("bart.maes"), QStringLiteral("els.claes") };

        for (int i = 0; i < reportCount; ++i) {
            // The first reports cover every status once so that tests always find one of each.
            QString status = i < statusMix.size() ? statusMix[i].first : pick(statusMix);
            // Insert in an order unrelated to reception, so ids do not follow received_at.
            const QString subCode = subs[rnd.below(int(subs.size()))];
            const int categoryId = ids.categories.value(subCode);
            const QString channel = pick(channelMix);
            QString description = descriptions[rnd.below(int(descriptions.size()))];
            if (rnd.chance(30))
                description += QStringLiteral(" nr %1").arg(rnd.below(50));
            QVariant addressText = QStringLiteral("");
            QVariant street = nullText(), number = nullText(), lat = nullReal(), lon = nullReal(), district = nullInt();
            const int where = rnd.below(100);
            if (where < 85) {
                const FixtureAddress& a = ids.addresses[rnd.below(int(ids.addresses.size()))];
                addressText = a.street + QLatin1Char(' ') + a.number;
                street = a.street;
                number = a.number;
                lat = a.lat + (rnd.below(21) - 10) * 0.00001;
                lon = a.lon + (rnd.below(21) - 10) * 0.00001;
                district = a.districtId ? QVariant(a.districtId) : nullInt();
            } else if (where < 95) {
                lat = 51.0005 + rnd.below(90) * 0.0001;
                lon = 4.0005 + rnd.below(290) * 0.0001;
                district = ids.districts.at(std::min(2, int((lon.toDouble() - 4.00) / 0.01)));
            }
            QVariant citizen = nullInt();
            QString reply = QStringLiteral("none");
            if (rnd.chance(75)) {
                const int ci = rnd.below(int(ids.citizens.size()));
                citizen = ids.citizens[ci];
                reply = replyKeys[ci % replyKeys.size()];
            }
            const int priority = rnd.chance(70) ? 1 : rnd.below(4);
            QVariant department = nullInt();
            if (status != QLatin1String("new") && status != QLatin1String("triaged")) {
                const int suggested = depOf.value(subCode);
                const int dep = rnd.chance(80) && suggested
                    ? suggested
                    : ids.departments.value(deps[rnd.below(int(deps.size()))].first);
                department = dep;
            } else if (status == QLatin1String("triaged") && rnd.chance(30)) {
                department = depOf.value(subCode) ? QVariant(depOf.value(subCode)) : nullInt();
            }
            const QString assignee = status == QLatin1String("in_progress") ? assignees[rnd.below(3)] : QString();
            const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(received[i], Qt::UTC);
            const qint64 due = WorkCalendar::dueAt(receivedAt, slaOf.value(subCode)).toSecsSinceEpoch();
            QVariant resolvedAt = nullInt(), closedAt = nullInt(), duplicateOf = nullInt();
            if (status == QLatin1String("resolved") || status == QLatin1String("closed")) {
                const qint64 r = std::min(fixtureNow() - 60, received[i] + 3600 + qint64(rnd.below(30 * 86400)));
                resolvedAt = r;
                if (status == QLatin1String("closed"))
                    closedAt = std::min(fixtureNow() - 30, r + qint64(rnd.below(5 * 86400)));
            }
            if (status == QLatin1String("duplicate")) {
                QList<qint64> candidates;
                for (const QString& key :
                    { QStringLiteral("new"), QStringLiteral("assigned"), QStringLiteral("in_progress") })
                    candidates << ids.reportsByStatus.value(key);
                if (candidates.isEmpty())
                    status = QStringLiteral("new");
                else
                    duplicateOf = candidates[rnd.below(int(candidates.size()))];
            }
            if (!exec(q,
                    QStringLiteral(
                        "INSERT INTO report (uuid, ref, received_at, channel, category_id, description, address, "
                        "street, "
                        "house_number, district_id, lat, lon, citizen_id, reply_channel, status, priority, "
                        "department_id, "
                        "assignee, due_at, resolved_at, closed_at, duplicate_of, version, revision, updated_at, "
                        "updated_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, 'intake')"),
                    { QUuid::createUuidV5(QUuid(), QStringLiteral("report-%1").arg(i)).toString(QUuid::WithoutBraces),
                        refs[i],
                        received[i],
                        channel,
                        categoryId,
                        description,
                        addressText,
                        street,
                        number,
                        district,
                        lat,
                        lon,
                        citizen,
                        reply,
                        status,
                        priority,
                        department,
                        assignee.isEmpty() ? nullText() : QVariant(assignee),
                        due,
                        resolvedAt,
                        closedAt,
                        duplicateOf,
                        received[i] },
                    &err))
                return err;
            const qint64 id = q.lastInsertId().toLongLong();
            ids.reports << id;
            ids.reportsByStatus[status] << id;
            if (!exec(q,
                    QStringLiteral("INSERT INTO report_event (report_id, at, actor, kind, payload) VALUES (?, ?, "
                                   "'intake', 'created', ?)"),
                    { id, received[i], QStringLiteral("{\"channel\":\"%1\",\"ref\":\"%2\"}").arg(channel, refs[i]) },
                    &err))
                return err;
            if (!duplicateOf.isNull() && !citizen.isNull()
                && !exec(q,
                    QStringLiteral("INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) "
                                   "VALUES (?, ?, ?)"),
                    { duplicateOf, citizen, id },
                    &err))
                return err;
        }
        return {};
    }
};

} // namespace meldpunt::test
