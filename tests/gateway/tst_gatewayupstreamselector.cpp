#include "gateway/routing/UpstreamSelector.h"

#include <QTest>

#include <map>

using namespace gatehouse::gateway;

class TestGatewayUpstreamSelector : public QObject
{
    Q_OBJECT

private slots:
    void weightedRoundRobinGivesEachItsShareInterleaved()
    {
        UpstreamSelector selector(UpstreamSelector::Strategy::WeightedRoundRobin, 3);
        const std::vector<UpstreamSelector::Candidate> candidates{{5, 0, true}, {1, 0, true}, {1, 0, true}};
        std::map<std::size_t, int> counts;
        std::vector<std::size_t> order;
        for (int i = 0; i < 70; ++i) {
            const auto chosen = selector.choose(candidates);
            QVERIFY(chosen);
            ++counts[*chosen];
            order.push_back(*chosen);
        }
        QCOMPARE(counts[0], 50);
        QCOMPARE(counts[1], 10);
        QCOMPARE(counts[2], 10);
        // Smooth: the heavy upstream never gets more than its weight in a row.
        int run = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            run = (i > 0 && order[i] == order[i - 1]) ? run + 1 : 1;
            QVERIFY(run <= 5);
        }
        // nginx's sequence for weights 5,1,1: a a b a c a a
        QCOMPARE(order[0], std::size_t{0});
        QCOMPARE(order[1], std::size_t{0});
        QCOMPARE(order[2], std::size_t{1});
        QCOMPARE(order[3], std::size_t{0});
        QCOMPARE(order[4], std::size_t{2});
    }

    void skipsIneligibleAndGivesUpWhenNoneLeft()
    {
        UpstreamSelector selector(UpstreamSelector::Strategy::WeightedRoundRobin, 2);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(selector.choose({{1, 0, false}, {1, 0, true}}), std::optional<std::size_t>(1));
        QCOMPARE(selector.choose({{1, 0, false}, {1, 0, false}}), std::nullopt);
    }

    void leastOutstandingPicksTheLeastBusyRelativeToWeight()
    {
        UpstreamSelector selector(UpstreamSelector::Strategy::LeastOutstanding, 3);
        QCOMPARE(selector.choose({{1, 3, true}, {1, 1, true}, {1, 2, true}}), std::optional<std::size_t>(1));
        // 4 in flight at weight 4 is less busy than 2 at weight 1.
        QCOMPARE(selector.choose({{1, 2, true}, {4, 4, true}, {1, 2, true}}), std::optional<std::size_t>(1));
        // The least busy but ineligible one is skipped.
        QCOMPARE(selector.choose({{1, 0, false}, {1, 5, true}, {1, 3, true}}), std::optional<std::size_t>(2));
    }

    void leastOutstandingTiesGoRoundRobin()
    {
        UpstreamSelector selector(UpstreamSelector::Strategy::LeastOutstanding, 2);
        std::map<std::size_t, int> counts;
        for (int i = 0; i < 10; ++i)
            ++counts[*selector.choose({{1, 0, true}, {1, 0, true}})];
        QCOMPARE(counts[0], 5);
        QCOMPARE(counts[1], 5);
    }
};

QTEST_GUILESS_MAIN(TestGatewayUpstreamSelector)
#include "tst_gatewayupstreamselector.moc"
