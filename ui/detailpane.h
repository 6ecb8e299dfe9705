// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane beside the queue: one report, its citizen, its history and its duplicate candidates.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace meldpunt {

class MapDetailWidget;
class ReportStore;
class ReportCommands;
struct Report;
struct ReportEvent;

/// Citizen-supplied text made safe to show as plain text: control characters become visible
/// symbols (line breaks and tabs are kept when `multiLine`), and over-long words get break
/// opportunities so that they wrap instead of widening the pane.
QString displayPlain(const QString& text, bool multiLine = false);

/// Shows everything a coordinator needs to triage the selected report, and lets them jump to
/// related reports or mark the report as a duplicate of a nearby one; it never edits by itself.
class DetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)
public:
    explicit DetailPane(ReportStore* store, ReportCommands* commands, QWidget* parent = nullptr);
    ~DetailPane() override;

    /// Shows the report with this id; 0 clears the pane.
    void showReport(qint64 id);
    qint64 reportId() const { return m_id; }

Q_SIGNALS:
    /// The user activated an earlier report of the citizen or a duplicate candidate.
    void openReportRequested(qint64 id);
    /// The user said the shown report is a duplicate of that candidate.
    void markDuplicateRequested(qint64 duplicateId, qint64 originalId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void refresh();
    void onReportsChanged(const QList<qint64>& ids);
    void fillHeader(const Report& r);
    void fillReport(const Report& r);
    void fillCitizen(const Report& r);
    void fillHistory(const Report& r);
    void fillCandidates(const Report& r);
    void fillStreet(const Report& r);
    QString describeEvent(const ReportEvent& e) const;
    qint64 selectedCandidate() const;
    void markSelectedCandidate();
    void updateCandidateButtons();

    ReportStore* m_store;
    ReportCommands* m_commands;
    qint64 m_id = 0;
    QList<qint64> m_relatedIds; ///< candidates and earlier reports: a change to them refreshes too

    QLabel* m_placeholder = nullptr;
    QWidget* m_content = nullptr;
    // Header.
    QLabel* m_ref = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_headline = nullptr;
    MapDetailWidget* m_map = nullptr;
    QTabWidget* m_tabs = nullptr;
    // Report tab.
    QLabel* m_received = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_suggested = nullptr;
    QLabel* m_department = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_district = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_duplicateOf = nullptr;
    QLabel* m_duplicateOfLabel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_reply = nullptr;
    QLabel* m_streetHeader = nullptr;
    QLabel* m_streetNone = nullptr;
    QTreeWidget* m_street = nullptr;
    // Citizen tab.
    QWidget* m_citizenPage = nullptr;
    QLabel* m_citizenNone = nullptr;
    QWidget* m_citizenDetails = nullptr;
    QLabel* m_citizenName = nullptr;
    QLabel* m_citizenAddress = nullptr;
    QLabel* m_citizenEmail = nullptr;
    QLabel* m_citizenPhone = nullptr;
    QLabel* m_citizenReply = nullptr;
    QLabel* m_citizenConsent = nullptr;
    QLabel* m_followersHeader = nullptr;
    QTreeWidget* m_followers = nullptr;
    QLabel* m_earlierHeader = nullptr;
    QTreeWidget* m_earlier = nullptr;
    // History tab.
    QTextBrowser* m_history = nullptr;
    // Candidates tab.
    QWidget* m_candidatesPage = nullptr;
    QLabel* m_candidatesHint = nullptr;
    QTreeWidget* m_candidates = nullptr;
    QPushButton* m_markDuplicate = nullptr;
    QPushButton* m_openCandidate = nullptr;
};

} // namespace meldpunt
