// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "commands/reportcommands.h"
#include "domain/calendar.h"
#include "mapdetail.h"
#include "store/reportstore.h"
#include "store/streetreports.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meldpunt {

QString displayPlain(const QString& text, bool multiLine)
{
    // Longer runs without a break opportunity would push the pane wider than the window.
    constexpr int kLongestRun = 32;
    QString out;
    out.reserve(text.size());
    int run = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\t')) {
            out += c;
            run = 0;
            continue;
        }
        if (u == u'\r' && multiLine)
            continue;
        if (u < 0x20) {
            // A visible replacement, so that hidden characters are noticed, not acted on.
            out += QChar(char16_t(0xfffd));
        } else if (u == 0x7f) {
            out += QChar(char16_t(0xfffd));
        } else if ((u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            // C1 controls, bidi overrides (which could reorder what the coordinator reads) and odd separators.
            out += QChar(char16_t(0xfffd));
        } else {
            out += c;
        }
        run = c.isSpace() ? 0 : run + 1;
        if (run >= kLongestRun) {
            out += QChar(char16_t(0x200b));
            run = 0;
        }
    }
    return out;
}

namespace {

QDateTime cityTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, WorkCalendar::cityTimeZone());
}

QString dateTimeText(qint64 secs)
{
    return QLocale().toString(cityTime(secs), QStringLiteral("d MMM yyyy HH:mm"));
}

QString dateText(qint64 secs)
{
    return QLocale().toString(cityTime(secs).date(), QStringLiteral("d MMM yyyy"));
}

QFormLayout* compactForm()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(3);
    return form;
}

/// Field names in a quieter colour than the values, so that the values are what the eye reads.
void quietLabels(QFormLayout* form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            item->widget()->setForegroundRole(QPalette::PlaceholderText);
    }
}

QString ageText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 3600)
        return DetailPane::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DetailPane::tr("%n h", nullptr, int(seconds / 3600));
    if (seconds < 14 * 86400)
        return DetailPane::tr("%n d", nullptr, int(seconds / 86400));
    return DetailPane::tr("%n wk", nullptr, int(seconds / (7 * 86400)));
}

QString statusColor(Status s)
{
    switch (s) {
    case Status::New: return QStringLiteral("#1565c0");
    case Status::Triaged: return QStringLiteral("#00838f");
    case Status::Assigned: return QStringLiteral("#4527a0");
    case Status::InProgress: return QStringLiteral("#ef6c00");
    case Status::OnHold: return QStringLiteral("#6d6d6d");
    case Status::Resolved: return QStringLiteral("#2e7d32");
    case Status::Closed: return QStringLiteral("#455a64");
    case Status::Rejected: return QStringLiteral("#b71c1c");
    case Status::Duplicate: return QStringLiteral("#8d6e63");
    }
    return QStringLiteral("#6d6d6d");
}

QString priorityColor(Priority p)
{
    switch (p) {
    case Priority::Urgent: return QStringLiteral("#c62828");
    case Priority::High: return QStringLiteral("#ef6c00");
    case Priority::Normal: return QStringLiteral("#607d8b");
    case Priority::Low: return QStringLiteral("#90a4ae");
    }
    return QStringLiteral("#607d8b");
}

QString pillStyle(const QString& color)
{
    return QStringLiteral(
        "QLabel { background: %1; color: white; border-radius: 8px; padding: 1px 8px; font-weight: 600; }")
        .arg(color);
}

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    // Citizen text is never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QLabel* sectionHeader(const QString& text, const QString& objectName = QString())
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QTreeWidget* compactTree(const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

DetailPane::DetailPane(ReportStore* store, ReportCommands* commands, QWidget* parent)
    : QWidget(parent), m_store(store), m_commands(commands)
{
    setObjectName(QStringLiteral("detailPane"));
    buildUi();
    connect(m_commands, &ReportCommands::reportsChanged, this, &DetailPane::onReportsChanged);
    // A report created nearby may be a duplicate candidate of the shown one.
    connect(m_commands, &ReportCommands::reportCreated, this, [this](qint64) {
        if (m_id != 0)
            refresh();
    });
    showReport(0);
}

DetailPane::~DetailPane() = default;

void DetailPane::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(0);

    m_placeholder = new QLabel(tr("Select a report in the queue to see its details."));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder);

    m_content = new QWidget;
    outer->addWidget(m_content);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Header: what the coordinator must see without switching tabs.
    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    m_ref = new QLabel;
    m_ref->setObjectName(QStringLiteral("detailRef"));
    m_ref->setTextFormat(Qt::PlainText);
    m_ref->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont refFont = m_ref->font();
    refFont.setPointSizeF(refFont.pointSizeF() * 1.3);
    refFont.setBold(true);
    m_ref->setFont(refFont);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_priority = new QLabel;
    m_priority->setObjectName(QStringLiteral("detailPriority"));
    m_priority->setTextFormat(Qt::PlainText);
    top->addWidget(m_ref);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_priority);
    layout->addLayout(top);
    m_headline = valueLabel(QStringLiteral("detailHeadline"));
    layout->addWidget(m_headline);

    // Where it is and what was reported around it, whichever tab is open: the numbered pins are
    // the duplicate candidates of the Duplicates tab, in its order.
    m_map = new MapDetailWidget(m_store->database(), m_store->refs());
    m_map->setObjectName(QStringLiteral("detailMap"));
    m_map->setFixedHeight(200);
    m_map->setToolTip(tr("The report (dark pin) and its possible duplicates (numbered as in the Duplicates "
                         "tab); click a numbered pin to open that report."));
    connect(m_map, &MapDetailWidget::reportActivated, this, &DetailPane::openReportRequested);
    layout->addWidget(m_map);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    layout->addWidget(m_tabs, 1);

    // Report tab.
    auto* reportPage = new QWidget;
    auto* reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(2, 6, 2, 2);
    auto* form = compactForm();
    m_received = valueLabel(QStringLiteral("detailReceived"));
    m_due = valueLabel(QStringLiteral("detailDue"));
    m_category = valueLabel(QStringLiteral("detailCategory"));
    m_suggested = valueLabel(QStringLiteral("detailSuggestedDepartment"));
    m_department = valueLabel(QStringLiteral("detailDepartment"));
    m_assignee = valueLabel(QStringLiteral("detailAssignee"));
    m_channel = valueLabel(QStringLiteral("detailChannel"));
    m_reply = valueLabel(QStringLiteral("detailReplyChannel"));
    m_address = valueLabel(QStringLiteral("detailAddress"));
    m_district = valueLabel(QStringLiteral("detailDistrict"));
    m_coordinates = valueLabel(QStringLiteral("detailCoordinates"));
    m_duplicateOf = new QLabel;
    m_duplicateOf->setObjectName(QStringLiteral("detailDuplicateOf"));
    // Rich text only for our own link; the ref inside is escaped.
    m_duplicateOf->setTextFormat(Qt::RichText);
    m_duplicateOf->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_duplicateOf, &QLabel::linkActivated, this, [this](const QString& link) {
        Q_EMIT openReportRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    form->addRow(tr("Received"), m_received);
    form->addRow(tr("Due"), m_due);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Suggested"), m_suggested);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Reply by"), m_reply);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Location"), m_coordinates);
    m_duplicateOfLabel = new QLabel(tr("Duplicate of"));
    form->addRow(m_duplicateOfLabel, m_duplicateOf);
    quietLabels(form);
    reportLayout->addLayout(form);
    reportLayout->addWidget(sectionHeader(tr("Description")));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("detailDescription"));
    m_description->setReadOnly(true);
    m_description->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_description->setTabChangesFocus(true);
    reportLayout->addWidget(m_description, 2);
    m_description->setMinimumHeight(60);

    // Recent reports in the same street: a recurring problem, or one already reported.
    m_streetHeader = sectionHeader(QString(), QStringLiteral("streetReportsHeader"));
    reportLayout->addWidget(m_streetHeader);
    m_streetNone = valueLabel(QStringLiteral("streetReportsNone"));
    m_streetNone->setForegroundRole(QPalette::PlaceholderText);
    reportLayout->addWidget(m_streetNone);
    m_street = compactTree(
        QStringLiteral("streetReports"), { tr("Ref"), tr("Received"), tr("Status"), tr("Category") });
    m_street->setMinimumHeight(90);
    // The category takes what is left and is elided, so that the pane never scrolls sideways.
    m_street->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_street->setTextElideMode(Qt::ElideRight);
    m_street->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    reportLayout->addWidget(m_street, 3);
    connect(m_street, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openReportRequested(item->data(0, kIdRole).toLongLong());
    });
    m_tabs->addTab(reportPage, tr("Report"));

    // Citizen tab.
    m_citizenPage = new QWidget;
    auto* citizenLayout = new QVBoxLayout(m_citizenPage);
    citizenLayout->setContentsMargins(2, 6, 2, 2);
    citizenLayout->setSpacing(3);
    m_citizenNone = valueLabel(QStringLiteral("detailCitizenNone"));
    citizenLayout->addWidget(m_citizenNone);
    m_citizenDetails = new QWidget;
    auto* citizenForm = compactForm();
    citizenForm->setContentsMargins(0, 0, 0, 0);
    m_citizenDetails->setLayout(citizenForm);
    m_citizenName = valueLabel(QStringLiteral("detailCitizenName"));
    QFont nameFont = m_citizenName->font();
    nameFont.setBold(true);
    m_citizenName->setFont(nameFont);
    m_citizenAddress = valueLabel(QStringLiteral("detailCitizenAddress"));
    m_citizenEmail = valueLabel(QStringLiteral("detailCitizenEmail"));
    m_citizenPhone = valueLabel(QStringLiteral("detailCitizenPhone"));
    m_citizenReply = valueLabel(QStringLiteral("detailCitizenReply"));
    m_citizenConsent = valueLabel(QStringLiteral("detailCitizenConsent"));
    citizenForm->addRow(tr("Name"), m_citizenName);
    citizenForm->addRow(tr("Address"), m_citizenAddress);
    citizenForm->addRow(tr("E-mail"), m_citizenEmail);
    citizenForm->addRow(tr("Phone"), m_citizenPhone);
    citizenForm->addRow(tr("Prefers"), m_citizenReply);
    citizenForm->addRow(tr("Consent"), m_citizenConsent);
    quietLabels(citizenForm);
    citizenLayout->addWidget(m_citizenDetails);
    m_followersHeader = sectionHeader(tr("Followers"), QStringLiteral("detailFollowersHeader"));
    m_followersHeader->setToolTip(tr("Citizens of merged duplicates; they receive the replies to this report too."));
    citizenLayout->addWidget(m_followersHeader);
    m_followers = compactTree(QStringLiteral("detailFollowers"), { tr("Name"), tr("Reply by"), tr("Contact") });
    m_followers->setMaximumHeight(110);
    citizenLayout->addWidget(m_followers);
    m_earlierHeader = sectionHeader(tr("Earlier reports"), QStringLiteral("detailEarlierHeader"));
    citizenLayout->addWidget(m_earlierHeader);
    m_earlier
        = compactTree(QStringLiteral("detailEarlier"), { tr("Ref"), tr("Received"), tr("Status"), tr("Category") });
    m_earlier->setToolTip(tr("Enter or double-click opens the report."));
    citizenLayout->addWidget(m_earlier, 1);
    connect(m_earlier, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openReportRequested(item->data(0, kIdRole).toLongLong());
    });
    citizenLayout->addStretch(0);
    m_tabs->addTab(m_citizenPage, tr("Citizen"));

    // History tab.
    m_history = new QTextBrowser;
    m_history->setObjectName(QStringLiteral("detailHistory"));
    m_history->setOpenLinks(false);
    m_history->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_history, tr("History"));

    // Candidates tab.
    m_candidatesPage = new QWidget;
    auto* candidatesLayout = new QVBoxLayout(m_candidatesPage);
    candidatesLayout->setContentsMargins(2, 6, 2, 2);
    candidatesLayout->setSpacing(4);
    m_candidatesHint = valueLabel(QStringLiteral("detailCandidatesHint"));
    candidatesLayout->addWidget(m_candidatesHint);
    m_candidates = compactTree(
        QStringLiteral("detailCandidates"), { tr("Ref"), tr("Distance"), tr("Age"), tr("Status"), tr("Address") });
    m_candidates->setToolTip(
        tr("Enter opens the report; D marks the shown report as a duplicate of the selected one."));
    m_candidates->installEventFilter(this);
    candidatesLayout->addWidget(m_candidates, 1);
    auto* buttons = new QHBoxLayout;
    m_markDuplicate = new QPushButton(tr("&Duplicate of selected"));
    m_markDuplicate->setObjectName(QStringLiteral("detailMarkDuplicate"));
    m_markDuplicate->setToolTip(tr("Mark the shown report as a duplicate of the selected one (D); its citizen will "
                                   "follow that report."));
    m_openCandidate = new QPushButton(tr("&Open"));
    m_openCandidate->setObjectName(QStringLiteral("detailOpenCandidate"));
    buttons->addWidget(m_markDuplicate);
    buttons->addWidget(m_openCandidate);
    buttons->addStretch(1);
    candidatesLayout->addLayout(buttons);
    candidatesLayout->addStretch(0);
    connect(m_markDuplicate, &QPushButton::clicked, this, &DetailPane::markSelectedCandidate);
    connect(m_openCandidate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCandidate())
            Q_EMIT openReportRequested(id);
    });
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openReportRequested(item->data(0, kIdRole).toLongLong());
    });
    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, &DetailPane::updateCandidateButtons);
    m_tabs->addTab(m_candidatesPage, tr("Duplicates"));
}

void DetailPane::showReport(qint64 id)
{
    m_id = id;
    refresh();
}

void DetailPane::onReportsChanged(const QList<qint64>& ids)
{
    if (m_id == 0)
        return;
    const bool concernsUs
        = std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return id == m_id || m_relatedIds.contains(id); });
    if (concernsUs)
        refresh();
}

void DetailPane::refresh()
{
    const std::optional<Report> r = m_id != 0 ? m_store->report(m_id) : std::nullopt;
    if (!r) {
        if (m_id != 0)
            m_placeholder->setText(tr("This report no longer exists."));
        else
            m_placeholder->setText(tr("Select a report in the queue to see its details."));
        m_placeholder->show();
        m_content->hide();
        m_relatedIds.clear();
        return;
    }
    m_placeholder->hide();
    m_content->show();
    m_relatedIds.clear();
    fillHeader(*r);
    fillReport(*r);
    fillCitizen(*r);
    fillHistory(*r);
    fillCandidates(*r);
    fillStreet(*r);
}

void DetailPane::fillHeader(const Report& r)
{
    const ReferenceData& refs = m_store->refs();
    m_ref->setText(r.ref);
    m_status->setText(StatusRules::label(r.status));
    m_status->setStyleSheet(pillStyle(statusColor(r.status)));
    m_priority->setText(Labels::label(r.priority));
    m_priority->setStyleSheet(pillStyle(priorityColor(r.priority)));
    m_priority->setVisible(r.priority != Priority::Normal);
    QStringList parts { refs.categoryName(r.categoryId) };
    if (!r.address.isEmpty())
        parts << displayPlain(r.address);
    m_headline->setText(parts.join(QStringLiteral(" · ")));
}

void DetailPane::fillReport(const Report& r)
{
    const ReferenceData& refs = m_store->refs();
    const qint64 now = m_store->now();
    m_received->setText(now - r.receivedAt < 60
            ? tr("%1 (just now)").arg(dateTimeText(r.receivedAt))
            : tr("%1 (%2 ago)").arg(dateTimeText(r.receivedAt), ageText(now - r.receivedAt)));

    // Overdue in red; three times the allowed time is called out as well.
    const bool open = StatusRules::isOpen(r.status);
    QString due = r.dueAt > 0 ? dateTimeText(r.dueAt) : tr("no due date");
    QString dueStyle;
    if (open && r.dueAt > 0 && now > r.dueAt) {
        due = tr("%1 — overdue by %2").arg(due, ageText(now - r.dueAt));
        const qint64 allowed = r.dueAt - r.receivedAt;
        if (allowed > 0 && now - r.receivedAt >= 3 * allowed)
            due += tr(" (more than 3× the allowed time)");
        dueStyle = QStringLiteral("color: #c62828; font-weight: 600;");
    } else if (!open && r.resolvedAt > 0) {
        due = tr("%1 — resolved %2").arg(due, dateTimeText(r.resolvedAt));
    }
    m_due->setText(due);
    m_due->setStyleSheet(dueStyle);

    m_category->setText(refs.categoryName(r.categoryId));
    const Category* category = refs.category(r.categoryId);
    const int suggested = category ? category->departmentId : 0;
    m_suggested->setText(suggested ? refs.departmentName(suggested) : tr("none"));
    if (r.departmentId == 0) {
        m_department->setText(tr("not routed yet"));
        m_department->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    } else if (r.departmentId == suggested) {
        m_department->setText(tr("%1 (as suggested)").arg(refs.departmentName(r.departmentId)));
        m_department->setStyleSheet(QString());
    } else {
        m_department->setText(refs.departmentName(r.departmentId));
        m_department->setStyleSheet(QStringLiteral("font-weight: 600;"));
    }
    m_assignee->setText(r.assignee.isEmpty() ? tr("nobody") : displayPlain(r.assignee));
    m_channel->setText(Labels::label(r.channel));
    m_reply->setText(r.citizenId ? Labels::label(r.replyChannel) : tr("no reply (anonymous)"));
    m_address->setText(r.address.isEmpty() ? tr("no address") : displayPlain(r.address));
    const QString district = refs.districtName(r.districtId);
    m_district->setText(district.isEmpty() ? tr("unknown") : district);
    m_coordinates->setText(r.hasLocation
            ? QStringLiteral("%1, %2").arg(QLocale::c().toString(r.lat, 'f', 6), QLocale::c().toString(r.lon, 'f', 6))
            : tr("no location"));
    const bool duplicate = r.duplicateOf != 0;
    m_duplicateOf->setVisible(duplicate);
    m_duplicateOfLabel->setVisible(duplicate);
    if (duplicate) {
        const std::optional<Report> original = m_store->report(r.duplicateOf);
        const QString ref = original ? original->ref : QString::number(r.duplicateOf);
        m_duplicateOf->setText(
            QStringLiteral("<a href=\"report:%1\">%2</a>").arg(r.duplicateOf).arg(ref.toHtmlEscaped()));
        m_relatedIds << r.duplicateOf;
    }
    if (r.description.isEmpty()) {
        m_description->setPlainText(tr("(no description)"));
        m_description->setEnabled(false);
    } else {
        m_description->setPlainText(displayPlain(r.description, true));
        m_description->setEnabled(true);
    }
}

void DetailPane::fillCitizen(const Report& r)
{
    const std::optional<Citizen> c = r.citizenId ? m_store->citizen(r.citizenId) : std::nullopt;
    const bool known = c && !c->anonymized;
    m_citizenNone->setVisible(!known);
    m_citizenDetails->setVisible(known);
    if (!c) {
        m_citizenNone->setText(tr("Anonymous — no citizen to answer."));
    } else if (c->anonymized) {
        m_citizenNone->setText(tr("The citizen's data has been anonymized."));
    } else {
        QString address = c->address;
        const QString place = QStringList { c->postcode, c->municipality }.join(QLatin1Char(' ')).trimmed();
        if (!place.isEmpty() && !address.contains(place))
            address = QStringList { address, place }.join(QStringLiteral(", "));
        const auto orDash
            = [](const QString& s) { return s.trimmed().isEmpty() ? QStringLiteral("—") : displayPlain(s); };
        m_citizenName->setText(orDash(c->name));
        m_citizenAddress->setText(orDash(address));
        m_citizenEmail->setText(orDash(c->email));
        m_citizenPhone->setText(orDash(c->phone));
        m_citizenReply->setText(Labels::label(c->replyChannel));
        m_citizenConsent->setText(c->consent ? tr("yes") : tr("not recorded"));
    }

    m_followers->clear();
    const QList<Citizen> followers = m_store->followers(r.id);
    for (const Citizen& f : followers) {
        auto* item = new QTreeWidgetItem(m_followers);
        item->setText(0, f.anonymized ? tr("(anonymized)") : displayPlain(f.name));
        item->setText(1, Labels::label(f.replyChannel));
        item->setText(2, displayPlain(f.email.isEmpty() ? f.phone : f.email));
    }
    m_followersHeader->setText(tr("Followers (%1)").arg(followers.size()));
    m_followersHeader->setVisible(!followers.isEmpty());
    m_followers->setVisible(!followers.isEmpty());

    m_earlier->clear();
    const ReferenceData& refs = m_store->refs();
    const QList<QueueRow> earlier = c ? m_store->reportsOfCitizen(c->id, r.id) : QList<QueueRow>();
    for (const QueueRow& row : earlier) {
        auto* item = new QTreeWidgetItem(m_earlier);
        item->setData(0, kIdRole, row.id);
        item->setText(0, row.ref);
        item->setText(1, dateText(row.receivedAt));
        item->setText(2, StatusRules::label(row.status));
        item->setText(3, refs.categoryName(row.categoryId));
        item->setToolTip(3, displayPlain(row.address));
        m_relatedIds << row.id;
    }
    m_earlierHeader->setText(
        earlier.isEmpty() ? tr("No earlier reports") : tr("Earlier reports (%1)").arg(earlier.size()));
    m_earlierHeader->setVisible(known);
    m_earlier->setVisible(!earlier.isEmpty());
    const int tab = m_tabs->indexOf(m_citizenPage);
    m_tabs->setTabText(tab, earlier.isEmpty() ? tr("Citizen") : tr("Citizen (%1)").arg(earlier.size()));
    m_tabs->setTabToolTip(
        tab, known ? tr("%n earlier report(s) of this citizen", nullptr, int(earlier.size())) : QString());
}

QString DetailPane::describeEvent(const ReportEvent& e) const
{
    const ReferenceData& refs = m_store->refs();
    const QJsonObject& p = e.payload;
    const auto esc = [](const QString& s) { return displayPlain(s, true).toHtmlEscaped(); };
    const auto department = [&](const QJsonValue& v) {
        const int id = v.toInt();
        return id ? refs.departmentName(id).toHtmlEscaped() : tr("no department");
    };
    const auto category = [&](const QJsonValue& v) { return refs.categoryName(v.toInt()).toHtmlEscaped(); };
    const auto status = [](const QJsonValue& v) {
        Status s;
        return StatusRules::fromKey(v.toString(), &s) ? StatusRules::label(s).toHtmlEscaped()
                                                      : v.toString().toHtmlEscaped();
    };
    const auto priority
        = [](const QJsonValue& v) { return Labels::label(Priority(std::clamp(v.toInt(), 0, 3))).toHtmlEscaped(); };
    const auto person = [&](const QJsonValue& v) { return v.toString().isEmpty() ? tr("nobody") : esc(v.toString()); };
    const auto refOf = [&](const QJsonValue& refValue, const QJsonValue& idValue) {
        QString ref = refValue.toString();
        const qint64 id = idValue.toVariant().toLongLong();
        if (ref.isEmpty() && id) {
            const std::optional<Report> other = m_store->report(id);
            ref = other ? other->ref : QString::number(id);
        }
        return ref.toHtmlEscaped();
    };
    const auto fromTo = [&](const QJsonObject& o, auto name) {
        return tr("%1 → %2").arg(name(o.value(QStringLiteral("from"))), name(o.value(QStringLiteral("to"))));
    };

    if (e.kind == QLatin1String("created")) {
        Channel ch;
        const QString via
            = Labels::fromKey(p.value(QStringLiteral("channel")).toString(), &ch) ? Labels::label(ch) : QString();
        return via.isEmpty() ? tr("Report received") : tr("Report received via %1").arg(via.toHtmlEscaped());
    }
    if (e.kind == QLatin1String("routed")) {
        const int to = p.value(QStringLiteral("to")).toInt();
        const int was = p.value(QStringLiteral("from")).toInt();
        if (to == 0)
            return tr("Department removed (was %1)").arg(department(was));
        if (was == 0)
            return tr("Routed to <b>%1</b>").arg(department(to));
        return tr("Routed from %1 to <b>%2</b>").arg(department(was), department(to));
    }
    if (e.kind == QLatin1String("category"))
        return tr("Category changed: %1").arg(fromTo(p, category));
    if (e.kind == QLatin1String("status"))
        return tr("Status: %1").arg(fromTo(p, status));
    if (e.kind == QLatin1String("priority"))
        return tr("Priority: %1").arg(fromTo(p, priority));
    if (e.kind == QLatin1String("assignee"))
        return tr("Assignee: %1").arg(fromTo(p, person));
    if (e.kind == QLatin1String("note"))
        return tr("Note: %1")
            .arg(esc(p.value(QStringLiteral("text")).toString()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (e.kind == QLatin1String("note_retracted"))
        return tr("Note retracted");
    if (e.kind == QLatin1String("merged"))
        return tr("Marked as duplicate of <b>%1</b>")
            .arg(refOf(p.value(QStringLiteral("into")), p.value(QStringLiteral("into_id"))));
    if (e.kind == QLatin1String("merged_in")) {
        const QString text = tr("%1 merged into this report as a duplicate")
                                 .arg(refOf(p.value(QStringLiteral("from")), p.value(QStringLiteral("from_id"))));
        return p.value(QStringLiteral("citizen_id")).toVariant().toLongLong() != 0
            ? tr("%1; its citizen now follows this report").arg(text)
            : text;
    }
    if (e.kind == QLatin1String("unmerged"))
        return tr("Duplicate %1 split off again").arg(refOf(QJsonValue(), p.value(QStringLiteral("from_id"))));
    if (e.kind == QLatin1String("reverted")) {
        QStringList parts;
        if (p.contains(QStringLiteral("unmerged_from_id")))
            parts << tr("no longer a duplicate of %1")
                         .arg(refOf(QJsonValue(), p.value(QStringLiteral("unmerged_from_id"))));
        if (p.contains(QStringLiteral("status")))
            parts << tr("status %1").arg(fromTo(p.value(QStringLiteral("status")).toObject(), status));
        if (p.contains(QStringLiteral("department_id")))
            parts << tr("department %1").arg(fromTo(p.value(QStringLiteral("department_id")).toObject(), department));
        if (p.contains(QStringLiteral("category_id")))
            parts << tr("category %1").arg(fromTo(p.value(QStringLiteral("category_id")).toObject(), category));
        if (p.contains(QStringLiteral("priority")))
            parts << tr("priority %1").arg(fromTo(p.value(QStringLiteral("priority")).toObject(), priority));
        if (p.contains(QStringLiteral("assignee")))
            parts << tr("assignee %1").arg(fromTo(p.value(QStringLiteral("assignee")).toObject(), person));
        return parts.isEmpty() ? tr("Change undone") : tr("Undone: %1").arg(parts.join(QStringLiteral("; ")));
    }
    // A kind added later by another part of the program: say what we know rather than nothing.
    return esc(e.kind);
}

void DetailPane::fillHistory(const Report& r)
{
    const QList<ReportEvent> events = m_store->history(r.id);
    QSet<qint64> retracted;
    for (const ReportEvent& e : events) {
        if (e.kind == QLatin1String("note_retracted"))
            retracted.insert(e.payload.value(QStringLiteral("event_id")).toVariant().toLongLong());
    }
    QString html;
    // Newest first: the coordinator looks for what happened last.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const ReportEvent& e = *it;
        QString text = describeEvent(e);
        if (e.kind == QLatin1String("note") && retracted.contains(e.id))
            text = QStringLiteral("<s>%1</s> <i>%2</i>").arg(text, tr("(retracted)"));
        html += QStringLiteral(
            "<p style=\"margin:0 0 7px 0\"><span style=\"color:#757575; font-size:small\">%1 · %2</span><br>%3</p>")
                    .arg(dateTimeText(e.at).toHtmlEscaped(), displayPlain(e.actor).toHtmlEscaped(), text);
    }
    if (events.isEmpty())
        html = QStringLiteral("<p style=\"color:#757575\">%1</p>").arg(tr("No history.").toHtmlEscaped());
    m_history->setHtml(html);
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History (%1)").arg(events.size()));
}

void DetailPane::fillCandidates(const Report& r)
{
    const qint64 previous = selectedCandidate();
    m_candidates->clear();
    const int tab = m_tabs->indexOf(m_candidatesPage);
    if (!r.hasLocation) {
        m_map->showReport(r.id);
        m_candidatesHint->setText(tr("This report has no location, so nearby reports cannot be looked up."));
        m_candidates->hide();
        m_tabs->setTabText(tab, tr("Duplicates"));
        m_tabs->tabBar()->setTabTextColor(tab, QColor());
        updateCandidateButtons();
        return;
    }
    const QList<NearbyReport> nearby = m_store->duplicateCandidates(r.id, 50, 12);
    const qint64 now = m_store->now();
    for (const NearbyReport& n : nearby) {
        auto* item = new QTreeWidgetItem(m_candidates);
        item->setData(0, kIdRole, n.row.id);
        item->setText(0, n.row.ref);
        item->setText(1, tr("%1 m").arg(qRound(n.distanceMeters)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, ageText(now - n.row.receivedAt));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, StatusRules::label(n.row.status));
        item->setText(4, displayPlain(n.row.address));
        item->setToolTip(4, displayPlain(n.row.address));
        item->setToolTip(0, tr("Received %1").arg(dateTimeText(n.row.receivedAt)));
        if (!StatusRules::isOpen(n.row.status))
            for (int col = 0; col < item->columnCount(); ++col)
                item->setForeground(col, palette().brush(QPalette::Disabled, QPalette::Text));
        if (n.row.id == previous)
            item->setSelected(true);
        m_relatedIds << n.row.id;
    }
    // The nearest open report is the likeliest original; closed ones are listed for context.
    const auto firstOpen = std::find_if(
        nearby.cbegin(), nearby.cend(), [](const NearbyReport& n) { return StatusRules::isOpen(n.row.status); });
    if (m_candidates->selectedItems().isEmpty() && m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(
            m_candidates->topLevelItem(firstOpen != nearby.cend() ? int(firstOpen - nearby.cbegin()) : 0));
    QList<qint64> candidateIds;
    candidateIds.reserve(nearby.size());
    for (const NearbyReport& n : nearby)
        candidateIds << n.row.id;
    m_map->showReport(r.id, candidateIds);
    m_candidates->setVisible(!nearby.isEmpty());
    m_candidatesHint->setText(nearby.isEmpty()
            ? tr("No report of the same category within 50 m in the 12 weeks around this one.")
            : tr("Reports of the same category within 50 m, received in the 12 weeks around this one."));
    m_tabs->setTabText(tab, nearby.isEmpty() ? tr("Duplicates") : tr("Duplicates? (%1)").arg(nearby.size()));
    // A possible duplicate is worth noticing before routing.
    m_tabs->tabBar()->setTabTextColor(tab, firstOpen == nearby.cend() ? QColor() : QColor(QStringLiteral("#c62828")));
    updateCandidateButtons();
}

void DetailPane::fillStreet(const Report& r)
{
    const qint64 previous = m_street->currentItem() ? m_street->currentItem()->data(0, kIdRole).toLongLong() : 0;
    m_street->clear();
    m_streetHeader->setToolTip(QString());
    const StreetReportList list = StreetReports::recent(m_store->database(), r.id, m_store->now());
    const int weeks = StreetReports::kDefaultWeeks;
    if (list.street.isEmpty()) {
        m_streetHeader->setText(tr("Recent reports in this street"));
        m_streetNone->setText(tr("This report has no street from the address register, so its street cannot be "
                                 "looked up."));
        m_streetNone->show();
        m_street->hide();
        return;
    }
    const QString street = displayPlain(list.street);
    if (list.total == 0) {
        m_streetHeader->setText(tr("Recent reports in %1").arg(street));
        m_streetNone->setText(tr("No other report in %1 in the last %n week(s).", nullptr, weeks).arg(street));
        m_streetNone->show();
        m_street->hide();
        return;
    }
    m_streetHeader->setText(list.total > list.rows.size()
            ? tr("Recent reports in %1 (%2 of %3)")
                  .arg(street, QString::number(list.rows.size()), QString::number(list.total))
            : tr("Recent reports in %1 (%2)").arg(street, QString::number(list.total)));
    m_streetHeader->setToolTip(list.total > list.rows.size()
            ? tr("The newest %1 of the %2 other reports in this street of the last %n week(s).", nullptr, weeks)
                  .arg(list.rows.size())
                  .arg(list.total)
            : tr("The other reports in this street of the last %n week(s).", nullptr, weeks));
    m_streetNone->hide();
    m_street->show();
    const ReferenceData& refs = m_store->refs();
    for (const StreetReport& s : list.rows) {
        auto* item = new QTreeWidgetItem(m_street);
        item->setData(0, kIdRole, s.id);
        item->setText(0, s.ref);
        item->setText(1, dateText(s.receivedAt));
        item->setText(2, StatusRules::label(s.status));
        item->setText(3, refs.categoryName(s.categoryId));
        const QString address = s.address.isEmpty() ? tr("no address") : displayPlain(s.address);
        for (int col = 0; col < item->columnCount(); ++col)
            item->setToolTip(col, tr("%1 · received %2 · %3").arg(s.ref, dateTimeText(s.receivedAt), address));
        if (!StatusRules::isOpen(s.status))
            for (int col = 0; col < item->columnCount(); ++col)
                item->setForeground(col, palette().brush(QPalette::Disabled, QPalette::Text));
        if (s.id == previous)
            m_street->setCurrentItem(item);
        m_relatedIds << s.id;
    }
    m_street->setToolTip(tr("Enter or double-click opens the report."));
}

qint64 DetailPane::selectedCandidate() const
{
    const QList<QTreeWidgetItem*> selected = m_candidates->selectedItems();
    if (!selected.isEmpty())
        return selected.first()->data(0, kIdRole).toLongLong();
    if (QTreeWidgetItem* current = m_candidates->currentItem())
        return current->data(0, kIdRole).toLongLong();
    return 0;
}

void DetailPane::updateCandidateButtons()
{
    const bool any = !m_candidates->isHidden() && m_candidates->topLevelItemCount() > 0 && selectedCandidate() != 0;
    m_markDuplicate->setEnabled(any);
    m_openCandidate->setEnabled(any);
    m_markDuplicate->setVisible(m_candidates->topLevelItemCount() > 0);
    m_openCandidate->setVisible(m_candidates->topLevelItemCount() > 0);
}

void DetailPane::markSelectedCandidate()
{
    const qint64 original = selectedCandidate();
    if (m_id != 0 && original != 0)
        Q_EMIT markDuplicateRequested(m_id, original);
}

bool DetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_candidates && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_D && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            // Claimed before the window's own shortcuts: in this list, D means "duplicate of this one".
            event->accept();
            if (event->type() == QEvent::KeyPress)
                markSelectedCandidate();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace meldpunt
