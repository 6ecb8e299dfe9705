// SPDX-License-Identifier: GPL-3.0-or-later
#include "pickers.h"

#include "domain/calendar.h"
#include "domain/textfold.h"
#include "queuedelegate.h"
#include "queuemodel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

QIcon dot(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pm);
}

} // namespace

Picker::Picker(const QString& name, const QString& title, const QList<PickerItem>& items, QWidget* parent)
    : QDialog(parent),
      m_items(items),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_hint(new QLabel(this))
{
    setObjectName(name);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);

    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type to filter…"));
    m_filter->installEventFilter(this);
    QFont big = m_filter->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_filter->setFont(big);
    m_filter->setMinimumHeight(m_filter->fontMetrics().height() + 14);

    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(false);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the filter; arrows are forwarded
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);

    m_hint->setObjectName(QStringLiteral("pickerHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    QPalette hp = m_hint->palette();
    hp.setColor(QPalette::WindowText, hp.color(QPalette::Disabled, QPalette::WindowText));
    m_hint->setPalette(hp);
    m_hint->setText(tr("Enter chooses · Esc cancels · ↑↓ move"));

    for (const PickerItem& it : std::as_const(m_items)) {
        // Text and detail are shown plainly; the list never interprets markup.
        const QString shown = it.detail.isEmpty() ? it.text : it.text + QStringLiteral("   ·   ") + it.detail;
        auto* li = new QListWidgetItem(QueueModel::displayText(shown), m_list);
        li->setData(Qt::UserRole, it.value);
        if (it.color.isValid())
            li->setIcon(dot(it.color));
        m_folded << foldForSearch(it.text + QLatin1Char(' ') + it.detail + QLatin1Char(' ') + it.keywords);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    const int rows = int(std::clamp<qsizetype>(m_items.size(), 4, 14));
    m_list->setMinimumHeight(rows * (m_list->fontMetrics().height() + 8) + 6);
    resize(560, sizeHint().height());

    connect(m_filter, &QLineEdit::textChanged, this, &Picker::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &Picker::choose);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { chooseRow(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { chooseRow(m_list->row(item)); });
    applyFilter(QString());
}

void Picker::setHint(const QString& hint)
{
    m_hint->setText(hint);
}

void Picker::setPlaceholder(const QString& text)
{
    m_filter->setPlaceholderText(text);
}

void Picker::selectValue(const QVariant& value)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->isRowHidden(i) && m_list->item(i)->data(Qt::UserRole) == value) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QList<QVariant> Picker::visibleValues() const
{
    QList<QVariant> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->isRowHidden(i))
            out << m_list->item(i)->data(Qt::UserRole);
    return out;
}

void Picker::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Like a command palette: centred near the top of the window, where the eyes already are.
    if (QWidget* w = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect g = w->geometry();
        move(g.left() + (g.width() - width()) / 2, g.top() + std::max(40, g.height() / 6));
    }
    m_filter->setFocus();
}

void Picker::applyFilter(const QString& text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = -1;
    bool currentVisible = false;
    for (int i = 0; i < m_list->count(); ++i) {
        bool match = true;
        for (const QString& w : words) {
            if (!m_folded.at(i).contains(w)) {
                match = false;
                break;
            }
        }
        m_list->setRowHidden(i, !match);
        if (match && first < 0)
            first = i;
        if (match && i == m_list->currentRow())
            currentVisible = true;
    }
    // The best guess is always highlighted, so Enter right after typing does what one expects.
    if (!words.isEmpty() || !currentVisible)
        m_list->setCurrentRow(first);
    if (first < 0)
        m_list->clearSelection();
}

void Picker::choose()
{
    const int row = m_list->currentRow();
    if (row >= 0 && !m_list->isRowHidden(row)) {
        chooseRow(row);
        return;
    }
    const QString typed = m_filter->text().trimmed();
    if (m_allowFreeText && !typed.isEmpty() && !m_chosen) {
        m_chosen = true;
        Q_EMIT chosen(QVariant(), typed);
        accept();
    }
}

void Picker::chooseRow(int row)
{
    // Once only: a click and an activation of the same item (single-click desktops) must not act twice.
    if (m_chosen || row < 0 || row >= m_list->count() || m_list->isRowHidden(row))
        return;
    m_chosen = true;
    Q_EMIT chosen(m_list->item(row)->data(Qt::UserRole), m_filter->text());
    accept();
}

bool Picker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* ke = static_cast<QKeyEvent*>(event);
        switch (ke->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list has no focus of its own; hand it the movement keys.
            QKeyEvent copy(ke->type(), ke->key(), ke->modifiers(), ke->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
        default: break;
        }
        if (m_digitShortcuts && m_filter->text().isEmpty() && ke->modifiers() == Qt::NoModifier
            && ke->key() >= Qt::Key_1 && ke->key() <= Qt::Key_9) {
            const int n = ke->key() - Qt::Key_1;
            if (n < m_list->count()) {
                chooseRow(n);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<PickerItem> PickerItems::categories(const ReferenceData& refs)
{
    QList<PickerItem> out;
    for (const Category& c : refs.categories) {
        if (c.parentId == 0 || !c.active)
            continue;
        PickerItem it;
        it.text = refs.categoryName(c.id);
        it.value = c.id;
        if (c.departmentId)
            it.detail = refs.departmentName(c.departmentId);
        it.keywords = c.nameFr + QLatin1Char(' ') + c.code;
        out << it;
    }
    std::stable_sort(out.begin(), out.end(), [](const PickerItem& a, const PickerItem& b) {
        return a.text.localeAwareCompare(b.text) < 0;
    });
    return out;
}

QList<PickerItem> PickerItems::departments(const ReferenceData& refs)
{
    QList<PickerItem> out;
    for (const Department& d : refs.departments) {
        if (!d.active)
            continue;
        PickerItem it;
        it.text = d.name;
        it.value = d.id;
        it.keywords = d.nameFr + QLatin1Char(' ') + d.code;
        out << it;
    }
    return out;
}

QList<PickerItem> PickerItems::statuses(const QList<Status>& from)
{
    QList<PickerItem> out;
    const QList<Status> all = StatusRules::all();
    for (Status to : all) {
        if (to == Status::Duplicate)
            continue;
        QStringList fromLabels;
        bool allowedForAll = true;
        for (Status f : from) {
            if (StatusRules::canTransition(f, to))
                fromLabels << StatusRules::label(f);
            else
                allowedForAll = false;
        }
        if (fromLabels.isEmpty())
            continue;
        PickerItem it;
        it.text = StatusRules::label(to);
        it.value = int(to);
        it.color = QueueDelegate::statusColor(to);
        it.keywords = StatusRules::key(to);
        if (!allowedForAll) {
            fromLabels.removeDuplicates();
            it.detail = tr("only from %1").arg(fromLabels.join(QStringLiteral(", ")));
        }
        out << it;
    }
    return out;
}

QList<PickerItem> PickerItems::priorities()
{
    QList<PickerItem> out;
    const QList<Priority> all = Labels::priorities();
    int n = 1;
    for (Priority p : all) {
        PickerItem it;
        it.text = QStringLiteral("%1  %2").arg(n++).arg(Labels::label(p));
        it.value = int(p);
        it.color = QueueDelegate::priorityColor(p);
        out << it;
    }
    return out;
}

QList<PickerItem> PickerItems::duplicateCandidates(const QList<NearbyReport>& nearby, const ReferenceData& refs)
{
    QList<PickerItem> out;
    const QTimeZone tz = WorkCalendar::cityTimeZone();
    const QLocale locale;
    for (const NearbyReport& n : nearby) {
        PickerItem it;
        it.text = n.row.ref;
        it.value = n.row.id;
        it.color = QueueDelegate::statusColor(n.row.status);
        it.detail = tr("%1 m · %2 · %3 · %4")
                        .arg(qRound(n.distanceMeters))
                        .arg(locale.toString(
                                 QDateTime::fromSecsSinceEpoch(n.row.receivedAt, tz).date(), QLocale::ShortFormat),
                            StatusRules::label(n.row.status),
                            n.row.address);
        it.keywords = refs.categoryName(n.row.categoryId);
        out << it;
    }
    return out;
}

NoteDialog::NoteDialog(const QString& title, QWidget* parent) : QDialog(parent), m_edit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_edit->setPlaceholderText(tr("Internal note: seen by colleagues, never sent to the citizen."));
    m_edit->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Ctrl+Enter"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(520, 240);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!text().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& seq :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* sc = new QShortcut(seq, this);
        connect(sc, &QShortcut::activated, this, [this] {
            if (!text().isEmpty())
                accept();
        });
    }
}

QString NoteDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace meldpunt
