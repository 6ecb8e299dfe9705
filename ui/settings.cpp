// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

#include <array>

namespace meldpunt {

namespace {

struct Entry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// The one table: renaming a stored name loses the user's value, so names are stable once released.
const std::array<Entry, size_t(Settings::Key::Count)>& table()
{
    static const std::array<Entry, size_t(Settings::Key::Count)> entries { {
        { Settings::Key::MainWindowGeometry, "MainWindow/Geometry", QVariant() },
        { Settings::Key::MainWindowState, "MainWindow/State", QVariant() },
        { Settings::Key::QueueHeaderState, "Queue/HeaderState", QVariant() },
        { Settings::Key::LastFilter, "Queue/LastFilter", QVariant() },
        { Settings::Key::FilterCategoriesExpanded, "Filter/CategoriesExpanded", false },
        { Settings::Key::MapBasemap, "Map/Basemap", QString() },
        { Settings::Key::CentralServer, "Sync/Server", QVariantMap() },
    } };
    return entries;
}

const Entry& entry(Settings::Key key)
{
    const Entry& e = table()[size_t(key)];
    Q_ASSERT(e.key == key); // the table is indexed by the enum, so its order must follow it
    return e;
}

std::unique_ptr<Settings>& holder()
{
    static std::unique_ptr<Settings> s;
    return s;
}

QString& overrideFile()
{
    static QString file;
    return file;
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& file) : m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat)) {}

Settings::~Settings() = default;

Settings* Settings::instance()
{
    std::unique_ptr<Settings>& s = holder();
    if (!s)
        s.reset(overrideFile().isEmpty() ? new Settings() : new Settings(overrideFile()));
    return s.get();
}

void Settings::useFile(const QString& path)
{
    overrideFile() = path;
    holder().reset(); // the next instance() reads the new file
}

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_settings->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    const Entry& e = entry(key);
    if (value == e.defaultValue)
        m_settings->remove(QLatin1String(e.name));
    else
        m_settings->setValue(QLatin1String(e.name), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(entry(key).name));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace meldpunt
