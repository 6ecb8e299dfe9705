// SPDX-License-Identifier: GPL-3.0-or-later
#include "printqueueview.h"

#include "domain/calendar.h"
#include "letters/letterlayout.h"
#include "letters/replies.h"
#include "lettersmessagemodel.h"
#include "store/reportstore.h"
#include "templatepreview.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace meldpunt {

PrintQueueView::PrintQueueView(Database* db, ReportStore* store, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_store(store),
      m_messages(std::make_unique<MessageStore>(db)),
      m_show(new QComboBox(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_preview(new TemplatePreview(this)),
      m_selectAll(new QPushButton(tr("Select all"), this)),
      m_previewButton(new QPushButton(tr("Preview and print…"), this)),
      m_print(new QPushButton(tr("Print…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this)),
      m_mark(new QPushButton(tr("Mark as printed"), this))
{
    setObjectName(QStringLiteral("printQueueView"));
    m_messages->setActor(store->actor());
    using C = MessageTableModel::Column;
    m_model = new MessageTableModel(
        { C::Created, C::Report, C::Recipient, C::Address, C::Language, C::Subject, C::Printed, C::Error }, this);
    m_show->setObjectName(QStringLiteral("printQueueShow"));
    m_show->addItem(tr("Letters to print"), int(Show::Waiting));
    m_show->addItem(tr("Printed today"), int(Show::PrintedToday));
    m_show->addItem(tr("All printed letters"), int(Show::Printed));
    m_table->setObjectName(QStringLiteral("printQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_selectAll->setObjectName(QStringLiteral("printQueueSelectAll"));
    m_previewButton->setObjectName(QStringLiteral("printQueuePreview"));
    m_print->setObjectName(QStringLiteral("printQueuePrint"));
    m_pdf->setObjectName(QStringLiteral("printQueuePdf"));
    m_mark->setObjectName(QStringLiteral("printQueueMark"));
    m_previewButton->setDefault(true);
    m_mark->setToolTip(tr("For letters printed some other way; they leave the queue."));
    m_count->setObjectName(QStringLiteral("printQueueCount"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_show);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_selectAll);
    bar->addWidget(m_previewButton);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    bar->addWidget(m_mark);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_hooks.setupPrinter = [this](QPrinter* printer) {
        QPrintDialog dialog(printer, this);
        dialog.setWindowTitle(tr("Print letters"));
        return dialog.exec() == QDialog::Accepted;
    };
    m_hooks.runPreview = [](QPrintPreviewDialog* dialog) { return dialog->exec() == QDialog::Accepted; };
    m_hooks.choosePdf = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the letters as PDF"), suggested, tr("PDF files (*.pdf)"));
    };
    m_hooks.confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Print queue"), question) == QMessageBox::Yes;
    };
    m_hooks.inform = [this](const QString& message) { QMessageBox::warning(this, tr("Print queue"), message); };

    connect(m_show, &QComboBox::currentIndexChanged, this, &PrintQueueView::reload);
    connect(m_selectAll, &QPushButton::clicked, this, &PrintQueueView::selectAll);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { previewSelected(); });
    connect(m_print, &QPushButton::clicked, this, [this] { printSelected(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportSelectedPdf(); });
    connect(m_mark, &QPushButton::clicked, this, [this] {
        const int n = int(selectedIds().size());
        if (n && m_hooks.confirm(tr("Mark %n letter(s) as printed without printing them here?", nullptr, n)))
            markSelectedPrinted();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showCurrent();
    });
    reload();
}

PrintQueueView::~PrintQueueView() = default;

void PrintQueueView::setHooks(const PrintQueueHooks& hooks)
{
    if (hooks.setupPrinter)
        m_hooks.setupPrinter = hooks.setupPrinter;
    if (hooks.runPreview)
        m_hooks.runPreview = hooks.runPreview;
    if (hooks.choosePdf)
        m_hooks.choosePdf = hooks.choosePdf;
    if (hooks.confirm)
        m_hooks.confirm = hooks.confirm;
    if (hooks.inform)
        m_hooks.inform = hooks.inform;
}

void PrintQueueView::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void PrintQueueView::reload()
{
    const auto show = Show(m_show->currentData().toInt());
    MessageFilter f;
    f.channels = { ReplyChannel::Letter };
    f.states = show == Show::Waiting ? QList<MessageState> { MessageState::Queued }
                                     : QList<MessageState> { MessageState::Printed };
    QList<Message> list = m_messages->messages(f);
    if (show == Show::PrintedToday) {
        const QDate today = QDateTime::currentDateTime().toTimeZone(WorkCalendar::cityTimeZone()).date();
        list.removeIf([today](const Message& m) {
            return QDateTime::fromSecsSinceEpoch(m.printedAt, WorkCalendar::cityTimeZone()).date() != today;
        });
    }
    m_model->setMessages(list);
    m_table->resizeColumnsToContents();
    m_print->setText(show == Show::Waiting ? tr("Print…") : tr("Print again…"));
    m_mark->setVisible(show == Show::Waiting);
    m_count->setText(show == Show::Waiting ? tr("%n letter(s) waiting", nullptr, int(list.size()))
                                           : tr("%n letter(s) printed", nullptr, int(list.size())));
    updateActions();
    showCurrent();
}

void PrintQueueView::selectAll()
{
    m_table->selectAll();
}

QList<qint64> PrintQueueView::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : std::as_const(rows))
        ids << m_model->messageAt(i.row()).id;
    return ids;
}

int PrintQueueView::rowCount() const
{
    return m_model->rowCount();
}

void PrintQueueView::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    for (QPushButton* b : { m_previewButton, m_print, m_pdf, m_mark })
        b->setEnabled(any);
    m_selectAll->setEnabled(m_model->rowCount() > 0);
}

void PrintQueueView::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : (m_model->rowCount() ? 0 : -1);
    if (row < 0) {
        m_preview->showMessage(m_show->currentData().toInt() == int(Show::Waiting) ? tr("No letters are waiting.")
                                                                                   : tr("No printed letters."));
        return;
    }
    const Letterhead head = LetterSettings::letterhead(m_db);
    m_preview->setLetterhead(head);
    m_preview->showLetter(Replies::letterOf(m_model->messageAt(row), head));
}

bool PrintQueueView::paintSelected(QPrinter* printer, const QList<qint64>& ids)
{
    const Letterhead head = LetterSettings::letterhead(m_db);
    QList<LetterDocument> letters;
    for (qint64 id : ids)
        if (const std::optional<Message> m = m_messages->message(id))
            letters << Replies::letterOf(*m, head);
    LetterRenderer renderer(head);
    QProgressDialog progress(tr("Preparing the letters…"), tr("Cancel"), 0, int(letters.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    QString error;
    const bool ok = renderer.paint(printer, letters, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!ok)
        m_lastError = error;
    return ok;
}

void PrintQueueView::fail(const QList<qint64>& ids, const QString& why)
{
    // The letters stay in the queue and show why, so that nobody thinks they went out.
    m_lastError = why;
    QString error;
    m_messages->recordProblem(ids, why, &error);
    reload();
    m_hooks.inform(why);
}

bool PrintQueueView::afterOutput(const QList<qint64>& ids, const QString& question)
{
    if (!m_hooks.confirm(question))
        return true;
    QString error;
    if (!m_messages->markPrinted(ids, &error)) {
        m_lastError = error;
        m_hooks.inform(error);
        return false;
    }
    reload();
    Q_EMIT lettersPrinted(int(ids.size()));
    return true;
}

bool PrintQueueView::printSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_lastError = tr("Select the letters to print first.");
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(tr("Meldpunt letters"));
    if (!m_hooks.setupPrinter(&printer)) {
        m_lastError.clear();
        return false;
    }
    if (!paintSelected(&printer, ids)) {
        fail(ids, tr("The letters were not printed: %1").arg(m_lastError));
        return false;
    }
    return afterOutput(ids,
        tr("Did all %n letter(s) come out of the printer correctly? They are then marked as "
           "printed and leave the queue.",
            nullptr,
            int(ids.size())));
}

bool PrintQueueView::previewSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_lastError = tr("Select the letters to print first.");
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(tr("Meldpunt letters"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %n letter(s)", nullptr, int(ids.size())));
    dialog.resize(1000, 900);
    bool painted = true;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, ids, &painted](QPrinter* p) {
        painted = paintSelected(p, ids) && painted;
    });
    if (!m_hooks.runPreview(&dialog)) {
        m_lastError.clear();
        return false;
    }
    if (!painted) {
        fail(ids, tr("The letters were not printed: %1").arg(m_lastError));
        return false;
    }
    return afterOutput(ids,
        tr("Did all %n letter(s) come out of the printer correctly? They are then marked as "
           "printed and leave the queue.",
            nullptr,
            int(ids.size())));
}

bool PrintQueueView::exportSelectedPdf()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_lastError = tr("Select the letters first.");
        return false;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("letters-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_hooks.choosePdf(suggested);
    if (path.isEmpty()) {
        m_lastError.clear();
        return false;
    }
    const Letterhead head = LetterSettings::letterhead(m_db);
    QList<LetterDocument> letters;
    for (qint64 id : ids)
        if (const std::optional<Message> m = m_messages->message(id))
            letters << Replies::letterOf(*m, head);
    QString error;
    if (!LetterRenderer(head).writePdf(path, letters, &error)) {
        fail(ids, tr("The PDF was not written: %1").arg(error));
        return false;
    }
    return afterOutput(ids,
        tr("%n letter(s) saved in %1. Mark them as printed now? (Say no if you print the PDF later.)",
            nullptr,
            int(ids.size()))
            .arg(QDir::toNativeSeparators(path)));
}

bool PrintQueueView::markSelectedPrinted()
{
    const QList<qint64> ids = selectedIds();
    QString error;
    if (!m_messages->markPrinted(ids, &error)) {
        m_lastError = error;
        m_hooks.inform(error);
        return false;
    }
    reload();
    Q_EMIT lettersPrinted(int(ids.size()));
    return true;
}

} // namespace meldpunt
