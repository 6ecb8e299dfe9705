// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/demobulk.h"
#include "demo/democatalog.h"
#include "demo/democity.h"
#include "demo/demorandom.h"
#include "domain/calendar.h"
#include "domain/cputime.h"
#include "domain/textfold.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryFile>
#include <QTimeZone>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace meldpunt {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "meldpunt.demo", QtInfoMsg)

using namespace demo;

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;
constexpr int kMaxSla = 30;

// Independent random streams, so that changing how one part draws does not reshuffle the others.
enum Stream : quint64 { TimesStream = 11, ReportStream = 12, CitizenStream = 13, CitizenPickStream = 14 };

// ---------------------------------------------------------------------------------------------
// Channels: shares, and when people use them.

struct ChannelSpec {
    const char* key;
    double share;
    std::array<double, 7> weekday; // Monday..Sunday
    double holiday; // factor on public holidays
    std::array<double, 24> hours;
    bool officeOnly; // phone and counter follow the desk's opening hours
};

const std::array<ChannelSpec, 6>& channels()
{
    // Web and app peak in the evening, e-mail during office hours; phone and counter only when the
    // desk is open; everything is quieter at the weekend.
    static const std::array<ChannelSpec, 6> list { {
        { "web",
            0.37,
            { 1.25, 1.1, 1.05, 1.0, 0.9, 0.55, 0.6 },
            0.6,
            { 0.3,
                0.15,
                0.1,
                0.08,
                0.08,
                0.15,
                0.5,
                1.2,
                2.0,
                2.4,
                2.5,
                2.4,
                2.3,
                2.4,
                2.4,
                2.3,
                2.3,
                2.5,
                2.9,
                3.4,
                3.6,
                3.3,
                2.4,
                1.1 },
            false },
        { "email",
            0.36,
            { 1.3, 1.1, 1.05, 1.0, 0.95, 0.35, 0.4 },
            0.5,
            { 0.2,
                0.1,
                0.05,
                0.05,
                0.05,
                0.1,
                0.4,
                1.5,
                3.2,
                3.6,
                3.5,
                3.0,
                2.5,
                3.0,
                3.3,
                3.0,
                2.6,
                2.0,
                1.6,
                1.7,
                1.8,
                1.6,
                1.0,
                0.5 },
            false },
        { "phone",
            0.17,
            { 1.3, 1.1, 1.0, 1.0, 0.9, 0, 0 },
            0,
            { 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 4.0, 4.5, 3.5, 0.6, 3.0, 3.5, 3.0, 2.0, 0, 0, 0, 0, 0, 0, 0 },
            true },
        { "whatsapp",
            0.04,
            { 1.1, 1.0, 1.0, 1.0, 1.0, 0.8, 0.8 },
            0.8,
            { 0.3,
                0.2,
                0.1,
                0.05,
                0.05,
                0.1,
                0.4,
                1.2,
                2.0,
                2.3,
                2.4,
                2.4,
                2.6,
                2.4,
                2.3,
                2.3,
                2.5,
                2.8,
                3.0,
                3.0,
                2.9,
                2.5,
                1.6,
                0.8 },
            false },
        { "counter",
            0.03,
            { 1.2, 1.0, 1.1, 1.0, 0.8, 0, 0 },
            0,
            { 0, 0, 0, 0, 0, 0, 0, 0, 0, 3.0, 4.0, 3.5, 0, 0, 2.5, 2.5, 1.2, 0, 0, 0, 0, 0, 0, 0 },
            true },
        { "app",
            0.03,
            { 1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9 },
            0.9,
            { 0.4,
                0.2,
                0.1,
                0.05,
                0.05,
                0.1,
                0.5,
                1.3,
                1.8,
                1.8,
                1.9,
                2.0,
                2.4,
                2.0,
                1.9,
                1.9,
                2.2,
                3.0,
                3.5,
                4.0,
                4.5,
                4.0,
                2.5,
                1.2 },
            false },
    } };
    return list;
}

enum ChannelIndex { Web, Email, Phone, WhatsApp, Counter, App };

// ---------------------------------------------------------------------------------------------
// Calendar days in city time, precomputed once so that the hot loop never builds a QDateTime.

struct Day {
    qint64 midnight; // UTC seconds of local midnight
    QDate date;
    int year;
    int month; // 1..12
    int dayOfWeek; // 1 = Monday
    bool working;
};

class Days final {
public:
    Days(QDate first, QDate last)
    {
        const QTimeZone tz = WorkCalendar::cityTimeZone();
        for (QDate d = first; d <= last.addDays(1); d = d.addDays(1))
            m_days.push_back({ QDateTime(d, QTime(0, 0), tz).toSecsSinceEpoch(),
                d,
                d.year(),
                d.month(),
                d.dayOfWeek(),
                WorkCalendar::isWorkingDay(d) });
    }
    int count() const { return int(m_days.size()) - 1; } // the last entry only closes the range
    const Day& operator[](int i) const { return m_days[size_t(i)]; }
    /// Index of the local day containing `t`, or -1 / count() outside the table.
    int indexOf(qint64 t) const
    {
        if (t < m_days.front().midnight)
            return -1;
        int i = int((t - m_days.front().midnight) / kDay);
        i = std::min(i, count());
        while (i > 0 && m_days[size_t(i)].midnight > t)
            --i;
        while (i < count() && m_days[size_t(i) + 1].midnight <= t)
            ++i;
        return i;
    }
    /// The first moment at or after `t` when the desk works (08:30–17:00 on a working day).
    qint64 office(qint64 t) const
    {
        int i = indexOf(t);
        if (i < 0 || i >= count())
            return t;
        const qint64 open = 8 * kHour + 30 * 60;
        const qint64 close = 17 * kHour;
        const qint64 sod = t - m_days[size_t(i)].midnight;
        if (m_days[size_t(i)].working && sod >= open && sod < close)
            return t;
        if (!(m_days[size_t(i)].working && sod < open))
            for (++i; i < count() && !m_days[size_t(i)].working; ++i) {
            }
        if (i >= count())
            return t;
        return m_days[size_t(i)].midnight + open;
    }

private:
    std::vector<Day> m_days;
};

// ---------------------------------------------------------------------------------------------
// In-memory pieces of the generated data.

struct Subcategory {
    int id = 0;
    const SubcategorySpec* spec = nullptr;
    int department = 0; // index
};

struct CitizenRow {
    std::string uuid;
    std::string name;
    std::string address;
    std::string postcode;
    std::string municipality;
    std::string email;
    std::string phone;
    const char* replyChannel = "email";
    bool consent = true;
    int homeStreet = -1;
    qint64 firstReport = 0;
    QString searchKey;
};

struct RecentReport {
    qint64 id = 0;
    qint64 at = 0;
    int address = 0;
    qint64 citizen = 0;
    std::array<char, 16> ref {};
};

/// The last few reports of one category with a location: where duplicates come from.
struct RecentRing {
    static constexpr int kSize = 16;
    std::array<RecentReport, kSize> items {};
    int count = 0;
    int head = 0;
    void push(const RecentReport& r)
    {
        items[size_t(head)] = r;
        head = (head + 1) % kSize;
        count = std::min(count + 1, kSize);
    }
    const RecentReport& newest(int k) const { return items[size_t((head - 1 - k + 2 * kSize) % kSize)]; }
};

struct Event {
    qint64 at = 0;
    const char* kind = "";
    const char* actor = "";
    char payload[160] = {};
    int payloadLength = 0;
};

void printUuid(quint64 hi, quint64 lo, char out[37])
{
    std::snprintf(out,
        37,
        "%08x-%04x-%04x-%04x-%012llx",
        unsigned(hi >> 32),
        unsigned((hi >> 16) & 0xFFFF),
        unsigned(hi & 0xFFFF),
        unsigned(lo >> 48),
        static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
}

/// A version 4 UUID from the seeded generator, so that identities repeat with the seed.
void formatUuid(Rng& rng, char out[37])
{
    const quint64 hi = (rng.next() & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
    const quint64 lo = (rng.next() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    printUuid(hi, lo, out);
}

/// A version 7 UUID (RFC 9562: milliseconds since the epoch, then random bits). Reports get these:
/// they sort by reception, so the unique index only appends while a million are written, and
/// the central database's index stays compact for the same reason.
void formatUuidV7(quint64 unixMs, Rng& rng, char out[37])
{
    const quint64 hi = (unixMs << 16) | 0x7000ull | (rng.next() & 0x0FFFull);
    const quint64 lo = (rng.next() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    printUuid(hi, lo, out);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

/// Keeps only what belongs in the local part of an e-mail address.
std::string mailPart(const char* text)
{
    const QString folded = foldForSearch(QString::fromUtf8(text));
    std::string out;
    for (const QChar c : folded)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += char(c.unicode());
    return out;
}

// ---------------------------------------------------------------------------------------------

/// report_event rows, written 32 to a statement; ids are given in the order rows are added.
class EventWriter final {
public:
    bool prepare(sqlite3* db)
    {
        const char* head = "INSERT INTO report_event(id, report_id, at, actor, kind, payload)";
        return m_one.prepare(db, multiRowInsert(head, 6, 1).c_str())
            && m_many.prepare(db, multiRowInsert(head, 6, kRows).c_str());
    }
    /// Copies the payload, so the caller may reuse its buffer at once.
    bool add(qint64 report, qint64 at, const char* actor, const char* kind, const char* payload, int length)
    {
        Row& r = m_rows[size_t(m_used++)];
        r = { ++m_lastId, report, at, actor, kind, {}, std::min(length, int(sizeof r.payload)) };
        std::memcpy(r.payload, payload, size_t(r.length));
        return m_used < kRows || flush();
    }
    bool flush()
    {
        const bool bulk = m_used == kRows;
        for (int k = 0; k < m_used; ++k) {
            Statement& st = bulk ? m_many : m_one;
            const int base = bulk ? k * 6 : 0;
            const Row& r = m_rows[size_t(k)];
            st.bind(base + 1, r.id);
            st.bind(base + 2, r.report);
            st.bind(base + 3, r.at);
            st.bind(base + 4, r.actor);
            st.bind(base + 5, r.kind);
            st.bind(base + 6, r.payload, r.length);
            if ((!bulk || k == kRows - 1) && !st.step())
                return false;
        }
        m_used = 0;
        return true;
    }

private:
    static constexpr int kRows = 32;
    struct Row {
        qint64 id;
        qint64 report;
        qint64 at;
        const char* actor;
        const char* kind;
        char payload[160];
        int length;
    };
    Statement m_one;
    Statement m_many;
    std::array<Row, kRows> m_rows {};
    int m_used = 0;
    qint64 m_lastId = 0;
};

/// One run of the generator: builds the town and its people in memory, then writes everything
/// into the migrated file on this thread while a second thread builds the search index.
class Generation final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    Generation(const DemoOptions& options, const QDateTime& now, const std::function<bool(qint64, qint64)>& progress)
        : m_options(options),
          m_progress(progress),
          m_now(now.toSecsSinceEpoch()),
          m_total(std::max<qint64>(1, options.reports) * 2)
    {
        const QDate today = now.toTimeZone(WorkCalendar::cityTimeZone()).date();
        m_startDate = today.addYears(-4);
        m_days = std::make_unique<Days>(m_startDate.addDays(-7), today.addYears(3));
        m_firstDay
            = m_days->indexOf(QDateTime(m_startDate, QTime(0, 0), WorkCalendar::cityTimeZone()).toSecsSinceEpoch());
        m_lastDay = m_days->indexOf(m_now);
        m_start = (*m_days)[m_firstDay].midnight;
    }
    ~Generation() { close(); }

    /// Fills the migrated, otherwise empty database at `path`; `sidePath` is scratch space.
    bool run(const QString& path, const QString& sidePath, QString* error);
    bool cancelled() const { return m_cancelled; }

private:
    bool open(const QString& path);
    void close();
    bool exec(const char* sql);
    bool prepare(Statement& st, const char* sql);
    bool step(Statement& st);
    bool fail(const QString& what);
    bool tick(qint64 done);
    static int onSqliteProgress(void* self);

    bool readSchema();
    bool writeReferenceData();
    void buildCitizens();
    bool writeCitizens();
    void sampleReceptionTimes();
    bool writeReports();
    bool rebuildIndexes();
    bool mergeSideFile(const QString& sidePath);

    qint64 dueAt(int dayIndex, qint64 received, int sla);
    void describe(const Subcategory& sub, int channel, const CitizenRow* citizen, std::string& out);
    void expand(const char* phrase, std::string& out, int depth = 0);

    const DemoOptions m_options;
    sqlite3* m_db = nullptr;
    SideWriter m_side;
    const std::function<bool(qint64, qint64)>& m_progress;
    const qint64 m_now;
    const qint64 m_total;
    QElapsedTimer m_progressClock;
    bool m_cancelled = false;
    QString m_error;

    QDate m_startDate;
    std::unique_ptr<Days> m_days;
    int m_firstDay = 0;
    int m_lastDay = 0;
    qint64 m_start = 0;

    City m_city;
    std::vector<Subcategory> m_subs;
    std::array<WeightedTable, 12> m_categoryByMonth;
    std::vector<CitizenRow> m_citizens;
    WeightedTable m_citizenPick;
    std::vector<int> m_hotspotAddresses;
    std::vector<std::string> m_postcodes; // by district id
    std::vector<std::array<std::string, 3>> m_crews; // assignees, by department index
    std::vector<qint64> m_dueCache;

    struct Reception {
        qint64 at;
        quint32 index;
        quint8 channel;
    };
    std::vector<Reception> m_receptions;

    Rng* m_phraseRng = nullptr; // descriptions draw from their own stream
    std::vector<std::string> m_indexes; // CREATE INDEX statements to run again after the fill
    std::vector<std::string> m_triggers; // CREATE TRIGGER statements, likewise
    std::vector<std::string> m_dropped;
    std::vector<std::string> m_sideSchema; // report_fts, for the side file
    qint64 m_phaseDone = 0; // progress reported while one long statement runs
};

bool Generation::fail(const QString& what)
{
    if (m_error.isEmpty())
        m_error = what;
    return false;
}

bool Generation::open(const QString& path)
{
    // Only this thread uses the connection, so SQLite's per-call locking is pure overhead.
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    // The FTS5 shadow tables are written directly when the side file is merged.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    return true;
}

void Generation::close()
{
    if (m_db) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    m_side.abort();
}

bool Generation::exec(const char* sql)
{
    QString why;
    if (execSql(m_db, sql, &why))
        return true;
    if (sqlite3_errcode(m_db) == SQLITE_INTERRUPT)
        m_cancelled = true;
    return fail(why);
}

bool Generation::prepare(Statement& st, const char* sql)
{
    if (!st.prepare(m_db, sql))
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return true;
}

bool Generation::step(Statement& st)
{
    if (!st.step())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return true;
}

bool Generation::tick(qint64 done)
{
    if (!m_progress)
        return true;
    if (m_progressClock.isValid() && m_progressClock.elapsed() < 50 && done < m_total)
        return true;
    m_progressClock.restart();
    if (!m_progress(std::min(done, m_total), m_total)) {
        m_cancelled = true;
        return fail(tr("Generating the demo database was cancelled."));
    }
    return true;
}

int Generation::onSqliteProgress(void* self)
{
    // Long statements stay cancellable: SQLite asks every so many steps whether to go on.
    auto* g = static_cast<Generation*>(self);
    return g->tick(g->m_phaseDone) ? 0 : 1;
}

qint64 Generation::dueAt(int dayIndex, qint64 received, int sla)
{
    // WorkCalendar::dueAt depends only on the local day of reception and the SLA, and it is far
    // too slow to call a million times.
    const size_t key = size_t(dayIndex) * (kMaxSla + 1) + size_t(std::clamp(sla, 0, kMaxSla));
    if (m_dueCache.size() <= key)
        m_dueCache.resize(size_t(m_days->count() + 1) * (kMaxSla + 1), 0);
    qint64& slot = m_dueCache[key];
    if (!slot)
        slot = WorkCalendar::dueAt(QDateTime::fromSecsSinceEpoch(received, Qt::UTC), sla).toSecsSinceEpoch();
    return slot;
}

// ---------------------------------------------------------------------------------------------
// Reference data: departments, categories, districts, addresses, users.

bool Generation::writeReferenceData()
{
    Statement dep;
    if (!prepare(dep, "INSERT INTO department(id, code, name, name_fr, email, active) VALUES (?,?,?,?,?,1)"))
        return false;
    int id = 0;
    for (const DepartmentSpec& d : departments()) {
        dep.bind(1, ++id);
        dep.bind(2, d.code);
        dep.bind(3, d.name);
        dep.bind(4, d.nameFr);
        dep.bind(5, d.email);
        if (!step(dep))
            return false;
    }

    Statement cat;
    if (!prepare(cat,
            "INSERT INTO category(id, parent_id, code, name, name_fr, department_id, sla_days, active) "
            "VALUES (?,?,?,?,?,?,?,1)"))
        return false;
    id = 0;
    for (const MainCategorySpec& main : categories()) {
        const int mainId = ++id;
        cat.bind(1, mainId);
        cat.bindNull(2);
        cat.bind(3, main.code);
        cat.bind(4, main.name);
        cat.bind(5, main.nameFr);
        // The department that gets most of the main category's reports, if it gets more than half.
        std::map<int, double> volume;
        double all = 0;
        for (const SubcategorySpec& s : main.subs) {
            volume[s.department] += s.weight;
            all += s.weight;
        }
        const auto top = std::max_element(
            volume.begin(), volume.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (top != volume.end() && top->second > all / 2)
            cat.bind(6, top->first + 1);
        else
            cat.bindNull(6);
        // A main category is never on a report; its SLA is the longest of its subcategories.
        int sla = 0;
        for (const SubcategorySpec& s : main.subs)
            sla = std::max(sla, s.slaDays);
        cat.bind(7, sla);
        if (!step(cat))
            return false;
        for (const SubcategorySpec& s : main.subs) {
            const int subId = ++id;
            cat.bind(1, subId);
            cat.bind(2, mainId);
            cat.bind(3, s.code);
            cat.bind(4, s.name);
            cat.bind(5, s.nameFr);
            cat.bind(6, s.department + 1);
            cat.bind(7, s.slaDays);
            if (!step(cat))
                return false;
            m_subs.push_back({ subId, &s, s.department });
        }
    }
    for (int m = 0; m < 12; ++m) {
        std::vector<double> w;
        for (const Subcategory& s : m_subs)
            w.push_back(s.spec->weight * seasonFactors(s.spec->season)[size_t(m)]);
        m_categoryByMonth[size_t(m)].assign(w);
    }

    Statement dis;
    if (!prepare(dis, "INSERT INTO district(id, code, name, polygon) VALUES (?,?,?,?)"))
        return false;
    for (const CityDistrict& d : m_city.districts) {
        dis.bind(1, d.id);
        dis.bindCopy(2, d.code);
        dis.bindCopy(3, d.name);
        dis.bindCopy(4, d.geoJson);
        if (!step(dis))
            return false;
    }

    Statement adr;
    if (!prepare(adr,
            "INSERT INTO address(id, street, house_number, postcode, municipality, lat, lon, district_id, search_key) "
            "VALUES (?,?,?,?,'Oostveld',?,?,?,?)"))
        return false;
    qint64 aid = 0;
    for (const CityAddress& a : m_city.addresses) {
        const CityStreet& s = m_city.streets[size_t(a.street)];
        adr.bind(1, ++aid);
        adr.bind(2, s.nameUtf8);
        adr.bind(3, a.houseNumber);
        adr.bindCopy(4, m_city.postcodeOf(a.districtId));
        adr.bind(5, a.lat);
        adr.bind(6, a.lon);
        adr.bindOrNull(7, a.districtId);
        adr.bindCopy(8, foldForSearch(s.name + QLatin1Char(' ') + QString::fromStdString(a.houseNumber)));
        if (!step(adr))
            return false;
    }

    Statement usr;
    if (!prepare(usr, "INSERT INTO user(login, name, role, department_id, active) VALUES (?,?,?,?,1)"))
        return false;
    auto addUser = [&](const char* login, const char* name, const char* role, int dept) {
        usr.bind(1, login);
        usr.bind(2, name);
        usr.bind(3, role);
        if (dept > 0)
            usr.bind(4, dept);
        else
            usr.bindNull(4);
        return step(usr);
    };
    for (const UserSpec& u : users())
        if (!addUser(u.login, u.name, u.role, u.department + 1))
            return false;
    id = 0;
    for (const DepartmentSpec& d : departments())
        if (!addUser(d.headLogin, d.headName, "head", ++id))
            return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Citizens: about one per eight reports; a few report very often (Zipf-like), most once or twice.

void Generation::buildCitizens()
{
    Rng rng(m_options.seed, CitizenStream);
    const qint64 count = std::max<qint64>(200, m_options.reports / 8);
    m_citizens.resize(size_t(count));
    QSet<QString> mails;
    static const char* const outside[][2] = { { "8810", "Lichtervelde" },
        { "8850", "Ardooie" },
        { "8830", "Hooglede" },
        { "8840", "Staden" },
        { "8890", "Moorslede" },
        { "8800", "Roeselare" } };
    for (CitizenRow& c : m_citizens) {
        char uuid[37];
        formatUuid(rng, uuid);
        c.uuid = uuid;
        const FirstName& first = rng.pick(firstNames());
        const char* last = rng.pick(lastNames());
        c.name = std::string(first.name) + ' ' + last;
        c.searchKey = foldForSearch(QString::fromStdString(c.name));

        const CityAddress& home = m_city.addresses[rng.below(quint32(m_city.addresses.size()))];
        c.homeStreet = home.street;
        c.address = m_city.streets[size_t(home.street)].nameUtf8 + ' ' + home.houseNumber;
        if (rng.chance(0.04)) {
            const auto& o = outside[rng.below(6)];
            c.postcode = o[0];
            c.municipality = o[1];
            c.homeStreet = -1;
        } else {
            c.postcode = utf8(m_city.postcodeOf(home.districtId));
            c.municipality = "Oostveld";
        }

        // Older people more often want a letter or a call; the rest mostly e-mail.
        const double r = rng.uniform();
        if (first.older)
            c.replyChannel = r < 0.35 ? "letter" : r < 0.55 ? "phone" : r < 0.85 ? "email" : r < 0.9 ? "sms" : "none";
        else
            c.replyChannel = r < 0.70 ? "email" : r < 0.85 ? "sms" : r < 0.88 ? "letter" : r < 0.92 ? "phone" : "none";
        const bool wantsMail = qstrcmp(c.replyChannel, "email") == 0;
        if (wantsMail || rng.chance(first.older ? 0.2 : 0.5)) {
            std::string local = mailPart(first.name) + '.' + mailPart(last);
            if (rng.chance(0.3))
                local = mailPart(first.name).substr(0, 1) + mailPart(last);
            if (rng.chance(0.2))
                local += std::to_string(40 + rng.below(60));
            std::string mail = local + '@' + rng.pick(mailDomains());
            for (int n = 2; mails.contains(QString::fromStdString(mail)); ++n)
                mail = local + std::to_string(n) + '@' + rng.pick(mailDomains());
            mails.insert(QString::fromStdString(mail));
            c.email = mail;
        }
        const bool wantsSms = qstrcmp(c.replyChannel, "sms") == 0;
        const bool wantsCall = qstrcmp(c.replyChannel, "phone") == 0;
        if (wantsSms || wantsCall || rng.chance(0.6)) {
            char phone[32];
            if (wantsSms || !first.older || rng.chance(0.4))
                std::snprintf(phone,
                    sizeof phone,
                    "+32 4%02u %02u %02u %02u",
                    70 + rng.below(30),
                    rng.below(100),
                    rng.below(100),
                    rng.below(100));
            else
                std::snprintf(
                    phone, sizeof phone, "+32 51 %02u %02u %02u", 10 + rng.below(90), rng.below(100), rng.below(100));
            c.phone = phone;
        }
        c.consent = rng.chance(0.85);
    }

    // Who reports: a uniform part (most people report once or twice) and a Zipf tail over a
    // shuffled order, so that the busiest reporters are not simply the first ids.
    std::vector<quint32> order(m_citizens.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    Rng shuffle(m_options.seed, CitizenPickStream);
    for (size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[shuffle.below(quint32(i + 1))]);
    std::vector<double> zipf(m_citizens.size());
    double zipfSum = 0;
    for (size_t k = 0; k < zipf.size(); ++k) {
        zipf[k] = std::pow(double(k) + 10.0, -1.1);
        zipfSum += zipf[k];
    }
    std::vector<double> weights(m_citizens.size());
    for (size_t k = 0; k < weights.size(); ++k)
        weights[order[k]] = 0.8 / double(weights.size()) + 0.2 * zipf[k] / zipfSum;
    m_citizenPick.assign(weights);
}

bool Generation::writeCitizens()
{
    Statement st;
    if (!prepare(st,
            "INSERT INTO citizen(id, uuid, name, address, postcode, municipality, email, phone, reply_channel, "
            "consent, anonymized_at, created_at, search_key) VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?)"))
        return false;
    Rng rng(m_options.seed, CitizenStream + 100);
    qint64 id = 0;
    for (const CitizenRow& c : m_citizens) {
        st.bind(1, ++id);
        st.bind(2, c.uuid);
        st.bind(3, c.name);
        st.bind(4, c.address);
        st.bind(5, c.postcode);
        st.bind(6, c.municipality);
        if (c.email.empty())
            st.bindNull(7);
        else
            st.bind(7, c.email);
        if (c.phone.empty())
            st.bindNull(8);
        else
            st.bind(8, c.phone);
        st.bind(9, c.replyChannel);
        st.bind(10, c.consent ? 1 : 0);
        // Registered with the first report, or (never reported) some time in the period.
        const qint64 created = c.firstReport ? c.firstReport : m_start + rng.below64(m_now - m_start);
        st.bind(11, created);
        // The same key the intake form writes, so a clerk finds demo citizens by e-mail or phone too.
        st.bindCopy(12,
            citizenSearchKey(
                QString::fromStdString(c.name), QString::fromStdString(c.email), QString::fromStdString(c.phone)));
        if (!step(st))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// When reports arrive: per channel, over days (growing volume, weekdays, holidays) and hours.

void Generation::sampleReceptionTimes()
{
    Rng rng(m_options.seed, TimesStream);
    const auto& chans = channels();
    const int days = m_lastDay - m_firstDay + 1;
    const qint64 nowSod = m_now - (*m_days)[m_lastDay].midnight;

    std::array<WeightedTable, 6> dayTables;
    std::array<WeightedTable, 6> hourTables;
    std::array<double, 6> todayShare {};
    for (size_t c = 0; c < chans.size(); ++c) {
        const ChannelSpec& spec = chans[c];
        hourTables[c].assign(std::vector<double>(spec.hours.begin(), spec.hours.end()));
        // Today counts only for the part of the day that has passed.
        double passed = 0;
        double all = 0;
        for (int h = 0; h < 24; ++h) {
            all += spec.hours[size_t(h)];
            const double part = std::clamp((double(nowSod) - h * kHour) / double(kHour), 0.0, 1.0);
            passed += spec.hours[size_t(h)] * part;
        }
        todayShare[c] = all > 0 ? passed / all : 0;
        std::vector<double> w(static_cast<size_t>(days));
        for (int d = 0; d < days; ++d) {
            const Day& day = (*m_days)[m_firstDay + d];
            const double years = double(d) / 365.25;
            double f = (1.0 + 0.09 * years) * spec.weekday[size_t(day.dayOfWeek - 1)];
            if (WorkCalendar::isPublicHoliday(day.date))
                f *= spec.holiday;
            if (m_firstDay + d == m_lastDay)
                f *= todayShare[c];
            w[size_t(d)] = f;
        }
        dayTables[c].assign(w);
    }

    std::vector<double> shareWeights;
    for (const ChannelSpec& spec : chans)
        shareWeights.push_back(spec.share);
    const WeightedTable channelTable(shareWeights);

    m_receptions.resize(size_t(m_options.reports));
    for (qint64 i = 0; i < m_options.reports; ++i) {
        const int c = channelTable.draw(rng);
        const int d = m_firstDay + dayTables[size_t(c)].draw(rng);
        const qint64 midnight = (*m_days)[d].midnight;
        const qint64 next = (*m_days)[d + 1].midnight;
        qint64 t = 0;
        for (int attempt = 0; attempt < 64; ++attempt) {
            const int h = hourTables[size_t(c)].draw(rng);
            qint64 within = rng.below(3600);
            if (chans[size_t(c)].officeOnly && h == 8)
                within = 1800 + rng.below(1800); // the desk opens at half past eight
            t = std::min(midnight + h * kHour + within, next - 1);
            if (t <= m_now)
                break;
        }
        t = std::min(t, m_now);
        m_receptions[size_t(i)] = { t, quint32(i), quint8(c) };
    }
    std::sort(m_receptions.begin(), m_receptions.end(), [](const Reception& a, const Reception& b) {
        return a.at != b.at ? a.at < b.at : a.index < b.index;
    });
}

// ---------------------------------------------------------------------------------------------
// Descriptions: a core phrase per category, dressed with openings, places and closings.

void Generation::expand(const char* phrase, std::string& out, int depth)
{
    for (const char* p = phrase; *p;) {
        if (*p != '{') {
            const char* q = std::strchr(p, '{');
            const size_t n = q ? size_t(q - p) : std::strlen(p);
            out.append(p, n);
            p += n;
            continue;
        }
        const char* end = std::strchr(p, '}');
        if (!end) {
            out.append(p);
            break;
        }
        const std::string_view key(p + 1, size_t(end - p - 1));
        p = end + 1;
        if (key == "plek" && depth < 2)
            expand(m_phraseRng->pick(places()), out, depth + 1);
        else if (key == "straat")
            out += m_city.streets[m_phraseRng->below(quint32(m_city.streets.size()))].nameUtf8;
        else if (key == "nr")
            out += std::to_string(1 + m_phraseRng->below(m_phraseRng->chance(0.7) ? 60 : 180));
        else if (key == "wanneer")
            out += m_phraseRng->pick(whenPhrases());
        else if (key == "duur")
            out += m_phraseRng->pick(durationPhrases());
    }
}

void Generation::describe(const Subcategory& sub, int channel, const CitizenRow* citizen, std::string& out)
{
    Rng& rng = *m_phraseRng;
    out.clear();
    const SubcategorySpec& spec = *sub.spec;
    if (rng.chance(0.01)) {
        // Now and then a French-speaking resident.
        out += "Bonjour, je voudrais signaler un problème : ";
        out += spec.nameFr;
        out += rng.chance(0.5) ? " dans notre rue. Merci d'avance." : ". Pouvez-vous intervenir rapidement ? Merci.";
        return;
    }
    if (channel == Phone)
        out += rng.chance(0.5) ? "Telefonische melding: " : "Melder belt: ";
    else if (channel == Counter)
        out += "Gemeld aan het loket: ";
    else if (channel != WhatsApp)
        out += rng.pick(openings());
    const int first = int(rng.below(quint32(spec.phrases.size())));
    expand(spec.phrases[size_t(first)], out, 0);
    if (rng.chance(0.3) && spec.phrases.size() > 1) {
        const int second = (first + 1 + int(rng.below(quint32(spec.phrases.size() - 1)))) % int(spec.phrases.size());
        out += ' ';
        expand(spec.phrases[size_t(second)], out, 0);
    }
    if (channel == WhatsApp) {
        if (rng.chance(0.3))
            out += rng.chance(0.5) ? " \xF0\x9F\x98\xA1" : " \xF0\x9F\x99\x8F"; // 😡 🙏
    } else if (channel != Phone && channel != Counter) {
        out += rng.pick(closings());
    }
    if (channel == Email && citizen && rng.chance(0.6)) {
        out += "\nMet vriendelijke groeten,\n";
        out += citizen->name;
    }

    // What real intake brings too: markup, walls of text, stray control characters.
    const double odd = rng.uniform();
    if (odd < 0.002) {
        out.insert(0, "<b>DRINGEND</b> ");
    } else if (odd < 0.0025) {
        out += " <script>alert('melding')</script>";
    } else if (odd < 0.003) {
        const std::string once = out;
        while (out.size() < 6000) {
            out += ' ';
            out += once;
        }
    } else if (odd < 0.0035) {
        static const char* const controls[] = { "\x07", "\x1b[31m", "\x0b", "\r\n", "\x01" };
        out.insert(std::min(out.size(), size_t(5 + rng.below(20))), controls[rng.below(5)]);
    }
}

// ---------------------------------------------------------------------------------------------
// Reports and their history.

bool Generation::writeReports()
{
    // Sixteen reports per statement: SQLite's fixed cost per executed statement is then paid once
    // for many rows. The text of each of those rows must live until the statement runs.
    constexpr int kRows = 16;
    constexpr int kColumns = 27;
    const char* insert = "INSERT INTO report(id, uuid, ref, received_at, channel, category_id, description, address, "
                         "street, house_number, district_id, lat, lon, citizen_id, reply_channel, status, priority, "
                         "department_id, assignee, due_at, resolved_at, closed_at, duplicate_of, version, revision, "
                         "updated_at, updated_by)";
    Statement rep;
    Statement repMany;
    if (!prepare(rep, multiRowInsert(insert, kColumns, 1).c_str())
        || !prepare(repMany, multiRowInsert(insert, kColumns, kRows).c_str()))
        return false;
    struct RowText {
        std::string description;
        std::string address;
        char uuid[37] = {};
        char ref[24] = {};
    };
    std::array<RowText, kRows> texts;
    const qint64 bulkEnd = m_options.reports - m_options.reports % kRows;
    Statement fol;
    if (!prepare(fol, "INSERT OR IGNORE INTO report_follower(report_id, citizen_id, via_report_id) VALUES (?,?,?)"))
        return false;
    EventWriter history;
    if (!history.prepare(m_db))
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));

    Rng rng(m_options.seed, ReportStream);
    Rng phraseRng(m_options.seed, ReportStream + 1);
    m_phraseRng = &phraseRng;
    const auto& chans = channels();
    const auto& deps = departments();
    const qint64 n = m_options.reports;
    // The newest reports wait for the coordinator; at least a screenful even in a small demo.
    const qint64 untriaged = std::min<qint64>(n, std::max<qint64>(30, n * 12 / 10000));
    std::vector<RecentRing> recent(m_subs.size());
    std::map<int, int> refCounter;

    for (const int s : m_city.hotspotStreets) {
        const CityStreet& st = m_city.streets[size_t(s)];
        for (int a = 0; a < st.addressCount; ++a)
            m_hotspotAddresses.push_back(st.firstAddress + a);
    }

    std::array<Event, 16> events;
    std::unique_ptr<SideBatch> batch = m_side.takeEmpty();
    qint64 lastReceived = -1;
    int sameSecond = 0;
    for (qint64 i = 0; i < n; ++i) {
        if ((i & 0x3FF) == 0 && !tick(i))
            return false;
        const Reception rec = m_receptions[size_t(i)];
        const qint64 id = i + 1;
        const bool bulk = i < bulkEnd;
        const int slot = bulk ? int(i % kRows) : 0;
        RowText& text = bulk ? texts[size_t(slot)] : texts[0];
        std::string& description = text.description;
        std::string& address = text.address;
        char* const ref = text.ref;
        char* const uuid = text.uuid;
        const qint64 received = rec.at;
        const int channel = rec.channel;
        const int dayIndex = m_days->indexOf(received);
        const Day& day = (*m_days)[dayIndex];
        const double years = double(received - m_start) / (365.25 * kDay);

        const int subIndex = m_categoryByMonth[size_t(day.month - 1)].draw(rng);
        const Subcategory& sub = m_subs[size_t(subIndex)];
        const SubcategorySpec& spec = *sub.spec;

        // Who: a quarter anonymous, the rest from the citizens (some of them very often).
        qint64 citizenId = 0;
        if (!rng.chance(0.25))
            citizenId = m_citizenPick.draw(rng) + 1;
        CitizenRow* citizen = citizenId ? &m_citizens[size_t(citizenId - 1)] : nullptr;
        if (citizen && !citizen->firstReport)
            citizen->firstReport = received;

        // Where: a second report of a problem already known, a litter hotspot, near home, or anywhere.
        qint64 duplicateOf = 0;
        qint64 duplicateCitizen = 0;
        const char* duplicateRef = "";
        int addressIndex = -1;
        RecentRing& ring = recent[size_t(subIndex)];
        if (ring.count && rng.chance(0.045)) {
            const RecentReport& cand = ring.newest(int(rng.below(quint32(std::min(ring.count, 6)))));
            if (received - cand.at < 84 * kDay) {
                duplicateOf = cand.id;
                duplicateCitizen = cand.citizen;
                duplicateRef = cand.ref.data();
                addressIndex = cand.address;
            }
        }
        const bool withoutLocation = !duplicateOf && rng.chance(0.003);
        if (addressIndex < 0) {
            if (spec.litter && rng.chance(0.35)) {
                addressIndex = m_hotspotAddresses[rng.below(quint32(m_hotspotAddresses.size()))];
            } else if (citizen && citizen->homeStreet >= 0 && rng.chance(0.45)) {
                const CityStreet& st = m_city.streets[size_t(citizen->homeStreet)];
                addressIndex = st.firstAddress + int(rng.below(quint32(st.addressCount)));
            } else {
                addressIndex = int(rng.below(quint32(m_city.addresses.size())));
            }
        }
        const CityAddress& adr = m_city.addresses[size_t(addressIndex)];
        const CityStreet& street = m_city.streets[size_t(adr.street)];
        double lat = 0;
        double lon = 0;
        int districtId = 0;
        address.clear();
        if (withoutLocation) {
            // Phoned in as "somewhere in the street": no number, no point on the map.
            address += street.nameUtf8;
            address += ", Oostveld";
        } else {
            const double radius = 12.0 * std::sqrt(rng.uniform());
            const double angle = rng.uniform(0, 6.283185307179586);
            lat = City::latOf(adr.at.y + radius * std::sin(angle));
            lon = City::lonOf(adr.at.x + radius * std::cos(angle));
            districtId = m_city.districtAt(lat, lon);
            address += street.nameUtf8;
            address += ' ';
            address += adr.houseNumber;
            address += ", ";
            address += m_postcodes[size_t(adr.districtId)];
            address += " Oostveld";
        }

        // Priority: mostly normal; fallen trees, floods and broken traffic lights are urgent more often.
        int priority = 1;
        const double pr = rng.uniform();
        if (spec.urgentKind)
            priority = pr < 0.35 ? 1 : pr < 0.85 ? 2 : 3;
        else
            priority = pr < 0.04 ? 0 : pr < 0.92 ? 1 : pr < 0.99 ? 2 : 3;

        const int sla = spec.slaDays;
        const qint64 due = dueAt(dayIndex, received, sla);

        // Routing: the category's department, sometimes another one (and sometimes first a wrong one).
        int finalDept = sub.department;
        const DepartmentSpec& home = deps[size_t(sub.department)];
        if (!home.alternatives.empty() && rng.chance(0.03))
            finalDept = home.alternatives[rng.below(quint32(home.alternatives.size()))];
        int wrongDept = -1;
        if (!home.alternatives.empty() && rng.chance(0.03))
            wrongDept = home.alternatives[rng.below(quint32(home.alternatives.size()))];
        if (wrongDept == finalDept)
            wrongDept = -1;

        // The history as it would unfold; only what happened before "now" is written.
        int eventCount = 0;
        const char* status = "new";
        auto add = [&](qint64 at, const char* kind, const char* actor) -> Event& {
            Event& e = events[size_t(eventCount++)];
            e.at = at;
            e.kind = kind;
            e.actor = actor;
            e.payloadLength = 0;
            return e;
        };
        auto addStatus = [&](qint64 at, const char* to, const char* actor) {
            Event& e = add(at, "status", actor);
            e.payloadLength = std::snprintf(e.payload, sizeof e.payload, "{\"from\":\"%s\",\"to\":\"%s\"}", status, to);
            status = to;
        };
        // Payloads as the command layer writes them (ReportStore), so the history reads the same.
        auto addRouted = [&](qint64 at, int dept, int previous, const char* actor) {
            Event& e = add(at, "routed", actor);
            e.payloadLength
                = std::snprintf(e.payload, sizeof e.payload, "{\"from\":%d,\"to\":%d}", previous + 1, dept + 1);
        };
        auto addNote = [&](qint64 at, const char* actor, const char* words) {
            Event& e = add(at, "note", actor);
            e.payloadLength = std::snprintf(e.payload, sizeof e.payload, "{\"text\":\"%s\"}", words);
        };

        const char* creator = "system";
        if (channel == Web || channel == App)
            creator = "web";
        else if (channel == Phone || channel == Counter)
            creator = rng.chance(0.7) ? "marie.lambrecht" : "an.peeters";
        const int number = ++refCounter[day.year];
        std::snprintf(ref, sizeof text.ref, "M-%04d-%06d", day.year, number);
        {
            Event& e = add(received, "created", creator);
            e.payloadLength = std::snprintf(
                e.payload, sizeof e.payload, "{\"channel\":\"%s\",\"ref\":\"%s\"}", chans[size_t(channel)].key, ref);
        }
        const char* coordinator = rng.chance(0.82) ? "an.peeters" : "jeroen.desmet";
        const char* head = deps[size_t(finalDept)].headLogin;

        int department = -1; // index, as stored now
        const char* assignee = nullptr;
        qint64 resolvedAt = 0;
        qint64 closedAt = 0;
        const bool forcedOpen = i >= n - untriaged;
        // Lead times, from the desk's triage to the department's work, get about 10 % better every
        // year; the department's part has a long tail.
        const double improvement = std::pow(0.9, years);
        const qint64 triage
            = m_days->office(m_days->office(received) + qint64(rng.logNormal(1.5 * kHour * improvement, 1.1)));
        const double median = std::max(0.2, sla * 1.2 * deps[size_t(finalDept)].leadFactor) * improvement;
        double lead = rng.logNormal(median * kDay, 0.65);
        if (rng.chance(0.06))
            lead *= rng.uniform(1.5, 4);
        const bool stuck = rng.chance(0.00005);
        const bool rejected = rng.chance(0.03);
        const bool twoStep = rng.chance(0.15);
        const bool inProgressStep = rng.chance(0.55);
        // Waiting for parts or a contractor: held reports take longer.
        const bool hold = rng.chance(stuck ? 0.5 : 0.12);
        if (hold)
            lead *= 1.8;
        const bool note = rng.chance(0.1);
        const double holdAt = rng.uniform(0.2, 0.5);
        const double startAt = rng.uniform(0.1, 0.6);
        const qint64 routeDelay = qint64(rng.logNormal(20 * kHour, 1.0));
        const qint64 rerouteDelay = qint64(rng.logNormal(30 * kHour, 0.8));
        const qint64 closeDelay = qint64(rng.logNormal(1.5 * kDay, 0.8));
        const bool closedBySystem = rng.chance(0.6);
        const char* noteText = rng.pick(notes());
        const char* holdText = rng.pick(holdNotes());

        if (forcedOpen) {
            if (rng.chance(0.3) && triage <= m_now)
                addStatus(triage, "triaged", coordinator);
        } else if (triage <= m_now) {
            // Like the command layer: a merge or a rejection leaves resolved_at and closed_at empty.
            if (duplicateOf) {
                Event& e = add(triage, "merged", coordinator);
                e.payloadLength = std::snprintf(e.payload,
                    sizeof e.payload,
                    "{\"into\":\"%s\",\"into_id\":%lld,\"from_status\":\"new\"}",
                    duplicateRef,
                    static_cast<long long>(duplicateOf));
                status = "duplicate";
            } else if (rejected) {
                addStatus(triage, "rejected", coordinator);
            } else {
                qint64 route = triage;
                if (twoStep) {
                    addStatus(triage, "triaged", coordinator);
                    route = m_days->office(triage + routeDelay);
                }
                if (route <= m_now) {
                    const int firstDept = wrongDept >= 0 ? wrongDept : finalDept;
                    addRouted(route, firstDept, -1, coordinator);
                    addStatus(route, "assigned", coordinator);
                    department = firstDept;
                    qint64 last = route;
                    if (wrongDept >= 0) {
                        const qint64 reroute = m_days->office(route + rerouteDelay);
                        if (reroute <= m_now) {
                            addRouted(reroute, finalDept, wrongDept, coordinator);
                            department = finalDept;
                        }
                        last = reroute;
                    }
                    const qint64 resolve = stuck ? kNever : last + qint64(lead);
                    // A forgotten report still gets its first steps, spread over some months.
                    const double span = double(stuck ? 120 * kDay : resolve - last);
                    const qint64 noteAt = last + qint64(span * 0.3);
                    if (note && noteAt <= m_now)
                        addNote(noteAt, head, noteText);
                    qint64 cursor = last;
                    if (inProgressStep) {
                        // The department starts and hands the job to one of its crews.
                        cursor = last + qint64(span * startAt);
                        if (cursor <= m_now) {
                            addStatus(cursor, "in_progress", head);
                            assignee = m_crews[size_t(department)][rng.below(3)].c_str();
                            Event& e = add(cursor, "assignee", head);
                            e.payloadLength
                                = std::snprintf(e.payload, sizeof e.payload, "{\"from\":\"\",\"to\":\"%s\"}", assignee);
                        }
                    }
                    if (hold && cursor <= m_now) {
                        const qint64 from = cursor + qint64(double(stuck ? 120 * kDay : resolve - cursor) * holdAt);
                        if (from <= m_now) {
                            addStatus(from, "on_hold", head);
                            addNote(from, head, holdText);
                            const qint64 back = stuck ? kNever : from + qint64(double(resolve - from) * 0.8);
                            if (back <= m_now)
                                addStatus(back, "in_progress", head);
                        }
                    }
                    if (resolve <= m_now && qstrcmp(status, "on_hold") != 0) {
                        addStatus(resolve, "resolved", head);
                        resolvedAt = resolve;
                        const qint64 close = resolve + closeDelay;
                        if (close <= m_now) {
                            addStatus(close, "closed", closedBySystem ? "system" : coordinator);
                            closedAt = close;
                        }
                    }
                }
            }
        }
        // Notes were placed by time, not by order of construction.
        std::stable_sort(
            events.begin(), events.begin() + eventCount, [](const Event& a, const Event& b) { return a.at < b.at; });

        const bool reached = department >= 0;
        describe(sub, channel, citizen, description);

        // Milliseconds keep the order of reports received within the same second.
        sameSecond = received == lastReceived ? std::min(sameSecond + 1, 999) : 0;
        lastReceived = received;
        formatUuidV7(quint64(received) * 1000 + quint64(sameSecond), rng, uuid);

        Statement& st = bulk ? repMany : rep;
        const int base = slot * kColumns;
        st.bind(base + 1, id);
        st.bind(base + 2, uuid, 36);
        st.bind(base + 3, ref);
        st.bind(base + 4, received);
        st.bind(base + 5, chans[size_t(channel)].key);
        st.bind(base + 6, sub.id);
        st.bind(base + 7, description);
        st.bind(base + 8, address);
        st.bind(base + 9, street.nameUtf8);
        if (withoutLocation) {
            st.bindNull(base + 10);
            st.bindNull(base + 11);
            st.bindNull(base + 12);
            st.bindNull(base + 13);
        } else {
            st.bind(base + 10, adr.houseNumber);
            st.bindOrNull(base + 11, districtId);
            st.bind(base + 12, lat);
            st.bind(base + 13, lon);
        }
        st.bindOrNull(base + 14, citizenId);
        st.bind(base + 15, citizen ? citizen->replyChannel : "none");
        st.bind(base + 16, status);
        st.bind(base + 17, priority);
        if (reached)
            st.bind(base + 18, department + 1);
        else
            st.bindNull(base + 18);
        if (assignee)
            st.bind(base + 19, assignee);
        else
            st.bindNull(base + 19);
        st.bind(base + 20, due);
        st.bindOrNull(base + 21, resolvedAt);
        st.bindOrNull(base + 22, closedAt);
        if (duplicateOf && qstrcmp(status, "duplicate") == 0)
            st.bind(base + 23, duplicateOf);
        else
            st.bindNull(base + 23);
        const Event& last = events[size_t(eventCount - 1)];
        st.bind(base + 24, 1);
        st.bind(base + 25, 0);
        st.bind(base + 26, last.at);
        st.bind(base + 27, last.actor);
        if ((!bulk || slot == kRows - 1) && !step(st))
            return false;

        for (int e = 0; e < eventCount; ++e) {
            const Event& ev = events[size_t(e)];
            if (!history.add(id, ev.at, ev.actor, ev.kind, ev.payload, ev.payloadLength))
                return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        // The search text goes to the other thread.
        {
            SideBatch::SearchRow d {};
            d.report = id;
            d.refLength = quint32(std::strlen(ref));
            d.ref = batch->append(ref, d.refLength);
            d.descriptionLength = quint32(description.size());
            d.description = batch->append(description.data(), description.size());
            d.addressLength = quint32(address.size());
            d.address = batch->append(address.data(), address.size());
            d.citizenLength = citizen ? quint32(citizen->name.size()) : 0;
            d.citizen = citizen ? batch->append(citizen->name.data(), citizen->name.size()) : 0;
            batch->documents.push_back(d);
        }
        if (batch->documents.size() >= 2048) {
            m_side.push(std::move(batch));
            batch = m_side.takeEmpty();
            if (m_side.failed()) {
                QString why;
                m_side.finish(&why);
                return fail(why);
            }
        }
        if (duplicateOf && qstrcmp(status, "duplicate") == 0) {
            // The original's side of the merge; the duplicate's reporter follows it and gets its replies.
            const bool follows = citizenId && citizenId != duplicateCitizen;
            char payload[128];
            const int length = std::snprintf(payload,
                sizeof payload,
                "{\"from\":\"%s\",\"from_id\":%lld,\"citizen_id\":%lld}",
                ref,
                static_cast<long long>(id),
                static_cast<long long>(follows ? citizenId : 0));
            const Event& merged = events[size_t(eventCount - 1)];
            if (!history.add(duplicateOf, merged.at, merged.actor, "merged_in", payload, length))
                return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
            if (follows) {
                fol.bind(1, duplicateOf);
                fol.bind(2, citizenId);
                fol.bind(3, id);
                if (!step(fol))
                    return false;
            }
        }
        if (!duplicateOf && !withoutLocation) {
            RecentReport r { id, received, addressIndex, citizenId, {} };
            std::memcpy(r.ref.data(), ref, std::min(std::strlen(ref), r.ref.size() - 1));
            ring.push(r);
        }
    }
    m_phraseRng = nullptr;
    if (!history.flush())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (!batch->documents.empty())
        m_side.push(std::move(batch));
    return tick(n);
}

// ---------------------------------------------------------------------------------------------

bool Generation::readSchema()
{
    // Indexes and the search triggers cost more per row than building them once at the end; the
    // search index is built in the side file with the same definition.
    Statement q;
    if (!prepare(q,
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
            "(type = 'index' AND tbl_name IN ('report','citizen')) OR "
            "(type = 'trigger' AND sql LIKE '%report_fts%') OR "
            "(name = 'report_fts')) ORDER BY type = 'index', type, name"))
        return false;
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
        auto text = [&](int c) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(q.get(), c))); };
        const std::string type = text(0);
        const std::string name = text(1);
        const std::string table = text(2);
        const std::string sql = text(3);
        if (name == "report_fts") {
            m_sideSchema.push_back(sql);
        } else if (type == "trigger") {
            m_triggers.push_back(sql);
            m_dropped.push_back("DROP TRIGGER \"" + name + '"');
        } else if (name != "report_received" && name != "report_duplicate") {
            // Kept: reports arrive in received order, so that index only ever appends, and
            // the duplicate index holds a few rows.
            m_indexes.push_back(sql);
            m_dropped.push_back("DROP INDEX \"" + name + '"');
        }
    }
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (m_sideSchema.empty())
        return fail(tr("The database schema has no search index."));
    return true;
}

bool Generation::run(const QString& path, const QString& sidePath, QString* error)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    std::clock_t cpu = std::clock();
    qint64 threadCpu = threadCpuMs();
    auto lap = [&](const char* what) {
        const std::clock_t c = std::clock();
        const qint64 t = threadCpuMs();
        qCDebug(lcDemo,
            "%s: %lld ms (cpu: this thread %lld ms, process %lld ms)",
            what,
            static_cast<long long>(phase.restart()),
            static_cast<long long>(t - threadCpu),
            static_cast<long long>((c - cpu) * 1000 / CLOCKS_PER_SEC));
        cpu = c;
        threadCpu = t;
    };
    auto finish = [&](bool ok) {
        if (!ok) {
            close();
            if (error)
                *error = m_error;
        }
        return ok;
    };

    m_city = City::build();
    m_postcodes.assign(m_city.districts.size() + 1, utf8(m_city.postcodeOf(0)));
    for (const CityDistrict& d : m_city.districts)
        m_postcodes[size_t(d.id)] = utf8(d.postcode);
    for (const DepartmentSpec& d : departments())
        m_crews.push_back(
            { std::string(d.name) + " ploeg 1", std::string(d.name) + " ploeg 2", std::string(d.name) + " ploeg 3" });
    buildCitizens();
    sampleReceptionTimes();
    lap("city, citizens, times");
    if (!tick(0) || !open(path))
        return finish(false);

    // Bulk mode: this file is private until it is renamed, so durability during the fill is moot.
    const char* pragmas[] = { "PRAGMA foreign_keys = OFF",
        "PRAGMA journal_mode = OFF",
        "PRAGMA synchronous = OFF",
        "PRAGMA cache_size = -131072",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA threads = 2",
        "PRAGMA secure_delete = OFF" };
    for (const char* p : pragmas)
        if (!exec(p))
            return finish(false);
    if (!readSchema())
        return finish(false);
    QString sideError;
    if (!m_side.start(sidePath, m_sideSchema, &sideError))
        return finish(fail(sideError));

    if (!exec("BEGIN"))
        return finish(false);
    for (const std::string& drop : m_dropped)
        if (!exec(drop.c_str()))
            return finish(false);
    if (!writeReferenceData())
        return finish(false);
    lap("reference data");
    if (!writeReports())
        return finish(false);
    lap("reports");
    if (!writeCitizens() || !exec("COMMIT"))
        return finish(false);
    lap("citizens");

    sqlite3_progress_handler(m_db, 100000, &Generation::onSqliteProgress, this);
    if (!rebuildIndexes())
        return finish(false);
    lap("indexes");
    m_phaseDone = m_total * 9 / 10;
    if (!m_side.finish(&sideError))
        return finish(fail(sideError));
    lap("waiting for the search index");
    qCDebug(lcDemo, "search index thread: cpu %lld ms", static_cast<long long>(m_side.cpuMs()));
    if (!mergeSideFile(sidePath))
        return finish(false);
    lap("merging the search index");
    // Statistics for the query planner; a bounded sample is as good here and much faster.
    if (!exec("PRAGMA analysis_limit = 2000") || !exec("ANALYZE"))
        return finish(false);
    lap("analyze");
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    // Back to the normal way of working before the file becomes visible.
    if (!exec("PRAGMA journal_mode = WAL") || !tick(m_total))
        return finish(false);
    close();
    qCInfo(lcDemo,
        "demo city: %lld reports in %lld ms",
        static_cast<long long>(m_options.reports),
        static_cast<long long>(total.elapsed()));
    return true;
}

bool Generation::rebuildIndexes()
{
    const qint64 n = std::max<qint64>(1, m_options.reports);
    // A small cache and sort runs in temporary files let SQLite sort each index in many runs on
    // its worker threads (with temp_store = MEMORY it sorts on one thread); the table is read
    // sequentially either way. The other core is free by now: the search index is nearly done.
    if (!exec("PRAGMA cache_size = -8192") || !exec("PRAGMA temp_store = FILE") || !exec("BEGIN"))
        return false;
    for (size_t k = 0; k < m_indexes.size(); ++k) {
        m_phaseDone = n + n * qint64(k) / qint64(2 * m_indexes.size());
        if (!exec(m_indexes[k].c_str()))
            return false;
    }
    return exec("COMMIT");
}

bool Generation::mergeSideFile(const QString& sidePath)
{
    // INSERT INTO t SELECT * FROM side.t between identical tables is SQLite's transfer
    // optimisation: pages of records are copied without decoding them.
    const std::string attach
        = "ATTACH DATABASE '" + QFile::encodeName(sidePath).replace('\'', "''").toStdString() + "' AS side";
    if (!exec(attach.c_str()) || !exec("BEGIN"))
        return false;
    std::vector<std::string> tables;
    {
        Statement q;
        if (!prepare(q,
                "SELECT name FROM side.sqlite_master WHERE type = 'table' AND name LIKE 'report\\_fts\\_%' ESCAPE '\\' "
                "ORDER BY name"))
            return false;
        while (sqlite3_step(q.get()) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 0)));
    }
    for (const std::string& t : tables) {
        const std::string clear = "DELETE FROM main.\"" + t + '"';
        const std::string copy = "INSERT INTO main.\"" + t + "\" SELECT * FROM side.\"" + t + '"';
        if (!exec(clear.c_str()) || !exec(copy.c_str()))
            return false;
    }
    for (const std::string& trigger : m_triggers)
        if (!exec(trigger.c_str()))
            return false;
    return exec("COMMIT") && exec("DETACH DATABASE side");
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions o) : m_options(std::move(o)) {}

QDateTime DemoGenerator::now() const
{
    if (m_options.now.isValid())
        return m_options.now;
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), WorkCalendar::cityTimeZone());
}

bool DemoGenerator::generate(
    const QString& path, QString* error, const std::function<bool(qint64, qint64)>& progress, bool overwrite)
{
    QString scratch;
    QString* err = error ? error : &scratch;
    const QString native = QDir::toNativeSeparators(path);
    if (m_options.reports < 0) {
        *err = tr("The number of reports cannot be negative.");
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && target.isDir()) {
        *err = tr("%1 is a folder, not a database file.").arg(native);
        return false;
    }
    if (target.exists() && !overwrite) {
        *err = tr("The file %1 already exists. Choose another name or allow replacing it.").arg(native);
        return false;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *err = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }

    // A private file next to the target, renamed at the end: a failure never leaves half a city.
    QString temp;
    {
        QTemporaryFile file(
            target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
        file.setAutoRemove(false);
        if (!file.open()) {
            *err = tr("Cannot write in the folder %1: %2")
                       .arg(QDir::toNativeSeparators(target.absolutePath()), file.errorString());
            return false;
        }
        temp = file.fileName();
    }

    // The schema comes from the one place that knows it; the fill then uses a connection of its own.
    bool ok = false;
    bool cancelled = false;
    const QString side = temp + QStringLiteral("-side");
    {
        Database db;
        const OpenError e = db.open(temp);
        db.close();
        if (e) {
            *err = e.message;
        } else {
            Generation gen(m_options, now(), progress);
            ok = gen.run(temp, side, err);
            cancelled = gen.cancelled();
        }
    }
    removeDatabaseFiles(side);
#ifdef __GLIBC__
    // The caches and the search buffer were freed in many small pieces; give the pages back so that
    // a program that generates and then runs (the benchmark, --demo) does not carry them along.
    malloc_trim(0);
#endif
    if (!ok) {
        removeDatabaseFiles(temp);
        if (cancelled)
            *err = tr("Generating the demo database was cancelled.");
        else
            *err = tr("Could not generate the demo database %1: %2").arg(native, *err);
        return false;
    }

    // A stale journal of an older file by the same name would be applied to the new one.
    if (overwrite) {
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(path + QStringLiteral("-journal"));
    }
    std::error_code ec;
    if (overwrite) {
        std::filesystem::rename(QFile::encodeName(temp).toStdString(), QFile::encodeName(path).toStdString(), ec);
    } else if (!QFile::rename(temp, path)) {
        ec = std::make_error_code(std::errc::file_exists);
    }
    if (ec) {
        removeDatabaseFiles(temp);
        *err = tr("Could not put the demo database in place as %1: %2")
                   .arg(native, QString::fromLocal8Bit(ec.message().c_str()));
        return false;
    }
    return true;
}

} // namespace meldpunt
