// SPDX-License-Identifier: GPL-3.0-or-later
// The demo city generator: a complete, realistic Meldpunt database for a fictional Flemish town.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace meldpunt {

struct DemoOptions {
    qint64 reports = 100000;
    quint64 seed = 1;
    /// The moment the demo is "now"; invalid means 2026-11-23 09:00 Europe/Brussels, so that
    /// the output depends on nothing but the options.
    QDateTime now;
};

/// Fills a new database with the town Oostveld: districts, streets and addresses, departments,
/// categories, users, citizens and `reports` reports with their history. The same options give
/// byte-identical table contents.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    explicit DemoGenerator(DemoOptions o);

    /// Creates `path` (which must not exist, or is replaced if `overwrite`), migrates it and fills
    /// it. Work happens in a temporary file next to `path` that is renamed at the end, so a
    /// failure or a cancel leaves nothing half-written. `progress(done, total)` is called on the
    /// calling thread; returning false from it cancels. On failure `error` gets a translated reason.
    bool generate(const QString& path, QString* error, const std::function<bool(qint64, qint64)>& progress = {},
        bool overwrite = false);

    /// The moment used as "now" (the option or its fixed default).
    QDateTime now() const;

private:
    DemoOptions m_options;
};

} // namespace meldpunt
