#include "core/chat/AnswerFigures.h"

#include <QTest>

using namespace gatehouse;

class TestAnswerFigures : public QObject
{
    Q_OBJECT

private slots:
    void usageWinsOverEstimates()
    {
        AnswerClock clock;
        clock.start();
        QTest::qWait(20);
        clock.tokenArrived();
        QTest::qWait(50);
        clock.tokenArrived();
        const AnswerFigures f = clock.finish(TokenUsage{10, 20, 0}, 400, 400);
        QVERIFY(f.timeToFirstTokenMs >= 20);
        QVERIFY(f.totalMs >= f.timeToFirstTokenMs + 50);
        QCOMPARE(f.promptTokens, 10);
        QCOMPARE(f.completionTokens, 20);
        QVERIFY(!f.tokensEstimated);
        QVERIFY(f.tokensPerSecond);
        // 20 tokens over the ≥ 50 ms between first and last token: at most 400 tok/s.
        QVERIFY(*f.tokensPerSecond > 0 && *f.tokensPerSecond <= 400.0);
        QVERIFY(!f.summary().contains(QStringLiteral("≈")));
    }

    void estimatedWhenTheServerSendsNoUsage()
    {
        AnswerClock clock;
        clock.start();
        clock.tokenArrived();
        const AnswerFigures f = clock.finish(std::nullopt, 41, 8);
        QVERIFY(f.tokensEstimated);
        QCOMPARE(f.promptTokens, 11);
        QCOMPARE(f.completionTokens, 2);
        QVERIFY(f.summary().contains(QStringLiteral("≈11 → ≈2 tokens")));
    }

    void noTokensNoTtft()
    {
        AnswerClock clock;
        clock.start();
        const AnswerFigures f = clock.finish(std::nullopt, 0, 0);
        QCOMPARE(f.timeToFirstTokenMs, -1);
        QVERIFY(!f.tokensPerSecond);
        QVERIFY(!f.summary().contains(QStringLiteral("TTFT")));
    }
};

QTEST_GUILESS_MAIN(TestAnswerFigures)
#include "tst_answerfigures.moc"
