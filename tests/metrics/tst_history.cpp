#include "core/database/ConsoleDatabase.h"
#include "core/metrics/History.h"
#include "core/metrics/HistoryReader.h"
#include "core/metrics/Poller.h"
#include "core/metrics/RawSampleBudget.h"
#include "tests/support/GatehousedProcess.h"

#include <QDateTime>
#include <QDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::metrics;

// The metric history in a real SQLite file: batched writes, 1-minute and 1-hour rollups, a
// database reopened keeps everything, retention deletes old rows, and the poller's reports of a
// real gatehoused land in it.
class TestHistory : public QObject
{
    Q_OBJECT

    static QString freshPath(const QString& name)
    {
        const QString path = QDir::homePath() + QStringLiteral("/data/") + name + QStringLiteral(".sqlite");
        QFile::remove(path);
        return path;
    }

    static ScrapeReport report(qint64 gatewayId, qint64 ms, double rate)
    {
        ScrapeReport r;
        r.gatewayId = gatewayId;
        r.timeMs = ms;
        r.up = true;
        r.profileId = QStringLiteral("gatehoused");
        r.signalValues = {{QStringLiteral("request_rate"), rate},
                          {QStringLiteral("error_rate_by_code/503"), 1}};
        r.rawSamples = {{QStringLiteral("demo_total{a=\"1\"}"), rate * 10}};
        return r;
    }

    // 12:00:00 UTC of a recent day, so minute and hour buckets are easy to reason about.
    static qint64 recentHour()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return now - now % hourMs - 2 * hourMs;
    }

private slots:
    void picksTheResolutionFromTheRange()
    {
        const HistoryRetention r; // 48 h raw, 30 d of minutes
        const qint64 now = 1'700'000'000'000;
        QCOMPARE(chooseResolution(now - 5 * minuteMs, now, now, r), Resolution::Raw);
        QCOMPARE(chooseResolution(now - 6 * hourMs, now, now, r), Resolution::Raw);
        QCOMPARE(chooseResolution(now - 24 * hourMs, now, now, r), Resolution::Minute);
        QCOMPARE(chooseResolution(now - 7 * dayMs, now, now, r), Resolution::Minute);
        QCOMPARE(chooseResolution(now - 30 * dayMs, now, now, r), Resolution::Hour);
        // An hour from three days ago: raw samples are gone by then, minutes remain.
        QCOMPARE(chooseResolution(now - 3 * dayMs, now - 3 * dayMs + hourMs, now, r), Resolution::Minute);
        QCOMPARE(chooseResolution(now - 60 * dayMs, now - 60 * dayMs + hourMs, now, r), Resolution::Hour);
    }

    void writesRawSamplesAndRollsThemUp()
    {
        ConsoleDatabase db(freshPath(QStringLiteral("rollup")));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        History history(db);
        const qint64 t0 = recentHour();
        // Three scrapes a minute for three minutes: rates 1..9.
        for (int i = 0; i < 9; ++i)
            history.record(report(1, t0 + (i / 3) * minuteMs + (i % 3) * 20000, i + 1));
        QVERIFY2(history.flush(), qPrintable(history.lastError()));

        HistoryReader reader(db);
        const auto raw = reader.query(1, QStringLiteral("request_rate"), t0, t0 + hourMs, Resolution::Raw);
        QCOMPARE(raw.size(), std::size_t(9));
        QCOMPARE(raw.front().ms, t0);
        QCOMPARE(raw.back().value, 9.0);
        const auto minutes =
            reader.query(1, QStringLiteral("request_rate"), t0, t0 + hourMs, Resolution::Minute);
        QCOMPARE(minutes.size(), std::size_t(3));
        QCOMPARE(minutes[1].ms, t0 + minuteMs);
        QCOMPARE(minutes[1].min, 4.0);
        QCOMPARE(minutes[1].max, 6.0);
        QCOMPARE(minutes[1].value, 5.0);
        const auto hours = reader.query(1, QStringLiteral("request_rate"), t0, t0 + hourMs, Resolution::Hour);
        QCOMPARE(hours.size(), std::size_t(1));
        QCOMPARE(hours[0].value, 5.0);
        QCOMPARE(hours[0].min, 1.0);
        QCOMPARE(hours[0].max, 9.0);

        // A later batch into the same hour merges with the rollup rather than replacing it.
        history.record(report(1, t0 + 30 * minuteMs, 100));
        QVERIFY(history.flush());
        const auto merged =
            reader.query(1, QStringLiteral("request_rate"), t0, t0 + hourMs, Resolution::Hour);
        QCOMPARE(merged[0].max, 100.0);
        QCOMPARE(merged[0].value, (45.0 + 100.0) / 10.0);

        QCOMPARE(reader.seriesNames(1), (QStringList{QStringLiteral("error_rate_by_code/503"),
                                                     QStringLiteral("raw/demo_total{a=\"1\"}"),
                                                     QStringLiteral("request_rate"), QStringLiteral("up")}));
        QCOMPARE(reader.seriesNames(1, QStringLiteral("error_rate_by_code/")),
                 QStringList{QStringLiteral("error_rate_by_code/503")});
        QVERIFY(reader.seriesNames(2).isEmpty());
        QVERIFY(history.databaseBytes() > 0);
    }

    void commitsSeveralReportsPerTransaction()
    {
        ConsoleDatabase db(freshPath(QStringLiteral("batch")));
        QVERIFY(db.open());
        History history(db);
        history.setBatching(5, 600000);
        HistoryReader reader(db);
        const qint64 t0 = recentHour();
        for (int i = 0; i < 4; ++i)
            history.record(report(1, t0 + i * 1000, 1));
        QTest::qWait(500);
        QCOMPARE(reader.rowCount(Resolution::Raw), 0); // four reports wait for the fifth
        history.record(report(1, t0 + 4000, 1));
        QTRY_COMPARE_WITH_TIMEOUT(reader.rowCount(Resolution::Raw), 5 * 4, 30000); // up + 2 signals + 1 raw
    }

    void aReopenedDatabaseKeepsTheHistory()
    {
        const QString path = freshPath(QStringLiteral("reopen"));
        const qint64 t0 = recentHour();
        {
            ConsoleDatabase db(path);
            QVERIFY(db.open());
            History history(db);
            history.setBatching(1000, 600000);
            for (int i = 0; i < 3; ++i)
                history.record(report(4, t0 + i * 15000, 2));
            // No flush: closing the history commits what it holds.
        }
        ConsoleDatabase again(path);
        QVERIFY2(again.open(), qPrintable(again.errorString()));
        HistoryReader reader(again);
        QCOMPARE(reader.query(4, QStringLiteral("request_rate"), t0, t0 + hourMs, Resolution::Raw).size(),
                 std::size_t(3));
        QCOMPARE(reader.query(4, QStringLiteral("up"), t0, t0 + hourMs, Resolution::Minute).size(),
                 std::size_t(1));
    }

    void retentionDeletesOldRowsPerResolution()
    {
        ConsoleDatabase db(freshPath(QStringLiteral("retention")));
        QVERIFY(db.open());
        History history(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = now - 3 * dayMs;
        history.record(report(1, old, 1));
        history.record(report(1, now - minuteMs, 2));
        QVERIFY(history.flush());
        HistoryReader reader(db);
        auto count = [&](Resolution r) {
            return reader.query(1, QStringLiteral("request_rate"), 0, now, r).size();
        };
        QCOMPARE(count(Resolution::Raw), std::size_t(2));

        history.setRetention({48, 30, 400});
        history.applyRetention(now);
        QCOMPARE(count(Resolution::Raw), std::size_t(1));    // the 3-day-old sample is gone
        QCOMPARE(history.rawSamplesKeptFromMs(), qint64(0)); // by age, not cut short by the budget
        QCOMPARE(count(Resolution::Minute), std::size_t(2));
        QCOMPARE(count(Resolution::Hour), std::size_t(2));

        history.setRetention({1, 1, 400});
        history.applyRetention(now);
        QCOMPARE(count(Resolution::Minute), std::size_t(1));
        QCOMPARE(count(Resolution::Hour), std::size_t(2));
        QCOMPARE(reader.query(1, QStringLiteral("request_rate"), 0, now, Resolution::Raw).front().value, 2.0);
    }

    void rawSamplesStayWithinTheirDiskBudget()
    {
        ConsoleDatabase db(freshPath(QStringLiteral("budget")));
        QVERIFY(db.open());
        auto owned = std::make_unique<History>(db);
        History& history = *owned;
        history.setBatching(50, 600000);
        // Two hours of 450 raw series every 10 s: about 330,000 raw samples.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 t0 = now - 2 * hourMs;
        for (qint64 ms = t0; ms < now; ms += 10000) {
            ScrapeReport r = report(1, ms, 1);
            for (int i = 0; i < 450; ++i)
                r.rawSamples.append({QStringLiteral("demo_total{i=\"%1\"}").arg(i), double(ms % 997)});
            history.record(r);
        }
        QVERIFY2(history.flush(), qPrintable(history.lastError()));
        HistoryReader reader(db);
        QSqlDatabase connection = db.connection();
        const qint64 before = usedDatabaseBytes(connection);
        const qint64 rawBefore = reader.rowCount(Resolution::Raw);
        const qint64 minutesBefore = reader.rowCount(Resolution::Minute);
        const auto recent = [&](Resolution r) {
            return reader.query(1, QStringLiteral("request_rate"), now - 10 * minuteMs, now, r).size();
        };
        const std::size_t recentRaw = recent(Resolution::Raw);
        QVERIFY2(before > 6 * 1024 * 1024, qPrintable(QString::number(before))); // the premise

        // Under its budget nothing goes.
        history.setRetention({48, 30, 400, int(before / (1024 * 1024)) + 1});
        history.applyRetention(now);
        QCOMPARE(reader.rowCount(Resolution::Raw), rawBefore);
        QCOMPARE(history.rawSamplesKeptFromMs(), qint64(0));

        // Half the size: the oldest raw samples go until it fits; the newest and every rollup stay.
        const int budgetMiB = int(before / 2 / (1024 * 1024));
        history.setRetention({48, 30, 400, budgetMiB});
        history.applyRetention(now);
        QVERIFY2(
            usedDatabaseBytes(connection) <= qint64(budgetMiB) * 1024 * 1024,
            qPrintable(
                QStringLiteral("%1 bytes, budget %2 MiB").arg(usedDatabaseBytes(connection)).arg(budgetMiB)));
        const qint64 rawAfter = reader.rowCount(Resolution::Raw);
        QVERIFY2(rawAfter < rawBefore && rawAfter > 0,
                 qPrintable(QStringLiteral("%1 of %2").arg(rawAfter).arg(rawBefore)));
        QCOMPARE(reader.rowCount(Resolution::Minute), minutesBefore);
        QCOMPARE(recent(Resolution::Raw), recentRaw);
        const qint64 keptFrom = history.rawSamplesKeptFromMs();
        QVERIFY2(keptFrom > t0 && keptFrom < now - 10 * minuteMs, qPrintable(QString::number(keptFrom - t0)));
        const auto raw = reader.query(1, QStringLiteral("request_rate"), 0, now, Resolution::Raw);
        QVERIFY(!raw.empty());
        QCOMPARE(raw.front().ms, keptFrom); // nothing older is left, and nothing younger went
        const qint64 newest = t0 + (now - 1 - t0) / 10000 * 10000;
        QCOMPARE(raw.size(), std::size_t((newest - keptFrom) / 10000 + 1));
        // A chart reaching back before that reads the rollups; one within it, the raw samples.
        QCOMPARE(chooseResolution(t0, now, now, history.retention(), keptFrom), Resolution::Minute);
        QCOMPARE(chooseResolution(keptFrom, now, now, history.retention(), keptFrom), Resolution::Raw);

        // Started again, the console knows it from the data.
        owned.reset();
        History again(db);
        again.setRetention({48, 30, 400, budgetMiB});
        again.applyRetention(now);
        QCOMPARE(again.rawSamplesKeptFromMs(), keptFrom);
    }

    void storesWhatThePollerScrapesFromARealGateway()
    {
        gatehouse::test::GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH),
            {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));

        ConsoleDatabase db(freshPath(QStringLiteral("poller")));
        QVERIFY(db.open());
        History history(db);
        Poller poller(nullptr);
        int reports = 0;
        connect(&poller, &Poller::reported, &history, [&](const ScrapeReport& r) {
            history.record(r);
            ++reports;
        });
        ScrapeTarget t;
        t.gatewayId = 9;
        t.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        t.intervalMs = 1000;
        t.timeoutMs = 3000;
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        poller.setTargets({t});
        QTRY_VERIFY_WITH_TIMEOUT(reports >= 3, 60000);
        QVERIFY(history.flush());
        HistoryReader reader(db);
        const QStringList names = reader.seriesNames(9);
        QVERIFY2(names.contains(QStringLiteral("request_rate")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(names.contains(QStringLiteral("up")));
        QVERIFY(!reader.seriesNames(9, QStringLiteral("raw/gatehouse_in_flight_requests")).isEmpty());
        const auto up = reader.query(9, QStringLiteral("up"), started - 1000,
                                     QDateTime::currentMSecsSinceEpoch(), Resolution::Raw);
        QVERIFY(up.size() >= 3);
        for (const HistoryPoint& p : up)
            QCOMPARE(p.value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
