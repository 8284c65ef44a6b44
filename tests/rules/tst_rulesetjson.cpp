#include "RuleTestSupport.h"
#include "core/rules/RuleSetJson.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

std::vector<std::string> pathsOf(const std::vector<RuleError>& errors)
{
    std::vector<std::string> paths;
    for (const RuleError& e : errors) {
        paths.push_back(e.path());
    }
    return paths;
}

} // namespace

class TestRuleSetJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        RuleSet set;
        set.options.failMode = FailMode::Open;
        set.options.memoryBudgetBytes = std::int64_t{64} << 20;
        set.options.maxMatchLength = 300;
        Rule regex = regexRule("codename", "(?i)blue\\s*bird");
        regex.name = "Кодовое имя";
        regex.description = "Internal project names";
        regex.priority = -3;
        regex.tags = {"internal", "секрет"};
        regex.createdAt = "2024-06-01T10:00:00Z";
        regex.updatedAt = "2024-06-02T11:30:00Z";
        regex.publicMessage = "Please leave project names out.";
        Rule words = keywordRule("words", {"кот", "credit card"}, Action::Flag);
        words.wholeWords = false;
        words.enabled = false;
        Rule pii = withOutput(piiRule("pii", {PiiDetector::Email, PiiDetector::Jwt}));
        pii.label = "DATA";
        pii.scope.roles = {"user", "tool"};
        pii.scope.messages = MessageSpan::Last;
        Rule limit;
        limit.id = "limit";
        limit.kind = RuleKind::Limit;
        limit.limits = {1000, 300, 40};
        set.rules = {regex, words, pii, limit};

        const std::string json = ruleSetToJson(set);
        const RuleSetImport back = ruleSetFromJson(json);
        QVERIFY2(back.errors.empty(), describe(back.errors).c_str());
        QVERIFY(back.ruleSet);
        QCOMPARE(ruleSetToJson(*back.ruleSet), json);
        const RuleSet& r = *back.ruleSet;
        QCOMPARE(r.options.failMode, FailMode::Open);
        QCOMPARE(r.options.maxMatchLength, std::size_t{300});
        QCOMPARE(r.rules.at(0).name, std::string("Кодовое имя"));
        QCOMPARE(r.rules.at(0).priority, -3);
        QCOMPARE(r.rules.at(0).tags, (std::vector<std::string>{"internal", "секрет"}));
        QCOMPARE(r.rules.at(1).enabled, false);
        QCOMPARE(r.rules.at(1).wholeWords, false);
        QCOMPARE(r.rules.at(2).detectors, (std::vector<PiiDetector>{PiiDetector::Email, PiiDetector::Jwt}));
        QCOMPARE(r.rules.at(2).scope.roles, (std::vector<std::string>{"user", "tool"}));
        QCOMPARE(r.rules.at(2).scope.output, true);
        QCOMPARE(r.rules.at(2).scope.messages, MessageSpan::Last);
        QCOMPARE(r.rules.at(3).limits.maxTokens, std::uint64_t{300});
        QVERIFY(RuleCompiler::compile(r).ok());
    }

    void shapeErrorsNameTheirJsonPath()
    {
        const std::string json =
            "{\n"
            "          \"version\": 1,\n"
            "          \"options\": {\"failMode\": \"sideways\"},\n"
            "          \"rules\": [\n"
            "            {\"id\": \"a\", \"kind\": \"regex\", \"patern\": \"x\"},\n"
            "            {\"id\": \"b\", \"kind\": \"regex\", \"pattern\": 42},\n"
            "            {\"id\": \"c\", \"kind\": \"keywords\", \"keywords\": [\"ok\", 7], \"action\": "
            "\"deny\"},\n"
            "            {\"kind\": \"pii\", \"detectors\": [\"email\", \"passport\"]},\n"
            "            {\"id\": \"e\", \"kind\": \"limit\", \"limits\": {\"maxTokens\": -5}, \"scope\": "
            "{\"roles\": [\"user\", null]}},\n"
            "            \"not an object\"\n"
            "          ]}";
        const RuleSetImport result = ruleSetFromJson(json);
        QVERIFY(!result.ruleSet);
        QCOMPARE(pathsOf(result.errors),
                 (std::vector<std::string>{"options.failMode", "rules[0].patern", "rules[1].pattern",
                                           "rules[2].keywords[1]", "rules[2].action", "rules[3].id",
                                           "rules[3].detectors[1]", "rules[4].limits.maxTokens",
                                           "rules[4].scope.roles[1]", "rules[5]"}));
        QCOMPARE(result.errors[1].ruleId, std::string("a"));
        QVERIFY(result.errors[6].message.find("payment_card") != std::string::npos); // lists the choices
    }

    void meaningErrorsUseTheSamePaths()
    {
        const RuleSetImport result = ruleSetFromJson(
            "{\"rules\": [{\"id\": \"ok\", \"kind\": \"regex\", \"pattern\": \"x\"},\n"
            "                          {\"id\": \"bad\", \"kind\": \"regex\", \"pattern\": \"a(b\"}]}");
        QVERIFY(result.ruleSet);
        const CompileResult compiledSet = RuleCompiler::compile(*result.ruleSet);
        QCOMPARE(compiledSet.errors.size(), std::size_t{1});
        QVERIFY(compiledSet.errors[0].text().find("rules[1].pattern (rule \"bad\"), offset 1: ") == 0);
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        const RuleSetImport result = ruleSetFromJson("{\n  \"rules\": [\n    {\"id\": \"a\",,}\n  ]\n}");
        QCOMPARE(result.errors.size(), std::size_t{1});
        QVERIFY2(result.errors[0].message.find("line 3, column 16") != std::string::npos,
                 result.errors[0].message.c_str());
        QVERIFY(!ruleSetFromJson("").errors.empty());
        QVERIFY(!ruleSetFromJson("[]").errors.empty());
        QCOMPARE(pathsOf(ruleSetFromJson("{\"version\": 2, \"rules\": []}").errors),
                 std::vector<std::string>{"version"});
    }

    void trailingTextIsAnErrorButWhitespaceIsNot()
    {
        QVERIFY(ruleSetFromJson("{\"rules\": []}\n\n").errors.empty());
        const RuleSetImport extra = ruleSetFromJson("{\"rules\": []} {\"rules\": []}");
        QCOMPARE(extra.errors.size(), std::size_t{1});
        QVERIFY2(extra.errors[0].message.find("line 1, column 15") != std::string::npos,
                 extra.errors[0].message.c_str());
    }

    void oneRuleRoundTripsWithFieldPathsWithoutAnIndex()
    {
        Rule rule = regexRule("codename", "(?i)blue\\s*bird");
        rule.tags = {"секрет"};
        rule.scope.roles = {"user"};
        const RuleImport back = ruleFromJson(ruleToJson(rule));
        QVERIFY(back.errors.empty());
        QCOMPARE(back.rule->id, rule.id);
        QCOMPARE(back.rule->pattern, rule.pattern);
        QCOMPARE(back.rule->tags, rule.tags);
        QCOMPARE(back.rule->scope.roles, rule.scope.roles);

        const RuleImport bad =
            ruleFromJson("{\"id\": \"x\", \"kind\": \"regex\", \"scope\": {\"roles\": [1]}}");
        QCOMPARE(pathsOf(bad.errors), std::vector<std::string>{"scope.roles[0]"});
        QCOMPARE(bad.errors[0].ruleId, std::string("x"));
        QVERIFY(!bad.rule);
        QCOMPARE(ruleFromJson("{\"id\": ").errors.size(), std::size_t{1});
    }
};

QTEST_APPLESS_MAIN(TestRuleSetJson)
#include "tst_rulesetjson.moc"
