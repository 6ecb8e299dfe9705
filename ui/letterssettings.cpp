// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterssettings.h"

#include "letters/merge.h"
#include "templatepreview.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

QPlainTextEdit* smallText(QWidget* parent, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    return e;
}

QString plainSignature(const QString& html)
{
    QString s = html;
    s.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    return s;
}

QString htmlSignature(const QString& plain)
{
    // Typed as lines of text; each line is escaped but merge fields stay fields.
    QStringList lines;
    for (const QString& l : plain.split(QLatin1Char('\n')))
        lines << l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

LetterheadSettingsPage::LetterheadSettingsPage(Database* db, QWidget* parent)
    : QWidget(parent), m_db(db), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("letterheadSettings"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formWidget = new QWidget(scroll);
    m_city = new QLineEdit(formWidget);
    m_service = new QLineEdit(formWidget);
    m_address = smallText(formWidget, 3);
    m_phone = new QLineEdit(formWidget);
    m_email = new QLineEdit(formWidget);
    m_website = new QLineEdit(formWidget);
    m_return = new QLineEdit(formWidget);
    m_return->setToolTip(tr("One short line above the recipient, in the envelope window: where the post office returns "
                            "undeliverable letters."));
    m_signatureNl = smallText(formWidget, 3);
    m_signatureFr = smallText(formWidget, 3);
    for (QPlainTextEdit* e : { m_signatureNl, m_signatureFr })
        e->setToolTip(
            tr("One line per line of the signature. Merge fields such as {{coordinator.name}} are filled in."));
    m_footer = smallText(formWidget, 2);
    m_footerFr = smallText(formWidget, 2);
    m_footerFr->setPlaceholderText(tr("Empty: the same as the Dutch footer"));
    m_logo = new QLabel(formWidget);
    m_logo->setFixedSize(240, 96);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("border: 1px dashed #c4c9cf; background: white;"));
    auto* chooseLogo = new QPushButton(tr("Choose logo…"), formWidget);
    auto* removeLogo = new QPushButton(tr("Remove"), formWidget);
    m_message = new QLabel(formWidget);
    m_message->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("Save letterhead"), formWidget);
    saveButton->setObjectName(QStringLiteral("letterheadSave"));

    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(removeLogo);
    logoButtons->addStretch();
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();

    auto* sender = new QGroupBox(tr("Sender"), formWidget);
    auto* senderForm = new QFormLayout(sender);
    senderForm->addRow(tr("Logo"), logoRow);
    senderForm->addRow(tr("City"), m_city);
    senderForm->addRow(tr("Service"), m_service);
    senderForm->addRow(tr("Address"), m_address);
    senderForm->addRow(tr("Phone"), m_phone);
    senderForm->addRow(tr("E-mail"), m_email);
    senderForm->addRow(tr("Website"), m_website);
    senderForm->addRow(tr("Return address"), m_return);
    auto* closing = new QGroupBox(tr("Signature and footer"), formWidget);
    auto* closingForm = new QFormLayout(closing);
    closingForm->addRow(tr("Signature (Dutch)"), m_signatureNl);
    closingForm->addRow(tr("Signature (French)"), m_signatureFr);
    closingForm->addRow(tr("Footer (Dutch)"), m_footer);
    closingForm->addRow(tr("Footer (French)"), m_footerFr);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(saveButton);
    auto* formLayout = new QVBoxLayout(formWidget);
    formLayout->addWidget(sender);
    formLayout->addWidget(closing);
    formLayout->addLayout(saveRow);
    formLayout->addStretch();
    scroll->setWidget(formWidget);

    m_preview = new TemplatePreview(splitter);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setSizes({ 560, 640 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    m_chooseLogo = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Choose the city's logo"), QString(), tr("Images (*.svg *.png *.jpg *.jpeg)"));
    };
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseLogo();
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 2 * 1024 * 1024) {
            m_message->setText(tr("The logo %1 cannot be read or is larger than 2 MB.").arg(path));
            return;
        }
        const QByteArray data = f.readAll();
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        if (QImageReader(&buffer).read().isNull()) {
            m_message->setText(tr("%1 is not an image Meldpunt can read (SVG, PNG or JPEG).").arg(path));
            return;
        }
        m_logoData = data;
        showLogo();
        m_timer->start();
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logoData.clear();
        showLogo();
        m_timer->start();
    });
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &LetterheadSettingsPage::updatePreview);
    for (QLineEdit* e : { m_city, m_service, m_phone, m_email, m_website, m_return })
        connect(e, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    for (QPlainTextEdit* e : { m_address, m_signatureNl, m_signatureFr, m_footer, m_footerFr })
        connect(e, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));

    setValue(LetterSettings::letterhead(db));
}

Letterhead LetterheadSettingsPage::value() const
{
    Letterhead l;
    l.cityName = m_city->text().trimmed();
    l.service = m_service->text().trimmed();
    l.address = m_address->toPlainText().trimmed();
    l.phone = m_phone->text().trimmed();
    l.email = m_email->text().trimmed();
    l.website = m_website->text().trimmed();
    l.returnAddress = m_return->text().trimmed();
    l.signatureNl = htmlSignature(m_signatureNl->toPlainText().trimmed());
    l.signatureFr = htmlSignature(m_signatureFr->toPlainText().trimmed());
    l.footer = m_footer->toPlainText().trimmed();
    l.footerFr = m_footerFr->toPlainText().trimmed();
    l.logo = m_logoData;
    return l;
}

void LetterheadSettingsPage::setValue(const Letterhead& l)
{
    m_city->setText(l.cityName);
    m_service->setText(l.service);
    m_address->setPlainText(l.address);
    m_phone->setText(l.phone);
    m_email->setText(l.email);
    m_website->setText(l.website);
    m_return->setText(l.returnAddress);
    m_signatureNl->setPlainText(plainSignature(l.signatureNl));
    m_signatureFr->setPlainText(plainSignature(l.signatureFr));
    m_footer->setPlainText(l.footer);
    m_footerFr->setPlainText(l.footerFr);
    m_logoData = l.logo;
    showLogo();
    updatePreview();
}

void LetterheadSettingsPage::showLogo()
{
    QBuffer buffer;
    buffer.setData(m_logoData);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (size.isValid()) {
        size.scale(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio);
        reader.setScaledSize(size);
    }
    const QImage img = reader.read();
    if (img.isNull())
        m_logo->setText(tr("No logo"));
    else
        m_logo->setPixmap(QPixmap::fromImage(img));
}

bool LetterheadSettingsPage::save(QString* error)
{
    QString why;
    if (!LetterSettings::saveLetterhead(m_db, value(), &why)) {
        m_message->setText(QStringLiteral("<span style=\"color:#b3261e;\">%1</span>").arg(why.toHtmlEscaped()));
        if (error)
            *error = why;
        return false;
    }
    m_message->setText(tr("Saved. New letters and reprints use this letterhead."));
    Q_EMIT saved();
    return true;
}

void LetterheadSettingsPage::updatePreview()
{
    const Letterhead l = value();
    m_preview->setLetterhead(l);
    // A short sample letter shows the letterhead without distracting text.
    MergeValues v;
    v.insert(QStringLiteral("coordinator.name"), QStringLiteral("An Peeters"));
    v.insert(QStringLiteral("city.name"), l.cityName);
    LetterDocument d;
    d.recipientName = QStringLiteral("Marie Claes");
    d.recipientLines = { QStringLiteral("Kerkstraat 12"), QStringLiteral("8870 Oostveld") };
    d.reference = QStringLiteral("M-2026-000123");
    d.reportDate = QDate::currentDate().addDays(-6);
    d.date = QDate::currentDate();
    d.subject = tr("Sample letter");
    d.bodyHtml = tr("<p>This is how the letterhead, the window address and the signature print.</p>")
        + QStringLiteral("<p style=\"margin-top:14px;\">") + Merge::render(l.signatureNl, v, TextFormat::Html).text
        + QStringLiteral("</p>");
    m_preview->showLetter(d);
}

DeliverySettingsPage::DeliverySettingsPage(Database* db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("deliverySettings"));
    auto* mail = new QGroupBox(tr("E-mail (SMTP)"), this);
    m_host = new QLineEdit(mail);
    m_host->setPlaceholderText(QStringLiteral("smtp.oostveld.be"));
    m_port = new QSpinBox(mail);
    m_port->setRange(1, 65535);
    m_security = new QComboBox(mail);
    for (SmtpSecurity s :
        { SmtpSecurity::StartTls, SmtpSecurity::StartTlsIfAvailable, SmtpSecurity::Tls, SmtpSecurity::None })
        m_security->addItem(LetterSettings::label(s), int(s));
    m_user = new QLineEdit(mail);
    m_passwordRef = new QLineEdit(mail);
    m_passwordRef->setPlaceholderText(QStringLiteral("env:MELDPUNT_SMTP_PASSWORD"));
    m_passwordRef->setToolTip(tr("Meldpunt never stores the password. Enter where to find it: env:NAME (an environment "
                                 "variable), file:PATH (a file only you can read) or ask (asked once per session)."));
    m_from = new QLineEdit(mail);
    m_from->setPlaceholderText(QStringLiteral("meldpunt@oostveld.be"));
    m_fromName = new QLineEdit(mail);
    m_replyTo = new QLineEdit(mail);
    m_verify = new QCheckBox(tr("Check the server's certificate"), mail);
    auto* mailForm = new QFormLayout(mail);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port"), mail));
    hostRow->addWidget(m_port);
    mailForm->addRow(tr("Server"), hostRow);
    mailForm->addRow(tr("Encryption"), m_security);
    mailForm->addRow(tr("User"), m_user);
    mailForm->addRow(tr("Password from"), m_passwordRef);
    mailForm->addRow(tr("Sender address"), m_from);
    mailForm->addRow(tr("Sender name"), m_fromName);
    mailForm->addRow(tr("Replies go to"), m_replyTo);
    mailForm->addRow(QString(), m_verify);

    auto* sms = new QGroupBox(tr("SMS gateway (HTTP)"), this);
    m_smsUrl = new QLineEdit(sms);
    m_smsUrl->setPlaceholderText(QStringLiteral("https://sms.example.be/v1/messages"));
    m_smsUrl->setToolTip(tr("{to}, {text}, {from}, {key} and {id} are filled in for each message."));
    m_smsMethod = new QComboBox(sms);
    m_smsMethod->addItems({ QStringLiteral("POST"), QStringLiteral("GET") });
    m_smsBody = smallText(sms, 3);
    m_smsBody->setPlaceholderText(
        QStringLiteral("{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\",\"reference\":\"{id}\"}"));
    m_smsContentType = new QLineEdit(sms);
    m_smsKey = new QLineEdit(sms);
    m_smsKey->setPlaceholderText(QStringLiteral("env:MELDPUNT_SMS_KEY"));
    m_smsKey->setToolTip(
        tr("env:NAME or file:PATH keeps the key out of the database; a key typed here is stored as is."));
    m_smsSender = new QLineEdit(sms);
    auto* smsForm = new QFormLayout(sms);
    smsForm->addRow(tr("Address"), m_smsUrl);
    smsForm->addRow(tr("Method"), m_smsMethod);
    smsForm->addRow(tr("Body"), m_smsBody);
    smsForm->addRow(tr("Content type"), m_smsContentType);
    smsForm->addRow(tr("API key"), m_smsKey);
    smsForm->addRow(tr("Sender"), m_smsSender);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("Save sending settings"), this);
    saveButton->setObjectName(QStringLiteral("deliverySave"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(saveButton);
    auto* columns = new QHBoxLayout;
    columns->addWidget(mail, 1);
    columns->addWidget(sms, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(saveRow);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });

    const SmtpSettings s = LetterSettings::smtp(db);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_user->setText(s.user);
    m_passwordRef->setText(s.passwordRef);
    m_from->setText(s.from);
    m_fromName->setText(s.fromName);
    m_replyTo->setText(s.replyTo);
    m_verify->setChecked(s.verifyPeer);
    const SmsSettings g = LetterSettings::sms(db);
    m_smsUrl->setText(g.urlTemplate);
    m_smsMethod->setCurrentText(g.method);
    m_smsBody->setPlainText(g.bodyTemplate);
    m_smsContentType->setText(g.contentType);
    m_smsKey->setText(g.apiKeyRef);
    m_smsSender->setText(g.sender);
}

bool DeliverySettingsPage::save(QString* error)
{
    SmtpSettings s;
    s.host = m_host->text();
    s.port = m_port->value();
    s.security = SmtpSecurity(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.passwordRef = m_passwordRef->text().trimmed();
    s.from = m_from->text();
    s.fromName = m_fromName->text().trimmed();
    s.replyTo = m_replyTo->text();
    s.verifyPeer = m_verify->isChecked();
    SmsSettings g;
    g.urlTemplate = m_smsUrl->text();
    g.method = m_smsMethod->currentText();
    g.bodyTemplate = m_smsBody->toPlainText();
    g.contentType = m_smsContentType->text().trimmed();
    g.apiKeyRef = m_smsKey->text().trimmed();
    g.sender = m_smsSender->text().trimmed();
    QString why;
    if (!LetterSettings::saveSmtp(m_db, s, &why) || !LetterSettings::saveSms(m_db, g, &why)) {
        m_message->setText(QStringLiteral("<span style=\"color:#b3261e;\">%1</span>").arg(why.toHtmlEscaped()));
        if (error)
            *error = why;
        return false;
    }
    m_message->setText(tr("Saved. The outbox uses these settings from its next run."));
    Q_EMIT saved();
    return true;
}

} // namespace meldpunt
