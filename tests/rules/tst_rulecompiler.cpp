#include "RuleTestSupport.h"
#include "core/rules/RuleCompiler.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

std::vector<RuleError> errorsOf(std::vector<Rule> rules, RuleSetOptions options = {})
{
    RuleSet set;
    set.options = options;
    set.rules = std::move(rules);
    CompileResult result = RuleCompiler::compile(set);
    if (result.ok() != result.errors.empty()) {
        return {RuleError{std::nullopt, {}, {}, {}, "ok() and errors disagree"}};
    }
    return result.errors;
}

// Deterministic, realistic-looking patterns: "\bword12\s+phrase84\b".
std::vector<Rule> manyRegexRules(int count)
{
    std::vector<Rule> rules;
    for (int i = 0; i < count; ++i) {
        rules.push_back(regexRule("r" + std::to_string(i), "(?i)\\bword" + std::to_string(i) + "\\s+phrase" +
                                                               std::to_string(i * 7) + "\\b"));
    }
    return rules;
}

} // namespace

class TestRuleCompiler : public QObject
{
    Q_OBJECT

private slots:
    void invalidRegexIsRejectedWithItsOffset_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("offset");
        QTest::newRow("missing paren points at the open one") << "ab(cd|e" << 2;
        QTest::newRow("unexpected paren") << "abc)d" << 3;
        QTest::newRow("paren inside a class does not count") << "a[(]b(c" << 5;
        QTest::newRow("missing bracket") << "abc[de" << 3;
        QTest::newRow("bad repetition") << "ab**" << 2;
        QTest::newRow("bad escape") << "ab\\8" << 2;
        QTest::newRow("trailing backslash") << "abc\\" << 3;
        QTest::newRow("backreference (not RE2)") << "(a)\\1" << 3;
        QTest::newRow("lookahead (not RE2)") << "a(?=b)" << 1;
        QTest::newRow("repeat too large") << "x{2000}" << 1;
    }

    void invalidRegexIsRejectedWithItsOffset()
    {
        QFETCH(QString, pattern);
        QFETCH(int, offset);
        std::vector<Rule> rules{regexRule("fine", "ok"), regexRule("broken", pattern.toStdString())};
        const std::vector<RuleError> errors = errorsOf(rules);
        QCOMPARE(errors.size(), std::size_t{1});
        const RuleError& e = errors.front();
        QCOMPARE(e.ruleIndex, std::optional<std::size_t>(1));
        QCOMPARE(e.ruleId, std::string("broken"));
        QCOMPARE(e.path(), std::string("rules[1].pattern"));
        QCOMPARE(e.offset, std::optional<std::size_t>(static_cast<std::size_t>(offset)));
        QVERIFY2(e.text().find("rules[1].pattern (rule \"broken\"), offset ") == 0, e.text().c_str());
    }

    void everyProblemIsReportedWithItsField()
    {
        Rule noKeywords = keywordRule("kw", {"ok", ""});
        Rule noDetectors = piiRule("pii", {});
        Rule limitRedacts;
        limitRedacts.id = "limit";
        limitRedacts.kind = RuleKind::Limit;
        limitRedacts.action = Action::Redact;
        Rule badId = regexRule("has space", "x");
        Rule noScope = regexRule("noscope", "x");
        noScope.scope.input = false;
        Rule emptyRole = regexRule("role", "x");
        emptyRole.scope.roles = {"user", ""};
        Rule badLabel = regexRule("label", "x");
        badLabel.label = "A]B";
        Rule duplicate = regexRule("kw", "y");
        Rule disabledButBroken = regexRule("off", "(");
        disabledButBroken.enabled = false;

        const auto errors = errorsOf({noKeywords, noDetectors, limitRedacts, badId, noScope, emptyRole,
                                      badLabel, duplicate, disabledButBroken});
        std::vector<std::string> paths;
        for (const RuleError& e : errors) {
            paths.push_back(e.path());
        }
        QCOMPARE(paths, (std::vector<std::string>{"rules[0].keywords[1]", "rules[1].detectors",
                                                  "rules[2].limits", "rules[2].action", "rules[3].id",
                                                  "rules[4].scope", "rules[5].scope.roles[1]",
                                                  "rules[6].label", "rules[7].id", "rules[8].pattern"}));
        QCOMPARE(RuleCompiler::validate(RuleSet{{}, {noKeywords, duplicate}}).size(), std::size_t{2});
    }

    void patternThatMatchesEmptyTextIsRejected()
    {
        const auto errors = errorsOf({regexRule("empty", "(foo)?")});
        QCOMPARE(errors.size(), std::size_t{1});
        QVERIFY(errors.front().message.find("empty text") != std::string::npos);
    }

    void catastrophicBacktrackingPatternIsAcceptedAndHarmless()
    {
        // ^(a+)+$ takes exponential time in a backtracking engine; RE2 is linear.
        const auto set = compiled({regexRule("redos", "^(a+)+$")});
        QVERIFY(set);
        const std::string attack = std::string(100000, 'a') + "b";
        const Evaluation e = evaluateUser(*set, attack);
        QCOMPARE(e.verdict, Verdict::Allow);
        QVERIFY(e.matches.empty());
        QVERIFY(!e.engineError);
        QVERIFY(evaluateUser(*set, std::string(1000, 'a')).blocked());
    }

    void memoryBudgetTooSmallIsAClearCompileError()
    {
        RuleSetOptions tight;
        tight.memoryBudgetBytes = std::int64_t{1} << 20;
        const auto errors = errorsOf(manyRegexRules(2000), tight);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors.front().path(), std::string("memoryBudgetBytes"));
        QVERIFY2(errors.front().message.find("do not fit the rule set's memory budget of 1 MiB") !=
                     std::string::npos,
                 errors.front().message.c_str());

        // RE2's own default of 8 MiB does not hold 20,000 rules; ours does.
        RuleSetOptions re2Default;
        re2Default.memoryBudgetBytes = std::int64_t{8} << 20;
        QCOMPARE(errorsOf(manyRegexRules(20000), re2Default).size(), std::size_t{1});
        const auto big = compiled(manyRegexRules(20000));
        QVERIFY(big);
        QVERIFY(evaluateUser(*big, "say WORD19999 phrase139993 now").blocked());
        QVERIFY(!evaluateUser(*big, "say word19999 phrase7 now").blocked());
    }

    void optionsAreChecked()
    {
        RuleSetOptions bad;
        bad.memoryBudgetBytes = 1000;
        bad.maxMatchLength = 1;
        const auto errors = errorsOf({}, bad);
        QCOMPARE(errors.size(), std::size_t{2});
        QCOMPARE(errors[0].path(), std::string("memoryBudgetBytes"));
        QCOMPARE(errors[1].path(), std::string("maxMatchLength"));
    }

    void disabledRulesAreCheckedButNotRun()
    {
        Rule off = regexRule("off", "secret");
        off.enabled = false;
        const auto set = compiled({off});
        QVERIFY(set);
        QCOMPARE(set->rules().size(), std::size_t{0});
        QCOMPARE(evaluateUser(*set, "secret").verdict, Verdict::Allow);
    }
};

QTEST_APPLESS_MAIN(TestRuleCompiler)
#include "tst_rulecompiler.moc"
