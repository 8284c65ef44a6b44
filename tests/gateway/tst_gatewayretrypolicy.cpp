#include "gateway/routing/RetryPolicy.h"

#include <QTest>

using namespace gatehouse::gateway;
using namespace std::chrono_literals;

class TestGatewayRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatuses()
    {
        for (const unsigned status : {408U, 409U, 429U, 500U, 502U, 503U, 504U, 599U})
            QVERIFY2(RetryPolicy::isRetryableStatus(status, "{}"), qPrintable(QString::number(status)));
        for (const unsigned status : {200U, 400U, 401U, 403U, 404U, 413U, 422U})
            QVERIFY2(!RetryPolicy::isRetryableStatus(status, "{}"), qPrintable(QString::number(status)));
        // An exhausted quota is a 429 too, but waiting does not help.
        QVERIFY(!RetryPolicy::isRetryableStatus(429, R"({"error":{"code":"insufficient_quota"}})"));
    }

    void backoffDoublesIsCappedAndJittered()
    {
        const RetryPolicy policy(RetryConfig{3, 100ms, 1000ms});
        QCOMPARE(policy.backoff(0, 0.0), 50ms);
        QCOMPARE(policy.backoff(0, 0.999999), 99ms);
        QCOMPARE(policy.backoff(1, 0.0), 100ms);
        QCOMPARE(policy.backoff(2, 0.5), 300ms);
        QCOMPARE(policy.backoff(3, 1.0), 800ms);
        QCOMPARE(policy.backoff(10, 1.0), 1000ms);
        QCOMPARE(policy.backoff(30, 0.0), 500ms);
    }

    void retryAfterPrefersMilliseconds()
    {
        QCOMPARE(RetryPolicy::retryAfter({{"Retry-After", "2"}}), std::optional(2000ms));
        QCOMPARE(RetryPolicy::retryAfter({{"retry-after", "3"}, {"retry-after-ms", "250"}}),
                 std::optional(250ms));
        QCOMPARE(RetryPolicy::retryAfter({{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfter({{"Retry-After", "-1"}}), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfter({}), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestGatewayRetryPolicy)
#include "tst_gatewayretrypolicy.moc"
