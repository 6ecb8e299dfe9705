// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettersview.h"

#include "letters/outbox.h"
#include "lettersoutbox.h"
#include "letterssettings.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "templateeditor.h"
#include "templatepreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString channelLabel(ReplyChannel c)
{
    return Labels::label(c);
}

} // namespace

LettersView::LettersView(Database* db, ReportStore* store, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_store(store),
      m_templates(std::make_unique<TemplateStore>(db)),
      m_tabs(new QTabWidget(this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("lettersView"));
    m_templates->setActor(store->actor());
    QString error;
    // First use without the demo: the shipped templates give the city something to start from.
    m_templates->ensureDefaults(&error);
    m_letterheadValue = LetterSettings::letterhead(db);

    auto* templatesPage = new QWidget(m_tabs);
    buildTemplatesPage(templatesPage);
    m_letterhead = new LetterheadSettingsPage(db, m_tabs);
    m_delivery = new DeliverySettingsPage(db, m_tabs);
    m_outboxView = new OutboxView(db, store, m_tabs);
    m_tabs->setObjectName(QStringLiteral("lettersTabs"));
    m_tabs->addTab(templatesPage, tr("Templates"));
    m_tabs->addTab(m_letterhead, tr("Letterhead"));
    m_tabs->addTab(m_delivery, tr("Sending"));
    m_tabs->addTab(m_outboxView, tr("Outbox"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_ownOutbox = new Outbox(db, this);
    m_ownOutbox->setActor(store->actor());
    setOutbox(m_ownOutbox);

    connect(m_letterhead, &LetterheadSettingsPage::saved, this, [this] {
        m_letterheadValue = LetterSettings::letterhead(m_db);
        m_preview->setLetterhead(m_letterheadValue);
        refreshPreview();
    });
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &LettersView::refreshPreview);

    m_unsavedHandler = [this](const QString& name) {
        const auto answer = QMessageBox::question(this,
            tr("Unsaved template"),
            tr("The template \"%1\" has unsaved changes.").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Save);
        return answer == QMessageBox::Save   ? Unsaved::Save
            : answer == QMessageBox::Discard ? Unsaved::Discard
                                             : Unsaved::Cancel;
    };

    m_preview->setLetterhead(m_letterheadValue);
    loadPreviewContext();
    reloadList();
    const Purpose purpose
        = m_previewReport ? LetterTypes::suggestedPurpose(m_previewReport->status) : Purpose::Resolved;
    selectTemplate(purpose, ReplyChannel::Letter, Language::Dutch);
    refreshPreview();
    m_ready = m_list->topLevelItemCount() > 0;
}

LettersView::~LettersView() = default;

void LettersView::setOutbox(Outbox* outbox)
{
    m_outbox = outbox;
    m_outboxView->setOutbox(outbox);
}

void LettersView::setUnsavedHandler(std::function<Unsaved(const QString&)> handler)
{
    m_unsavedHandler = std::move(handler);
}

void LettersView::buildTemplatesPage(QWidget* page)
{
    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("lettersSplitter"));
    splitter->setChildrenCollapsible(false);

    // Left: the templates by purpose.
    auto* left = new QWidget(splitter);
    m_languageFilter = new QComboBox(left);
    m_languageFilter->addItem(tr("All languages"), QString());
    for (Language l : LetterTypes::languages())
        m_languageFilter->addItem(LetterTypes::label(l), LetterTypes::key(l));
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Find a template"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(left);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setHeaderLabels({ tr("Template"), tr("Channel"), tr("Lang.") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* newButton = new QPushButton(tr("New"), left);
    auto* copyButton = new QPushButton(tr("Duplicate"), left);
    auto* deleteButton = new QPushButton(tr("Delete"), left);
    deleteButton->setToolTip(
        tr("A template that was used for a reply is kept as inactive, so sent messages keep their source."));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_languageFilter);
    filterRow->addWidget(m_search, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(copyButton);
    buttons->addWidget(deleteButton);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    // Centre: what the template is for, and its text.
    auto* centre = new QWidget(splitter);
    m_name = new QLineEdit(centre);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_purpose = new QComboBox(centre);
    m_purpose->setObjectName(QStringLiteral("templatePurpose"));
    for (Purpose p : LetterTypes::purposes())
        m_purpose->addItem(LetterTypes::label(p), int(p));
    m_channel = new QComboBox(centre);
    m_channel->setObjectName(QStringLiteral("templateChannel"));
    for (ReplyChannel c : LetterTypes::templateChannels())
        m_channel->addItem(channelLabel(c), int(c));
    m_language = new QComboBox(centre);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    for (Language l : LetterTypes::languages())
        m_language->addItem(LetterTypes::label(l), int(l));
    m_category = new QComboBox(centre);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->addItem(tr("Any category"), 0);
    const ReferenceData& refs = m_store->refs();
    for (const Category& c : refs.categories) {
        if (c.parentId != 0)
            continue;
        m_category->addItem(c.name, c.id);
        for (int sub : refs.subcategoriesOf(c.id))
            m_category->addItem(QStringLiteral("    ") + refs.category(sub)->name, sub);
    }
    m_status = new QComboBox(centre);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (Status s : StatusRules::all())
        m_status->addItem(StatusRules::label(s), int(s));
    m_active = new QCheckBox(tr("Offered in replies"), centre);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_purpose, 2);
    row1->addWidget(m_channel, 1);
    row1->addWidget(m_language, 1);
    form->addRow(tr("Purpose"), row1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_category, 2);
    row2->addWidget(m_status, 1);
    form->addRow(tr("Answers"), row2);
    form->addRow(QString(), m_active);
    m_editor = new TemplateEditor(centre);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_versionLabel = new QLabel(centre);
    m_versionLabel->setObjectName(QStringLiteral("templateVersion"));
    m_versionLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_saveMessage = new QLabel(centre);
    m_saveMessage->setObjectName(QStringLiteral("templateSaveMessage"));
    m_saveMessage->setWordWrap(true);
    m_versions = new QToolButton(centre);
    m_versions->setText(tr("Versions"));
    m_versions->setToolTip(tr("Earlier versions of this template; sent messages keep the text they were sent with."));
    m_versions->setPopupMode(QToolButton::InstantPopup);
    m_versions->setMenu(new QMenu(m_versions));
    m_revert = new QPushButton(tr("Revert"), centre);
    m_save = new QPushButton(tr("Save"), centre);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_versionLabel, 1);
    saveRow->addWidget(m_versions);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(4, 8, 4, 8);
    centreLayout->addLayout(form);
    centreLayout->addWidget(m_editor, 1);
    centreLayout->addWidget(m_saveMessage);
    centreLayout->addLayout(saveRow);

    // Right: the live preview with a real report.
    auto* right = new QWidget(splitter);
    m_previewRef = new QLineEdit(right);
    m_previewRef->setObjectName(QStringLiteral("previewReport"));
    m_previewRef->setPlaceholderText(tr("Report reference, e.g. M-2026-000123"));
    m_previewRef->setClearButtonEnabled(true);
    m_previewInfo = new QLabel(right);
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_previewInfo->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_previewInfo->setWordWrap(true);
    m_preview = new TemplatePreview(right);
    auto* refRow = new QHBoxLayout;
    refRow->addWidget(new QLabel(tr("Preview with"), right));
    refRow->addWidget(m_previewRef, 1);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    rightLayout->addLayout(refRow);
    rightLayout->addWidget(m_previewInfo);
    rightLayout->addWidget(m_preview, 1);

    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 330, 600, 670 });
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(splitter);

    connect(m_languageFilter, &QComboBox::currentIndexChanged, this, [this] { reloadList(m_current.id); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { reloadList(m_current.id); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item, QTreeWidgetItem* previous) {
        if (m_loading || !item)
            return;
        const qint64 id = item->data(0, kIdRole).toLongLong();
        if (id == 0 || id == m_current.id)
            return;
        if (!confirmLeave()) {
            m_loading = true;
            m_list->setCurrentItem(previous);
            m_loading = false;
            return;
        }
        showTemplate(id);
    });
    for (QComboBox* box : { m_purpose, m_language, m_category, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &LettersView::markDirty);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const auto channel = ReplyChannel(m_channel->currentData().toInt());
        m_editor->setFormat(channel == ReplyChannel::Sms ? TextFormat::PlainText : TextFormat::Html);
        markDirty();
    });
    connect(m_name, &QLineEdit::textChanged, this, &LettersView::markDirty);
    connect(m_active, &QCheckBox::toggled, this, &LettersView::markDirty);
    connect(m_editor, &TemplateEditor::changed, this, &LettersView::markDirty);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_current.id)
            showTemplate(m_current.id);
    });
    connect(m_versions->menu(), &QMenu::aboutToShow, this, &LettersView::showVersions);
    connect(newButton, &QPushButton::clicked, this, &LettersView::newTemplate);
    connect(copyButton, &QPushButton::clicked, this, &LettersView::duplicateTemplate);
    connect(deleteButton, &QPushButton::clicked, this, &LettersView::removeTemplate);
    connect(m_previewRef, &QLineEdit::editingFinished, this, [this] {
        const QString ref = m_previewRef->text().trimmed();
        if (ref.isEmpty() || (m_previewReport && ref.compare(m_previewReport->ref, Qt::CaseInsensitive) == 0))
            return;
        if (!setPreviewReport(ref))
            m_previewInfo->setText(tr("No report %1. The preview still shows %2.")
                                       .arg(ref, m_previewReport ? m_previewReport->ref : tr("sample data")));
    });
}

void LettersView::reloadList(qint64 selectId)
{
    m_loading = true;
    m_list->clear();
    const QString language = m_languageFilter->currentData().toString();
    const QString needle = m_search->text().trimmed();
    QMap<int, QTreeWidgetItem*> groups;
    QTreeWidgetItem* select = nullptr;
    const QList<LetterTemplate> all = m_templates->templates();
    for (const LetterTemplate& t : all) {
        if (!language.isEmpty() && LetterTypes::key(t.language) != language)
            continue;
        if (!needle.isEmpty() && !t.name.contains(needle, Qt::CaseInsensitive)
            && !LetterTypes::label(t.purpose).contains(needle, Qt::CaseInsensitive))
            continue;
        QTreeWidgetItem*& group = groups[int(t.purpose)];
        if (!group) {
            group = new QTreeWidgetItem(m_list, { LetterTypes::label(t.purpose) });
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto* item
            = new QTreeWidgetItem(group, { t.name, channelLabel(t.channel), LetterTypes::key(t.language).toUpper() });
        item->setData(0, kIdRole, t.id);
        QString tip = tr("Version %1").arg(t.version);
        if (t.categoryId)
            tip += QStringLiteral(" · ") + m_store->refs().categoryName(t.categoryId);
        if (t.status)
            tip += QStringLiteral(" · ") + StatusRules::label(*t.status);
        item->setToolTip(0, tip);
        if (!t.active) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setText(0, tr("%1 (not offered)").arg(t.name));
        }
        if (t.id == selectId)
            select = item;
    }
    m_list->expandAll();
    if (select)
        m_list->setCurrentItem(select);
    m_loading = false;
}

void LettersView::selectTemplate(Purpose purpose, ReplyChannel channel, Language language)
{
    const std::optional<LetterTemplate> t = m_templates->suggest(purpose,
        channel,
        language,
        m_previewReport ? m_previewReport->categoryId : 0,
        m_previewReport ? m_previewReport->status : Status::New,
        &m_store->refs());
    if (!t || (t->id != m_current.id && !confirmLeave()))
        return;
    showTemplate(t->id);
    reloadList(t->id);
}

bool LettersView::confirmLeave()
{
    if (!m_dirty)
        return true;
    switch (m_unsavedHandler(m_current.name)) {
    case Unsaved::Save: return saveCurrent();
    case Unsaved::Discard: m_dirty = false; return true;
    case Unsaved::Cancel: break;
    }
    return false;
}

void LettersView::showTemplate(qint64 id)
{
    const std::optional<LetterTemplate> t = m_templates->find(id);
    if (!t)
        return;
    m_current = *t;
    m_loading = true;
    m_name->setText(t->name);
    m_purpose->setCurrentIndex(m_purpose->findData(int(t->purpose)));
    m_channel->setCurrentIndex(m_channel->findData(int(t->channel)));
    m_language->setCurrentIndex(m_language->findData(int(t->language)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(t->categoryId)));
    m_status->setCurrentIndex(t->status ? m_status->findData(int(*t->status)) : 0);
    m_active->setChecked(t->active);
    m_editor->setFormat(t->format());
    m_editor->setContent(t->subject, t->body);
    m_loading = false;
    m_dirty = false;
    m_saveMessage->clear();
    updateVersionLabel();
    refreshPreview();
}

void LettersView::updateVersionLabel()
{
    if (m_current.id == 0) {
        m_versionLabel->setText(tr("New template, not saved yet"));
        return;
    }
    const QString when
        = QDateTime::fromSecsSinceEpoch(m_current.updatedAt).toString(QStringLiteral("d MMM yyyy HH:mm"));
    m_versionLabel->setText(tr("Version %1 · saved %2 by %3%4")
                                .arg(m_current.version)
                                .arg(when, m_current.updatedBy, m_dirty ? tr(" · changed") : QString()));
}

LetterTemplate LettersView::draft() const
{
    LetterTemplate t = m_current;
    t.name = m_name->text();
    t.purpose = Purpose(m_purpose->currentData().toInt());
    t.channel = ReplyChannel(m_channel->currentData().toInt());
    t.language = Language(m_language->currentData().toInt());
    t.categoryId = m_category->currentData().toInt();
    const int status = m_status->currentData().toInt();
    t.status = status < 0 ? std::nullopt : std::optional<Status>(Status(status));
    t.active = m_active->isChecked();
    t.subject = t.channel == ReplyChannel::Sms ? QString() : m_editor->subject();
    t.body = m_editor->body();
    return t;
}

void LettersView::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateVersionLabel();
    schedulePreview();
}

void LettersView::schedulePreview()
{
    m_previewTimer->start();
}

bool LettersView::saveCurrent(QString* error)
{
    LetterTemplate t = draft();
    QString why;
    QList<TemplateIssue> warnings;
    if (!m_templates->save(&t, &why, &warnings)) {
        m_saveMessage->setText(QStringLiteral("<span style=\"color:#b3261e;\">%1</span>").arg(why.toHtmlEscaped()));
        if (error)
            *error = why;
        return false;
    }
    m_current = t;
    m_dirty = false;
    if (warnings.isEmpty()) {
        m_saveMessage->setText(tr("Saved as version %1.").arg(t.version));
    } else {
        QStringList lines;
        for (const TemplateIssue& i : std::as_const(warnings))
            lines << i.text.toHtmlEscaped();
        m_saveMessage->setText(QStringLiteral("<span style=\"color:#8a5300;\">%1<br>%2</span>")
                                   .arg(tr("Saved as version %1 with %n warning(s):", nullptr, int(warnings.size()))
                                            .arg(t.version)
                                            .toHtmlEscaped(),
                                       lines.join(QStringLiteral("<br>"))));
    }
    updateVersionLabel();
    reloadList(t.id);
    Q_EMIT templatesChanged();
    return true;
}

QString LettersView::lastSaveMessage() const
{
    QTextDocument doc;
    doc.setHtml(m_saveMessage->text());
    return doc.toPlainText();
}

void LettersView::newTemplate()
{
    if (!confirmLeave())
        return;
    LetterTemplate t;
    t.name = tr("New template");
    t.purpose = m_current.purpose;
    t.channel = m_current.channel;
    t.language = m_current.language;
    t.subject = t.channel == ReplyChannel::Sms ? QString() : QStringLiteral("{{report.ref}}");
    t.body = t.channel == ReplyChannel::Sms ? QStringLiteral("{{city.name}}: ")
                                            : QStringLiteral("<p>{{citizen.name}},</p><p></p>");
    m_current = t;
    m_loading = true;
    m_name->setText(t.name);
    m_editor->setFormat(t.format());
    m_editor->setContent(t.subject, t.body);
    m_active->setChecked(true);
    m_loading = false;
    m_dirty = true;
    m_list->clearSelection();
    updateVersionLabel();
    m_name->setFocus();
    m_name->selectAll();
    refreshPreview();
}

void LettersView::duplicateTemplate()
{
    if (!confirmLeave())
        return;
    LetterTemplate t = draft();
    t.id = 0;
    t.uuid.clear();
    t.version = 0;
    t.name = tr("%1 (copy)").arg(t.name);
    m_current = t;
    m_loading = true;
    m_name->setText(t.name);
    m_loading = false;
    m_dirty = true;
    m_list->clearSelection();
    updateVersionLabel();
}

void LettersView::removeTemplate()
{
    if (m_current.id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete template"), tr("Delete the template \"%1\"?").arg(m_current.name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_templates->remove(m_current.id, &error)) {
        m_saveMessage->setText(error.toHtmlEscaped());
        return;
    }
    m_dirty = false;
    m_current = LetterTemplate();
    reloadList();
    Q_EMIT templatesChanged();
}

void LettersView::showVersions()
{
    QMenu* menu = m_versions->menu();
    menu->clear();
    if (m_current.id == 0) {
        menu->addAction(tr("Not saved yet"))->setEnabled(false);
        return;
    }
    for (const TemplateVersion& v : m_templates->versions(m_current.id)) {
        const QString when = QDateTime::fromSecsSinceEpoch(v.savedAt).toString(QStringLiteral("d MMM yyyy HH:mm"));
        QAction* a = menu->addAction(tr("Version %1 · %2 · %3").arg(v.version).arg(when, v.savedBy));
        a->setToolTip(tr("Load this text into the editor; saving makes it the newest version."));
        connect(a, &QAction::triggered, this, [this, v] {
            m_editor->setContent(v.subject, v.body);
            markDirty();
        });
    }
}

void LettersView::loadPreviewContext()
{
    // The most recent report with a citizen makes the most telling preview.
    QueueFilter f;
    const QList<QueueRow> rows = m_store->fetchQueue(f, std::nullopt, 50);
    for (const QueueRow& row : rows) {
        if (row.citizenId == 0 || row.status == Status::Duplicate)
            continue;
        if (setPreviewReport(row.ref))
            return;
    }
    m_previewReport.reset();
    m_previewCitizen.reset();
    m_previewInfo->setText(tr("Sample data: there is no report with a citizen yet."));
}

bool LettersView::setPreviewReport(const QString& ref)
{
    const std::optional<Report> r = m_store->reportByRef(ref);
    if (!r)
        return false;
    m_previewReport = r;
    m_previewCitizen.reset();
    if (r->citizenId)
        if (const std::optional<Citizen> c = m_store->citizen(r->citizenId); c && !c->anonymized)
            m_previewCitizen = c;
    m_previewRef->setText(r->ref);
    QStringList info;
    info << (m_previewCitizen ? m_previewCitizen->name : tr("anonymous (sample citizen shown)"));
    info << m_store->refs().categoryName(r->categoryId);
    if (!r->address.isEmpty())
        info << r->address;
    info << StatusRules::label(r->status);
    m_previewInfo->setText(info.join(QStringLiteral(" · ")));
    if (m_ready)
        refreshPreview();
    return true;
}

void LettersView::refreshPreview()
{
    m_previewTimer->stop();
    QElapsedTimer timer;
    timer.start();
    const LetterTemplate t = draft();
    const Language language = t.language;
    MergeInput base = m_previewReport
        ? Replies::context(*m_store, *m_previewReport, language)
        : Replies::sampleContext(language, m_letterheadValue, Replies::userName(m_db, m_store->actor()));
    base.letterhead = m_letterheadValue;
    ReplyRecipient to = m_previewCitizen ? ReplyRecipient { *m_previewCitizen, t.channel, false }
                                         : Replies::sampleRecipient(t.channel);
    to.channel = t.channel;
    ReplyDraft d;
    d.channel = t.channel;
    d.purpose = t.purpose;
    d.language = language;
    d.templateId = t.id;
    d.templateVersion = t.version;
    d.subject = t.subject;
    d.body = t.body;
    // The coordinator writes this part per reply; the preview shows where it goes.
    d.note = tr("[your own text for this reply]");
    const ComposedMessage c = Replies::compose(base, to, d);
    QStringList missing = c.missing;
    switch (t.channel) {
    case ReplyChannel::Letter: m_preview->showLetter(Replies::letterOf(c.message, m_letterheadValue)); break;
    case ReplyChannel::Email: {
        const SmtpSettings smtp = LetterSettings::smtp(m_db);
        const QString from
            = smtp.from.isEmpty() ? m_letterheadValue.email : QStringLiteral("%1 <%2>").arg(smtp.fromName, smtp.from);
        m_preview->showEmail(from,
            (to.citizen.email.isEmpty() ? tr("%1 (no e-mail address)").arg(to.citizen.name)
                                        : QStringLiteral("%1 <%2>").arg(to.citizen.name, to.citizen.email)),
            c.message.subject,
            c.message.body);
        break;
    }
    case ReplyChannel::Sms: {
        MergeInput in = base;
        in.citizen = to.citizen;
        in.hasCitizen = true;
        in.note = d.note;
        m_editor->setMergeValues(Merge::values(in));
        m_preview->showSms(to.citizen.phone, c.message.body, m_editor->smsCounterText());
        break;
    }
    default: break;
    }
    m_preview->setProblems(missing, c.unknown);
    m_lastPreviewMs = timer.nsecsElapsed() / 1e6;
}

} // namespace meldpunt
