#include "core/database/ConsoleDatabase.h"
#include "core/metrics/AlertRules.h"
#include "core/metrics/AlertStore.h"

#include <QDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::metrics;

// Alert thresholds: p95 above X for Y minutes, error ratio above Z, down; each fires once when its
// condition held long enough and resolves once; thresholds and the log survive in a real SQLite file.
class TestAlertRules : public QObject
{
    Q_OBJECT

    static ScrapeReport up(qint64 ms, std::optional<double> p95, std::optional<double> errors = 0.0)
    {
        ScrapeReport r;
        r.gatewayId = 1;
        r.timeMs = ms;
        r.up = true;
        if (p95)
            r.signalValues.append({QStringLiteral("latency_p95"), *p95});
        if (errors)
            r.signalValues.append({QStringLiteral("error_ratio"), *errors});
        return r;
    }

    static ScrapeReport down(qint64 ms)
    {
        ScrapeReport r;
        r.gatewayId = 1;
        r.timeMs = ms;
        r.failure = ScrapeFailure::Refused;
        r.reason = QStringLiteral("127.0.0.1:9 refused the connection: is the gateway running?");
        return r;
    }

private slots:
    void p95MustStayAboveTheThresholdForTheWholeDuration()
    {
        AlertEvaluator alerts;
        AlertThresholds t;
        t.gatewayId = 1;
        t.p95AboveSeconds = 0.5;
        t.p95ForSeconds = 120;
        alerts.setThresholds({t});
        const qint64 t0 = 1'700'000'000'000;
        QVERIFY(alerts.evaluate(up(t0, 0.9)).empty());
        QVERIFY(alerts.evaluate(up(t0 + 60'000, 0.9)).empty());
        QVERIFY(alerts.evaluate(up(t0 + 90'000, 0.2)).empty()); // dipped: the clock restarts
        QVERIFY(alerts.evaluate(up(t0 + 100'000, 0.8)).empty());
        QVERIFY(alerts.evaluate(up(t0 + 200'000, 0.8)).empty());
        auto fired = alerts.evaluate(up(t0 + 220'000, 0.8));
        QCOMPARE(fired.size(), std::size_t(1));
        QVERIFY(fired[0].firing);
        QCOMPARE(int(fired[0].kind), int(AlertKind::LatencyP95));
        QVERIFY2(fired[0].message.contains(QStringLiteral("800 ms above 500 ms for 2 min")),
                 qPrintable(fired[0].message));
        QVERIFY(alerts.evaluate(up(t0 + 230'000, 0.8)).empty());              // fires once
        QVERIFY(alerts.evaluate(up(t0 + 240'000, std::nullopt)).size() == 1); // no traffic: resolved
        QVERIFY(!alerts.isFiring(1, AlertKind::LatencyP95));
    }

    void errorRatioAndDownAlerts()
    {
        AlertEvaluator alerts;
        AlertThresholds t;
        t.gatewayId = 1;
        t.errorRatioAbove = 0.05;
        t.errorForSeconds = 0;
        alerts.setThresholds({t});
        const qint64 t0 = 1'700'000'000'000;
        QVERIFY(alerts.evaluate(up(t0, 0.1, 0.01)).empty());
        auto failing = alerts.evaluate(up(t0 + 1000, 0.1, 0.2));
        QCOMPARE(failing.size(), std::size_t(1));
        QVERIFY(failing[0].message.contains(QStringLiteral("20%")));

        auto gone = alerts.evaluate(down(t0 + 2000));
        QCOMPARE(gone.size(), std::size_t(1));
        QCOMPARE(int(gone[0].kind), int(AlertKind::Down));
        QVERIFY(gone[0].message.contains(QStringLiteral("refused")));
        QVERIFY(alerts.evaluate(down(t0 + 3000)).empty());
        QVERIFY(alerts.isFiring(1, AlertKind::ErrorRatio)); // unknown while down: kept

        auto back = alerts.evaluate(up(t0 + 4000, 0.1, 0.0));
        QCOMPARE(back.size(), std::size_t(2)); // up again, and errors resolved
        QVERIFY(!back[0].firing && !back[1].firing);

        // Down alerts can be switched off; a gateway without thresholds alerts on down only.
        t.whenDown = false;
        alerts.setThresholds({t});
        QVERIFY(alerts.evaluate(down(t0 + 5000)).empty());
        ScrapeReport other = down(t0 + 5000);
        other.gatewayId = 2;
        QCOMPARE(alerts.evaluate(other).size(), std::size_t(1));
    }

    void thresholdsAndTheLogAreStored()
    {
        const QString path = QDir::homePath() + QStringLiteral("/alerts.sqlite");
        AlertThresholds t;
        t.gatewayId = 7;
        t.p95AboveSeconds = 1.5;
        t.p95ForSeconds = 600;
        t.whenDown = false;
        {
            ConsoleDatabase db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            AlertStore store(db);
            QVERIFY2(store.saveThresholds(t), qPrintable(store.lastError()));
            QVERIFY(store.append({7, AlertKind::LatencyP95, true, 1000, QStringLiteral("p95 high")}));
            QVERIFY(store.append({7, AlertKind::LatencyP95, false, 2000, QStringLiteral("p95 back")}));
        }
        ConsoleDatabase db(path);
        QVERIFY(db.open());
        AlertStore store(db);
        const auto thresholds = store.thresholds();
        QCOMPARE(thresholds.size(), 1);
        QVERIFY(thresholds[0] == t);
        const auto log = store.recent(10);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].message, QStringLiteral("p95 back"));
        QVERIFY(!log[0].firing);
        QCOMPARE(int(log[1].kind), int(AlertKind::LatencyP95));
        QCOMPARE(store.recent(1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
