#include "RuleTestSupport.h"
#include "core/rules/RuleSetHolder.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

RuleSet blocking(const std::string& word, RuleSetOptions options = {})
{
    RuleSet set;
    set.options = options;
    set.rules.push_back(regexRule(word, word));
    return set;
}

// More patterns than 1 MiB of RE2 memory holds.
RuleSet tooBigFor1MiB(FailMode mode)
{
    RuleSet set;
    set.options.memoryBudgetBytes = std::int64_t{1} << 20;
    set.options.failMode = mode;
    for (int i = 0; i < 2000; ++i) {
        set.rules.push_back(
            regexRule("r" + std::to_string(i), "\\bword" + std::to_string(i) + "\\s+phrase\\b"));
    }
    return set;
}

} // namespace

class TestRuleSetHolder : public QObject
{
    Q_OBJECT

private slots:
    void withoutRulesTheFailModeApplies()
    {
        RuleSetHolder closed;
        const MessageView m{"user", "hello"};
        Evaluation e = closed.evaluateInput({&m, 1});
        QVERIFY(e.blocked());
        QVERIFY(e.engineError);
        QVERIFY2(e.reason.find("no rule set has been loaded yet") != std::string::npos, e.reason.c_str());

        RuleSetHolder open(FailMode::Open);
        e = open.evaluateOutput("hello");
        QCOMPARE(e.verdict, Verdict::Allow);
        QVERIFY(e.engineError);
    }

    void memoryBudgetExceededAtStartFailsClosedWithAClearReason()
    {
        RuleSetHolder holder(FailMode::Closed);
        const auto errors = holder.load(tooBigFor1MiB(FailMode::Closed));
        QCOMPARE(errors.size(), std::size_t{1});
        QVERIFY(!holder.snapshot());
        const MessageView m{"user", "an innocent question"};
        const Evaluation e = holder.evaluateInput({&m, 1});
        QVERIFY(e.blocked());
        QVERIFY(e.engineError);
        QCOMPARE(e.publicMessage, std::string(defaultInputBlockMessage));
        QVERIFY2(e.reason.find("memory budget of 1 MiB") != std::string::npos, e.reason.c_str());
        QVERIFY2(e.reason.find("failing closed") != std::string::npos, e.reason.c_str());

        RuleSetHolder open(FailMode::Open);
        QCOMPARE(open.load(tooBigFor1MiB(FailMode::Open)).size(), std::size_t{1});
        QCOMPARE(open.evaluateInput({&m, 1}).verdict, Verdict::Allow);
        QVERIFY(open.evaluateInput({&m, 1}).engineError);
    }

    void aRejectedSetLeavesTheRunningOneInForce()
    {
        RuleSetHolder holder;
        QVERIFY(holder.load(blocking("alpha")).empty());
        QCOMPARE(holder.generation(), std::uint64_t{1});
        RuleSet broken = blocking("beta");
        broken.rules.front().pattern = "beta(";
        const auto errors = holder.load(broken);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors.front().path(), std::string("rules[0].pattern"));
        QCOMPARE(holder.generation(), std::uint64_t{1});
        QVERIFY(holder.evaluateOutput("alpha").verdict == Verdict::Allow); // input-only rule
        const MessageView m{"user", "alpha"};
        QCOMPARE(holder.evaluateInput({&m, 1}).blockingRuleId, std::string("alpha"));
        QVERIFY(holder.load(tooBigFor1MiB(FailMode::Closed)).size() == 1);
        QCOMPARE(holder.evaluateInput({&m, 1}).blockingRuleId, std::string("alpha"));
        QVERIFY(!holder.evaluateInput({&m, 1}).engineError);
    }

    void evaluationDuringSwapsSeesOneWholeSet()
    {
        const auto alpha = RuleCompiler::compile(blocking("alpha")).ruleSet;
        const auto beta = RuleCompiler::compile(blocking("beta")).ruleSet;
        QVERIFY(alpha && beta);
        RuleSetHolder holder;
        holder.install(alpha);

        std::atomic<bool> stop{false};
        std::atomic<int> wrong{0};
        std::atomic<int> evaluations{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&] {
                const MessageView m{"user", "alpha and beta"};
                for (int i = 0; i < 5000 && !stop.load(); ++i) {
                    const Evaluation e = holder.evaluateInput({&m, 1});
                    // Exactly one of the two sets: one hit, and it blocks.
                    if (!e.blocked() || e.hits.size() != 1 ||
                        (e.blockingRuleId != "alpha" && e.blockingRuleId != "beta")) {
                        ++wrong;
                    }
                    ++evaluations;
                }
            });
        }
        // The swaps start once the readers run (a loaded machine may start them late): otherwise
        // nothing would evaluate during the swaps at all.
        while (evaluations.load() == 0)
            std::this_thread::yield();
        for (int swap = 0; swap < 200; ++swap) {
            holder.install(swap % 2 == 0 ? beta : alpha);
            std::this_thread::yield();
        }
        // A few swaps by full compilation too, as the admin API will do.
        for (int swap = 0; swap < 5; ++swap) {
            QVERIFY(holder.load(blocking(swap % 2 == 0 ? "alpha" : "beta")).empty());
        }
        stop = true;
        for (std::thread& t : readers) {
            t.join();
        }
        QCOMPARE(wrong.load(), 0);
        QVERIFY(evaluations.load() > 0);
        QCOMPARE(holder.generation(), std::uint64_t{206});
    }
};

QTEST_APPLESS_MAIN(TestRuleSetHolder)
#include "tst_rulesetholder.moc"
