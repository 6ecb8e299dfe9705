// SPDX-License-Identifier: GPL-3.0-or-later
// What every meldpunt-bench area shares: the figure line format and the resident-memory reading.
#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>

namespace meldpunt::bench {

/// One `<area>.<figure> <value> <unit>` line on standard output, the format scripts read.
inline void printFigure(const QString& name, double value, const QString& unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 0) << ' ' << unit << Qt::endl;
}

/// Resident memory of this process in MB (VmRSS), or -1 where /proc is not there.
inline double residentMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace meldpunt::bench
