#include "RuleTestSupport.h"
#include "core/rules/Redaction.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void replacesWithLabels()
    {
        QCOMPARE(redact("mail a@b.co now", {{5, 11, 0, "EMAIL"}}), std::string("mail [EMAIL] now"));
        QCOMPARE(redact("abc", {}), std::string("abc"));
    }

    void offsetsInMultiByteText()
    {
        // "Привет, " is 14 bytes: each Cyrillic letter is 2.
        const std::string text = "Привет, ivan@example.com — пока";
        const std::size_t begin = text.find("ivan");
        QCOMPARE(begin, std::size_t{14});
        const std::size_t end = begin + std::string("ivan@example.com").size();
        QCOMPARE(redact(text, {{begin, end, 0, "EMAIL"}}), std::string("Привет, [EMAIL] — пока"));
    }

    void higherPriorityKeepsTheOverlap()
    {
        //            0123456789012345678
        const std::string text = "aaaa bbbb cccc dddd";
        // low [0,9) NAME overlaps high [5,14) CARD: the high one keeps all its text.
        QCOMPARE(redact(text, {{0, 9, 1, "NAME"}, {5, 14, 5, "CARD"}}), std::string("[NAME][CARD] dddd"));
        QCOMPARE(redact(text, {{0, 9, 9, "NAME"}, {5, 14, 5, "CARD"}}), std::string("[NAME][CARD] dddd"));
        // A high-priority match inside a low one splits it; no byte of either survives.
        QCOMPARE(redact(text, {{0, 19, 0, "LOW"}, {5, 9, 3, "HIGH"}}), std::string("[LOW][HIGH][LOW]"));
        // Contained in a higher one: only the higher label shows.
        QCOMPARE(redact(text, {{0, 19, 3, "HIGH"}, {5, 9, 0, "LOW"}}), std::string("[HIGH]"));
    }

    void equalPriorityOverlapsCoverTheUnion()
    {
        const std::string text = "0123456789";
        QCOMPARE(redact(text, {{2, 6, 0, "A"}, {4, 8, 0, "B"}}), std::string("01[A][B]89"));
        QCOMPARE(redact(text, {{2, 6, 0, "A"}, {2, 6, 0, "A"}}), std::string("01[A]6789"));
        QCOMPARE(redact(text, {{0, 10, 0, "ALL"}, {3, 4, 0, "X"}}), std::string("[ALL]"));
    }

    void adjacentMatchesKeepTheirOwnLabels()
    {
        QCOMPARE(redact("abcdef", {{0, 3, 0, "X"}, {3, 6, 0, "X"}}), std::string("[X][X]"));
    }

    void ignoresSpansOutsideTheText()
    {
        QCOMPARE(redact("abc", {{2, 9, 0, "X"}, {1, 1, 0, "Y"}}), std::string("abc"));
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
