// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemapchoice.h"

#include "settings.h"

namespace meldpunt {

BasemapChoice* BasemapChoice::instance()
{
    static BasemapChoice* choice = new BasemapChoice; // lives as long as the program, like the settings
    return choice;
}

TileSourceSpec BasemapChoice::current() const
{
    return TileSourceSpec::fromSetting(Settings::instance()->value(Settings::Key::MapBasemap).toString());
}

void BasemapChoice::choose(const TileSourceSpec& spec)
{
    Settings* settings = Settings::instance();
    settings->setValue(
        Settings::Key::MapBasemap, spec.kind == TileSourceSpec::Kind::Vector ? QString() : spec.toSetting());
    settings->sync();
    Q_EMIT changed(spec);
}

} // namespace meldpunt
