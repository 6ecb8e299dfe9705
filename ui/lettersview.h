// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's letters workspace: the template editor with its live preview, the letterhead,
// the sending settings and the outbox.
#pragma once

#include "letters/replies.h"
#include "letters/templatestore.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace meldpunt {

class Database;
class ReportStore;
class Outbox;
class TemplateEditor;
class TemplatePreview;
class LetterheadSettingsPage;
class DeliverySettingsPage;
class OutboxView;

/// Lists, edits and previews reply templates, and holds the letter settings and the outbox.
class LettersView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersView)
public:
    explicit LettersView(Database* db, ReportStore* store, QWidget* parent = nullptr);
    ~LettersView() override;

    /// True once the templates are listed and the first preview is shown.
    bool isReady() const { return m_ready; }

    /// Uses the application's outbox instead of the view's own (one outbox per application is enough).
    void setOutbox(Outbox* outbox);
    Outbox* outbox() const { return m_outbox; }

    /// Shows the best template for this purpose, channel and language.
    void selectTemplate(Purpose purpose, ReplyChannel channel, Language language);
    /// Previews with this report; false (and nothing changes) when there is no such reference.
    bool setPreviewReport(const QString& ref);
    /// Saves the template in the editor; false with a reason. Warnings are shown, never block.
    bool saveCurrent(QString* error = nullptr);
    /// Re-renders the preview now (the editor normally waits for a pause in typing).
    void refreshPreview();
    /// Milliseconds the last preview took to render.
    double lastPreviewMs() const { return m_lastPreviewMs; }
    TemplateEditor* editor() const { return m_editor; }
    TemplatePreview* preview() const { return m_preview; }
    /// The warnings of the last save ("Saved as version 3 with 1 warning...").
    QString lastSaveMessage() const;

    /// Asks before unsaved changes are thrown away; replaceable for tests. Returns Save, Discard or Cancel.
    enum class Unsaved { Save, Discard, Cancel };
    void setUnsavedHandler(std::function<Unsaved(const QString& templateName)> handler);

Q_SIGNALS:
    void templatesChanged();

private:
    void buildTemplatesPage(QWidget* page);
    void reloadList(qint64 selectId = 0);
    void showTemplate(qint64 id);
    bool confirmLeave();
    LetterTemplate draft() const;
    void markDirty();
    void schedulePreview();
    void loadPreviewContext();
    void newTemplate();
    void duplicateTemplate();
    void removeTemplate();
    void showVersions();
    void updateVersionLabel();

    Database* m_db;
    ReportStore* m_store;
    std::unique_ptr<TemplateStore> m_templates;
    Outbox* m_outbox = nullptr;
    Outbox* m_ownOutbox = nullptr;
    QTabWidget* m_tabs;
    QComboBox* m_languageFilter;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_purpose;
    QComboBox* m_channel;
    QComboBox* m_language;
    QComboBox* m_category;
    QComboBox* m_status;
    QCheckBox* m_active;
    TemplateEditor* m_editor;
    QLabel* m_versionLabel;
    QLabel* m_saveMessage;
    QToolButton* m_versions;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLineEdit* m_previewRef;
    QLabel* m_previewInfo;
    TemplatePreview* m_preview;
    LetterheadSettingsPage* m_letterhead;
    DeliverySettingsPage* m_delivery;
    OutboxView* m_outboxView;
    QTimer* m_previewTimer;

    LetterTemplate m_current;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_ready = false;
    double m_lastPreviewMs = 0;
    Letterhead m_letterheadValue;
    std::optional<Report> m_previewReport;
    std::optional<Citizen> m_previewCitizen;
    std::function<Unsaved(const QString&)> m_unsavedHandler;
};

} // namespace meldpunt
