// SPDX-License-Identifier: GPL-3.0-or-later
// A demo city generated once per test suite, and a fresh copy of it opened for every test, so the
// tests' changes never meet: the set-up the GUI and store suites share.
#pragma once

#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace meldpunt::test {

class DemoDesk final {
public:
    /// In initTestCase: the city of `reports` reports from `seed`.
    bool generate(int reports, quint64 seed, QString* error)
    {
        if (!m_dir.isValid())
            return (*error = QStringLiteral("no temporary folder")), false;
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        DemoOptions o;
        o.reports = reports;
        o.seed = seed;
        DemoGenerator generator(o);
        if (!generator.generate(m_pristine, error))
            return false;
        m_now = generator.now().toSecsSinceEpoch();
        return true;
    }

    /// In init: a new copy of the city, opened, with a store whose clock stands at the city's "now" and
    /// the command layer over it.
    bool openCopy(QString* error)
    {
        close();
        const QString path = m_dir.filePath(QStringLiteral("run%1.sqlite").arg(++m_run));
        if (!QFile::copy(m_pristine, path))
            return (*error = QStringLiteral("cannot copy %1").arg(m_pristine)), false;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_db = std::make_unique<Database>();
        const OpenError e = m_db->open(path, Database::Mode::OpenExisting);
        if (e)
            return (*error = e.message), false;
        m_store = std::make_unique<ReportStore>(m_db.get());
        m_store->setNowForTesting(m_now);
        m_commands = std::make_unique<ReportCommands>(m_store.get());
        return true;
    }

    /// In cleanup, after the widgets that use them are gone.
    void close()
    {
        m_commands.reset();
        m_store.reset();
        m_db.reset();
    }

    const QTemporaryDir& dir() const { return m_dir; }
    Database* db() const { return m_db.get(); }
    ReportStore* store() const { return m_store.get(); }
    ReportCommands* commands() const { return m_commands.get(); }
    qint64 now() const { return m_now; }

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    qint64 m_now = 0;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportCommands> m_commands;
};

} // namespace meldpunt::test
