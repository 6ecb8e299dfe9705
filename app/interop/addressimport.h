// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the address register from a BeST "openaddress" CSV, and the `meldpunt import` verb.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace meldpunt {

class Database;

/// What an import did, or why it did nothing (`error`, translated, naming the line or feature).
struct ImportResult {
    bool ok = false;
    QString error;
    qint64 imported = 0;
    qint64 replaced = 0; ///< earlier rows the import replaced
    QStringList notes; ///< translated remarks that are not errors
};

/// Reads a BeST openaddress CSV (columns found by their header names, UTF-8, comma or semicolon)
/// into the address table in one transaction: either every line is imported or none is. The
/// addresses of the municipalities in the file replace the ones already there, so importing a
/// newer extract twice gives the same table.
class AddressImporter final {
    Q_DECLARE_TR_FUNCTIONS(AddressImporter)
public:
    explicit AddressImporter(Database* db);

    /// `progress(bytesRead, fileSize)` is called now and then on the calling thread.
    ImportResult importCsv(const QString& path, const std::function<void(qint64, qint64)>& progress = {});

private:
    Database* m_db;
};

/// `meldpunt import addresses FILE.csv` / `meldpunt import districts FILE.geojson`, with
/// `--db FILE` or `--demo` to choose the database (default: the user's own). `args` starts with
/// the kind ("addresses" or "districts"); messages go to stdout and stderr. Returns the exit code.
int runImportVerb(const QStringList& args);

} // namespace meldpunt
