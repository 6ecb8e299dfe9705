// SPDX-License-Identifier: GPL-3.0-or-later
// The intake form's map: a click names the nearest address and becomes the report's location, a
// typed address moves the pin, and a click far from every address keeps the point without one.
#include "demodesk.h"
#include "addresscompleter.h"
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "geo/addressindex.h"
#include "intakedialog.h"
#include "mapdetail.h"
#include "mapwidget.h"
#include "settings.h"
#include "geo/webmercator.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

class TestGuiIntakeMap final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clickNamesTheNearestAddressAndSavesThePoint();
    void typedAddressMovesThePin();
    void clickFarFromEveryAddressKeepsThePoint();

private:
    template<typename T>
    T* field(const char* name) const
    {
        T* w = m_dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    static QAbstractItemView* popup(const char* name);
    void pickFromPopup(const char* edit, const char* list, const QString& typed);
    /// Category, description and an anonymous caller, so that the form can be saved.
    void fillTheRest();
    /// Clicks the intake map at a pixel and returns the point under it.
    QGeoCoordinate clickMap(QPoint at);
    qint64 saveReport();

    test::DemoDesk m_desk;
    std::shared_ptr<AddressIndex> m_register; ///< the reference for "nearest", read independently
    std::unique_ptr<IntakeDialog> m_dialog;
    MapDetailWidget* m_map = nullptr;
};

void TestGuiIntakeMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_desk.dir().isValid());
    Settings::useFile(m_desk.dir().filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY2(m_desk.generate(500, 3, &error), qPrintable(error));
}

void TestGuiIntakeMap::init()
{
    {
        QString error;
        QVERIFY2(m_desk.openCopy(&error), qPrintable(error));
    }
    if (!m_register) {
        QString error;
        m_register = AddressIndex::load(m_desk.db(), &error);
        QVERIFY2(m_register && m_register->size() > 1000, qPrintable(error));
    }
    m_dialog = std::make_unique<IntakeDialog>(m_desk.store(), m_desk.commands());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_map = field<MapDetailWidget>("intakeMap");
    QVERIFY(m_map);
    QVERIFY(m_map->isVisible());
    QVERIFY(m_map->height() >= 150);
    // The register is built on a worker thread; the dialog is usable meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(m_map->canvas()->city() != nullptr, 20000);
}

void TestGuiIntakeMap::cleanup()
{
    m_map = nullptr;
    m_dialog.reset();
    m_desk.close();
}

QAbstractItemView* TestGuiIntakeMap::popup(const char* name)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w->objectName() == QLatin1String(name))
            return qobject_cast<QAbstractItemView*>(w);
    }
    return nullptr;
}

void TestGuiIntakeMap::pickFromPopup(const char* editName, const char* listName, const QString& typed)
{
    auto* edit = field<QLineEdit>(editName);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    QAbstractItemView* list = nullptr;
    QTRY_VERIFY((list = popup(listName)) && list->isVisible() && list->model()->rowCount() > 0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    // The offscreen platform does not give the activation back when a popup closes.
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->isActiveWindow());
}

void TestGuiIntakeMap::fillTheRest()
{
    pickFromPopup("intakeCategory", "intakeCategoryList", QStringLiteral("sluikstort"));
    auto* description = field<QPlainTextEdit>("intakeDescription");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Zakken afval naast de glasbol"));
    QTest::mouseClick(field<QRadioButton>("intakeCitizenAnonymous"), Qt::LeftButton);
    QVERIFY(field<QRadioButton>("intakeCitizenAnonymous")->isChecked());
}

QGeoCoordinate TestGuiIntakeMap::clickMap(QPoint at)
{
    MapWidget* canvas = m_map->canvas();
    const QGeoCoordinate c = canvas->viewport().coordinateAt(at);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    return c;
}

qint64 TestGuiIntakeMap::saveReport()
{
    QTest::mouseClick(field<QPushButton>("intakeSave"), Qt::LeftButton);
    if (m_dialog->result() != QDialog::Accepted)
        qWarning("not saved: %s", qPrintable(field<QLabel>("intakeError")->text()));
    return m_dialog->createdId();
}

void TestGuiIntakeMap::clickNamesTheNearestAddressAndSavesThePoint()
{
    auto* address = field<QLineEdit>("intakeAddress");
    auto* info = field<QLabel>("intakeAddressInfo");
    QVERIFY(address->text().isEmpty());
    // Bring a street into view the way a coordinator would (typing), then click a little off the pin.
    pickFromPopup("intakeAddress", "intakeAddressList", QStringLiteral("kerkstraat 10"));
    MapWidget* canvas = m_map->canvas();
    QVERIFY(canvas->zoom() >= 16);
    const QPoint at = QPoint(canvas->width() / 2, canvas->height() / 2) + QPoint(37, 23);
    const QGeoCoordinate clicked = clickMap(at);
    QVERIFY(clicked.isValid());

    const std::optional<AddressHit> nearest = m_register->nearestAddress(clicked.latitude(), clicked.longitude());
    QVERIFY(nearest);
    const QString expected = QStringLiteral("%1 %2").arg(nearest->street, nearest->houseNumber);
    QTRY_COMPARE(address->text(), expected);
    QVERIFY2(info->text().contains(nearest->display()), qPrintable(info->text()));

    fillTheRest();
    const qint64 id = saveReport();
    QVERIFY(id > 0);
    const std::optional<Report> r = m_desk.store()->report(id);
    QVERIFY(r);
    QVERIFY(r->hasLocation);
    // The point clicked, not the house's point.
    QVERIFY(std::abs(r->lat - clicked.latitude()) < 1e-7);
    QVERIFY(std::abs(r->lon - clicked.longitude()) < 1e-7);
    QCOMPARE(r->street, nearest->street);
    QCOMPARE(r->houseNumber, nearest->houseNumber);
    QCOMPARE(r->address, expected);
    QCOMPARE(r->districtId, m_desk.store()->refs().districtAt(clicked.latitude(), clicked.longitude()));
}

void TestGuiIntakeMap::typedAddressMovesThePin()
{
    MapWidget* canvas = m_map->canvas();
    const QList<AddressHit> hits = m_desk.store()->searchAddresses(QStringLiteral("Stationsstraat 5"), 1);
    QVERIFY(!hits.isEmpty());
    pickFromPopup("intakeAddress", "intakeAddressList", QStringLiteral("stationsstr 5"));
    const QString picked = field<QLineEdit>("intakeAddress")->text();
    QVERIFY2(picked.startsWith(QStringLiteral("Stationsstraat 5")), qPrintable(picked));
    // The map is centred on the picked address, at street level, with its pin.
    const QPointF at = canvas->viewport().toScreen(hits.first().lat, hits.first().lon);
    QVERIFY2(std::abs(at.x() - canvas->width() / 2.0) < 2 && std::abs(at.y() - canvas->height() / 2.0) < 2,
        qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    QVERIFY(canvas->zoom() >= 17);

    // Typing another address and picking it moves the pin again; the report gets that address's point.
    pickFromPopup("intakeAddress", "intakeAddressList", QStringLiteral("kerkstraat 3"));
    const AddressHit kerk = m_desk.store()->searchAddresses(QStringLiteral("Kerkstraat 3"), 1).value(0);
    const QPointF moved = canvas->viewport().toScreen(kerk.lat, kerk.lon);
    QVERIFY(std::abs(moved.x() - canvas->width() / 2.0) < 2 && std::abs(moved.y() - canvas->height() / 2.0) < 2);
    fillTheRest();
    const qint64 id = saveReport();
    QVERIFY(id > 0);
    const std::optional<Report> r = m_desk.store()->report(id);
    QVERIFY(std::abs(r->lat - kerk.lat) < 1e-7 && std::abs(r->lon - kerk.lon) < 1e-7);
}

void TestGuiIntakeMap::clickFarFromEveryAddressKeepsThePoint()
{
    auto* address = field<QLineEdit>("intakeAddress");
    auto* info = field<QLabel>("intakeAddressInfo");
    MapWidget* canvas = m_map->canvas();
    // Look some 15 km north of the city, where no address of the register lies.
    const QRectF city = canvas->city()->worldBounds;
    const QGeoCoordinate north = WebMercator::unproject(city.center());
    canvas->setView(north.latitude() + 0.15, north.longitude(), 15);
    const QPoint at(canvas->width() / 2 - 20, canvas->height() / 2 + 10);
    const QGeoCoordinate clicked = clickMap(at);
    QVERIFY(!m_register->nearestAddress(clicked.latitude(), clicked.longitude()));
    QTRY_VERIFY2(info->text().contains(QLatin1String("No address found within 250 m")), qPrintable(info->text()));
    QVERIFY(address->text().isEmpty());

    fillTheRest();
    const qint64 id = saveReport();
    QVERIFY(id > 0);
    const std::optional<Report> r = m_desk.store()->report(id);
    QVERIFY(r->hasLocation);
    QVERIFY(std::abs(r->lat - clicked.latitude()) < 1e-7);
    QVERIFY(std::abs(r->lon - clicked.longitude()) < 1e-7);
    QVERIFY(r->street.isEmpty());
    QVERIFY(r->address.isEmpty());
}

QTEST_MAIN(TestGuiIntakeMap)
#include "tst_gui_intakemap.moc"
