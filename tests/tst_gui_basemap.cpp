// SPDX-License-Identifier: GPL-3.0-or-later
// The chosen basemap is kept in the settings: a new map view (the next start) uses it again, and the
// detail map and the intake form's map follow the choice.
#include "basemapchoice.h"
#include "demo/demogenerator.h"
#include "geo/tileprovider.h"
#include "mapdetail.h"
#include "mapview.h"
#include "mapwidget.h"
#include "settings.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace meldpunt;

class TestGuiBasemap final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void defaultIsTheCityMap();
    void menuChoiceIsKeptAndFollowed();
    void offlineFileSurvivesARestart();
    void missingFileFallsBackButStaysChosen();

private:
    /// A new start: the settings are read again from the file, then a map view is built.
    std::unique_ptr<MapView> restart();
    static QAction* basemapAction(MapView* view, const QString& id);
    QString storedSetting() const;

    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
};

void TestGuiBasemap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    Settings::useFile(m_settingsFile);
    const QString path = m_dir.filePath(QStringLiteral("city.sqlite"));
    DemoOptions o;
    o.reports = 200;
    o.seed = 2;
    DemoGenerator generator(o);
    QString error;
    QVERIFY2(generator.generate(path, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    const OpenError e = m_db->open(path, Database::Mode::OpenExisting);
    QVERIFY2(!e, qPrintable(e.message));
    m_store = std::make_unique<ReportStore>(m_db.get());
}

void TestGuiBasemap::cleanup()
{
    // Every test starts from the city's own map.
    BasemapChoice::instance()->choose(TileSourceSpec::vector());
}

std::unique_ptr<MapView> TestGuiBasemap::restart()
{
    Settings::instance()->sync();
    Settings::useFile(m_settingsFile);
    return std::make_unique<MapView>(m_db.get(), m_store->refs());
}

QAction* TestGuiBasemap::basemapAction(MapView* view, const QString& id)
{
    auto* button = view->findChild<QToolButton*>(QStringLiteral("mapBasemapButton"));
    if (!button || !button->menu())
        return nullptr;
    const QList<QAction*> actions = button->menu()->actions();
    for (QAction* a : actions)
        if (a->data().toString() == id)
            return a;
    return nullptr;
}

QString TestGuiBasemap::storedSetting() const
{
    Settings::instance()->sync();
    return QSettings(m_settingsFile, QSettings::IniFormat).value(QStringLiteral("Map/Basemap")).toString();
}

void TestGuiBasemap::defaultIsTheCityMap()
{
    const std::unique_ptr<MapView> view = restart();
    QCOMPARE(view->tileSource().id, QStringLiteral("vector"));
    QVERIFY(storedSetting().isEmpty());
    MapDetailWidget detail(m_db.get(), m_store->refs());
    QVERIFY(!detail.canvas()->tileProvider()->isRaster());
}

void TestGuiBasemap::menuChoiceIsKeptAndFollowed()
{
    std::unique_ptr<MapView> view = restart();
    MapDetailWidget detail(m_db.get(), m_store->refs());
    QSignalSpy changed(view.get(), &MapView::tileSourceChanged);

    // The coordinator picks OpenStreetMap in the basemap menu.
    QAction* osm = basemapAction(view.get(), QStringLiteral("osm"));
    QVERIFY(osm);
    osm->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(view->tileSource().id, QStringLiteral("osm"));
    QCOMPARE(TileSourceSpec::fromSetting(storedSetting()).id, QStringLiteral("osm"));
    // The detail map follows at once.
    QCOMPARE(detail.canvas()->tileProvider()->source().id, QStringLiteral("osm"));

    // The next start shows the same basemap, in the view, its menu and a new detail map.
    view.reset();
    view = restart();
    QCOMPARE(view->tileSource().id, QStringLiteral("osm"));
    QVERIFY(basemapAction(view.get(), QStringLiteral("osm"))->isChecked());
    QVERIFY(view->findChild<QToolButton*>(QStringLiteral("mapBasemapButton"))
                ->text()
                .contains(TileSourceSpec::openStreetMap().name));
    MapDetailWidget afterRestart(m_db.get(), m_store->refs());
    QCOMPARE(afterRestart.canvas()->tileProvider()->source().id, QStringLiteral("osm"));

    // Back to the city's own map: nothing is left in the settings.
    basemapAction(view.get(), QStringLiteral("vector"))->trigger();
    QCOMPARE(view->tileSource().id, QStringLiteral("vector"));
    QVERIFY(storedSetting().isEmpty());
    QCOMPARE(afterRestart.canvas()->tileProvider()->source().id, QStringLiteral("vector"));
    view.reset();
    view = restart();
    QCOMPARE(view->tileSource().id, QStringLiteral("vector"));
}

void TestGuiBasemap::offlineFileSurvivesARestart()
{
    const QString file = QStringLiteral(MELDPUNT_SHARED_DATA "/mbtiles/plain_3.mbtiles");
    QVERIFY2(QFile::exists(file), qPrintable(file));
    std::unique_ptr<MapView> view = restart();
    BasemapChoice::instance()->choose(TileSourceSpec::mbtiles(file));
    // An open view follows a choice made elsewhere.
    QCOMPARE(view->tileSource().id, QStringLiteral("mbtiles"));
    view.reset();
    view = restart();
    QCOMPARE(view->tileSource().kind, TileSourceSpec::Kind::MBTiles);
    QCOMPARE(view->tileSource().location, file);
    QVERIFY(view->canvas()->tileProvider()->isRaster());
    MapDetailWidget detail(m_db.get(), m_store->refs());
    QVERIFY(detail.canvas()->tileProvider()->isRaster());
    QCOMPARE(detail.canvas()->tileProvider()->source().location, file);
}

void TestGuiBasemap::missingFileFallsBackButStaysChosen()
{
    const QString gone = m_dir.filePath(QStringLiteral("usb-stick/city.mbtiles"));
    BasemapChoice::instance()->choose(TileSourceSpec::mbtiles(gone));
    const std::unique_ptr<MapView> view = restart();
    // The file is not there: the city's own map, with a message, and the choice is kept for when it is back.
    QCOMPARE(view->tileSource().id, QStringLiteral("vector"));
    QVERIFY(!view->canvas()->tileProvider()->isRaster());
    QCOMPARE(TileSourceSpec::fromSetting(storedSetting()).location, gone);
}

QTEST_MAIN(TestGuiBasemap)
#include "tst_gui_basemap.moc"
