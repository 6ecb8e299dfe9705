// SPDX-License-Identifier: GPL-3.0-or-later
// What every meldpunt-bench area shares: the figure line format, the resident-memory reading and the
// options of the areas that measure a generated city.
#pragma once

#include "demo/demogenerator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
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

/// `--reports N`, `--db FILE` and `--seed S`: the city an area measures.
struct CityOptions {
    QCommandLineOption reports { QStringLiteral("reports"), QStringLiteral("Reports to generate."), QStringLiteral("N"),
        QStringLiteral("1000000") };
    QCommandLineOption db { QStringLiteral("db"), QStringLiteral("Use this database instead of generating one."),
        QStringLiteral("FILE") };
    QCommandLineOption seed { QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"),
        QStringLiteral("1") };

    void addTo(QCommandLineParser& p) const { p.addOptions({ reports, db, seed }); }
    DemoOptions demo(const QCommandLineParser& p) const
    {
        DemoOptions o;
        o.reports = p.value(reports).toLongLong();
        o.seed = p.value(seed).toULongLong();
        return o;
    }
    /// The database given with --db, or a city generated as `name` in `dir` (printing demo.generate_s);
    /// empty, with the reason on standard error, when generating fails.
    QString database(const QCommandLineParser& p, const QTemporaryDir& dir, const QString& name) const
    {
        if (p.isSet(db))
            return p.value(db);
        const QString path = dir.filePath(name);
        QElapsedTimer t;
        t.start();
        QString error;
        if (!DemoGenerator(demo(p)).generate(path, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return {};
        }
        printFigure(QStringLiteral("demo.generate_s"), t.elapsed() / 1000.0, QStringLiteral("s"));
        return path;
    }
};

} // namespace meldpunt::bench
