// SPDX-License-Identifier: GPL-3.0-or-later
// The print queue for office staff: the letters waiting, printed in one go (preview, printer or one
// PDF) for window envelopes, then marked as printed; printed letters can be printed again.
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewDialog;
class QPushButton;
class QTableView;

namespace meldpunt {

class Database;
class ReportStore;
class MessageStore;
class MessageTableModel;
class TemplatePreview;

/// The dialogs the print queue opens; tests replace them so that nothing waits for a click.
struct PrintQueueHooks {
    std::function<bool(QPrinter*)> setupPrinter; ///< default: QPrintDialog; false cancels
    std::function<bool(QPrintPreviewDialog*)> runPreview; ///< default: exec(); true when it printed
    std::function<QString(const QString& suggested)> choosePdf; ///< default: a save-file dialog
    std::function<bool(const QString& question)> confirm; ///< default: a yes/no question
    std::function<void(const QString& message)> inform; ///< default: a warning box
};

/// Lists letters to print and prints them with the letterhead, addressed for window envelopes.
class PrintQueueView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintQueueView)
public:
    enum class Show { Waiting, PrintedToday, Printed };

    PrintQueueView(Database* db, ReportStore* store, QWidget* parent = nullptr);
    ~PrintQueueView() override;

    /// Replaces the dialogs that are set in `hooks`; the others stay as they are.
    void setHooks(const PrintQueueHooks& hooks);

    void setShow(Show show);
    void reload();
    void selectAll();
    QList<qint64> selectedIds() const;
    int rowCount() const;
    MessageTableModel* model() const { return m_model; }

    /// Print → (printer dialog) → paint → "did they all print?" → marked as printed.
    bool printSelected();
    /// The same through QPrintPreviewDialog.
    bool previewSelected();
    /// One PDF with every selected letter; asks whether to mark them as printed.
    bool exportSelectedPdf();
    bool markSelectedPrinted();
    /// The reason the last action failed, translated.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void lettersPrinted(int count);

private:
    bool paintSelected(QPrinter* printer, const QList<qint64>& ids);
    bool afterOutput(const QList<qint64>& ids, const QString& how);
    void fail(const QList<qint64>& ids, const QString& why);
    void updateActions();
    void showCurrent();

    Database* m_db;
    ReportStore* m_store;
    std::unique_ptr<MessageStore> m_messages;
    PrintQueueHooks m_hooks;
    QComboBox* m_show;
    QLabel* m_count;
    QTableView* m_table;
    MessageTableModel* m_model;
    TemplatePreview* m_preview;
    QPushButton* m_selectAll;
    QPushButton* m_previewButton;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_mark;
    QString m_lastError;
};

} // namespace meldpunt
