// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's main window: the dispatch queue, its filters and the detail pane, keyboard first.
#pragma once

#include <QMainWindow>

namespace meldpunt {
class ReportStore;
class ReportCommands;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(ReportStore* store, ReportCommands* commands, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Renders `view` ("queue", "intake", ...) at 1600×1000 into a PNG; false with a translated reason.
    bool renderScreenshot(const QString& view, const QString& file, QString* error);

private:
    ReportStore* m_store;
    ReportCommands* m_commands;
};

} // namespace meldpunt
