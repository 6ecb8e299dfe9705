// SPDX-License-Identifier: GPL-3.0-or-later
// The text part of a template: subject, a rich-text body with a formatting toolbar and an insert-field
// menu (plain text for SMS), merge fields highlighted as they are typed, warnings and the SMS counter.
#pragma once

#include "letters/merge.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolBar;
class QToolButton;
class QAction;

namespace meldpunt {

class FieldHighlighter;

/// Edits one template's subject and body; used by the template editor and the reply composer.
class TemplateEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)
public:
    explicit TemplateEditor(QWidget* parent = nullptr);
    ~TemplateEditor() override;

    /// Html: letter and e-mail; PlainText: SMS (no formatting, no subject).
    void setFormat(TextFormat format);
    TextFormat format() const { return m_format; }
    void setSubjectVisible(bool visible);

    void setContent(const QString& subject, const QString& body);
    QString subject() const;
    /// The body as stored: an HTML fragment (rich text) or plain text.
    QString body() const;

    /// Values for counting the SMS as it will go out; the counter shows the template itself without them.
    void setMergeValues(const MergeValues& values);

    /// Inserts {{key}} at the cursor of the subject or the body, whichever had the focus last.
    void insertField(const QString& key);
    /// Problems in the text as written (unknown fields, unbalanced markup...).
    QList<TemplateIssue> issues() const;
    QTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* subjectEdit() const { return m_subject; }
    /// "87 characters · 1 SMS (GSM-7)", empty for letters and e-mail.
    QString smsCounterText() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void updateFormatActions();
    void toggleList(bool numbered);
    void toggleHeading();

    TextFormat m_format = TextFormat::Html;
    QLineEdit* m_subject;
    QToolBar* m_toolbar;
    QTextEdit* m_body;
    QLabel* m_status;
    QLabel* m_counter;
    FieldHighlighter* m_highlighter;
    QAction* m_bold;
    QAction* m_italic;
    QAction* m_underline;
    QAction* m_bullets;
    QAction* m_numbers;
    QAction* m_heading;
    QAction* m_clear;
    QList<QAction*> m_separators;
    QToolButton* m_fieldButton;
    MergeValues m_values;
    bool m_subjectHadFocus = false;
    bool m_loading = false;
};

} // namespace meldpunt
