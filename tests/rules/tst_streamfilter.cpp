#include "RuleTestSupport.h"
#include "core/rules/StreamFilter.h"
#include "core/rules/Utf8.h"

#include <QTest>

#include <random>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

struct Streamed
{
    std::string text; // everything released, concatenated
    bool blocked = false;
    std::string publicMessage;
    std::vector<std::string> releases;
};

Streamed stream(StreamFilter& filter, const std::vector<std::string>& chunks)
{
    Streamed out;
    const auto take = [&](StreamStep step) {
        out.releases.push_back(step.text);
        out.text += step.text;
        if (step.blocked && !out.blocked) {
            out.blocked = true;
            out.publicMessage = step.publicMessage;
        }
    };
    for (const std::string& chunk : chunks) {
        take(filter.push(chunk));
    }
    take(filter.finish());
    return out;
}

Streamed stream(const std::shared_ptr<const CompiledRuleSet>& set, const std::vector<std::string>& chunks)
{
    StreamFilter filter(set);
    return stream(filter, chunks);
}

// Splits text at random byte offsets (including inside UTF-8 characters).
std::vector<std::string> randomChunks(const std::string& text, std::mt19937& random, std::size_t maxChunk)
{
    std::vector<std::string> chunks;
    std::uniform_int_distribution<std::size_t> size(1, maxChunk);
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t n = std::min(size(random), text.size() - pos);
        chunks.push_back(text.substr(pos, n));
        pos += n;
    }
    return chunks;
}

std::shared_ptr<const CompiledRuleSet> outputRules(std::size_t maxMatchLength = 1024)
{
    Rule name = keywordRule("name", {"анна", "anna"}, Action::Redact);
    name.label = "NAME";
    Rule pii = piiRule("pii", {PiiDetector::Email, PiiDetector::PaymentCard, PiiDetector::Iban});
    pii.priority = 5;
    RuleSetOptions options;
    options.maxMatchLength = maxMatchLength;
    return compiled(
        {withOutput(name), withOutput(pii), withOutput(keywordRule("flag", {"кот"}, Action::Flag))}, options);
}

} // namespace

class TestStreamFilter : public QObject
{
    Q_OBJECT

private slots:
    void blockSplitAcrossChunksReleasesNoPartOfIt()
    {
        const auto set = compiled({withOutput(keywordRule("pw", {"password"}))});
        QVERIFY(set);
        const Streamed s = stream(set, {"Your pass", "word is hunter2"});
        QVERIFY(s.blocked);
        QCOMPARE(s.publicMessage, std::string(defaultOutputBlockMessage));
        QVERIFY2(s.text.find("pass") == std::string::npos, s.text.c_str());
    }

    void blockMidStreamKeepsWhatWasSafeAndStops()
    {
        RuleSetOptions options;
        options.maxMatchLength = 16;
        const auto set = compiled({withOutput(keywordRule("pw", {"password"}))}, options);
        QVERIFY(set);
        StreamFilter filter(set);
        const std::string safe(100, 'a');
        StreamStep step = filter.push(safe + " ");
        QCOMPARE(step.text, std::string(85, 'a')); // the last 16 bytes are held back
        QVERIFY(!step.blocked);
        step = filter.push("the pass");
        QVERIFY(!step.blocked);
        step = filter.push("word");
        QVERIFY(!step.blocked); // "password" may still become "passwords": wait for the window
        QVERIFY(step.text.find('p') == std::string::npos);
        step = filter.push(" is hunter2, and more.");
        QVERIFY(step.blocked);
        QVERIFY(step.text.empty());
        QCOMPARE(step.matches.size(), std::size_t{1});
        QCOMPARE(step.matches[0].begin, std::size_t{105}); // offsets into the whole stream
        QVERIFY(filter.blocked());
        QVERIFY(filter.summary().blocked());
        QCOMPARE(filter.summary().blockingRuleId, std::string("pw"));
        step = filter.push("more text");
        QVERIFY(step.blocked);
        QVERIFY(step.text.empty());
        QVERIFY(filter.finish().text.empty());
    }

    void redactsMatchesSplitAcrossChunks()
    {
        const auto set = outputRules();
        QVERIFY(set);
        const Streamed s =
            stream(set, {"Пишите Ан", "не: anna@exa", "mple.com, карта 4111 11", "11 1111 1111."});
        QVERIFY(!s.blocked);
        QCOMPARE(s.text, std::string("Пишите Анне: [EMAIL], карта [CARD]."));
    }

    void noFalseMatchAtAChunkEnd()
    {
        // "анна" at the end of a chunk is not a word until the next chunk says so.
        const auto set = outputRules(16);
        QVERIFY(set);
        const Streamed s = stream(set, {"Аннами ", "зовут анна", "лисов", " и анна"});
        QCOMPARE(s.text, std::string("Аннами зовут анналисов и [NAME]"));
    }

    void anyChunkingGivesTheWholeTextResult()
    {
        const auto set = outputRules(64);
        QVERIFY(set);
        const std::string text =
            "Анна (anna@example.com) платит картой 5555-5555-5555-4444, IBAN DE89 3704 0044 0532 0130 00. "
            "Кот котлету съел; АННА — не анналы. Mail: ivan.petrov@mail.example.ru, anna.";
        const Evaluation whole = set->evaluateOutput(text);
        QCOMPARE(whole.verdict, Verdict::Redact);
        const std::string expected = *whole.redacted.at(0);
        QVERIFY2(expected.find("[IBAN]") != std::string::npos, expected.c_str());

        std::mt19937 random(20240601);
        for (int round = 0; round < 200; ++round) {
            const auto chunks = randomChunks(text, random, 1 + static_cast<std::size_t>(round % 40));
            StreamFilter filter(set);
            const Streamed s = stream(filter, chunks);
            QCOMPARE(s.text, expected);
            for (const std::string& r : s.releases) {
                QVERIFY(utf8::isValid(r)); // never half a character
            }
            QCOMPARE(filter.summary().hits.size(), whole.hits.size());
            QCOMPARE(filter.summary().matches.size(), whole.matches.size());
        }
    }

    void holdsBackOnlyTheWindow()
    {
        const auto set = outputRules(32);
        QVERIFY(set);
        StreamFilter filter(set);
        std::string released;
        for (int i = 0; i < 100; ++i) {
            released += filter.push("Всё спокойно. ").text;
            QVERIFY(filter.heldBack() <= 32 + std::string("Всё спокойно. ").size());
        }
        QVERIFY(released.size() > 2000);
        released += filter.finish().text;
        QCOMPARE(filter.heldBack(), std::size_t{0});
    }

    void overlongMatchesDoNotGrowTheBuffer()
    {
        RuleSetOptions options;
        options.maxMatchLength = 16;
        const auto set = compiled({withOutput(regexRule("run", "a+", Action::Redact))}, options);
        QVERIFY(set);
        StreamFilter filter(set);
        std::string released;
        for (int i = 0; i < 50; ++i) {
            released += filter.push(std::string(10, 'a')).text;
            QVERIFY(filter.heldBack() <= 2 * 16 + 10);
        }
        released += filter.finish().text;
        QVERIFY(released.find('a') == std::string::npos);
    }

    void outputLimitStopsTheStream()
    {
        Rule limit;
        limit.id = "short";
        limit.kind = RuleKind::Limit;
        limit.limits.maxCharacters = 20;
        limit.scope = {false, true, {}, MessageSpan::All};
        const auto set = compiled({limit});
        QVERIFY(set);
        const Streamed s = stream(set, {"0123456789", "0123456789", "0"});
        QVERIFY(s.blocked);
        QVERIFY(s.text.size() <= 20);
    }
};

QTEST_APPLESS_MAIN(TestStreamFilter)
#include "tst_streamfilter.moc"
