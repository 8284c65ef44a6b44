// http::Deadline: many deadlines on one io_context share one timer; each expiry runs once, at
// or after its time, never after it was disarmed, moved or destroyed; an expiry may change any
// other deadline.

#include "gateway/http/Deadline.h"

#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using gatehouse::gateway::http::Deadline;
using namespace std::chrono_literals;
using Clock = Deadline::Clock;

namespace {

// Runs `context` until nothing is left to do (every armed deadline has expired or was disarmed).
void runAll(boost::asio::io_context& context)
{
    context.restart();
    context.run();
}

} // namespace

class TestGatewayDeadline : public QObject
{
    Q_OBJECT

private slots:
    void expiriesRunInTheOrderOfTheirTimesAndNotBefore()
    {
        boost::asio::io_context context{1};
        std::vector<int> order;
        std::vector<Clock::time_point> ranAt(3);
        Deadline late(context.get_executor(), [&] { order.push_back(2), ranAt[2] = Clock::now(); });
        Deadline early(context.get_executor(), [&] { order.push_back(0), ranAt[0] = Clock::now(); });
        Deadline middle(context.get_executor(), [&] { order.push_back(1), ranAt[1] = Clock::now(); });
        const auto start = Clock::now();
        late.expiresAfter(120ms);
        early.expiresAfter(20ms); // earlier than the timer is set for: the timer moves
        middle.expiresAfter(60ms);
        QVERIFY(late.armed() && early.armed() && middle.armed());
        runAll(context);
        QCOMPARE(order, (std::vector<int>{0, 1, 2}));
        QVERIFY(ranAt[0] - start >= 20ms);
        QVERIFY(ranAt[1] - start >= 60ms);
        QVERIFY(ranAt[2] - start >= 120ms);
        QVERIFY(!late.armed() && !early.armed() && !middle.armed());
    }

    void aDisarmedOrDestroyedDeadlineNeverExpires()
    {
        boost::asio::io_context context{1};
        int expired = 0;
        Deadline disarmed(context.get_executor(), [&] { ++expired; });
        auto destroyed = std::make_unique<Deadline>(context.get_executor(), [&] { ++expired; });
        Deadline kept(context.get_executor(), [&] { expired += 10; });
        disarmed.expiresAfter(10ms);
        destroyed->expiresAfter(10ms);
        kept.expiresAfter(30ms);
        disarmed.disarm();
        destroyed.reset();
        runAll(context);
        QCOMPARE(expired, 10);
    }

    void armingAgainMovesTheTime()
    {
        boost::asio::io_context context{1};
        Clock::time_point ranAt;
        int expired = 0;
        Deadline deadline(context.get_executor(), [&] { ++expired, ranAt = Clock::now(); });
        deadline.expiresAfter(10ms);
        const auto moved = Clock::now() + 80ms;
        deadline.expiresAt(moved); // later than the shared timer is set for
        runAll(context);
        QCOMPARE(expired, 1);
        QVERIFY(ranAt >= moved);

        // Again after the first expiry: a deadline is used over and over.
        deadline.expiresAfter(5ms);
        runAll(context);
        QCOMPARE(expired, 2);
    }

    void anExpiryMayChangeOtherDeadlines()
    {
        boost::asio::io_context context{1};
        std::vector<std::string> ran;
        auto doomed = std::make_unique<Deadline>(context.get_executor(), [&] { ran.push_back("doomed"); });
        Deadline rearmed(context.get_executor(), [&] { ran.push_back("rearmed"); });
        Deadline first(context.get_executor(), [&] {
            ran.push_back("first");
            doomed.reset();             // due in the same sweep: must not run
            rearmed.expiresAfter(40ms); // due in the same sweep: runs later instead
        });
        first.expiresAfter(20ms);
        doomed->expiresAfter(20ms);
        rearmed.expiresAfter(20ms);
        std::this_thread::sleep_for(30ms); // all three are due when the timer first fires
        runAll(context);
        QCOMPARE(ran, (std::vector<std::string>{"first", "rearmed"}));
    }

    void manyDeadlinesOnManyContextsEachExpireOnce()
    {
        boost::asio::io_context one{1}, two{1};
        std::vector<int> counts(200);
        std::vector<std::unique_ptr<Deadline>> deadlines;
        for (int i = 0; i < 200; ++i) {
            auto& context = i % 2 ? one : two;
            deadlines.push_back(
                std::make_unique<Deadline>(context.get_executor(), [&counts, i] { ++counts[i]; }));
            deadlines.back()->expiresAfter(std::chrono::milliseconds(1 + i % 7));
        }
        for (int i = 0; i < 200; i += 10) // disarm every tenth, on both contexts
            deadlines[i]->disarm();
        runAll(one);
        runAll(two);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(counts[i], i % 10 == 0 ? 0 : 1);
    }

    void aDeadlineArmedWhenTheContextIsDestroyedIsLetGo()
    {
        int expired = 0;
        auto context = std::make_unique<boost::asio::io_context>(1);
        auto deadline = std::make_unique<Deadline>(context->get_executor(), [&] { ++expired; });
        deadline->expiresAfter(1h);
        context.reset(); // shuts the sweep down; the deadline outlives it, unlinked
        QVERIFY(!deadline->armed());
        deadline.reset();
        QCOMPARE(expired, 0);
    }

    void anExecutorNotOfAnIoContextIsRefused()
    {
        boost::asio::io_context context{1};
        const auto strand = boost::asio::make_strand(context);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, Deadline(strand, [] {}));
    }
};

QTEST_GUILESS_MAIN(TestGatewayDeadline)
#include "tst_gatewaydeadline.moc"
