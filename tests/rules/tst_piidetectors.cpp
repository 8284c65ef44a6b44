#include "RuleTestSupport.h"
#include "core/rules/IpAddress.h"
#include "core/rules/PiiDetectors.h"
#include "core/rules/SecretToken.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

namespace {

// What one detector finds in text, as the texts it would redact.
std::vector<std::string> found(PiiDetector detector, const std::string& text)
{
    const auto set = compiled({piiRule("pii", {detector})});
    if (!set) {
        return {"<no rule set>"};
    }
    return matchedTexts(evaluateUser(*set, text), text);
}

using Texts = std::vector<std::string>;

// A JWT with header {"alg":"HS256","typ":"JWT"} and payload {"sub":"1234567890"}.
const std::string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
                        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

} // namespace

class TestPiiDetectors : public QObject
{
    Q_OBJECT

private slots:
    void everyDetectorHasACompilingPattern()
    {
        for (PiiDetector d : allDetectors()) {
            const PiiDetectorSpec& spec = detectorSpec(d);
            QCOMPARE(spec.detector, d);
            QVERIFY2(RE2(std::string(spec.pattern), patternOptions()).ok(), detectorName(d).data());
        }
    }

    void email()
    {
        QCOMPARE(found(PiiDetector::Email, "mail ivan.petrov+news@mail.example.ru, ok?"),
                 Texts{"ivan.petrov+news@mail.example.ru"});
        QCOMPARE(found(PiiDetector::Email, "Пишите: anna@пример.рф или anna@example.com."),
                 Texts{"anna@example.com"});
        QCOMPARE(found(PiiDetector::Email, "not.an@email, x@-bad.com, x@bad-.com, x@bad.c0m"), Texts{});
        // A malformed local part still leaves the well-formed address at its end: redact that.
        QCOMPARE(found(PiiDetector::Email, ".dot@example.com, a..b@example.com"),
                 (Texts{"dot@example.com", "b@example.com"}));
        QVERIFY(emailValid("a@b.co"));
        QVERIFY(!emailValid("a@b.c0"));
    }

    void phone()
    {
        QCOMPARE(found(PiiDetector::Phone, "call +49 30 1234567 or (555) 123-4567, or +7 (912) 345-67-89"),
                 (Texts{"+49 30 1234567", "(555) 123-4567", "+7 (912) 345-67-89"}));
        QCOMPARE(found(PiiDetector::Phone, "020 7946 0958"), Texts{"020 7946 0958"});
        // Things that look numeric but are not phone numbers.
        QCOMPARE(found(PiiDetector::Phone, "on 2024-01-15, build 1234567, ip 192.168.100.200, "
                                           "order 1234567890, card 3782 822463 10005, 0000 000 0000"),
                 Texts{});
    }

    void paymentCard()
    {
        QCOMPARE(
            found(PiiDetector::PaymentCard, "card 4111 1111 1111 1111 exp 12/26, or 5555-5555-5555-4444."),
            (Texts{"4111 1111 1111 1111", "5555-5555-5555-4444"}));
        QCOMPARE(found(PiiDetector::PaymentCard, "номер карты:4111111111111111!"), Texts{"4111111111111111"});
        // Luhn fails, or digits run on into more digits.
        QCOMPARE(
            found(PiiDetector::PaymentCard, "4111 1111 1111 1112 and 41111111111111110000 and id12345678903"),
            Texts{});
        // A rejected candidate does not hide a valid card that starts inside it.
        QCOMPARE(found(PiiDetector::PaymentCard, "ref 12 4111 1111 1111 1111"), Texts{"4111 1111 1111 1111"});
    }

    void iban()
    {
        QCOMPARE(found(PiiDetector::Iban, "IBAN: DE89 3704 0044 0532 0130 00 OK THEN"),
                 Texts{"DE89 3704 0044 0532 0130 00"});
        QCOMPARE(found(PiiDetector::Iban, "pay GB82WEST12345698765432."), Texts{"GB82WEST12345698765432"});
        QCOMPARE(found(PiiDetector::Iban, "DE88 3704 0044 0532 0130 00 and DE89 3704"), Texts{});
    }

    void ipAddresses()
    {
        QCOMPARE(found(PiiDetector::Ipv4,
                       "from 10.0.0.1, 192.168.1.254. Not 256.1.1.1, 1.2.3, 01.2.3.4, 1.2.3.4.5"),
                 (Texts{"10.0.0.1", "192.168.1.254"}));
        QCOMPARE(
            found(PiiDetector::Ipv6, "hosts 2001:db8::1, fe80::1ff:fe23:4567:890a and ::ffff:192.0.2.128."),
            (Texts{"2001:db8::1", "fe80::1ff:fe23:4567:890a", "::ffff:192.0.2.128"}));
        QCOMPARE(found(PiiDetector::Ipv6, "at 12:30:45, a::b::c, 1:2:3:4:5:6:7:8:9"), Texts{});
        QVERIFY(ipv6Valid("1:2:3:4:5:6:7:8"));
        QVERIFY(ipv6Valid("::"));
        QVERIFY(!ipv6Valid("1:2:3:4:5:6:7"));
        QVERIFY(!ipv6Valid("12345::1"));
        QVERIFY(ipv4Valid("0.0.0.0"));
        QVERIFY(!ipv4Valid("1.2.3.04"));
    }

    void secrets()
    {
        const std::string openai = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_Ab3dEf6hIj9";
        QCOMPARE(found(PiiDetector::OpenAiKey, "key=" + openai + " ok"), Texts{openai});
        QCOMPARE(found(PiiDetector::OpenAiKey,
                       "sk-abcdefghijklmnopqrstuvwxyz (no digits) and task-1234567890abcdefghijk"),
                 Texts{});
        QCOMPARE(found(PiiDetector::AwsAccessKey,
                       "AKIAIOSFODNN7EXAMPLE, ASIAY34FZKBOKMUTVV7A, AKIAAAAAAAAAAAAAAAAA"),
                 (Texts{"AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A"}));
        QCOMPARE(found(PiiDetector::Jwt, "Authorization: Bearer " + jwt), Texts{jwt});
        QCOMPARE(found(PiiDetector::Jwt, "eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxIn0.sig"),
                 Texts{}); // header has no alg/typ
        QCOMPARE(found(PiiDetector::ApiKeyAssignment, "API_KEY=\"9f8e7d6c5b4a39281706\" password: hunter2 "
                                                      "token = changeme123"),
                 Texts{"9f8e7d6c5b4a39281706"});
        QVERIFY(jwtValid(jwt));
        QVERIFY(!jwtValid(jwt + ".extra"));
    }

    void labelsDefaultToTheDetector()
    {
        const auto set = compiled({piiRule("pii", {PiiDetector::Email, PiiDetector::PaymentCard})});
        QVERIFY(set);
        const std::string text = "a@example.com 4111111111111111";
        QCOMPARE(*evaluateUser(*set, text).redacted.at(0), std::string("[EMAIL] [CARD]"));
        Rule card = piiRule("card", {PiiDetector::PaymentCard});
        card.label = "КАРТА";
        const auto own = compiled({card});
        QVERIFY(own);
        QCOMPARE(*evaluateUser(*own, text).redacted.at(0), std::string("a@example.com [КАРТА]"));
    }
};

QTEST_APPLESS_MAIN(TestPiiDetectors)
#include "tst_piidetectors.moc"
