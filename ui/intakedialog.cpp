// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakedialog.h"

#include "addresscompleter.h"
#include "commands/reportcommands.h"
#include "detailpane.h"
#include "domain/calendar.h"
#include "mapdetail.h"
#include "mapwidget.h"
#include "store/reportstore.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

enum CitizenPage { AnonymousPage = 0, LookupPage = 1, NewPage = 2 };

QLabel* infoLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

void setInfo(QLabel* label, const QString& text, const char* color)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
}

constexpr const char* kMuted = "palette(mid)";
constexpr const char* kGood = "#2e7d32";
constexpr const char* kWarn = "#b26a00";
constexpr const char* kBad = "#c62828";
constexpr int kCitizenIdRole = Qt::UserRole + 1;

} // namespace

IntakeDialog::IntakeDialog(ReportStore* store, ReportCommands* commands, QWidget* parent)
    : QDialog(parent), m_store(store), m_commands(commands)
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("New report (phone or counter)"));
    buildUi();
    onCitizenModeChanged();
    updateCategoryInfo();
    onAddressEdited();
    updateReplyChannelHint();
    m_addressEdit->setFocus();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // The report.
    auto* reportBox = new QGroupBox(tr("Report"));
    auto* form = new QFormLayout(reportBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);

    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("intakeChannel"));
    m_channel->addItem(Labels::label(Channel::Phone), int(Channel::Phone));
    m_channel->addItem(Labels::label(Channel::Counter), int(Channel::Counter));
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("intakePriority"));
    for (Priority p : Labels::priorities())
        m_priority->addItem(Labels::label(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(Priority::Normal)));
    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel);
    auto* priorityLabel = new QLabel(tr("&Priority"));
    priorityLabel->setBuddy(m_priority);
    channelRow->addSpacing(12);
    channelRow->addWidget(priorityLabel);
    channelRow->addWidget(m_priority);
    channelRow->addStretch(1);
    auto* channelLabel = new QLabel(tr("&Channel"));
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, channelRow);

    m_addressEdit = new QLineEdit;
    m_addressEdit->setObjectName(QStringLiteral("intakeAddress"));
    m_addressEdit->setPlaceholderText(tr("Street and number, e.g. Kerkstraat 12"));
    m_addressEdit->setClearButtonEnabled(true);
    m_addressCompleter = new AddressCompleter(m_store, m_addressEdit, this);
    m_addressInfo = infoLabel(QStringLiteral("intakeAddressInfo"));
    // Or the other way round: a click on the map where the caller says it is names the nearest address.
    m_map = new MapDetailWidget(m_store->database(), m_store->refs());
    m_map->setObjectName(QStringLiteral("intakeMap"));
    m_map->setPickable(true);
    m_map->setFixedHeight(190);
    m_map->setToolTip(tr("Click where the problem is: the point becomes the report's location and the nearest "
                         "address fills in."));
    // Keyboard users go from the address to the category; the map is for the mouse.
    m_map->canvas()->setFocusPolicy(Qt::ClickFocus);
    connect(m_map, &MapDetailWidget::locationPicked, this, &IntakeDialog::onMapPicked);
    connect(m_map->canvas(), &MapWidget::cityChanged, this, [this] {
        if (m_pickPending)
            resolvePickedLocation();
    });
    auto* addressColumn = new QVBoxLayout;
    addressColumn->setSpacing(1);
    addressColumn->addWidget(m_addressEdit);
    addressColumn->addWidget(m_addressInfo);
    addressColumn->addSpacing(3);
    addressColumn->addWidget(m_map);
    auto* addressLabel = new QLabel(tr("&Address"));
    addressLabel->setBuddy(m_addressEdit);
    form->addRow(addressLabel, addressColumn);
    connect(m_addressCompleter, &AddressCompleter::addressPicked, this, &IntakeDialog::onAddressPicked);
    connect(m_addressCompleter, &LookupCompleter::edited, this, &IntakeDialog::onAddressEdited);

    m_categoryEdit = new QLineEdit;
    m_categoryEdit->setObjectName(QStringLiteral("intakeCategory"));
    m_categoryEdit->setPlaceholderText(tr("Type part of the name, e.g. zwerfvuil; ↓ lists all"));
    m_categoryEdit->setClearButtonEnabled(true);
    m_categoryCompleter = new CategoryCompleter(m_store, m_categoryEdit, this);
    m_categoryInfo = infoLabel(QStringLiteral("intakeCategoryInfo"));
    auto* categoryColumn = new QVBoxLayout;
    categoryColumn->setSpacing(1);
    categoryColumn->addWidget(m_categoryEdit);
    categoryColumn->addWidget(m_categoryInfo);
    auto* categoryLabel = new QLabel(tr("Ca&tegory"));
    categoryLabel->setBuddy(m_categoryEdit);
    form->addRow(categoryLabel, categoryColumn);
    connect(m_categoryCompleter, &CategoryCompleter::categoryPicked, this, &IntakeDialog::onCategoryPicked);
    connect(m_categoryCompleter, &LookupCompleter::edited, this, &IntakeDialog::onCategoryEdited);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("intakeDescription"));
    m_description->setPlaceholderText(tr("What is wrong, where exactly, since when"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);
    auto* descriptionLabel = new QLabel(tr("&Description"));
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    layout->addWidget(reportBox, 1);

    // The citizen.
    auto* citizenBox = new QGroupBox(tr("Citizen"));
    auto* citizenLayout = new QVBoxLayout(citizenBox);
    citizenLayout->setSpacing(4);
    auto* modeRow = new QHBoxLayout;
    m_citizenExisting = new QRadioButton(tr("&Look up"));
    m_citizenExisting->setObjectName(QStringLiteral("intakeCitizenLookup"));
    m_citizenNew = new QRadioButton(tr("&New citizen"));
    m_citizenNew->setObjectName(QStringLiteral("intakeCitizenNew"));
    m_citizenAnonymous = new QRadioButton(tr("An&onymous"));
    m_citizenAnonymous->setObjectName(QStringLiteral("intakeCitizenAnonymous"));
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_citizenExisting, LookupPage);
    modeGroup->addButton(m_citizenNew, NewPage);
    modeGroup->addButton(m_citizenAnonymous, AnonymousPage);
    m_citizenExisting->setChecked(true);
    modeRow->addWidget(m_citizenExisting);
    modeRow->addWidget(m_citizenNew);
    modeRow->addWidget(m_citizenAnonymous);
    modeRow->addStretch(1);
    citizenLayout->addLayout(modeRow);
    connect(modeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onCitizenModeChanged();
    });

    m_citizenStack = new QStackedWidget;
    auto* anonymousPage = new QLabel(tr("The report is registered without a citizen; nobody receives a reply."));
    anonymousPage->setWordWrap(true);
    anonymousPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    anonymousPage->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_citizenStack->addWidget(anonymousPage);

    auto* lookupPage = new QWidget;
    auto* lookupLayout = new QVBoxLayout(lookupPage);
    lookupLayout->setContentsMargins(0, 0, 0, 0);
    lookupLayout->setSpacing(3);
    m_citizenSearch = new QLineEdit;
    m_citizenSearch->setObjectName(QStringLiteral("intakeCitizenSearch"));
    m_citizenSearch->setPlaceholderText(tr("Name, e-mail or phone number"));
    m_citizenSearch->setClearButtonEnabled(true);
    m_citizenSearch->installEventFilter(this);
    m_citizenResults = new QListWidget;
    m_citizenResults->setObjectName(QStringLiteral("intakeCitizenResults"));
    m_citizenResults->setUniformItemSizes(true);
    m_citizenResults->setMinimumHeight(90);
    m_citizenResults->setMaximumHeight(140);
    m_citizenPicked = infoLabel(QStringLiteral("intakeCitizenPicked"));
    lookupLayout->addWidget(m_citizenSearch);
    lookupLayout->addWidget(m_citizenResults, 1);
    lookupLayout->addWidget(m_citizenPicked);
    m_citizenStack->addWidget(lookupPage);
    m_citizenSearchTimer = new QTimer(this);
    m_citizenSearchTimer->setSingleShot(true);
    // One query per pause in typing, not per key.
    m_citizenSearchTimer->setInterval(150);
    connect(m_citizenSearchTimer, &QTimer::timeout, this, &IntakeDialog::runCitizenSearch);
    connect(m_citizenSearch, &QLineEdit::textEdited, this, &IntakeDialog::onCitizenSearchEdited);
    connect(m_citizenResults, &QListWidget::itemActivated, this, &IntakeDialog::onCitizenPicked);

    auto* newPage = new QWidget;
    auto* newForm = new QFormLayout(newPage);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->setVerticalSpacing(4);
    newForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_citizenName = new QLineEdit;
    m_citizenName->setObjectName(QStringLiteral("intakeCitizenName"));
    m_citizenAddress = new QLineEdit;
    m_citizenAddress->setObjectName(QStringLiteral("intakeCitizenAddress"));
    m_citizenAddress->setPlaceholderText(tr("Postal address, needed for letters"));
    auto* useReportAddress = new QPushButton(tr("Same as report"));
    useReportAddress->setObjectName(QStringLiteral("intakeCitizenUseReportAddress"));
    useReportAddress->setAutoDefault(false);
    useReportAddress->setToolTip(tr("Use the address picked above as the citizen's postal address."));
    connect(useReportAddress, &QPushButton::clicked, this, [this] {
        if (m_address)
            m_citizenAddress->setText(m_address->display());
        else
            m_citizenAddress->setText(m_addressEdit->text().trimmed());
        updateReplyChannelHint();
    });
    auto* citizenAddressRow = new QHBoxLayout;
    citizenAddressRow->addWidget(m_citizenAddress, 1);
    citizenAddressRow->addWidget(useReportAddress);
    m_citizenEmail = new QLineEdit;
    m_citizenEmail->setObjectName(QStringLiteral("intakeCitizenEmail"));
    m_citizenPhone = new QLineEdit;
    m_citizenPhone->setObjectName(QStringLiteral("intakeCitizenPhone"));
    m_consent = new QCheckBox(tr("Agrees that we store these details to handle the report"));
    m_consent->setObjectName(QStringLiteral("intakeConsent"));
    newForm->addRow(tr("Na&me"), m_citizenName);
    auto* citizenAddressLabel = new QLabel(tr("Add&ress"));
    citizenAddressLabel->setBuddy(m_citizenAddress);
    newForm->addRow(citizenAddressLabel, citizenAddressRow);
    newForm->addRow(tr("&E-mail"), m_citizenEmail);
    newForm->addRow(tr("P&hone"), m_citizenPhone);
    newForm->addRow(QString(), m_consent);
    for (QLineEdit* edit : { m_citizenName, m_citizenAddress, m_citizenEmail, m_citizenPhone })
        connect(edit, &QLineEdit::textEdited, this, &IntakeDialog::updateReplyChannelHint);
    m_citizenStack->addWidget(newPage);
    citizenLayout->addWidget(m_citizenStack, 1);

    auto* replyRow = new QHBoxLayout;
    m_replyChannel = new QComboBox;
    m_replyChannel->setObjectName(QStringLiteral("intakeReplyChannel"));
    for (ReplyChannel c : Labels::replyChannels())
        m_replyChannel->addItem(Labels::label(c), int(c));
    m_replyChannel->setCurrentIndex(m_replyChannel->findData(int(ReplyChannel::Email)));
    auto* replyLabel = new QLabel(tr("Reply &by"));
    replyLabel->setBuddy(m_replyChannel);
    m_replyHint = infoLabel(QStringLiteral("intakeReplyHint"));
    replyRow->addWidget(replyLabel);
    replyRow->addWidget(m_replyChannel);
    replyRow->addWidget(m_replyHint, 1);
    citizenLayout->addLayout(replyRow);
    connect(m_replyChannel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingReplyChannel)
            return;
        m_replyChosen = true;
        updateReplyChannelHint();
    });
    layout->addWidget(citizenBox);

    // The outcome.
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("intakeError"));
    // Store messages may quote what the user typed; never interpret it.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; background: #fdecea; border: 1px solid #f5c2c0; "
                                          "border-radius: 4px; padding: 4px 6px; }")
                               .arg(QLatin1String(kBad)));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save report"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("intakeSave"));
    m_save->setToolTip(tr("Save the report (Ctrl+Enter)"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("intakeCancel"));
    // Enter belongs to the lookups (it picks the best match); saving is Ctrl+Enter or the button.
    for (QPushButton* b : { m_save, cancel }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto* hint = infoLabel(QString());
    setInfo(hint, tr("Ctrl+Enter saves"), kMuted);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);
    connect(m_save, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence& key :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &IntakeDialog::save);
    }

    setTabOrder(m_addressEdit, m_categoryEdit);
    setTabOrder(m_categoryEdit, m_description);
    setTabOrder(m_description, m_channel);
    setTabOrder(m_channel, m_priority);
    setTabOrder(m_priority, m_citizenExisting);
    setTabOrder(m_citizenExisting, m_citizenNew);
    setTabOrder(m_citizenNew, m_citizenAnonymous);
    setTabOrder(m_citizenAnonymous, m_citizenSearch);
    setTabOrder(m_citizenSearch, m_citizenResults);
    setTabOrder(m_citizenResults, m_citizenName);
    setTabOrder(m_citizenName, m_citizenAddress);
    setTabOrder(m_citizenAddress, useReportAddress);
    setTabOrder(useReportAddress, m_citizenEmail);
    setTabOrder(m_citizenEmail, m_citizenPhone);
    setTabOrder(m_citizenPhone, m_consent);
    setTabOrder(m_consent, m_replyChannel);
    setTabOrder(m_replyChannel, m_save);
    setTabOrder(m_save, cancel);

    setSizeGripEnabled(true);
    resize(720, 820);
}

void IntakeDialog::onAddressPicked(const AddressHit& hit)
{
    m_address = hit;
    // The register's point is the location now; the map shows it.
    m_picked.reset();
    m_pickPending = false;
    m_map->showLocation(hit.lat, hit.lon);
    const QString district = m_store->refs().districtName(hit.districtId);
    setInfo(m_addressInfo,
        tr("✓ %1 %2 · district %3 · %4, %5")
            .arg(hit.postcode,
                hit.municipality,
                district.isEmpty() ? tr("unknown") : district,
                QLocale::c().toString(hit.lat, 'f', 6),
                QLocale::c().toString(hit.lon, 'f', 6)),
        kGood);
    clearInvalid(m_addressEdit);
}

void IntakeDialog::onAddressEdited()
{
    m_address.reset();
    if (m_picked) {
        setInfo(m_addressInfo,
            tr("The point clicked on the map stays the location; the address is saved as typed."),
            kWarn);
        return;
    }
    if (m_addressEdit->text().trimmed().isEmpty())
        setInfo(m_addressInfo,
            tr("Pick a line from the list to get the coordinate and district, or click the map."),
            kMuted);
    else
        setInfo(m_addressInfo,
            tr("Not picked from the address register: it will be saved as text, without a location."),
            kWarn);
}

void IntakeDialog::onMapPicked(double lat, double lon)
{
    m_picked = Point { lat, lon };
    clearInvalid(m_addressEdit);
    resolvePickedLocation();
}

void IntakeDialog::resolvePickedLocation()
{
    if (!m_picked)
        return;
    const double lat = m_picked->lat;
    const double lon = m_picked->lon;
    // The register is built on a worker thread with the map; a click before that waits for it.
    if (!m_map->canvas()->city()) {
        m_pickPending = true;
        setInfo(m_addressInfo, tr("Looking up the nearest address…"), kMuted);
        return;
    }
    m_pickPending = false;
    const QString where = QStringLiteral("%1, %2").arg(
        QLocale::c().toString(lat, 'f', 6), QLocale::c().toString(lon, 'f', 6));
    const std::optional<AddressHit> hit = m_map->nearestAddress(lat, lon);
    if (!hit) {
        // Far from every address: most likely outside the city. The point is kept, no address is made up.
        m_address.reset();
        setInfo(m_addressInfo,
            tr("No address found within 250 m of this point (%1); it may lie outside the city. The report "
               "keeps the point as its location; type an address if there is one.")
                .arg(where),
            kWarn);
        return;
    }
    m_address = hit;
    m_addressEdit->setText(QStringLiteral("%1 %2").arg(hit->street, hit->houseNumber).trimmed());
    const QString district = m_store->refs().districtName(m_store->refs().districtAt(lat, lon));
    setInfo(m_addressInfo,
        tr("✓ Point on the map, %1 m from %2 · district %3 · %4")
            .arg(QString::number(qRound(distanceMeters(lat, lon, hit->lat, hit->lon))),
                hit->display(),
                district.isEmpty() ? tr("unknown") : district,
                where),
        kGood);
}

void IntakeDialog::onCategoryPicked(int categoryId)
{
    m_categoryId = categoryId;
    clearInvalid(m_categoryEdit);
    updateCategoryInfo();
}

void IntakeDialog::onCategoryEdited()
{
    m_categoryId = 0;
    updateCategoryInfo();
}

void IntakeDialog::updateCategoryInfo()
{
    const ReferenceData& refs = m_store->refs();
    const Category* c = refs.category(m_categoryId);
    if (!c) {
        setInfo(m_categoryInfo, tr("Only subcategories (main › sub) can be chosen."), kMuted);
        return;
    }
    const QDateTime received = QDateTime::fromSecsSinceEpoch(m_store->now(), Qt::UTC);
    const QDateTime due = WorkCalendar::dueAt(received, c->slaDays).toTimeZone(WorkCalendar::cityTimeZone());
    const QString department = refs.departmentName(c->departmentId);
    setInfo(m_categoryInfo,
        tr("Suggested department: %1 · due %2 (%n working day(s))", nullptr, c->slaDays)
            .arg(department.isEmpty() ? tr("none") : department,
                QLocale().toString(due.date(), QStringLiteral("ddd d MMM yyyy"))),
        kGood);
}

void IntakeDialog::onCitizenModeChanged()
{
    const int page = m_citizenNew->isChecked() ? NewPage : m_citizenExisting->isChecked() ? LookupPage : AnonymousPage;
    m_citizenStack->setCurrentIndex(page);
    // The stack takes the height of the page shown, not of its tallest page, so no gap opens.
    for (int i = 0; i < m_citizenStack->count(); ++i) {
        const QSizePolicy::Policy vertical = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_citizenStack->widget(i)->setSizePolicy(QSizePolicy::Preferred, vertical);
    }
    m_citizenStack->updateGeometry();
    m_replyChannel->setEnabled(page != AnonymousPage);
    // A name typed into the search box is usually the name of the new citizen.
    if (page == NewPage && m_citizenName->text().isEmpty()) {
        const QString typed = m_citizenSearch->text().trimmed();
        if (!typed.isEmpty() && !typed.contains(QLatin1Char('@'))
            && !typed.contains(QRegularExpression(QStringLiteral("^[+0-9 /.-]+$"))))
            m_citizenName->setText(typed);
        else if (typed.contains(QLatin1Char('@')))
            m_citizenEmail->setText(typed);
        else if (!typed.isEmpty())
            m_citizenPhone->setText(typed);
    }
    if (page == LookupPage) {
        if (m_existingCitizenId == 0)
            setInfo(m_citizenPicked, tr("Nobody picked yet: type, then Enter or double-click a line."), kMuted);
    }
    updateReplyChannelHint();
}

void IntakeDialog::onCitizenSearchEdited()
{
    m_citizenSearchTimer->start();
}

void IntakeDialog::runCitizenSearch()
{
    m_citizenSearchTimer->stop();
    m_citizenResults->clear();
    const QString text = m_citizenSearch->text().trimmed();
    if (text.size() < 2)
        return;
    const QList<Citizen> found = m_store->searchCitizens(text, 30);
    for (const Citizen& c : found) {
        QStringList parts { displayPlain(c.name) };
        if (!c.email.isEmpty())
            parts << displayPlain(c.email);
        if (!c.phone.isEmpty())
            parts << displayPlain(c.phone);
        if (!c.address.isEmpty())
            parts << displayPlain(c.address);
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_citizenResults);
        item->setData(kCitizenIdRole, c.id);
        item->setToolTip(tr("Prefers replies by %1").arg(Labels::label(c.replyChannel).toLower()));
    }
    if (found.isEmpty()) {
        auto* item
            = new QListWidgetItem(tr("No citizen found. Choose “New citizen” (Alt+N) to enter one."), m_citizenResults);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_citizenResults->setCurrentRow(0);
    }
}

void IntakeDialog::onCitizenPicked()
{
    QListWidgetItem* item = m_citizenResults->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const std::optional<Citizen> c = m_store->citizen(item->data(kCitizenIdRole).toLongLong());
    if (!c)
        return;
    m_existingCitizenId = c->id;
    m_existingCitizen = *c;
    setReplyChannel(c->replyChannel);
    m_replyChosen = false;
    QStringList parts { displayPlain(c->name) };
    if (!c->email.isEmpty())
        parts << displayPlain(c->email);
    if (!c->phone.isEmpty())
        parts << displayPlain(c->phone);
    setInfo(m_citizenPicked,
        tr("✓ %1 — prefers replies by %2")
            .arg(parts.join(QStringLiteral(" · ")), Labels::label(c->replyChannel).toLower()),
        kGood);
    clearInvalid(m_citizenSearch);
    updateReplyChannelHint();
}

bool IntakeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_citizenSearch && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_citizenSearchTimer->isActive())
                runCitizenSearch();
            if (key->key() == Qt::Key_Down) {
                m_citizenResults->setFocus();
                if (m_citizenResults->currentRow() < 0 && m_citizenResults->count() > 0)
                    m_citizenResults->setCurrentRow(0);
            } else {
                onCitizenPicked();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<ReplyChannel> IntakeDialog::replyChannel() const
{
    if (m_citizenAnonymous->isChecked())
        return ReplyChannel::None;
    return ReplyChannel(m_replyChannel->currentData().toInt());
}

QString IntakeDialog::replyProblem(
    ReplyChannel channel, const QString& email, const QString& phone, const QString& address, QWidget** field) const
{
    // The same rules as the store applies to a new citizen, also checked for a known citizen's data.
    QWidget* unused = nullptr;
    QWidget*& f = field ? *field : unused;
    switch (channel) {
    case ReplyChannel::Email:
        if (!email.contains(QLatin1Char('@'))) {
            f = m_citizenEmail;
            return tr("To answer by e-mail, give a valid e-mail address.");
        }
        break;
    case ReplyChannel::Sms:
        if (phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 8) {
            f = m_citizenPhone;
            return tr("To answer by SMS, give a mobile phone number.");
        }
        break;
    case ReplyChannel::Phone:
        if (phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 6) {
            f = m_citizenPhone;
            return tr("To answer by phone, give a phone number.");
        }
        break;
    case ReplyChannel::Letter:
        if (address.trimmed().isEmpty()) {
            f = m_citizenAddress;
            return tr("To answer by letter, give a postal address.");
        }
        break;
    case ReplyChannel::None: break;
    }
    return QString();
}

void IntakeDialog::updateReplyChannelHint()
{
    if (m_citizenAnonymous->isChecked()) {
        setInfo(m_replyHint, tr("No reply to an anonymous report."), kMuted);
        return;
    }
    // Until the coordinator chooses, the reply channel follows what the new citizen gave.
    if (m_citizenNew->isChecked() && !m_replyChosen) {
        ReplyChannel guess = ReplyChannel::None;
        if (m_citizenEmail->text().contains(QLatin1Char('@')))
            guess = ReplyChannel::Email;
        else if (!m_citizenPhone->text().trimmed().isEmpty())
            guess = ReplyChannel::Phone;
        else if (!m_citizenAddress->text().trimmed().isEmpty())
            guess = ReplyChannel::Letter;
        setReplyChannel(guess);
    }
    const ReplyChannel channel = *replyChannel();
    QString problem;
    if (m_citizenNew->isChecked())
        problem
            = replyProblem(channel, m_citizenEmail->text(), m_citizenPhone->text(), m_citizenAddress->text(), nullptr);
    else if (m_existingCitizenId != 0)
        problem = replyProblem(
            channel, m_existingCitizen.email, m_existingCitizen.phone, m_existingCitizen.address, nullptr);
    if (!problem.isEmpty())
        setInfo(m_replyHint, problem, kWarn);
    else if (channel == ReplyChannel::None)
        setInfo(m_replyHint, tr("The citizen receives no reply."), kMuted);
    else
        setInfo(m_replyHint, QString(), kMuted);
}

void IntakeDialog::setReplyChannel(ReplyChannel channel)
{
    m_settingReplyChannel = true;
    m_replyChannel->setCurrentIndex(m_replyChannel->findData(int(channel)));
    m_settingReplyChannel = false;
}

void IntakeDialog::markInvalid(QWidget* field)
{
    if (!field)
        return;
    field->setStyleSheet(QStringLiteral("border: 1px solid %1; border-radius: 2px;").arg(QLatin1String(kBad)));
    m_invalid << field;
    field->setFocus();
}

void IntakeDialog::clearInvalid(QWidget* field)
{
    if (field && m_invalid.contains(field)) {
        field->setStyleSheet(QString());
        m_invalid.removeAll(field);
    }
}

void IntakeDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    markInvalid(field);
}

void IntakeDialog::save()
{
    for (QWidget* w : std::as_const(m_invalid))
        w->setStyleSheet(QString());
    m_invalid.clear();
    showError(QString());
    const ReferenceData& refs = m_store->refs();

    // Typed but not picked: take the category when the text names exactly one.
    if (m_categoryId == 0 && !m_categoryEdit->text().trimmed().isEmpty()) {
        const QList<int> matches = CategoryCompleter::find(refs, m_categoryEdit->text());
        if (matches.size() == 1) {
            m_categoryEdit->setText(refs.categoryName(matches.first()));
            onCategoryPicked(matches.first());
        }
    }
    // The same for an address typed out in full.
    if (!m_address && !m_addressEdit->text().trimmed().isEmpty()) {
        const QList<AddressHit> hits = AddressCompleter::find(m_store, m_addressEdit->text(), 2);
        if (hits.size() == 1) {
            m_addressEdit->setText(QStringLiteral("%1 %2").arg(hits.first().street, hits.first().houseNumber));
            if (m_picked)
                m_address = hits.first(); // the point clicked on the map stays the location
            else
                onAddressPicked(hits.first());
        }
    }

    // Everything the store would refuse is checked before anything is written, so that a
    // refused report never leaves a new citizen behind.
    if (m_categoryId == 0) {
        showError(
            tr("Choose a category: type part of its name and pick a line (main › sub) from the list."), m_categoryEdit);
        return;
    }
    const QString description = m_description->toPlainText();
    if (description.trimmed().isEmpty() && m_addressEdit->text().trimmed().isEmpty()) {
        showError(tr("Describe the problem or give an address."), m_description);
        return;
    }

    NewReport n;
    n.channel = Channel(m_channel->currentData().toInt());
    n.priority = Priority(m_priority->currentData().toInt());
    n.categoryId = m_categoryId;
    n.description = description;
    if (m_address) {
        n.address = QStringLiteral("%1 %2").arg(m_address->street, m_address->houseNumber);
        n.street = m_address->street;
        n.houseNumber = m_address->houseNumber;
        n.districtId = m_address->districtId;
        n.lat = m_address->lat;
        n.lon = m_address->lon;
    } else {
        n.address = m_addressEdit->text().trimmed();
    }
    if (m_picked) {
        // Where the coordinator clicked, not where the nearest house is; the store finds its district.
        n.lat = m_picked->lat;
        n.lon = m_picked->lon;
        n.districtId = 0;
    }
    n.replyChannel = *replyChannel();

    if (m_citizenExisting->isChecked()) {
        if (m_existingCitizenId == 0) {
            showError(tr("Pick a citizen from the list, or choose “New citizen” or “Anonymous”."), m_citizenSearch);
            return;
        }
        QWidget* field = nullptr;
        const QString problem = replyProblem(
            n.replyChannel, m_existingCitizen.email, m_existingCitizen.phone, m_existingCitizen.address, &field);
        if (!problem.isEmpty()) {
            showError(
                tr("%1 This citizen has none on file: choose another way to reply.").arg(problem), m_replyChannel);
            return;
        }
        n.citizenId = m_existingCitizenId;
    } else if (m_citizenNew->isChecked()) {
        Citizen c;
        c.name = m_citizenName->text().trimmed();
        c.address = m_citizenAddress->text().trimmed();
        if (m_address && c.address == m_address->display()) {
            c.address = QStringLiteral("%1 %2").arg(m_address->street, m_address->houseNumber);
            c.postcode = m_address->postcode;
            c.municipality = m_address->municipality;
        }
        c.email = m_citizenEmail->text().trimmed();
        c.phone = m_citizenPhone->text().trimmed();
        c.replyChannel = n.replyChannel;
        c.consent = m_consent->isChecked();
        if (c.name.isEmpty()) {
            showError(tr("The citizen needs a name."), m_citizenName);
            return;
        }
        QWidget* field = nullptr;
        const QString problem = replyProblem(c.replyChannel, c.email, c.phone, c.address, &field);
        if (!problem.isEmpty()) {
            showError(problem, field);
            return;
        }
        // A citizen created by an earlier attempt whose report then failed is used again.
        const QString fingerprint = QStringList { c.name,
            c.address,
            c.postcode,
            c.email,
            c.phone,
            Labels::key(c.replyChannel),
            c.consent ? QStringLiteral("1") : QStringLiteral("0") }
                                        .join(QChar(0x1f));
        if (m_createdCitizenId == 0 || fingerprint != m_createdCitizenFingerprint) {
            QString error;
            const qint64 id = m_store->createCitizen(c, &error);
            if (id == 0) {
                showError(error, nullptr);
                return;
            }
            m_createdCitizenId = id;
            m_createdCitizenFingerprint = fingerprint;
        }
        n.citizenId = m_createdCitizenId;
    } else {
        n.citizenId = 0;
        n.replyChannel = ReplyChannel::None;
    }

    QString failure;
    const QMetaObject::Connection listening
        = connect(m_commands, &ReportCommands::failed, this, [&failure](const QString& message) { failure = message; });
    const qint64 id = m_commands->createReport(n);
    disconnect(listening);
    if (id == 0) {
        showError(failure.isEmpty() ? tr("The report could not be saved.") : failure, nullptr);
        return;
    }
    m_createdId = id;
    accept();
}

} // namespace meldpunt
