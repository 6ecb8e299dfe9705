// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditor.h"

#include "letters/smssegments.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

// The same paragraph rules as the printed letter, so that the editor shows the spacing that prints
// and the HTML it stores carries the letter's margins, not QTextEdit's own.
const QString kBodyStyle = QStringLiteral("p, ul, ol { margin-top: 0px; margin-bottom: 9px; }"
                                          "h3 { font-size: 11pt; margin-bottom: 4px; }");

QFont bodyFont()
{
    QFont f;
    f.setFamilies({ QStringLiteral("Nimbus Sans"),
        QStringLiteral("Liberation Sans"),
        QStringLiteral("Arial"),
        QStringLiteral("DejaVu Sans") });
    f.setPointSizeF(10.5);
    return f;
}

} // namespace

/// Shows merge fields as chips while typing: known ones blue, unknown ones red and underlined.
class FieldHighlighter final : public QSyntaxHighlighter {
    Q_DISABLE_COPY_MOVE(FieldHighlighter)
public:
    explicit FieldHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc)
    {
        m_known.setBackground(QColor(0xe3, 0xed, 0xf9));
        m_known.setForeground(QColor(0x1f, 0x4e, 0x79));
        m_unknown.setBackground(QColor(0xff, 0xe1, 0xe1));
        m_unknown.setForeground(QColor(0xb3, 0x26, 0x1e));
        m_unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        m_unknown.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
    }

protected:
    void highlightBlock(const QString& text) override
    {
        static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
        QRegularExpressionMatchIterator it = field.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QTextCharFormat base = format(int(m.capturedStart()));
            QTextCharFormat f = base;
            f.merge(Merge::isKnown(m.captured(1)) ? m_known : m_unknown);
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }

private:
    QTextCharFormat m_known;
    QTextCharFormat m_unknown;
};

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent),
      m_subject(new QLineEdit(this)),
      m_toolbar(new QToolBar(this)),
      m_body(new QTextEdit(this)),
      m_status(new QLabel(this)),
      m_counter(new QLabel(this))
{
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->document()->setDefaultStyleSheet(kBodyStyle);
    m_body->document()->setDefaultFont(bodyFont());
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(220);
    m_highlighter = new FieldHighlighter(m_body->document());
    m_status->setObjectName(QStringLiteral("templateIssues"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->hide();
    m_counter->setObjectName(QStringLiteral("smsCounter"));
    m_counter->hide();

    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto styled = [this](QAction* a, bool bold, bool italic, bool underline) {
        if (QWidget* w = m_toolbar->widgetForAction(a)) {
            QFont f = w->font();
            f.setBold(bold);
            f.setItalic(italic);
            f.setUnderline(underline);
            w->setFont(f);
        }
    };
    m_bold = m_toolbar->addAction(tr("B"), this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_body->mergeCurrentCharFormat(f);
    });
    m_bold->setToolTip(tr("Bold (Ctrl+B)"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = m_toolbar->addAction(tr("I"), this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        m_body->mergeCurrentCharFormat(f);
    });
    m_italic->setToolTip(tr("Italic (Ctrl+I)"));
    m_italic->setShortcut(QKeySequence::Italic);
    m_underline = m_toolbar->addAction(tr("U"), this, [this](bool on) {
        QTextCharFormat f;
        f.setFontUnderline(on);
        m_body->mergeCurrentCharFormat(f);
    });
    m_underline->setToolTip(tr("Underline (Ctrl+U)"));
    m_underline->setShortcut(QKeySequence::Underline);
    for (QAction* a : { m_bold, m_italic, m_underline }) {
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    styled(m_bold, true, false, false);
    styled(m_italic, false, true, false);
    styled(m_underline, false, false, true);
    m_separators << m_toolbar->addSeparator();
    m_bullets = m_toolbar->addAction(tr("• List"), this, [this] { toggleList(false); });
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers = m_toolbar->addAction(tr("1. List"), this, [this] { toggleList(true); });
    m_numbers->setToolTip(tr("Numbered list"));
    m_heading = m_toolbar->addAction(tr("Heading"), this, [this] { toggleHeading(); });
    m_heading->setToolTip(tr("Make the paragraph a heading"));
    for (QAction* a : { m_bullets, m_numbers, m_heading })
        a->setCheckable(true);
    m_clear = m_toolbar->addAction(tr("Plain"), this, [this] {
        QTextCursor c = m_body->textCursor();
        c.setCharFormat(QTextCharFormat());
        m_body->setCurrentCharFormat(QTextCharFormat());
    });
    m_clear->setToolTip(tr("Remove bold, italic and underline from the selection"));
    m_separators << m_toolbar->addSeparator();

    m_fieldButton = new QToolButton(m_toolbar);
    m_fieldButton->setObjectName(QStringLiteral("insertFieldButton"));
    m_fieldButton->setText(tr("Insert field"));
    m_fieldButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_fieldButton);
    menu->setObjectName(QStringLiteral("insertFieldMenu"));
    QMap<QString, QMenu*> groups;
    for (const MergeField& f : Merge::fields()) {
        QMenu*& group = groups[f.group];
        if (!group)
            group = menu->addMenu(f.group);
        QAction* a = group->addAction(QStringLiteral("%1\t{{%2}}").arg(f.label, f.key));
        a->setData(f.key);
        a->setToolTip(tr("For example: %1").arg(f.example));
        connect(a, &QAction::triggered, this, [this, key = f.key] { insertField(key); });
    }
    menu->setToolTipsVisible(true);
    m_fieldButton->setMenu(menu);
    m_toolbar->addWidget(m_fieldButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_subject);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_body, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);

    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        if (!m_loading) {
            updateStatus();
            Q_EMIT changed();
        }
    });
    connect(m_body, &QTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            updateStatus();
            Q_EMIT changed();
        }
    });
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &TemplateEditor::updateFormatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &TemplateEditor::updateFormatActions);
}

TemplateEditor::~TemplateEditor() = default;

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        m_subjectHadFocus = watched == m_subject;
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::setFormat(TextFormat format)
{
    const QString text = body();
    m_format = format;
    const bool rich = format == TextFormat::Html;
    m_body->setAcceptRichText(rich);
    for (QAction* a : { m_bold, m_italic, m_underline, m_bullets, m_numbers, m_heading, m_clear })
        a->setVisible(rich);
    for (QAction* a : std::as_const(m_separators))
        a->setVisible(rich);
    m_subject->setVisible(rich);
    m_counter->setVisible(!rich);
    m_loading = true;
    if (rich)
        m_body->setHtml(text);
    else
        m_body->setPlainText(text);
    m_loading = false;
    updateStatus();
}

void TemplateEditor::setSubjectVisible(bool visible)
{
    m_subject->setVisible(visible && m_format == TextFormat::Html);
}

void TemplateEditor::setContent(const QString& subject, const QString& body)
{
    m_loading = true;
    m_subject->setText(subject);
    if (m_format == TextFormat::Html)
        m_body->setHtml(body);
    else
        m_body->setPlainText(body);
    m_body->document()->setModified(false);
    m_loading = false;
    updateStatus();
}

QString TemplateEditor::subject() const
{
    return m_subject->text();
}

QString TemplateEditor::body() const
{
    if (m_format == TextFormat::PlainText)
        return m_body->toPlainText();
    return Merge::bodyFragment(m_body->toHtml());
}

void TemplateEditor::setMergeValues(const MergeValues& values)
{
    m_values = values;
    updateStatus();
}

void TemplateEditor::insertField(const QString& key)
{
    const QString token = QStringLiteral("{{%1}}").arg(key);
    if (m_subjectHadFocus && m_subject->isVisible()) {
        m_subject->insert(token);
        m_subject->setFocus();
        return;
    }
    // Inserted as one plain run so that formatting never cuts a field in two.
    QTextCursor c = m_body->textCursor();
    QTextCharFormat plain = c.charFormat();
    plain.clearBackground();
    plain.clearForeground();
    c.insertText(token, plain);
    m_body->setTextCursor(c);
    m_body->setFocus();
}

QList<TemplateIssue> TemplateEditor::issues() const
{
    QList<TemplateIssue> out = Merge::validate(body(), m_format);
    if (m_format == TextFormat::Html)
        out += Merge::validate(subject(), TextFormat::PlainText);
    return out;
}

QString TemplateEditor::smsCounterText() const
{
    if (m_format != TextFormat::PlainText)
        return {};
    const QString text = m_values.isEmpty() ? body() : Merge::render(body(), m_values, TextFormat::PlainText).text;
    const SmsCount c = SmsSegments::count(text.trimmed());
    const QString encoding
        = c.encoding == SmsCount::Encoding::Gsm7 ? tr("GSM-7") : tr("UCS-2 (a character outside GSM-7)");
    return tr("%1 characters · %n SMS · %2 · %3 left", nullptr, std::max(1, c.segments))
        .arg(c.units)
        .arg(encoding)
        .arg(c.remaining);
}

void TemplateEditor::updateStatus()
{
    const QList<TemplateIssue> found = issues();
    if (found.isEmpty()) {
        m_status->hide();
    } else {
        QStringList lines;
        for (const TemplateIssue& i : found)
            lines << i.text.toHtmlEscaped();
        m_status->setText(QStringLiteral("<span style=\"color:#b3261e;\">&#9888; %1</span>")
                              .arg(lines.join(QStringLiteral("<br>&#9888; "))));
        m_status->show();
    }
    if (m_format == TextFormat::PlainText) {
        const QString text = m_values.isEmpty() ? body() : Merge::render(body(), m_values, TextFormat::PlainText).text;
        const SmsCount c = SmsSegments::count(text.trimmed());
        const QString color = c.segments > 2                             ? QStringLiteral("#b3261e")
            : (c.encoding == SmsCount::Encoding::Ucs2 || c.segments > 1) ? QStringLiteral("#8a5300")
                                                                         : QStringLiteral("#3c6e47");
        m_counter->setText(
            QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(color, smsCounterText().toHtmlEscaped()));
    }
}

void TemplateEditor::updateFormatActions()
{
    const QTextCharFormat f = m_body->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    const QTextCursor c = m_body->textCursor();
    const QTextList* list = c.currentList();
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
    m_heading->setChecked(c.blockFormat().headingLevel() > 0);
}

void TemplateEditor::toggleList(bool numbered)
{
    QTextCursor c = m_body->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    c.beginEditBlock();
    if (QTextList* list = c.currentList(); list && list->format().style() == style) {
        // Leave the list: the paragraph becomes ordinary text again.
        QTextBlockFormat bf = c.blockFormat();
        list->remove(c.block());
        bf.setIndent(0);
        bf.setObjectIndex(-1);
        c.setBlockFormat(bf);
    } else {
        QTextListFormat lf;
        lf.setStyle(style);
        c.createList(lf);
    }
    c.endEditBlock();
    updateFormatActions();
}

void TemplateEditor::toggleHeading()
{
    QTextCursor c = m_body->textCursor();
    const bool heading = c.blockFormat().headingLevel() > 0;
    c.beginEditBlock();
    QTextBlockFormat bf = c.blockFormat();
    bf.setHeadingLevel(heading ? 0 : 3);
    c.setBlockFormat(bf);
    c.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat cf;
    cf.setFontWeight(heading ? QFont::Normal : QFont::Bold);
    cf.setFontPointSize(heading ? 10.5 : 12);
    c.mergeCharFormat(cf);
    c.endEditBlock();
    updateFormatActions();
}

} // namespace meldpunt
