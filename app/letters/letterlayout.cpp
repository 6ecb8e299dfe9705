// SPDX-License-Identifier: GPL-3.0-or-later
#include "letters/letterlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

namespace meldpunt {

namespace {

const QColor kInk(0x1d, 0x1d, 0x1f);
const QColor kGrey(0x5f, 0x63, 0x68);
const QColor kLight(0xb0, 0xb4, 0xba);
const QColor kAccent(0x1f, 0x4e, 0x79);

QFont letterFont(qreal points, bool bold = false)
{
    QFont f;
    // Helvetica-like faces first: they are what a Belgian city's house style usually asks for.
    f.setFamilies({ QStringLiteral("Nimbus Sans"),
        QStringLiteral("Liberation Sans"),
        QStringLiteral("Arial"),
        QStringLiteral("Helvetica"),
        QStringLiteral("DejaVu Sans") });
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

/// Millimetres to device units at `dpi`.
struct Scale {
    qreal dpi;
    qreal operator()(qreal mm) const { return mm * dpi / 25.4; }
    QRectF operator()(const QRectF& mm) const
    {
        return { (*this)(mm.x()), (*this)(mm.y()), (*this)(mm.width()), (*this)(mm.height()) };
    }
};

/// A letter's body laid out for one device, cut into pages at line boundaries.
struct LaidOut {
    std::unique_ptr<QTextDocument> doc;
    QList<QPair<qreal, qreal>> pages; ///< [top, bottom) of each page's slice of the document
};

} // namespace

struct LetterRenderer::Private {
    Letterhead head;
    QImage logo;
    bool logoLoaded = false;

    const QImage& logoImage()
    {
        if (logoLoaded)
            return logo;
        logoLoaded = true;
        if (head.logo.isEmpty())
            return logo;
        QBuffer buffer(&head.logo);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        // Vector logos are rasterised once at print quality (600 dpi over the logo box); PDF output
        // stores the one image once however many letters use it.
        const QSizeF box = LetterLayout::logo().size() * (600.0 / 25.4);
        QSize size = reader.size();
        if (size.isValid() && reader.supportsOption(QImageIOHandler::ScaledSize)) {
            size.scale(box.toSize(), Qt::KeepAspectRatio);
            reader.setScaledSize(size);
        }
        logo = reader.read();
        return logo;
    }

    LaidOut layOut(const LetterDocument& letter, QPaintDevice* device, qreal dpi) const
    {
        const Scale mm { dpi };
        LaidOut out;
        out.doc = std::make_unique<QTextDocument>();
        QTextDocument* doc = out.doc.get();
        doc->setUndoRedoEnabled(false);
        doc->setUseDesignMetrics(true);
        doc->documentLayout()->setPaintDevice(device);
        doc->setDocumentMargin(0);
        doc->setDefaultFont(letterFont(10.5));
        doc->setDefaultStyleSheet(
            QStringLiteral("p, ul, ol { margin-top: 0px; margin-bottom: 9px; }"
                           "h1 { font-size: 14pt; margin-bottom: 6px; } h2 { font-size: 12pt; margin-bottom: 6px; }"
                           "h3 { font-size: 11pt; margin-bottom: 4px; }"));
        doc->setHtml(letter.bodyHtml);
        // Airier lines than the default read better on paper; set here so edited templates get it too.
        QTextCursor c(doc);
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat f = b.blockFormat();
            if (f.lineHeightType() == QTextBlockFormat::SingleHeight) {
                f.setLineHeight(122, QTextBlockFormat::ProportionalHeight);
                c.setPosition(b.position());
                c.setBlockFormat(f);
            }
        }
        doc->setTextWidth(mm(LetterLayout::firstBody().width()));

        // Cut between lines, never through one, and leave no single line of a paragraph alone at the
        // foot or the head of a page. The first page has less room than the next ones.
        struct LineBox {
            qreal top;
            qreal bottom;
            int index; ///< the line's index in its paragraph
            int count; ///< lines in its paragraph
        };
        QList<LineBox> lines;
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QRectF br = layout->blockBoundingRect(b);
            const QTextLayout* tl = b.layout();
            for (int i = 0; i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                lines << LineBox { br.top() + line.y(), br.top() + line.y() + line.height(), i, tl->lineCount() };
            }
        }
        qreal top = 0;
        qreal room = mm(LetterLayout::firstBody().height());
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].bottom - top <= room || lines[i].top <= top)
                continue;
            int cut = i;
            if (lines[cut].index == 1 && lines[cut - 1].top > top)
                cut -= 1; // an orphan: take the paragraph's first line along
            else if (lines[cut].index == lines[cut].count - 1 && lines[cut].index >= 2)
                cut -= 1; // a widow: give it company
            out.pages << qMakePair(top, lines[cut].top);
            top = lines[cut].top;
            room = mm(LetterLayout::nextBody().height());
            i = cut;
        }
        out.pages << qMakePair(top, std::max(top, doc->size().height()));
        return out;
    }

    void drawText(QPainter& p, const QRectF& rect, const QFont& font, const QColor& color, const QString& text,
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) const
    {
        p.setFont(font);
        p.setPen(color);
        p.drawText(rect, flags, text);
    }

    /// The bullet or number of a list item, left of its first line (what QTextDocumentLayout would draw).
    void drawListMarker(QPainter& p, const QTextBlock& block, const QTextLine& line, const QPointF& origin) const
    {
        const QTextList* list = block.textList();
        const QFont font = block.charFormat().font().resolve(block.document()->defaultFont());
        const QFontMetricsF fm(font, p.device());
        const qreal baseline = origin.y() + line.y() + line.ascent();
        const qreal textLeft = origin.x() + line.x();
        const QTextListFormat::Style style = list->format().style();
        const bool shape = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
            || style == QTextListFormat::ListSquare;
        if (!shape) {
            const QString number = list->itemText(block);
            p.setFont(font);
            const qreal w = fm.horizontalAdvance(number);
            p.drawText(QPointF(textLeft - w - fm.horizontalAdvance(QLatin1Char(' ')), baseline), number);
            return;
        }
        // Some faces report no x-height; the ascent is always there.
        const qreal size = fm.ascent() * 0.28;
        const qreal middle = baseline - fm.ascent() * 0.36;
        const QRectF dot(textLeft - fm.horizontalAdvance(QLatin1Char(' ')) - size * 1.8, middle - size / 2, size, size);
        p.save();
        p.setBrush(style == QTextListFormat::ListCircle ? Qt::NoBrush : QBrush(kInk));
        if (style == QTextListFormat::ListSquare)
            p.fillRect(dot, kInk);
        else
            p.drawEllipse(dot);
        p.restore();
    }

    void paintPage(QPainter& p, qreal dpi, const LetterDocument& letter, const LaidOut& laid, int page)
    {
        const Scale mm { dpi };
        const LetterWords words = LetterWords::of(letter.language);
        const int pages = int(laid.pages.size());
        QPen hairline(kLight);
        hairline.setWidthF(mm(0.2));

        // Fold and punch marks in the left margin, so that a folded letter lands in the window.
        p.setPen(hairline);
        for (double y : LetterLayout::foldMarks())
            p.drawLine(QPointF(mm(4), mm(y)), QPointF(mm(8), mm(y)));
        p.drawLine(QPointF(mm(4), mm(LetterLayout::punchMark())), QPointF(mm(10), mm(LetterLayout::punchMark())));

        if (page == 0) {
            // Letterhead: logo on the left, the sender on the right.
            const QImage& img = logoImage();
            const QRectF logoBox = mm(LetterLayout::logo());
            if (!img.isNull()) {
                QSizeF s = img.size();
                s.scale(logoBox.size(), Qt::KeepAspectRatio);
                p.drawImage(QRectF(logoBox.topLeft(), s), img);
            }
            const QRectF sender = mm(LetterLayout::sender());
            qreal y = sender.top();
            auto line = [&](const QString& text, const QFont& f, const QColor& color) {
                if (text.trimmed().isEmpty())
                    return;
                const QFontMetricsF fm(f, p.device());
                const QRectF r(sender.left(), y, sender.width(), fm.height() * 4);
                p.setFont(f);
                const QRectF used = p.boundingRect(r, Qt::AlignRight | Qt::AlignTop, text);
                drawText(p, r, f, color, text, Qt::AlignRight | Qt::AlignTop);
                y += used.height();
            };
            line(head.cityName, letterFont(13, true), kAccent);
            line(head.service, letterFont(9.5), kAccent);
            y += mm(1.2);
            line(head.address.trimmed(), letterFont(8), kGrey);
            QStringList contact;
            for (const QString& s : { head.phone, head.email, head.website })
                if (!s.trimmed().isEmpty())
                    contact << s.trimmed();
            line(contact.join(QLatin1Char('\n')), letterFont(8), kGrey);

            // The envelope window: a small return address over a hairline, then the recipient.
            const QRectF ret = mm(LetterLayout::returnLine());
            const QString returnText = head.returnAddress.trimmed();
            if (!returnText.isEmpty()) {
                drawText(p, ret, letterFont(6.5), kGrey, returnText, Qt::AlignLeft | Qt::AlignBottom);
                p.setPen(hairline);
                p.drawLine(QPointF(ret.left(), ret.bottom() + mm(0.6)), QPointF(ret.right(), ret.bottom() + mm(0.6)));
            }
            const QRectF rec = mm(LetterLayout::recipient());
            const QFont recFont = letterFont(10.5);
            const QFontMetricsF recMetrics(recFont, p.device());
            qreal ry = rec.top();
            QStringList lines { letter.recipientName };
            lines += letter.recipientLines;
            for (const QString& l : std::as_const(lines)) {
                if (l.trimmed().isEmpty())
                    continue;
                if (ry + recMetrics.height() > rec.bottom())
                    break;
                drawText(p,
                    QRectF(rec.left(), ry, rec.width(), recMetrics.height() * 1.2),
                    recFont,
                    kInk,
                    recMetrics.elidedText(l.trimmed(), Qt::ElideRight, rec.width()),
                    Qt::AlignLeft | Qt::AlignTop);
                ry += recMetrics.height() * 1.15;
            }

            // Reference block beside the window.
            const QRectF info = mm(LetterLayout::infoBlock());
            const QFont labelFont = letterFont(7);
            const QFont valueFont = letterFont(9);
            const QFontMetricsF lm(labelFont, p.device());
            const QFontMetricsF vm(valueFont, p.device());
            qreal iy = info.top();
            auto row = [&](const QString& label, const QString& value) {
                if (value.trimmed().isEmpty())
                    return;
                drawText(p, QRectF(info.left(), iy, info.width(), lm.height()), labelFont, kGrey, label);
                iy += lm.height() + mm(0.3);
                const QRectF r(info.left(), iy, info.width(), vm.height() * 4);
                p.setFont(valueFont);
                const QRectF used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignTop, value);
                drawText(p, r, valueFont, kInk, value, Qt::AlignLeft | Qt::AlignTop);
                iy += used.height() + mm(2.2);
            };
            row(words.ourReference, letter.reference);
            row(words.yourReport, LetterWords::longDate(letter.language, letter.reportDate));
            QStringList reach;
            for (const QString& s : { head.service, head.phone, head.email })
                if (!s.trimmed().isEmpty())
                    reach << s.trimmed();
            row(words.contact, reach.join(QLatin1Char('\n')));
            row(words.date, LetterWords::longDate(letter.language, letter.date));

            const QRectF subject = mm(LetterLayout::subject());
            drawText(p, subject, letterFont(11, true), kInk, letter.subject, Qt::AlignLeft | Qt::AlignBottom);
        } else {
            // Continuation pages name the letter, in case the sheets get separated.
            const QString header
                = QStringLiteral("%1  ·  %2 %3  ·  %4")
                      .arg(head.cityName, words.ourReference, letter.reference, words.page.arg(page + 1).arg(pages));
            drawText(p,
                QRectF(mm(25), mm(14), mm(165), mm(6)),
                letterFont(7.5),
                kGrey,
                header,
                Qt::AlignLeft | Qt::AlignBottom);
            p.setPen(hairline);
            p.drawLine(QPointF(mm(25), mm(21)), QPointF(mm(190), mm(21)));
        }

        // The body slice of this page, line by line. Drawing the whole document under a clip would
        // also put the clipped lines into a PDF, where they would be found twice by search and copy.
        const QRectF bodyBox = mm(page == 0 ? LetterLayout::firstBody() : LetterLayout::nextBody());
        const auto [top, bottom] = laid.pages.at(page);
        p.save();
        p.translate(bodyBox.left(), bodyBox.top() - top);
        p.setPen(kInk);
        const qreal edge = mm(0.05);
        for (QTextBlock b = laid.doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout* tl = b.layout();
            const QPointF origin = tl->position();
            if (tl->lineCount() == 0 || origin.y() >= bottom)
                continue;
            for (int i = 0; i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                const qreal y = origin.y() + line.y();
                if (y < top - edge || y >= bottom - edge)
                    continue;
                line.draw(&p, origin);
                if (i == 0 && b.textList())
                    drawListMarker(p, b, line, origin);
            }
        }
        p.restore();

        // Footer.
        const QRectF foot = mm(LetterLayout::footer());
        p.setPen(hairline);
        p.drawLine(foot.topLeft(), foot.topRight());
        const QString footer = head.footerIn(letter.language).trimmed();
        const QRectF footText = foot.adjusted(0, mm(1.5), 0, 0);
        if (!footer.isEmpty())
            drawText(p,
                footText.adjusted(mm(25), 0, -mm(25), 0),
                letterFont(7),
                kGrey,
                footer,
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
        if (pages > 1)
            drawText(
                p, footText, letterFont(7), kGrey, words.page.arg(page + 1).arg(pages), Qt::AlignRight | Qt::AlignTop);
    }
};

LetterRenderer::LetterRenderer(const Letterhead& letterhead) : d(std::make_unique<Private>())
{
    d->head = letterhead;
}

LetterRenderer::~LetterRenderer() = default;

bool LetterRenderer::paint(QPagedPaintDevice* device, const QList<LetterDocument>& letters, QString* error,
    const std::function<bool(int, int)>& progress)
{
    if (letters.isEmpty()) {
        *error = tr("There are no letters to print.");
        return false;
    }
    QPainter p;
    if (!p.begin(device)) {
        *error = tr("The printer or file could not be opened for printing.");
        return false;
    }
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const qreal dpi = device->logicalDpiY();
    // Place everything relative to the paper, whatever margins the printer reserves.
    const QRectF printable = device->pageLayout().paintRectPixels(int(dpi));
    const QPointF origin = -printable.topLeft();
    bool first = true;
    for (int i = 0; i < letters.size(); ++i) {
        const LaidOut laid = d->layOut(letters.at(i), device, dpi);
        for (int page = 0; page < laid.pages.size(); ++page) {
            if (!first && !device->newPage()) {
                *error = tr("The printer refused a new page after %n letter(s).", nullptr, i);
                p.end();
                return false;
            }
            first = false;
            p.save();
            p.translate(origin);
            d->paintPage(p, dpi, letters.at(i), laid, page);
            p.restore();
        }
        if (progress && !progress(i + 1, int(letters.size()))) {
            *error = tr("Printing was cancelled.");
            p.end();
            return false;
        }
    }
    if (!p.end()) {
        *error = tr("The printer or file reported an error while finishing the print job.");
        return false;
    }
    return true;
}

bool LetterRenderer::writePdf(const QString& path, const QList<LetterDocument>& letters, QString* error,
    const std::function<bool(int, int)>& progress)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Meldpunt"));
        writer.setTitle(
            letters.size() == 1 ? letters.first().subject : tr("%n letter(s)", nullptr, int(letters.size())));
        if (!paint(&writer, letters, error, progress))
            return false;
    }
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        *error = tr("The PDF file %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

QImage LetterRenderer::renderPage(const LetterDocument& letter, int page, qreal dpi)
{
    const Scale mm { dpi };
    QImage image(
        qRound(mm(LetterLayout::paper().width())), qRound(mm(LetterLayout::paper().height())), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const LaidOut laid = d->layOut(letter, &image, dpi);
    d->paintPage(p, dpi, letter, laid, std::clamp(page, 0, int(laid.pages.size()) - 1));
    return image;
}

int LetterRenderer::pageCount(const LetterDocument& letter)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(300 / 0.0254));
    probe.setDotsPerMeterY(qRound(300 / 0.0254));
    return int(d->layOut(letter, &probe, 300).pages.size());
}

} // namespace meldpunt
