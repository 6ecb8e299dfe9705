// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresscompleter.h"

#include "domain/textfold.h"
#include "store/reportstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>

namespace meldpunt {

LookupCompleter::LookupCompleter(QLineEdit* edit, int delayMs, QObject* parent)
    : QObject(parent),
      m_edit(edit),
      m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this)),
      m_timer(new QTimer(this))
{
    m_completer->setModel(m_model);
    // The lookup already matched (diacritics-insensitively); QCompleter must show all of it unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    // Attached with setWidget, not QLineEdit::setCompleter, so that the line edit never rewrites
    // the text on its own: only a pick does.
    m_completer->setWidget(edit);
    if (auto* list = qobject_cast<QListView*>(m_completer->popup()))
        list->setUniformItemSizes(true);

    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &LookupCompleter::lookUpNow);
    connect(edit, &QLineEdit::textEdited, this, &LookupCompleter::onTextEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &LookupCompleter::onActivated);
    edit->installEventFilter(this);
}

LookupCompleter::~LookupCompleter() = default;

void LookupCompleter::onTextEdited()
{
    m_picked = false;
    Q_EMIT edited();
    if (m_timer->interval() == 0)
        lookUpNow();
    else
        m_timer->start();
}

void LookupCompleter::lookUpNow()
{
    m_timer->stop();
    m_items = lookUp(m_edit->text());
    m_model->clear();
    for (const LookupItem& item : std::as_const(m_items)) {
        auto* row = new QStandardItem(item.text);
        row->setToolTip(item.toolTip);
        row->setEditable(false);
        m_model->appendRow(row);
    }
    if (m_items.isEmpty() || !m_edit->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete(m_edit->rect());
    // The best match is highlighted so that Enter takes it and Down goes to the second.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void LookupCompleter::pick(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_completer->popup()->hide();
    const LookupItem item = m_items.at(row);
    m_edit->setText(item.fillText.isEmpty() ? item.text : item.fillText);
    m_picked = true;
    Q_EMIT picked(item.data);
}

void LookupCompleter::onActivated(const QModelIndex& index)
{
    pick(index.row());
}

bool LookupCompleter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool popupShown = m_completer->popup()->isVisible();
        if (key->key() == Qt::Key_Down && !popupShown && key->modifiers() == Qt::NoModifier) {
            lookUpNow();
            return true;
        }
        // Enter on typed text takes the best match, as a coordinator on the phone expects.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && !m_picked) {
            if (m_timer->isActive())
                lookUpNow();
            if (!m_items.isEmpty()) {
                pick(0);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------

Q_GLOBAL_STATIC(QRegularExpression, wordSeparators, QStringLiteral("[\\s\\-'’./,]+"))

namespace {

QStringList foldedWords(const QString& text)
{
    return foldForSearch(text).split(*wordSeparators, Qt::SkipEmptyParts);
}

bool hasDigit(const QString& w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

/// Every typed word starts a word of the street or of the house number, and the first typed
/// number starts the house number, so that "4" finds 4 and 41 but not "34 bus 4".
bool matchesWords(const QStringList& words, const AddressHit& h)
{
    QStringList haystack = foldedWords(h.street);
    // "Sint-Jansstraat" is also found as "sint-jansstraat" typed in one go.
    haystack << foldForSearch(h.street);
    const QStringList numberWords = foldedWords(h.houseNumber);
    haystack << numberWords;
    // A line taken from a letter or an earlier pick carries the postcode and the municipality.
    haystack << foldedWords(h.postcode) << foldedWords(h.municipality);
    const auto firstNumber = std::find_if(words.cbegin(), words.cend(), hasDigit);
    if (firstNumber != words.cend() && (numberWords.isEmpty() || !numberWords.first().startsWith(*firstNumber)))
        return false;
    return std::all_of(words.cbegin(), words.cend(), [&](const QString& w) {
        return std::any_of(haystack.cbegin(), haystack.cend(), [&](const QString& s) { return s.startsWith(w); });
    });
}

int leadingNumber(const QString& s)
{
    int n = 0;
    for (const QChar c : s) {
        if (!c.isDigit())
            break;
        n = n * 10 + c.digitValue();
    }
    return n;
}

} // namespace

AddressCompleter::AddressCompleter(ReportStore* store, QLineEdit* edit, QObject* parent)
    : LookupCompleter(edit, 120, parent), m_store(store)
{
    completer()->popup()->setObjectName(QStringLiteral("intakeAddressList"));
    connect(this, &LookupCompleter::picked, this, [this](const QVariant& data) {
        Q_EMIT addressPicked(data.value<AddressHit>());
    });
}

QList<AddressHit> AddressCompleter::find(const ReportStore* store, const QString& text, int limit)
{
    const QStringList words = foldedWords(text);
    if (words.isEmpty())
        return {};
    QList<AddressHit> hits = store->searchAddresses(text, limit);
    if (words.size() == 1)
        return hits;
    // The register lookup matches the typed text as one piece ("helene dutrieustraat 4"); a
    // coordinator types fragments ("helene dutr 4"), so look wider by the most telling word and
    // keep what contains every typed word as the start of a word.
    hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const AddressHit& h) { return !matchesWords(words, h); }),
        hits.end());
    if (hits.size() < limit) {
        // The longest words first: they select best; the first that the register knows is enough.
        QStringList anchors;
        for (const QString& w : words) {
            if (!hasDigit(w) && w.size() >= 2)
                anchors << w;
        }
        std::stable_sort(
            anchors.begin(), anchors.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        const qsizetype before = hits.size();
        for (int i = 0; i < std::min<qsizetype>(2, anchors.size()) && hits.size() == before; ++i) {
            const QList<AddressHit> wider = store->searchAddresses(anchors.at(i), 400);
            for (const AddressHit& h : wider) {
                if (hits.size() >= limit * 4)
                    break;
                if (!matchesWords(words, h))
                    continue;
                if (std::none_of(hits.cbegin(), hits.cend(), [&](const AddressHit& o) { return o.id == h.id; }))
                    hits << h;
            }
        }
        std::stable_sort(hits.begin(), hits.end(), [](const AddressHit& a, const AddressHit& b) {
            if (a.street != b.street)
                return a.street.localeAwareCompare(b.street) < 0;
            const int na = leadingNumber(a.houseNumber);
            const int nb = leadingNumber(b.houseNumber);
            if (na != nb)
                return na < nb;
            return a.houseNumber < b.houseNumber;
        });
    }
    // An exact house number first: "… 4" means 4 before 40.
    const auto firstNumber = std::find_if(words.cbegin(), words.cend(), hasDigit);
    if (firstNumber != words.cend()) {
        const QString number = *firstNumber;
        std::stable_sort(hits.begin(), hits.end(), [&](const AddressHit& a, const AddressHit& b) {
            const bool ea = foldedWords(a.houseNumber).value(0) == number;
            const bool eb = foldedWords(b.houseNumber).value(0) == number;
            return ea && !eb;
        });
    }
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<LookupItem> AddressCompleter::lookUp(const QString& text) const
{
    QList<LookupItem> items;
    const ReferenceData& refs = m_store->refs();
    for (const AddressHit& h : find(m_store, text)) {
        LookupItem item;
        const QString line = QStringLiteral("%1 %2").arg(h.street, h.houseNumber);
        const QString district = refs.districtName(h.districtId);
        item.text = district.isEmpty() ? tr("%1 — %2 %3").arg(line, h.postcode, h.municipality)
                                       : tr("%1 — %2 %3 · %4").arg(line, h.postcode, h.municipality, district);
        item.fillText = line;
        item.data = QVariant::fromValue(h);
        items << item;
    }
    return items;
}

// ---------------------------------------------------------------------------------------------

CategoryCompleter::CategoryCompleter(ReportStore* store, QLineEdit* edit, QObject* parent)
    : LookupCompleter(edit, 0, parent), m_store(store)
{
    completer()->popup()->setObjectName(QStringLiteral("intakeCategoryList"));
    connect(
        this, &LookupCompleter::picked, this, [this](const QVariant& data) { Q_EMIT categoryPicked(data.toInt()); });
}

QList<int> CategoryCompleter::find(const ReferenceData& refs, const QString& text)
{
    const QStringList words = foldedWords(text.split(QStringLiteral("›")).join(QLatin1Char(' ')));
    QList<int> starts;
    QList<int> others;
    for (const Category& c : refs.categories) {
        if (c.parentId == 0 || !c.active)
            continue;
        const Category* main = refs.category(c.parentId);
        if (main && !main->active)
            continue;
        const QString hay = foldForSearch(
            QStringList { main ? main->name : QString(), c.name, main ? main->nameFr : QString(), c.nameFr }.join(
                QLatin1Char(' ')));
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return hay.contains(w); }))
            continue;
        // A subcategory named by the first word ranks above one that only mentions it.
        if (!words.isEmpty() && foldForSearch(c.name).startsWith(words.first()))
            starts << c.id;
        else
            others << c.id;
    }
    return starts + others;
}

QList<LookupItem> CategoryCompleter::lookUp(const QString& text) const
{
    QList<LookupItem> items;
    const ReferenceData& refs = m_store->refs();
    for (int id : find(refs, text)) {
        const Category* c = refs.category(id);
        LookupItem item;
        item.fillText = refs.categoryName(id);
        const QString department = refs.departmentName(c->departmentId);
        item.text = department.isEmpty() ? item.fillText : tr("%1 — %2").arg(item.fillText, department);
        item.toolTip = tr("Suggested department: %1 · %n working day(s)", nullptr, c->slaDays)
                           .arg(department.isEmpty() ? tr("none") : department);
        item.data = id;
        items << item;
    }
    return items;
}

} // namespace meldpunt
