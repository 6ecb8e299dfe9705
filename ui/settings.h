// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's own settings (window layout, column widths, last filter): one enum-keyed table.
#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace meldpunt {

/// Every setting of the user interface with its stored name and default; widgets ask this class, never QSettings.
class Settings final {
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        QueueHeaderState,
        LastFilter, ///< the queue filter as compact JSON
        FilterCategoriesExpanded, ///< whether the category tree starts unfolded
        MapBasemap, ///< the chosen basemap, TileSourceSpec::toSetting(); empty: the city's own map
        CentralServer, ///< ServerConnection::toSettings(), never a password; empty: this desk works alone
        Count
    };

    /// The application's settings (the platform's usual place for organisation and application name).
    static Settings* instance();
    ~Settings();
    /// Keeps every setting in this INI file instead, for tests and portable use; call before the first read.
    static void useFile(const QString& path);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

private:
    Settings();
    explicit Settings(const QString& file);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace meldpunt
