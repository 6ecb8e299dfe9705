// SPDX-License-Identifier: GPL-3.0-or-later
// Printed letters: the A4 layout for a left window envelope (DIN 5008 form B, C5/6 and DL windows),
// the letterhead around the text, and painting to PDF, a printer or a preview image.
#pragma once

#include "letters/lettersettings.h"
#include "letters/lettertypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace meldpunt {

/// Everything one letter says; the letterhead comes from the renderer.
struct LetterDocument {
    Language language = Language::Dutch;
    QString recipientName;
    QStringList recipientLines; ///< street, postcode and municipality...
    QString reference; ///< the report's reference
    QDate reportDate; ///< when the citizen reported
    QDate date; ///< the letter's date
    QString subject;
    QString bodyHtml; ///< rendered body with the signature
};

/// Where everything sits on the page, in millimetres from the paper's top-left corner. The
/// recipient block sits inside the envelope window (20 mm from the left, 45 mm from the top,
/// 90 × 45 mm) with a 5 mm margin, so the address shows through C5/6 and DL window envelopes.
class LetterLayout final {
public:
    static QSizeF paper() { return { 210.0, 297.0 }; }
    static QRectF window() { return { 20.0, 45.0, 90.0, 45.0 }; }
    static QRectF returnLine() { return { 25.0, 47.0, 80.0, 5.0 }; }
    static QRectF recipient() { return { 25.0, 54.0, 80.0, 32.0 }; }
    static QRectF infoBlock() { return { 125.0, 50.0, 65.0, 40.0 }; }
    static QRectF subject() { return { 25.0, 98.0, 165.0, 10.0 }; }
    static QRectF firstBody() { return { 25.0, 110.0, 165.0, 160.0 }; }
    static QRectF nextBody() { return { 25.0, 30.0, 165.0, 240.0 }; }
    static QRectF footer() { return { 20.0, 280.0, 170.0, 12.0 }; }
    static QRectF logo() { return { 20.0, 12.0, 60.0, 24.0 }; }
    static QRectF sender() { return { 100.0, 12.0, 90.0, 28.0 }; }
    /// Fold marks (DIN 5008 form B) and the punch mark, measured from the top.
    static QList<double> foldMarks() { return { 105.0, 210.0 }; }
    static double punchMark() { return 148.5; }
};

/// Paints letters with one letterhead. Not thread-safe; use one renderer per thread.
class LetterRenderer final {
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
    Q_DISABLE_COPY_MOVE(LetterRenderer)
public:
    explicit LetterRenderer(const Letterhead& letterhead);
    ~LetterRenderer();

    /// Paints every letter on `device` (a QPdfWriter or a QPrinter with a full-page layout), each
    /// starting on a new page. `progress(done, total)` returning false cancels. False with a
    /// translated reason when the device cannot be painted on or the user cancelled.
    bool paint(QPagedPaintDevice* device, const QList<LetterDocument>& letters, QString* error,
        const std::function<bool(int, int)>& progress = {});
    /// All letters in one A4 PDF file.
    bool writePdf(const QString& path, const QList<LetterDocument>& letters, QString* error,
        const std::function<bool(int, int)>& progress = {});
    /// One page of one letter as an image, at `dpi` (preview).
    QImage renderPage(const LetterDocument& letter, int page, qreal dpi);
    int pageCount(const LetterDocument& letter);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace meldpunt
