// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "commands/reportcommands.h"
#include "store/reportstore.h"

namespace meldpunt {

MainWindow::MainWindow(ReportStore* store, ReportCommands* commands, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_commands(commands)
{
    setWindowTitle(tr("Meldpunt"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::renderScreenshot(const QString& view, const QString& file, QString* error)
{
    Q_UNUSED(view)
    resize(1600, 1000);
    if (!grab().save(file)) {
        *error = tr("Cannot write the screenshot %1.").arg(file);
        return false;
    }
    return true;
}

} // namespace meldpunt
