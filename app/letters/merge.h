// SPDX-License-Identifier: GPL-3.0-or-later
// Merge fields and template rendering: a pure function from template text and values to a document.
#pragma once

#include "domain/report.h"
#include "letters/lettersettings.h"
#include "letters/lettertypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace meldpunt {

/// One field a template can use, e.g. {{citizen.name}}.
struct MergeField {
    QString key;
    QString label; ///< translated
    QString group; ///< translated: "Citizen", "Report", ...
    QString example; ///< what it looks like, for the insert-field menu
};

/// The value of every field for one reply; an empty value means "missing".
using MergeValues = QHash<QString, QString>;

/// What a reply is rendered from. Everything is passed in, so rendering stays a pure function.
struct MergeInput {
    Report report;
    bool hasReport = false;
    Citizen citizen;
    bool hasCitizen = false;
    const ReferenceData* refs = nullptr;
    Language language = Language::Dutch;
    QDate today;
    QString coordinatorName;
    QString duplicateOfRef; ///< the original's reference when the report is a duplicate
    QString note; ///< the coordinator's own words for {{reply.note}} (a question, an explanation)
    Letterhead letterhead;
};

enum class TextFormat { Html, PlainText };

/// A rendered document and what went wrong on the way.
struct RenderResult {
    QString text;
    QStringList missing; ///< known fields without a value, each once, in order of appearance
    QStringList unknown; ///< fields the catalogue does not know
    bool isClean() const { return missing.isEmpty() && unknown.isEmpty(); }
};

/// A warning about a template as written (saved anyway, never silently broken).
struct TemplateIssue {
    enum class Kind { UnknownField, UnclosedField, StrayBraces, FieldSplitByFormatting, UnbalancedMarkup };
    Kind kind;
    QString text; ///< translated, names the field or tag
};

/// The catalogue of merge fields and the rendering rules.
class Merge final {
    Q_DECLARE_TR_FUNCTIONS(Merge)
public:
    static const QList<MergeField>& fields();
    static bool isKnown(const QString& key);
    static QString label(const QString& key);

    /// Every field's value for one reply; missing data gives an empty value.
    static MergeValues values(const MergeInput& in);

    /// Replaces every {{field}} in `source` in one pass. Values are plain text: in Html they are
    /// escaped (so "<b>" or "{{x}}" typed by a citizen shows literally) and line breaks become <br>.
    /// A missing value becomes a visible placeholder, an unknown field stays visible and marked.
    static RenderResult render(const QString& source, const MergeValues& values, TextFormat format);

    /// The placeholder a missing field renders as, e.g. "[missing: citizen.address]".
    static QString missingPlaceholder(const QString& key);

    /// Unknown fields, unclosed or stray braces, fields cut by formatting, unbalanced tags.
    static QList<TemplateIssue> validate(const QString& source, TextFormat format);

    /// The fields used in `source`, in order, each once.
    static QStringList usedFields(const QString& source);

    /// The inside of <body> when given a whole HTML document (what QTextEdit::toHtml returns).
    static QString bodyFragment(const QString& html);

    /// Readable plain text for an e-mail's text part: paragraphs separated by blank lines, list items bulleted.
    static QString htmlToPlainText(const QString& html);
};

} // namespace meldpunt
