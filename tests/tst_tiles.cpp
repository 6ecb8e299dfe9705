// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching tiles from a local HTTP server started by the test: success, 404, 500, retries, timeouts,
// slow answers, garbage, the parallel cap and the disk cache with the server gone. Only 127.0.0.1.
#include "geo/tilefetcher.h"
#include "geo/tileprovider.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace meldpunt;

namespace {

QByteArray pngTile()
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(QColor(0x33, 0x88, 0xcc));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

/// A tiny HTTP/1.1 tile server whose behaviour is chosen by the first path segment.
class TileServer final : public QTcpServer {
public:
    TileServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                sockets << s;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    sockets.removeOne(s);
                    s->deleteLater();
                });
            }
        });
        QVERIFY(listen(QHostAddress::LocalHost));
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    void stop()
    {
        close();
        for (const QPointer<QTcpSocket>& s : std::as_const(sockets))
            if (s)
                s->abort();
        sockets.clear();
    }

    int requests = 0;
    int open = 0;
    int maxOpen = 0;
    QByteArray userAgent;
    QHash<QString, int> hits;
    QList<QPointer<QTcpSocket>> sockets;
    QByteArray cacheControl = "max-age=3600";

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.split('\n');
        buffer.clear();
        const QByteArray path = lines.first().split(' ').value(1);
        for (const QByteArray& l : lines)
            if (l.toLower().startsWith("user-agent:"))
                userAgent = l.mid(11).trimmed();
        ++requests;
        const QString kind = QString::fromLatin1(path.split('/').value(1));
        const int hit = ++hits[QString::fromLatin1(path)];
        ++open;
        maxOpen = std::max(maxOpen, open);
        QPointer<QTcpSocket> guard(s);
        auto reply = [this, guard](int status, const QByteArray& body, const QByteArray& type = "image/png") {
            --open;
            if (!guard)
                return;
            const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Internal Server Error";
            QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
            if (status == 200)
                head += "Cache-Control: " + cacheControl + "\r\n";
            guard->write(head + "\r\n" + body);
            guard->disconnectFromHost();
        };
        if (kind == QLatin1String("ok"))
            reply(200, pngTile());
        else if (kind == QLatin1String("missing"))
            reply(404, "no such tile", "text/plain");
        else if (kind == QLatin1String("error"))
            reply(500, "oops", "text/plain");
        else if (kind == QLatin1String("flaky"))
            hit == 1 ? reply(500, "oops", "text/plain") : reply(200, pngTile());
        else if (kind == QLatin1String("garbage"))
            reply(200, "<html>this is not a tile</html>");
        else if (kind == QLatin1String("slow"))
            QTimer::singleShot(400, this, [reply] { reply(200, pngTile()); });
        else if (kind == QLatin1String("hang"))
            ; // never answers
        else
            reply(404, "unknown", "text/plain");
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

TileSourceSpec source(const TileServer& server, const char* kind)
{
    return TileSourceSpec::custom(
        server.base() + QLatin1Char('/') + QLatin1String(kind) + QStringLiteral("/{z}/{x}/{y}.png"),
        QStringLiteral("test"));
}

TileFetcher::Options fastOptions(const QString& cache = QString())
{
    TileFetcher::Options o;
    o.maxParallel = 4;
    o.maxAttempts = 3;
    o.backoffMs = 40;
    o.timeoutMs = 3000;
    o.cacheDirectory = cache;
    return o;
}

} // namespace

class TestTiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urlTemplates_data();
    void urlTemplates();
    void validateTemplate();
    void settingRoundTrip();
    void fetchesWithOurUserAgent();
    void notFoundIsPermanentAndNotRetried();
    void serverErrorIsRetriedThenReported();
    void flakyServerRecovers();
    void timeoutGivesUpWithoutBlocking();
    void slowAnswerArrives();
    void parallelRequestsAreCapped();
    void cacheHitWithServerGone();
    void staleCacheBeatsAPlaceholder();
    void garbageBecomesAFailedTile();
    void leavingTheViewDropsQueuedTiles();
};

void TestTiles::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestTiles::urlTemplates_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("url");
    QTest::newRow("xyz") << "https://t.example/{z}/{x}/{y}.png"
                         << "https://t.example/15/16668/10977.png";
    QTest::newRow("tms") << "https://t.example/{z}/{x}/{-y}.png"
                         << "https://t.example/15/16668/21790.png";
    QTest::newRow("wmts kvp") << "https://g.example/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}"
                              << "https://g.example/wmts?TILEMATRIX=15&TILEROW=10977&TILECOL=16668";
}

void TestTiles::urlTemplates()
{
    QFETCH(QString, templ);
    QFETCH(QString, url);
    QCOMPARE(TileSourceSpec::custom(templ, QString()).tileUrl({ 15, 16668, 10977 }).toString(), url);
    // The presets name their tile matrix set and carry their attribution.
    QVERIFY(TileSourceSpec::grbBasiskaart()
                .tileUrl({ 15, 16668, 10977 })
                .toString()
                .contains(QLatin1String("TILEMATRIXSET=GoogleMapsVL&TILEMATRIX=15&TILEROW=10977&TILECOL=16668")));
    QVERIFY(TileSourceSpec::pdokAchtergrondkaart()
                .tileUrl({ 10, 1, 2 })
                .toString()
                .endsWith(QLatin1String("EPSG:3857/10/1/2.png")));
    QVERIFY(TileSourceSpec::openStreetMap().attribution.contains(QLatin1String("OpenStreetMap")));
}

void TestTiles::validateTemplate()
{
    QString error;
    QVERIFY(TileSourceSpec::validateTemplate(QStringLiteral("https://a.example/{z}/{x}/{y}.png"), &error));
    QVERIFY(!TileSourceSpec::validateTemplate(QStringLiteral("https://a.example/tiles.png"), &error));
    QVERIFY(error.contains(QLatin1String("{z}")));
    QVERIFY(!TileSourceSpec::validateTemplate(QStringLiteral("file:///etc/{z}/{x}/{y}"), &error));
    QVERIFY(!TileSourceSpec::validateTemplate(QString(), &error));
}

void TestTiles::settingRoundTrip()
{
    for (const TileSourceSpec& s : TileSourceSpec::presets())
        QCOMPARE(TileSourceSpec::fromSetting(s.toSetting()), s);
    const TileSourceSpec custom
        = TileSourceSpec::custom(QStringLiteral("https://x.example/{z}/{x}/{y}"), QStringLiteral("© X"));
    QCOMPARE(TileSourceSpec::fromSetting(custom.toSetting()), custom);
    const TileSourceSpec file = TileSourceSpec::mbtiles(QStringLiteral("/data/city.mbtiles"));
    QCOMPARE(TileSourceSpec::fromSetting(file.toSetting()), file);
    QCOMPARE(TileSourceSpec::fromSetting(QStringLiteral("garbage")).id, QStringLiteral("vector"));
}

void TestTiles::fetchesWithOurUserAgent()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "ok"));
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    f.request({ 3, 4, 2 });
    QTRY_COMPARE(ok.size(), 1);
    QCOMPARE(ok.first().at(0).value<TileId>(), (TileId { 3, 4, 2 }));
    QCOMPARE(ok.first().at(1).toByteArray(), pngTile());
    QVERIFY2(server.userAgent.startsWith("Meldpunt/" MELDPUNT_VERSION), server.userAgent.constData());
    QCOMPARE(server.hits.value(QStringLiteral("/ok/3/4/2.png")), 1);
}

void TestTiles::notFoundIsPermanentAndNotRetried()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "missing"));
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 5, 1, 1 });
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(2).toBool());
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("404")));
    QTest::qWait(200);
    QCOMPARE(server.requests, 1);
}

void TestTiles::serverErrorIsRetriedThenReported()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "error"));
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 5, 1, 1 });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(server.requests, 3); // maxAttempts
    QVERIFY(!failed.first().at(2).toBool());
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("500")));
    QVERIFY(!f.isBusy());
}

void TestTiles::flakyServerRecovers()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "flaky"));
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 2, 1, 1 });
    QTRY_COMPARE(ok.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(server.requests, 2);
}

void TestTiles::timeoutGivesUpWithoutBlocking()
{
    TileServer server;
    TileFetcher::Options o = fastOptions();
    o.timeoutMs = 300;
    o.maxAttempts = 2;
    TileFetcher f(o);
    f.setSource(source(server, "hang"));
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    QElapsedTimer t;
    t.start();
    f.request({ 4, 2, 2 });
    QVERIFY(t.elapsed() < 100); // request() only queues
    // The event loop keeps turning while the server sleeps.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(20);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(ticks > 5);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("did not answer in time")),
        qPrintable(failed.first().at(1).toString()));
    QCOMPARE(server.requests, 2);
}

void TestTiles::slowAnswerArrives()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "slow"));
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    f.request({ 4, 2, 2 });
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, 5000);
    QCOMPARE(server.requests, 1);
}

void TestTiles::parallelRequestsAreCapped()
{
    TileServer server;
    TileFetcher f(fastOptions());
    f.setSource(source(server, "slow"));
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    for (int x = 0; x < 12; ++x)
        f.request({ 4, x, 3 });
    QCOMPARE(f.activeCount(), 4);
    QCOMPARE(f.queuedCount(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 12, 10000);
    QVERIFY2(server.maxOpen <= 4, qPrintable(QString::number(server.maxOpen)));
    // The newest request went first: it is what the user looks at now.
    QCOMPARE(ok.at(4).at(0).value<TileId>().x, 11);
}

void TestTiles::cacheHitWithServerGone()
{
    QTemporaryDir cache;
    TileServer server;
    const TileSourceSpec spec = source(server, "ok");
    {
        TileFetcher f(fastOptions(cache.path()));
        f.setSource(spec);
        QSignalSpy ok(&f, &TileFetcher::tileFetched);
        f.request({ 6, 33, 21 });
        QTRY_COMPARE(ok.size(), 1);
        QVERIFY(!ok.first().at(2).toBool());
    }
    server.stop();
    const int before = server.requests;
    TileFetcher f(fastOptions(cache.path()));
    f.setSource(spec);
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 6, 33, 21 });
    QTRY_COMPARE(ok.size(), 1);
    QVERIFY(ok.first().at(2).toBool()); // from the disk cache, still fresh by its max-age
    QCOMPARE(ok.first().at(1).toByteArray(), pngTile());
    QCOMPARE(server.requests, before);
    QCOMPARE(failed.size(), 0);
}

void TestTiles::staleCacheBeatsAPlaceholder()
{
    QTemporaryDir cache;
    TileServer server;
    server.cacheControl = "max-age=0"; // expired at once: a later request must ask the server
    const TileSourceSpec spec = source(server, "ok");
    {
        TileFetcher f(fastOptions(cache.path()));
        f.setSource(spec);
        QSignalSpy ok(&f, &TileFetcher::tileFetched);
        f.request({ 6, 1, 2 });
        QTRY_COMPARE(ok.size(), 1);
    }
    server.stop();
    TileFetcher f(fastOptions(cache.path()));
    f.setSource(spec);
    QSignalSpy ok(&f, &TileFetcher::tileFetched);
    QSignalSpy failed(&f, &TileFetcher::tileFailed);
    f.request({ 6, 1, 2 });
    QTRY_COMPARE_WITH_TIMEOUT(ok.size() + failed.size(), 1, 5000);
    QCOMPARE(ok.size(), 1);
    QVERIFY(ok.first().at(2).toBool());
}

void TestTiles::garbageBecomesAFailedTile()
{
    TileServer server;
    TileProvider provider;
    QVERIFY(provider.setSource(source(server, "garbage")));
    QSignalSpy status(&provider, &TileProvider::statusChanged);
    TileProvider::State state;
    QVERIFY(provider.tile({ 3, 1, 1 }, &state).isNull());
    QCOMPARE(state, TileProvider::State::Loading);
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QLatin1String("not an image")),
        qPrintable(status.last().first().toString()));
    provider.tile({ 3, 1, 1 }, &state);
    QCOMPARE(state, TileProvider::State::Failed); // a placeholder, and no hammering of the server
    // A good source clears the message.
    QVERIFY(provider.setSource(source(server, "ok")));
    QVERIFY(provider.statusMessage().isEmpty());
    QTRY_VERIFY(!provider.tile({ 3, 1, 1 }).isNull());
}

void TestTiles::leavingTheViewDropsQueuedTiles()
{
    TileServer server;
    TileProvider provider;
    QVERIFY(provider.setSource(source(server, "slow")));
    for (int x = 0; x < 16; ++x)
        provider.tile({ 5, x, 4 });
    QCOMPARE(provider.pendingCount(), 16);
    provider.retainOnly({ TileId { 5, 0, 4 }, TileId { 5, 1, 4 } });
    // What is already on the wire finishes; the rest of the queue is gone.
    QVERIFY(provider.pendingCount() <= 6);
    QTRY_COMPARE_WITH_TIMEOUT(provider.pendingCount(), 0, 5000);
    QVERIFY(server.requests <= 6);
}

QTEST_GUILESS_MAIN(TestTiles)
#include "tst_tiles.moc"
