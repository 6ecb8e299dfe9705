// SPDX-License-Identifier: GPL-3.0-or-later
// The intake form driven as a coordinator on the phone would: a half-typed address without accents,
// a category by type-ahead, a new citizen who wants a letter; then the database is checked.
#include "demodesk.h"
#include "addresscompleter.h"
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "domain/textfold.h"
#include "intakedialog.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

class TestGuiIntake final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addressLookupIgnoresDiacritics();
    void categoryTypeAheadOffersOnlySubcategories();
    void createWithNewCitizenAnsweredByLetter();
    void replyByEmailWithoutAddressKeepsTheInput();
    void missingCategoryIsRefused();
    void existingCitizenFromTheLookup();
    void anonymousReport();

private:
    template<typename T>
    T* field(const char* name) const
    {
        T* w = m_dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    /// The popup of a lookup: a top-level window of its own, found by its objectName.
    static QAbstractItemView* popup(const char* name);
    /// Types into the address field and picks the first line of the popup with the keyboard.
    void pickAddress(const QString& typed);
    void pickCategory(const QString& typed);
    qint64 reportCount() const;
    qint64 citizenCount() const;

    test::DemoDesk m_desk;
    std::unique_ptr<IntakeDialog> m_dialog;
};

void TestGuiIntake::initTestCase()
{
    QVERIFY(m_desk.dir().isValid());
    QString error;
    QVERIFY2(m_desk.generate(2000, 11, &error), qPrintable(error));
}

void TestGuiIntake::init()
{
    {
        QString error;
        QVERIFY2(m_desk.openCopy(&error), qPrintable(error));
    }
    m_dialog = std::make_unique<IntakeDialog>(m_desk.store(), m_desk.commands());
    QCOMPARE(m_dialog->objectName(), QStringLiteral("intakeDialog"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestGuiIntake::cleanup()
{
    m_dialog.reset();
    m_desk.close();
}

QAbstractItemView* TestGuiIntake::popup(const char* name)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w->objectName() == QLatin1String(name))
            return qobject_cast<QAbstractItemView*>(w);
    }
    return nullptr;
}

void TestGuiIntake::pickAddress(const QString& typed)
{
    auto* edit = field<QLineEdit>("intakeAddress");
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QAbstractItemView* list = nullptr;
    QTRY_VERIFY((list = popup("intakeAddressList")) && list->isVisible() && list->model()->rowCount() > 0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    // The offscreen platform does not give the activation back when a popup closes; a desktop does.
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->isActiveWindow());
}

void TestGuiIntake::pickCategory(const QString& typed)
{
    auto* edit = field<QLineEdit>("intakeCategory");
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QAbstractItemView* list = nullptr;
    QTRY_VERIFY((list = popup("intakeCategoryList")) && list->isVisible() && list->model()->rowCount() > 0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    // The offscreen platform does not give the activation back when a popup closes; a desktop does.
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->isActiveWindow());
}

qint64 TestGuiIntake::reportCount() const
{
    QSqlQuery q(m_desk.db()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM report")) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestGuiIntake::citizenCount() const
{
    QSqlQuery q(m_desk.db()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM citizen")) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestGuiIntake::addressLookupIgnoresDiacritics()
{
    const QList<AddressHit> hits = AddressCompleter::find(m_desk.store(), QStringLiteral("helene dutr 4"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().street, QStringLiteral("Hélène Dutrieustraat"));
    QCOMPARE(hits.first().houseNumber, QStringLiteral("4"));
    // A typed number starts the house number: 4, 4A, 40…, never "34 bus 4".
    for (const AddressHit& h : hits)
        QVERIFY2(h.street == QStringLiteral("Hélène Dutrieustraat") && h.houseNumber.startsWith(QLatin1Char('4')),
            qPrintable(h.display()));
    // Words in another order, and in capitals, find the same address first.
    const QList<AddressHit> reordered = AddressCompleter::find(m_desk.store(), QStringLiteral("DUTRIEU 4 HELENE"));
    QVERIFY(!reordered.isEmpty());
    QCOMPARE(reordered.first().id, hits.first().id);
    QVERIFY(AddressCompleter::find(m_desk.store(), QStringLiteral("zzzz qqqq 4")).isEmpty());
}

void TestGuiIntake::categoryTypeAheadOffersOnlySubcategories()
{
    const ReferenceData& refs = m_desk.store()->refs();
    const QList<int> found = CategoryCompleter::find(refs, QStringLiteral("afval"));
    QVERIFY(found.size() > 1);
    for (int id : found)
        QVERIFY(refs.category(id)->parentId != 0);
    // Diacritics and case do not matter; both halves of "Main › Sub" are searched.
    const QList<int> zwerf = CategoryCompleter::find(refs, QStringLiteral("AFVAL ZWÉRF"));
    QCOMPARE(zwerf.size(), 1);
    QCOMPARE(refs.category(zwerf.first())->name, QStringLiteral("Zwerfvuil"));
}

void TestGuiIntake::createWithNewCitizenAnsweredByLetter()
{
    QSignalSpy created(m_desk.commands(), &ReportCommands::reportCreated);
    const qint64 citizensBefore = citizenCount();

    pickAddress(QStringLiteral("helene dutr 4"));
    QCOMPARE(field<QLineEdit>("intakeAddress")->text(), QStringLiteral("Hélène Dutrieustraat 4"));
    const QList<AddressHit> register_ = m_desk.store()->searchAddresses(QStringLiteral("Hélène Dutrieustraat 4"), 20);
    auto expected = std::find_if(register_.cbegin(), register_.cend(), [](const AddressHit& h) {
        return h.street == QStringLiteral("Hélène Dutrieustraat") && h.houseNumber == QStringLiteral("4");
    });
    QVERIFY(expected != register_.cend());
    const QString district = m_desk.store()->refs().districtName(expected->districtId);
    QVERIFY(!district.isEmpty());
    QVERIFY2(field<QLabel>("intakeAddressInfo")->text().contains(district),
        qPrintable(field<QLabel>("intakeAddressInfo")->text()));

    pickCategory(QStringLiteral("zwerfv"));
    const int categoryId = CategoryCompleter::find(m_desk.store()->refs(), QStringLiteral("zwerfv")).first();
    QCOMPARE(field<QLineEdit>("intakeCategory")->text(), m_desk.store()->refs().categoryName(categoryId));
    const Category* category = m_desk.store()->refs().category(categoryId);
    QVERIFY(
        field<QLabel>("intakeCategoryInfo")->text().contains(m_desk.store()->refs().departmentName(category->departmentId)));

    auto* description = field<QPlainTextEdit>("intakeDescription");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Zakken afval naast de glasbol"));

    QTest::mouseClick(field<QRadioButton>("intakeCitizenNew"), Qt::LeftButton);
    QTRY_VERIFY(field<QLineEdit>("intakeCitizenName")->isVisible());
    QTest::keyClicks(field<QLineEdit>("intakeCitizenName"), QStringLiteral("Marcel Testeyns"));
    QTest::keyClicks(field<QLineEdit>("intakeCitizenAddress"), QStringLiteral("Molenstraat 8, 8800 Oostveld"));
    QTest::keyClicks(field<QLineEdit>("intakeCitizenPhone"), QStringLiteral("051 22 33 44"));
    auto* reply = field<QComboBox>("intakeReplyChannel");
    reply->setCurrentIndex(reply->findData(int(ReplyChannel::Letter)));
    QTest::mouseClick(field<QCheckBox>("intakeConsent"), Qt::LeftButton);
    QVERIFY(field<QCheckBox>("intakeConsent")->isChecked());

    // Ctrl+Enter saves from anywhere in the form.
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const qint64 id = m_dialog->createdId();
    QVERIFY(id > 0);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toLongLong(), id);

    const std::optional<Report> r = m_desk.store()->report(id);
    QVERIFY(r);
    QCOMPARE(r->categoryId, categoryId);
    QCOMPARE(r->districtId, expected->districtId);
    QVERIFY(r->hasLocation);
    QCOMPARE(r->lat, expected->lat);
    QCOMPARE(r->lon, expected->lon);
    QCOMPARE(r->street, QStringLiteral("Hélène Dutrieustraat"));
    QCOMPARE(r->houseNumber, QStringLiteral("4"));
    QCOMPARE(r->channel, Channel::Phone);
    QCOMPARE(r->status, Status::New);
    QCOMPARE(r->description, QStringLiteral("Zakken afval naast de glasbol"));
    QCOMPARE(r->replyChannel, ReplyChannel::Letter);
    QVERIFY(r->citizenId != 0);
    const std::optional<Citizen> c = m_desk.store()->citizen(r->citizenId);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("Marcel Testeyns"));
    QCOMPARE(c->replyChannel, ReplyChannel::Letter);
    QCOMPARE(c->address, QStringLiteral("Molenstraat 8, 8800 Oostveld"));
    QVERIFY(c->consent);
    QCOMPARE(citizenCount(), citizensBefore + 1);

    const QList<ReportEvent> history = m_desk.store()->history(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, QStringLiteral("created"));
    QCOMPARE(history.first().payload.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
}

void TestGuiIntake::replyByEmailWithoutAddressKeepsTheInput()
{
    const qint64 reportsBefore = reportCount();
    const qint64 citizensBefore = citizenCount();
    pickAddress(QStringLiteral("helene dutr 4"));
    pickCategory(QStringLiteral("zwerfv"));
    QTest::keyClicks(field<QPlainTextEdit>("intakeDescription"), QStringLiteral("Glasscherven op het fietspad"));
    QTest::mouseClick(field<QRadioButton>("intakeCitizenNew"), Qt::LeftButton);
    QTest::keyClicks(field<QLineEdit>("intakeCitizenName"), QStringLiteral("Nina Zonder Mail"));
    auto* reply = field<QComboBox>("intakeReplyChannel");
    reply->setCurrentIndex(reply->findData(int(ReplyChannel::Email)));

    QTest::mouseClick(field<QPushButton>("intakeSave"), Qt::LeftButton);
    auto* error = field<QLabel>("intakeError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("e-mail")), qPrintable(error->text()));
    // Nothing written, nothing lost, and the field that lacks it has the focus.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->createdId(), 0);
    QCOMPARE(reportCount(), reportsBefore);
    QCOMPARE(citizenCount(), citizensBefore);
    QCOMPARE(field<QLineEdit>("intakeAddress")->text(), QStringLiteral("Hélène Dutrieustraat 4"));
    QCOMPARE(field<QPlainTextEdit>("intakeDescription")->toPlainText(), QStringLiteral("Glasscherven op het fietspad"));
    QCOMPARE(field<QLineEdit>("intakeCitizenName")->text(), QStringLiteral("Nina Zonder Mail"));
    QCOMPARE(reply->currentData().toInt(), int(ReplyChannel::Email));
    QTRY_VERIFY(field<QLineEdit>("intakeCitizenEmail")->hasFocus());

    // Giving the address is enough to save.
    QTest::keyClicks(field<QLineEdit>("intakeCitizenEmail"), QStringLiteral("nina@example.be"));
    QTest::mouseClick(field<QPushButton>("intakeSave"), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Report> r = m_desk.store()->report(m_dialog->createdId());
    QVERIFY(r);
    QCOMPARE(r->replyChannel, ReplyChannel::Email);
    QCOMPARE(m_desk.store()->citizen(r->citizenId)->email, QStringLiteral("nina@example.be"));
    QCOMPARE(citizenCount(), citizensBefore + 1);
}

void TestGuiIntake::missingCategoryIsRefused()
{
    const qint64 reportsBefore = reportCount();
    QTest::keyClicks(field<QPlainTextEdit>("intakeDescription"), QStringLiteral("Iets zonder categorie"));
    QTest::mouseClick(field<QRadioButton>("intakeCitizenAnonymous"), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>("intakeSave"), Qt::LeftButton);
    auto* error = field<QLabel>("intakeError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("category")), qPrintable(error->text()));
    QVERIFY(field<QLineEdit>("intakeCategory")->hasFocus());
    QCOMPARE(reportCount(), reportsBefore);
    QCOMPARE(field<QPlainTextEdit>("intakeDescription")->toPlainText(), QStringLiteral("Iets zonder categorie"));
}

void TestGuiIntake::existingCitizenFromTheLookup()
{
    // A citizen of the demo town who wants e-mail and whose name has diacritics, looked up without them.
    QSqlQuery q(m_desk.db()->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id, name, email FROM citizen WHERE email LIKE '%@%' AND anonymized_at IS NULL "
                              "AND reply_channel = 'email' ORDER BY id")));
    qint64 citizenId = 0;
    QString typed;
    QString email;
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString folded = foldForSearch(name);
        const bool ascii = std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 128; });
        if (ascii && folded != name.toLower()) {
            citizenId = q.value(0).toLongLong();
            typed = folded;
            email = q.value(2).toString();
            break;
        }
    }
    QVERIFY(citizenId != 0);

    pickCategory(QStringLiteral("zwerfv"));
    QTest::keyClicks(field<QPlainTextEdit>("intakeDescription"), QStringLiteral("Weer zwerfvuil"));
    QVERIFY(field<QRadioButton>("intakeCitizenLookup")->isChecked());
    auto* search = field<QLineEdit>("intakeCitizenSearch");
    search->setFocus();
    QTest::keyClicks(search, typed);
    auto* results = field<QListWidget>("intakeCitizenResults");
    int row = -1;
    QTRY_VERIFY([&] {
        for (int i = 0; i < results->count(); ++i) {
            if (results->item(i)->data(Qt::UserRole + 1).toLongLong() == citizenId) {
                row = i;
                return true;
            }
        }
        return false;
    }());
    // Down moves into the list, Down again to the right line, Enter picks it.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(results->hasFocus());
    for (int i = 0; i < row; ++i)
        QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentRow(), row);
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY2(field<QLabel>("intakeCitizenPicked")->text().contains(email),
        qPrintable(field<QLabel>("intakeCitizenPicked")->text()));
    QCOMPARE(field<QComboBox>("intakeReplyChannel")->currentData().toInt(), int(ReplyChannel::Email));

    QTest::keyClick(results, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Report> r = m_desk.store()->report(m_dialog->createdId());
    QVERIFY(r);
    QCOMPARE(r->citizenId, citizenId);
    QCOMPARE(r->replyChannel, ReplyChannel::Email);
    QVERIFY(!r->hasLocation);
}

void TestGuiIntake::anonymousReport()
{
    auto* channel = field<QComboBox>("intakeChannel");
    channel->setCurrentIndex(channel->findData(int(Channel::Counter)));
    pickCategory(QStringLiteral("zwerfv"));
    // Text typed without picking from the register is kept as text, without a location.
    auto* address = field<QLineEdit>("intakeAddress");
    address->setFocus();
    address->setText(QStringLiteral("achter de <b>kerk</b>"));
    QTest::mouseClick(field<QRadioButton>("intakeCitizenAnonymous"), Qt::LeftButton);
    QVERIFY(!field<QComboBox>("intakeReplyChannel")->isEnabled());
    QTest::mouseClick(field<QPushButton>("intakeSave"), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Report> r = m_desk.store()->report(m_dialog->createdId());
    QVERIFY(r);
    QCOMPARE(r->citizenId, 0);
    QCOMPARE(r->replyChannel, ReplyChannel::None);
    QCOMPARE(r->channel, Channel::Counter);
    QCOMPARE(r->address, QStringLiteral("achter de <b>kerk</b>"));
    QVERIFY(!r->hasLocation);
}

QTEST_MAIN(TestGuiIntake)
#include "tst_gui_intake.moc"
