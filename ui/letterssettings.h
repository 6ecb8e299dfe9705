// SPDX-License-Identifier: GPL-3.0-or-later
// The settings pages of the letters workspace: the letterhead (with a live letter preview) and sending
// (SMTP server and SMS gateway, secrets only as references).
#pragma once

#include "letters/lettersettings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace meldpunt {

class Database;
class TemplatePreview;

/// Edits the city's letterhead: logo, address, return line, signatures and footers.
class LetterheadSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterheadSettingsPage)
public:
    explicit LetterheadSettingsPage(Database* db, QWidget* parent = nullptr);

    Letterhead value() const;
    void setValue(const Letterhead& l);
    bool save(QString* error = nullptr);
    /// Picks the logo file; replaceable for tests (returns a path or nothing).
    void setLogoChooser(std::function<QString()> chooser) { m_chooseLogo = std::move(chooser); }

Q_SIGNALS:
    void saved();

private:
    void updatePreview();
    void showLogo();

    Database* m_db;
    QLineEdit* m_city;
    QLineEdit* m_service;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_return;
    QPlainTextEdit* m_signatureNl;
    QPlainTextEdit* m_signatureFr;
    QPlainTextEdit* m_footer;
    QPlainTextEdit* m_footerFr;
    QLabel* m_logo;
    QLabel* m_message;
    TemplatePreview* m_preview;
    QTimer* m_timer;
    QByteArray m_logoData;
    std::function<QString()> m_chooseLogo;
};

/// Edits where e-mail and SMS go: the SMTP server with STARTTLS, and the SMS gateway.
class DeliverySettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliverySettingsPage)
public:
    explicit DeliverySettingsPage(Database* db, QWidget* parent = nullptr);

    bool save(QString* error = nullptr);

Q_SIGNALS:
    void saved();

private:
    Database* m_db;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_passwordRef;
    QLineEdit* m_from;
    QLineEdit* m_fromName;
    QLineEdit* m_replyTo;
    QCheckBox* m_verify;
    QLineEdit* m_smsUrl;
    QComboBox* m_smsMethod;
    QPlainTextEdit* m_smsBody;
    QLineEdit* m_smsContentType;
    QLineEdit* m_smsKey;
    QLineEdit* m_smsSender;
    QLabel* m_message;
};

} // namespace meldpunt
