// SPDX-License-Identifier: GPL-3.0-or-later
// The intake form for reports taken by phone or at the counter.
#pragma once

#include "domain/report.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace meldpunt {

class ReportStore;
class ReportCommands;
class AddressCompleter;
class CategoryCompleter;
class MapDetailWidget;

/// Lets a coordinator register a report told by phone or at the counter — address, category,
/// description, citizen — and creates it through the command layer so every view sees it at once.
class IntakeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)
public:
    IntakeDialog(ReportStore* store, ReportCommands* commands, QWidget* parent = nullptr);
    ~IntakeDialog() override;

    /// The id of the report created on accept; 0 before.
    qint64 createdId() const { return m_createdId; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void onAddressPicked(const AddressHit& hit);
    void onAddressEdited();
    /// A click on the map: that point becomes the location, its nearest address the address.
    void onMapPicked(double lat, double lon);
    /// Names the picked point once the address register is loaded (at once when it is).
    void resolvePickedLocation();
    void onCategoryPicked(int categoryId);
    void onCategoryEdited();
    void updateCategoryInfo();
    void onCitizenModeChanged();
    void onCitizenSearchEdited();
    void runCitizenSearch();
    void onCitizenPicked();
    void updateReplyChannelHint();
    /// Sets the reply channel for the coordinator, without counting as their choice.
    void setReplyChannel(ReplyChannel channel);
    std::optional<ReplyChannel> replyChannel() const;
    /// Why `channel` cannot reach a citizen with these details (empty when it can); `field` is
    /// set to the input that lacks it.
    QString replyProblem(ReplyChannel channel, const QString& email, const QString& phone, const QString& address,
        QWidget** field) const;
    void save();
    void showError(const QString& message, QWidget* field = nullptr);
    void markInvalid(QWidget* field);
    void clearInvalid(QWidget* field);

    ReportStore* m_store;
    ReportCommands* m_commands;
    qint64 m_createdId = 0;
    std::optional<AddressHit> m_address;
    /// A point clicked on the map: the report's location, whatever the address says.
    struct Point {
        double lat = 0;
        double lon = 0;
    };
    std::optional<Point> m_picked;
    bool m_pickPending = false; ///< clicked before the address register was loaded
    int m_categoryId = 0;
    qint64 m_existingCitizenId = 0;
    /// A citizen created by a save that then failed: reused on the next try instead of created twice.
    qint64 m_createdCitizenId = 0;
    QString m_createdCitizenFingerprint;
    Citizen m_existingCitizen;
    /// The coordinator chose the reply channel; until then it follows the details typed.
    bool m_replyChosen = false;
    bool m_settingReplyChannel = false;
    QList<QWidget*> m_invalid;

    QComboBox* m_channel = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    AddressCompleter* m_addressCompleter = nullptr;
    QLabel* m_addressInfo = nullptr;
    MapDetailWidget* m_map = nullptr;
    QLineEdit* m_categoryEdit = nullptr;
    CategoryCompleter* m_categoryCompleter = nullptr;
    QLabel* m_categoryInfo = nullptr;
    QComboBox* m_priority = nullptr;
    QPlainTextEdit* m_description = nullptr;

    QRadioButton* m_citizenAnonymous = nullptr;
    QRadioButton* m_citizenExisting = nullptr;
    QRadioButton* m_citizenNew = nullptr;
    QStackedWidget* m_citizenStack = nullptr;
    QLineEdit* m_citizenSearch = nullptr;
    QListWidget* m_citizenResults = nullptr;
    QLabel* m_citizenPicked = nullptr;
    QTimer* m_citizenSearchTimer = nullptr;
    QLineEdit* m_citizenName = nullptr;
    QLineEdit* m_citizenAddress = nullptr;
    QLineEdit* m_citizenEmail = nullptr;
    QLineEdit* m_citizenPhone = nullptr;
    QComboBox* m_replyChannel = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_replyHint = nullptr;

    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace meldpunt
