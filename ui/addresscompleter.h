// SPDX-License-Identifier: GPL-3.0-or-later
// Type-ahead popups for the intake form: addresses from the register and categories from the tree.
#pragma once

#include "domain/report.h"

#include <QObject>
#include <QVariant>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace meldpunt {

class ReportStore;

/// One line of a lookup popup and what picking it means.
struct LookupItem {
    QString text; ///< what the popup shows
    QString fillText; ///< what the line edit shows once picked
    QVariant data;
    QString toolTip;
};

/// A popup under a line edit that lists what matches the typed text, found diacritics- and
/// case-insensitively by a subclass, and says which line the user picked.
class LookupCompleter : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupCompleter)
public:
    /// `delayMs` collapses fast typing into one lookup when a lookup costs a query.
    LookupCompleter(QLineEdit* edit, int delayMs, QObject* parent = nullptr);
    ~LookupCompleter() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    /// Looks up the current text now and shows the popup (also on Down in the line edit).
    void lookUpNow();
    /// The items of the last lookup.
    const QList<LookupItem>& items() const { return m_items; }
    /// Picks an item of the last lookup as if the user had chosen it.
    void pick(int row);

Q_SIGNALS:
    void picked(const QVariant& data);
    /// The user changed the text by hand, so an earlier pick no longer holds.
    void edited();

protected:
    virtual QList<LookupItem> lookUp(const QString& text) const = 0;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited();
    void onActivated(const QModelIndex& index);

    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer* m_timer;
    QList<LookupItem> m_items;
    bool m_picked = false;
};

/// Street + house number → an address of the register (coordinate and district).
class AddressCompleter final : public LookupCompleter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressCompleter)
public:
    AddressCompleter(ReportStore* store, QLineEdit* edit, QObject* parent = nullptr);

    /// Addresses whose "street number" contains every typed word as a word prefix, best first.
    static QList<AddressHit> find(const ReportStore* store, const QString& text, int limit = 15);

Q_SIGNALS:
    void addressPicked(const meldpunt::AddressHit& hit);

protected:
    QList<LookupItem> lookUp(const QString& text) const override;

private:
    ReportStore* m_store;
};

/// "Main › Sub" type-ahead over the category tree; only subcategories can be picked.
class CategoryCompleter final : public LookupCompleter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryCompleter)
public:
    CategoryCompleter(ReportStore* store, QLineEdit* edit, QObject* parent = nullptr);

    /// Active subcategories whose "Main › Sub" (Dutch or French) contains every typed word.
    static QList<int> find(const ReferenceData& refs, const QString& text);

Q_SIGNALS:
    void categoryPicked(int categoryId);

protected:
    QList<LookupItem> lookUp(const QString& text) const override;

private:
    ReportStore* m_store;
};

} // namespace meldpunt

Q_DECLARE_METATYPE(meldpunt::AddressHit)
