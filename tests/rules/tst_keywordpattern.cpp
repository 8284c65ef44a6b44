#include "RuleTestSupport.h"
#include "core/rules/KeywordPattern.h"

#include <QTest>

using namespace gatehouse::rules;
using namespace gatehouse::rules::test;

// Keyword rules as a user meets them: through a compiled rule set.
class TestKeywordPattern : public QObject
{
    Q_OBJECT

private slots:
    void cyrillicCaseFolding_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hit");
        QTest::newRow("upper text, lower keyword") << "привет"
                                                   << "ПРИВЕТ, мир" << true;
        QTest::newRow("lower text, upper keyword") << "ПРИВЕТ"
                                                   << "ну привет" << true;
        QTest::newRow("mixed case") << "привет"
                                    << "ПрИвЕт!" << true;
        QTest::newRow("Ё folds to ё") << "ёлка"
                                      << "ЁЛКА" << true;
        QTest::newRow("ё is not е") << "ёлка"
                                    << "елка" << false;
        QTest::newRow("greek") << "σοφία"
                               << "ΣΟΦΊΑ" << true;
        QTest::newRow("latin with diacritics") << "straße"
                                               << "STRAßE" << true;
    }

    void cyrillicCaseFolding()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, text);
        QFETCH(bool, hit);
        const auto set = compiled({keywordRule("kw", {keyword.toStdString()})});
        QVERIFY(set);
        QCOMPARE(evaluateUser(*set, text.toStdString()).blocked(), hit);
    }

    void wordBoundariesInAnyScript_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hit");
        QTest::newRow("inside a longer Cyrillic word") << "кот"
                                                       << "котлета" << false;
        QTest::newRow("end of a longer word") << "кот"
                                              << "антрекот" << false;
        QTest::newRow("own word") << "кот"
                                  << "мой кот спит" << true;
        QTest::newRow("start of text") << "кот"
                                       << "Кот спит" << true;
        QTest::newRow("end of text with punctuation") << "кот"
                                                      << "это кот." << true;
        QTest::newRow("latin letter touching") << "кот"
                                               << "котx" << false;
        QTest::newRow("digit touching") << "кот"
                                        << "кот2" << false;
        QTest::newRow("underscore touching") << "secret"
                                             << "my_secret" << false;
        QTest::newRow("latin inside latin") << "cat"
                                            << "concatenate" << false;
        QTest::newRow("mixed scripts, own word") << "cat"
                                                 << "кот и cat рядом" << true;
        QTest::newRow("mixed scripts touching") << "cat"
                                                << "котcat" << false;
        QTest::newRow("combining mark after") << "cafe"
                                              << "cafe\u0301 au lait" << false;
        QTest::newRow("CJK neighbours are letters") << "東京"
                                                    << "東京都" << false;
    }

    void wordBoundariesInAnyScript()
    {
        QFETCH(QString, keyword);
        QFETCH(QString, text);
        QFETCH(bool, hit);
        const auto set = compiled({keywordRule("kw", {keyword.toStdString()})});
        QVERIFY(set);
        QCOMPARE(evaluateUser(*set, text.toStdString()).blocked(), hit);
    }

    void partialWordsWhenWholeWordsIsOff()
    {
        Rule rule = keywordRule("kw", {"кот"});
        rule.wholeWords = false;
        const auto set = compiled({rule});
        QVERIFY(set);
        QVERIFY(evaluateUser(*set, "котлета").blocked());
    }

    void phrasesMatchAnyWhiteSpace()
    {
        const auto set = compiled({keywordRule("kw", {"credit   card"}, Action::Flag)});
        QVERIFY(set);
        const std::string text = "my CREDIT\tcard and credit\u00a0card and credit\n\ncard";
        const Evaluation e = evaluateUser(*set, text);
        QCOMPARE(e.verdict, Verdict::Flag);
        QCOMPARE(matchedTexts(e, text),
                 (std::vector<std::string>{"CREDIT\tcard", "credit\u00a0card", "credit\n\ncard"}));
    }

    void adjacentKeywordsAreAllFound()
    {
        // The boundary after one match is the boundary before the next.
        const auto set = compiled({keywordRule("kw", {"кот", "пёс"}, Action::Flag)});
        QVERIFY(set);
        const std::string text = "кот кот,пёс КОТ";
        QCOMPARE(matchedTexts(evaluateUser(*set, text), text),
                 (std::vector<std::string>{"кот", "кот", "пёс", "КОТ"}));
    }

    void metaCharactersAreLiteral()
    {
        const auto set = compiled({keywordRule("kw", {"a.b (c)*"}, Action::Flag)});
        QVERIFY(set);
        QCOMPARE(evaluateUser(*set, "say a.b (c)* now").verdict, Verdict::Flag);
        QCOMPARE(evaluateUser(*set, "say axb (c) now").verdict, Verdict::Allow);
    }

    void badKeywordsNameTheirIndex()
    {
        KeywordPattern p = buildKeywordPattern({"ok", "  ", "fine"}, true);
        QVERIFY(p.pattern.empty());
        QCOMPARE(p.badKeyword, std::optional<std::size_t>(1));

        p = buildKeywordPattern({"ok", std::string("\xff\xfe", 2)}, true);
        QCOMPARE(p.badKeyword, std::optional<std::size_t>(1));
        QVERIFY(p.error.find("UTF-8") != std::string::npos);

        p = buildKeywordPattern({}, true);
        QVERIFY(!p.error.empty());
    }
};

QTEST_APPLESS_MAIN(TestKeywordPattern)
#include "tst_keywordpattern.moc"
