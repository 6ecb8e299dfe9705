// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the test suites.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace meldpunt::test {

/// A database path inside a temporary folder that lives as long as `dir`.
inline QString dbPath(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"))
{
    return dir.filePath(name);
}

/// The shared real-data folder beside the project (../shared/data).
inline QString sharedData(const QString& relative)
{
    return QStringLiteral(MELDPUNT_SHARED_DATA) + QLatin1Char('/') + relative;
}

} // namespace meldpunt::test
