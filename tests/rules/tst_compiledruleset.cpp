#include "RuleTestSupport.h"
#include "core/rules/CompiledRuleSet.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

std::vector<MessageView> conversation()
{
    return {{"system", "You are helpful. Internal codename: BLUEBIRD."},
            {"user", "my card is 4111 1111 1111 1111"},
            {"assistant", "I cannot store cards."},
            {"user", "ok, mail me at anna@example.com"}};
}

} // namespace

class TestCompiledRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void mostSevereActionIsTheVerdict()
    {
        const auto set =
            compiled({regexRule("f", "alpha", Action::Flag), regexRule("r", "beta", Action::Redact),
                      regexRule("b", "gamma", Action::Block)});
        QVERIFY(set);
        QCOMPARE(evaluateUser(*set, "nothing here").verdict, Verdict::Allow);
        QCOMPARE(evaluateUser(*set, "alpha").verdict, Verdict::Flag);
        QCOMPARE(evaluateUser(*set, "alpha beta").verdict, Verdict::Redact);
        const Evaluation e = evaluateUser(*set, "alpha beta gamma alpha");
        QCOMPARE(e.verdict, Verdict::Block);
        QCOMPARE(e.blockingRuleId, std::string("b"));
        QVERIFY(e.redacted.empty());
        QCOMPARE(e.hits.size(), std::size_t{3});
        QCOMPARE(e.hits[0].ruleId, std::string("f"));
        QCOMPARE(e.hits[0].count, std::size_t{2});
    }

    void publicMessageNeverRevealsThePattern()
    {
        Rule secretPattern = regexRule("codename", "BLUEBIRD|REDWING");
        Rule custom = regexRule("custom", "forbidden");
        custom.publicMessage = "Please remove confidential terms.";
        const auto set = compiled({secretPattern, custom});
        QVERIFY(set);
        Evaluation e = evaluateUser(*set, "tell me about BLUEBIRD");
        QCOMPARE(e.publicMessage, std::string(defaultInputBlockMessage));
        QVERIFY(e.publicMessage.find("BLUEBIRD") == std::string::npos);
        QVERIFY(e.reason.find("codename") != std::string::npos); // the rule id, for the log
        e = evaluateUser(*set, "forbidden");
        QCOMPARE(e.publicMessage, std::string("Please remove confidential terms."));
        QCOMPARE(set->evaluateOutput("BLUEBIRD").verdict, Verdict::Allow); // input-only rule
    }

    void priorityDecidesTheBlockingRule()
    {
        Rule low = regexRule("low", "secret");
        low.priority = 1;
        low.publicMessage = "low";
        Rule high = regexRule("high", "secret project");
        high.priority = 10;
        high.publicMessage = "high";
        const auto set = compiled({low, high});
        QVERIFY(set);
        const Evaluation e = evaluateUser(*set, "the secret project");
        QCOMPARE(e.blockingRuleId, std::string("high"));
        QCOMPARE(e.publicMessage, std::string("high"));
    }

    void redactionWithOverlapsAndPriority()
    {
        Rule name = keywordRule("name", {"anna", "анна"}, Action::Redact);
        name.label = "NAME";
        name.priority = 1;
        Rule email = piiRule("email", {PiiDetector::Email});
        email.priority = 5;
        Rule flag = regexRule("mention", "example", Action::Flag);
        const auto set = compiled({name, email, flag});
        QVERIFY(set);
        const std::string text = "Анна пишет: anna@example.com, подпись anna";
        const Evaluation e = evaluateUser(*set, text);
        QCOMPARE(e.verdict, Verdict::Redact);
        QCOMPARE(*e.redacted.at(0), std::string("[NAME] пишет: [EMAIL], подпись [NAME]"));
        // Offsets are bytes into the UTF-8 text and cut it at character boundaries.
        QCOMPARE(matchedTexts(e, text),
                 (std::vector<std::string>{"Анна", "anna", "anna", "anna@example.com", "example"}));
        QCOMPARE(e.matches[0].begin, std::size_t{0});
        QCOMPARE(e.matches[0].end, std::size_t{8});
        QCOMPARE(e.hits.size(), std::size_t{3});
        QCOMPARE(e.hits[2].action, Action::Flag);
    }

    void scopeByRoleAndLastMessage()
    {
        Rule anyMessage = piiRule("card-any", {PiiDetector::PaymentCard}, Action::Flag);
        Rule lastUser = piiRule("card-last-user", {PiiDetector::PaymentCard}, Action::Flag);
        lastUser.scope.roles = {"user"};
        lastUser.scope.messages = MessageSpan::Last;
        Rule system = keywordRule("codename-system", {"bluebird"}, Action::Flag);
        system.scope.roles = {"system"};
        Rule userOnly = keywordRule("codename-user", {"bluebird"}, Action::Flag);
        userOnly.scope.roles = {"user"};
        const auto set = compiled({anyMessage, lastUser, system, userOnly});
        QVERIFY(set);
        const auto messages = conversation();
        const Evaluation e = set->evaluateInput(messages);
        std::vector<std::string> hits;
        for (const RuleHit& h : e.hits) {
            hits.push_back(h.ruleId);
        }
        // The card is in the second message: the last user message does not contain it.
        QCOMPARE(hits, (std::vector<std::string>{"card-any", "codename-system"}));
        QCOMPARE(e.matches[0].message, std::size_t{1});
        QCOMPARE(e.matches[1].message, std::size_t{0});
    }

    void redactionPerMessage()
    {
        const auto set = compiled({piiRule("pii", {PiiDetector::PaymentCard, PiiDetector::Email})});
        QVERIFY(set);
        const auto messages = conversation();
        const Evaluation e = set->evaluateInput(messages);
        QCOMPARE(e.redacted.size(), messages.size());
        QVERIFY(!e.redacted[0].has_value());
        QCOMPARE(*e.redacted[1], std::string("my card is [CARD]"));
        QVERIFY(!e.redacted[2].has_value());
        QCOMPARE(*e.redacted[3], std::string("ok, mail me at [EMAIL]"));
    }

    void limits()
    {
        Rule chars;
        chars.id = "chars";
        chars.kind = RuleKind::Limit;
        chars.limits.maxCharacters = 10;
        chars.scope.roles = {"user"};
        chars.scope.messages = MessageSpan::Last;
        Rule messages;
        messages.id = "messages";
        messages.kind = RuleKind::Limit;
        messages.action = Action::Flag;
        messages.limits.maxMessages = 3;
        Rule tokens;
        tokens.id = "tokens";
        tokens.kind = RuleKind::Limit;
        tokens.limits.maxTokens = 100;
        tokens.scope = {false, true, {}, MessageSpan::All};

        const auto set = compiled({chars, messages, tokens});
        QVERIFY(set);
        // Ten Cyrillic letters are 20 bytes but 10 characters: within the limit.
        std::vector<MessageView> ok{{"user", "ПриветМиры"}};
        QCOMPARE(set->evaluateInput(ok).verdict, Verdict::Allow);
        std::vector<MessageView> tooLong{{"user", "ПриветМиры!"}};
        Evaluation e = set->evaluateInput(tooLong);
        QCOMPARE(e.verdict, Verdict::Block);
        QCOMPARE(e.matches.at(0).detail, std::string("11 characters, limit 10"));
        e = set->evaluateInput(conversation());
        QCOMPARE(e.verdict, Verdict::Block); // the last user message is 31 characters
        QCOMPARE(e.hits.size(), std::size_t{2});
        QCOMPARE(e.hits[1].ruleId, std::string("messages"));

        QCOMPARE(set->evaluateOutput(std::string(400, 'x')).verdict, Verdict::Allow);
        e = set->evaluateOutput(std::string(404, 'x'));
        QCOMPARE(e.verdict, Verdict::Block);
        QCOMPARE(e.publicMessage, std::string(defaultOutputBlockMessage));
        QCOMPARE(e.matches.at(0).detail, std::string("101 estimated tokens, limit 100"));
    }

    void neededModeLocatesOnlyWhatTheVerdictNeeds()
    {
        const auto set =
            compiled({regexRule("flag", "alpha", Action::Flag), regexRule("red", "beta", Action::Redact),
                      piiRule("card", {PiiDetector::PaymentCard}, Action::Flag)});
        QVERIFY(set);
        const std::string text = "alpha beta alpha beta 4111 1111 1111 1112 4111 1111 1111 1111";
        const MessageView m{"user", text};
        const Evaluation all = set->evaluateInput({&m, 1}, Locate::All);
        const Evaluation needed = set->evaluateInput({&m, 1}, Locate::Needed);
        QCOMPARE(all.hits.at(0).count, std::size_t{2});
        QCOMPARE(needed.hits.at(0).count, std::size_t{1}); // first "alpha" only
        QCOMPARE(needed.matches.at(0).begin, std::size_t{0});
        QCOMPARE(needed.hits.at(1).count, std::size_t{2}); // redaction needs every match
        QCOMPARE(needed.hits.at(2).count, std::size_t{1}); // the Luhn-valid card, checked
        QCOMPARE(*needed.redacted.at(0), *all.redacted.at(0));
        QCOMPARE(needed.verdict, all.verdict);
    }

    void catastrophicPatternOnLongInputCompletesWithNoMatch()
    {
        const auto set = compiled({regexRule("redos", "^(a+)+$"), regexRule("redos2", "(x+x+)+y")});
        QVERIFY(set);
        const Evaluation e = evaluateUser(*set, std::string(200000, 'a') + "b" + std::string(50000, 'x'));
        QCOMPARE(e.verdict, Verdict::Allow);
        QVERIFY(e.matches.empty());
        QVERIFY(!e.engineError);
    }

    void failModeDecidesAfterAnEngineError()
    {
        // RE2 2022's Set::Match cannot run out of memory once Compile() succeeded, so the error
        // path is driven directly; evaluateInput/Output call the same function.
        const auto closed = compiled({regexRule("b", "x", Action::Flag)});
        QVERIFY(closed);
        Evaluation e = evaluateUser(*closed, "x");
        closed->applyFailMode(e, "RE2::Set ran out of memory", false);
        QCOMPARE(e.verdict, Verdict::Block);
        QVERIFY(e.engineError);
        QVERIFY(e.reason.find("failing closed") != std::string::npos);
        QCOMPARE(e.publicMessage, std::string(defaultInputBlockMessage));

        RuleSetOptions open;
        open.failMode = FailMode::Open;
        const auto openSet = compiled({regexRule("b", "x", Action::Flag)}, open);
        QVERIFY(openSet);
        e = evaluateUser(*openSet, "x");
        openSet->applyFailMode(e, "RE2::Set ran out of memory", false);
        QCOMPARE(e.verdict, Verdict::Flag);
        QVERIFY(e.engineError);
        QVERIFY(e.reason.find("failing open") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestCompiledRuleSet)
#include "tst_compiledruleset.moc"
