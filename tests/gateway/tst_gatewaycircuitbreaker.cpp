#include "gateway/routing/CircuitBreaker.h"

#include <QTest>

using namespace gatehouse::gateway;
using namespace std::chrono_literals;

class TestGatewayCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterConsecutiveFailures()
    {
        CircuitBreaker breaker(3, 1000ms);
        const auto t = CircuitBreaker::Clock::time_point{} + 10s;
        breaker.recordFailure(t);
        breaker.recordFailure(t);
        breaker.recordSuccess(); // not consecutive any more
        breaker.recordFailure(t);
        breaker.recordFailure(t);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allowRequest(t));
        breaker.recordFailure(t);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allowRequest(t + 999ms));
        QVERIFY(!breaker.wouldAllow(t + 999ms));
    }

    void halfOpenLetsOneProbeThrough()
    {
        CircuitBreaker breaker(1, 1000ms);
        const auto t = CircuitBreaker::Clock::time_point{} + 10s;
        breaker.recordFailure(t);
        QVERIFY(breaker.wouldAllow(t + 1s));
        QVERIFY(breaker.allowRequest(t + 1s));
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(!breaker.allowRequest(t + 1s)); // only one probe
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allowRequest(t + 1s));
    }

    void failedProbeOpensAgain()
    {
        CircuitBreaker breaker(5, 1000ms);
        const auto t = CircuitBreaker::Clock::time_point{} + 10s;
        for (int i = 0; i < 5; ++i)
            breaker.recordFailure(t);
        QVERIFY(breaker.allowRequest(t + 2s));
        breaker.recordFailure(t + 2s); // one failure of the probe is enough
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allowRequest(t + 2500ms));
        QVERIFY(breaker.allowRequest(t + 3s));
    }

    void abandonedProbeLetsTheNextOneTry()
    {
        CircuitBreaker breaker(1, 1000ms);
        const auto t = CircuitBreaker::Clock::time_point{} + 10s;
        breaker.recordFailure(t);
        QVERIFY(breaker.allowRequest(t + 1s));
        breaker.recordAbandoned();
        QVERIFY(breaker.allowRequest(t + 1s));
    }
};

QTEST_GUILESS_MAIN(TestGatewayCircuitBreaker)
#include "tst_gatewaycircuitbreaker.moc"
