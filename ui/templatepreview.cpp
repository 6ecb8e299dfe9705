// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatepreview.h"

#include "letters/merge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace meldpunt {

TemplatePreview::TemplatePreview(QWidget* parent)
    : QWidget(parent),
      m_banner(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_renderer(std::make_unique<LetterRenderer>(Letterhead()))
{
    setObjectName(QStringLiteral("templatePreview"));
    m_banner->setObjectName(QStringLiteral("previewProblems"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(6);
    m_banner->hide();

    // The letter: a white sheet on a grey desk, as it will come out of the printer.
    auto* letterPage = new QWidget(m_stack);
    m_letterArea = new QScrollArea(letterPage);
    m_letterArea->setObjectName(QStringLiteral("letterPreviewArea"));
    m_letterArea->setWidgetResizable(true);
    m_letterArea->setFrameShape(QFrame::NoFrame);
    m_letterArea->setBackgroundRole(QPalette::Dark);
    m_letterArea->setStyleSheet(
        QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: #dfe3e8; }"));
    m_letterImage = new QLabel;
    m_letterImage->setObjectName(QStringLiteral("letterPreviewImage"));
    m_letterImage->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_letterImage->setMargin(12);
    m_letterArea->setWidget(m_letterImage);
    m_pager = new QWidget(letterPage);
    m_prev = new QToolButton(m_pager);
    m_prev->setText(QStringLiteral("‹"));
    m_prev->setToolTip(tr("Previous page"));
    m_next = new QToolButton(m_pager);
    m_next->setText(QStringLiteral("›"));
    m_next->setToolTip(tr("Next page"));
    m_pageLabel = new QLabel(m_pager);
    auto* pagerLayout = new QHBoxLayout(m_pager);
    pagerLayout->setContentsMargins(0, 0, 0, 0);
    pagerLayout->addStretch();
    pagerLayout->addWidget(m_prev);
    pagerLayout->addWidget(m_pageLabel);
    pagerLayout->addWidget(m_next);
    pagerLayout->addStretch();
    auto* letterLayout = new QVBoxLayout(letterPage);
    letterLayout->setContentsMargins(0, 0, 0, 0);
    letterLayout->setSpacing(2);
    letterLayout->addWidget(m_letterArea, 1);
    letterLayout->addWidget(m_pager);
    connect(m_prev, &QToolButton::clicked, this, [this] {
        m_pageIndex = std::max(0, m_pageIndex - 1);
        renderLetter();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_pageIndex = std::min(m_pageCount - 1, m_pageIndex + 1);
        renderLetter();
    });

    // The e-mail: a header block like a mail program's, then the message.
    auto* mailPage = new QWidget(m_stack);
    m_mailHeader = new QLabel(mailPage);
    m_mailHeader->setObjectName(QStringLiteral("mailPreviewHeader"));
    m_mailHeader->setTextFormat(Qt::RichText);
    m_mailHeader->setWordWrap(true);
    m_mailHeader->setMargin(8);
    m_mailHeader->setStyleSheet(QStringLiteral("background: #f4f6f8; border-bottom: 1px solid #d0d4d9;"));
    m_mailBody = new QTextBrowser(mailPage);
    m_mailBody->setObjectName(QStringLiteral("mailPreviewBody"));
    m_mailBody->setOpenLinks(false);
    m_mailBody->setFrameShape(QFrame::NoFrame);
    auto* mailLayout = new QVBoxLayout(mailPage);
    mailLayout->setContentsMargins(0, 0, 0, 0);
    mailLayout->setSpacing(0);
    mailLayout->addWidget(m_mailHeader);
    mailLayout->addWidget(m_mailBody, 1);

    // The SMS: a speech bubble with the recipient above and the counter below.
    auto* smsPage = new QWidget(m_stack);
    smsPage->setStyleSheet(QStringLiteral("background: #eef1f4;"));
    m_smsTo = new QLabel(smsPage);
    m_smsTo->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_smsBubble = new QLabel(smsPage);
    m_smsBubble->setObjectName(QStringLiteral("smsPreviewText"));
    m_smsBubble->setWordWrap(true);
    m_smsBubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_smsBubble->setFixedWidth(340);
    m_smsBubble->setMargin(12);
    m_smsBubble->setStyleSheet(
        QStringLiteral("background: #ffffff; color: #1d1d1f; border: 1px solid #d0d4d9; border-radius: 14px;"));
    m_smsCounter = new QLabel(smsPage);
    m_smsCounter->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* smsLayout = new QVBoxLayout(smsPage);
    smsLayout->setContentsMargins(24, 24, 24, 24);
    smsLayout->addWidget(m_smsTo);
    // No alignment flag: a word-wrapped label only gets the height of its text from a plain layout row.
    auto* bubbleRow = new QHBoxLayout;
    bubbleRow->addWidget(m_smsBubble);
    bubbleRow->addStretch();
    smsLayout->addLayout(bubbleRow);
    smsLayout->addWidget(m_smsCounter);
    smsLayout->addStretch();

    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #5f6368;"));

    m_stack->addWidget(letterPage);
    m_stack->addWidget(mailPage);
    m_stack->addWidget(smsPage);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
}

TemplatePreview::~TemplatePreview() = default;

void TemplatePreview::setLetterhead(const Letterhead& letterhead)
{
    m_renderer = std::make_unique<LetterRenderer>(letterhead);
    if (m_hasLetter)
        renderLetter();
}

void TemplatePreview::showLetter(const LetterDocument& letter)
{
    m_letter = letter;
    m_hasLetter = true;
    m_stack->setCurrentIndex(0);
    renderLetter();
}

void TemplatePreview::renderLetter()
{
    if (!m_hasLetter)
        return;
    // Sharp at any zoom: render at the screen's real pixel density for the width available.
    const qreal ratio = devicePixelRatioF();
    const int width = std::max(320, m_letterArea->viewport()->width() - 2 * m_letterImage->margin() - 4);
    const qreal dpi = std::clamp(width / (LetterLayout::paper().width() / 25.4), 40.0, 200.0) * ratio;
    m_pageCount = m_renderer->pageCount(m_letter);
    m_pageIndex = std::clamp(m_pageIndex, 0, std::max(0, m_pageCount - 1));
    m_page = m_renderer->renderPage(m_letter, m_pageIndex, dpi);
    // A hairline frame and a soft shadow make the sheet read as paper.
    QImage sheet(m_page.size() + QSize(int(6 * ratio), int(6 * ratio)), QImage::Format_ARGB32_Premultiplied);
    sheet.fill(Qt::transparent);
    {
        QPainter p(&sheet);
        p.fillRect(QRect(QPoint(int(4 * ratio), int(4 * ratio)), m_page.size()), QColor(0, 0, 0, 40));
        p.drawImage(0, 0, m_page);
        p.setPen(QColor(0xc4, 0xc9, 0xcf));
        p.drawRect(QRect(QPoint(0, 0), m_page.size() - QSize(1, 1)));
    }
    QPixmap pixmap = QPixmap::fromImage(sheet);
    pixmap.setDevicePixelRatio(ratio);
    m_letterImage->setPixmap(pixmap);
    m_pager->setVisible(m_pageCount > 1);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_pageIndex + 1).arg(m_pageCount));
    m_prev->setEnabled(m_pageIndex > 0);
    m_next->setEnabled(m_pageIndex + 1 < m_pageCount);
}

void TemplatePreview::showEmail(const QString& from, const QString& to, const QString& subject, const QString& html)
{
    m_hasLetter = false;
    m_mailHeader->setText(
        QStringLiteral("<table cellspacing=\"2\">"
                       "<tr><td style=\"color:#5f6368;\">%1&nbsp;</td><td>%2</td></tr>"
                       "<tr><td style=\"color:#5f6368;\">%3&nbsp;</td><td>%4</td></tr>"
                       "<tr><td style=\"color:#5f6368;\">%5&nbsp;</td><td><b>%6</b></td></tr></table>")
            .arg(tr("From:"),
                from.toHtmlEscaped(),
                tr("To:"),
                to.toHtmlEscaped(),
                tr("Subject:"),
                subject.toHtmlEscaped()));
    m_mailBody->setHtml(html);
    m_stack->setCurrentIndex(1);
}

void TemplatePreview::showSms(const QString& to, const QString& text, const QString& counter)
{
    m_hasLetter = false;
    m_smsTo->setText(tr("To %1").arg(to));
    m_smsBubble->setText(text);
    m_smsCounter->setText(counter);
    m_stack->setCurrentIndex(2);
}

void TemplatePreview::showMessage(const QString& text)
{
    m_hasLetter = false;
    m_message->setText(text);
    m_stack->setCurrentIndex(3);
}

void TemplatePreview::setProblems(const QStringList& missing, const QStringList& unknown, const QString& blocker)
{
    QStringList parts;
    if (!blocker.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(blocker.toHtmlEscaped());
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& k : missing)
            names << Merge::label(k).toHtmlEscaped();
        parts << tr("No value for this report: %1. It shows as a marked placeholder; fill it in or change the text.")
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const QString& k : unknown)
            names << QStringLiteral("{{%1}}").arg(k).toHtmlEscaped();
        parts << tr("Unknown fields: %1.").arg(names.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty()) {
        m_banner->hide();
        return;
    }
    const bool severe = !blocker.isEmpty() || !unknown.isEmpty();
    m_banner->setStyleSheet(severe ? QStringLiteral("background: #fde7e7; color: #8c1d18; border-radius: 4px;")
                                   : QStringLiteral("background: #fff4cc; color: #6b4500; border-radius: 4px;"));
    m_banner->setText(QStringLiteral("&#9888; ") + parts.join(QStringLiteral("<br>&#9888; ")));
    m_banner->show();
}

void TemplatePreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_hasLetter && m_stack->currentIndex() == 0)
        renderLetter();
}

} // namespace meldpunt
