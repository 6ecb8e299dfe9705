// SPDX-License-Identifier: GPL-3.0-or-later
// Type-ahead pickers of triage (category, department, status, priority, duplicate-of) and the note dialog.
#pragma once

#include "domain/report.h"
#include "store/reportstore.h"

#include <QColor>
#include <QDialog>
#include <QVariant>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace meldpunt {

/// One choice in a picker.
struct PickerItem {
    QString text; ///< what the list shows and the filter matches
    QString detail; ///< shown after the text, greyed; matched too
    QVariant value;
    QColor color; ///< a dot before the text when valid (status, priority)
    QString keywords; ///< extra words the filter matches (e.g. the French name)
};

/// A small command-palette-like dialog: a line edit that filters a list as you type (diacritics- and
/// case-insensitive), Enter chooses, Esc cancels. It is opened non-modally for the event loop's sake
/// (tests drive it with key clicks); the caller listens to chosen().
class Picker final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Picker)
public:
    /// `name` becomes the objectName ("categoryPicker", ...); the line edit is "pickerFilter", the list "pickerList".
    Picker(const QString& name, const QString& title, const QList<PickerItem>& items, QWidget* parent = nullptr);

    void setHint(const QString& hint);
    void setPlaceholder(const QString& text);
    /// Enter with text that matches no item chooses the text itself (a typed report reference).
    void setAllowFreeText(bool allow) { m_allowFreeText = allow; }
    /// Keys 1..9 choose the n-th item while the filter is empty (priorities).
    void setDigitShortcuts(bool on) { m_digitShortcuts = on; }
    void selectValue(const QVariant& value);

    /// The visible items, in order (tests).
    QList<QVariant> visibleValues() const;

Q_SIGNALS:
    /// An item was chosen (`value` valid) or, with free text allowed, text was typed (`value` invalid).
    void chosen(const QVariant& value, const QString& typedText);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter(const QString& text);
    void choose();
    void chooseRow(int row);

    QList<PickerItem> m_items;
    QStringList m_folded;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_hint;
    bool m_allowFreeText = false;
    bool m_digitShortcuts = false;
    bool m_chosen = false;
};

/// The items of each picker, built from the reference data.
class PickerItems final {
    Q_DECLARE_TR_FUNCTIONS(PickerItems)
public:
    /// Active subcategories as "Main › Sub", with the suggested department as detail.
    static QList<PickerItem> categories(const ReferenceData& refs);
    static QList<PickerItem> departments(const ReferenceData& refs);
    /// The statuses reachable from every given status by the one transition table (the union, so that a
    /// bulk change to a status some reports cannot take is refused with the reason). Duplicate is left
    /// out: it needs an original, which the duplicate picker asks for.
    static QList<PickerItem> statuses(const QList<Status>& from);
    static QList<PickerItem> priorities();
    /// Nearby reports of the same category (the detail pane's candidates), value = report id.
    static QList<PickerItem> duplicateCandidates(const QList<NearbyReport>& nearby, const ReferenceData& refs);
};

/// Asks for an internal note; Ctrl+Enter saves.
class NoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)
public:
    explicit NoteDialog(const QString& title, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_edit;
};

} // namespace meldpunt
