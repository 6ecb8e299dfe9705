// SPDX-License-Identifier: GPL-3.0-or-later
// How a reply will look: the printed letter page, the e-mail as a mail program shows it, or the SMS.
#pragma once

#include "letters/letterlayout.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace meldpunt {

/// Shows one rendered reply, with a banner for missing or unknown fields.
class TemplatePreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)
public:
    explicit TemplatePreview(QWidget* parent = nullptr);
    ~TemplatePreview() override;

    void setLetterhead(const Letterhead& letterhead);
    void showLetter(const LetterDocument& letter);
    void showEmail(const QString& from, const QString& to, const QString& subject, const QString& html);
    void showSms(const QString& to, const QString& text, const QString& counter);
    void showMessage(const QString& text);
    /// Warnings above the preview; all empty hides the banner.
    void setProblems(const QStringList& missing, const QStringList& unknown, const QString& blocker = QString());

    /// The letter page shown last (for tests and screenshots).
    QImage letterPage() const { return m_page; }
    int letterPageCount() const { return m_pageCount; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void renderLetter();

    QLabel* m_banner;
    QStackedWidget* m_stack;
    QScrollArea* m_letterArea;
    QLabel* m_letterImage;
    QWidget* m_pager;
    QLabel* m_pageLabel;
    QToolButton* m_prev;
    QToolButton* m_next;
    QLabel* m_mailHeader;
    QTextBrowser* m_mailBody;
    QLabel* m_smsTo;
    QLabel* m_smsBubble;
    QLabel* m_smsCounter;
    QLabel* m_message;
    std::unique_ptr<LetterRenderer> m_renderer;
    LetterDocument m_letter;
    bool m_hasLetter = false;
    int m_pageIndex = 0;
    int m_pageCount = 0;
    QImage m_page;
};

} // namespace meldpunt
