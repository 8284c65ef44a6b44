#include "core/rules/TokenEstimate.h"
#include "core/rules/Utf8.h"

#include <QTest>

using namespace gatehouse::rules;

class TestTokenEstimate : public QObject
{
    Q_OBJECT

private slots:
    void estimates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("tokens");
        QTest::newRow("empty") << "" << quint64{0};
        QTest::newRow("ascii: 4 bytes a token, rounded up") << "Hello, world!" << quint64{4};
        QTest::newRow("cyrillic: 2 letters a token") << "Привет" << quint64{3};
        QTest::newRow("mixed runs each round up") << "abПр" << quint64{2};
        QTest::newRow("CJK: a token each") << "東京都" << quint64{3};
        QTest::newRow("emoji: a token each") << "👍👍" << quint64{2};
    }

    void estimates()
    {
        QFETCH(QString, text);
        QFETCH(quint64, tokens);
        QCOMPARE(estimateTokens(text.toStdString()), std::uint64_t{tokens});
    }

    void utf8Helpers()
    {
        const std::string text = "aПб"; // 1 + 2 + 2 bytes
        QCOMPARE(utf8::length(text), std::size_t{3});
        QCOMPARE(utf8::boundaryAtOrBefore(text, 2), std::size_t{1});
        QCOMPARE(utf8::boundaryAtOrBefore(text, 3), std::size_t{3});
        QVERIFY(utf8::isValid(text));
        QVERIFY(!utf8::isValid(std::string("\xd0", 1)));
        QVERIFY(!utf8::isValid("\xc0\xaf"));     // overlong '/'
        QVERIFY(!utf8::isValid("\xed\xa0\x80")); // surrogate
    }
};

QTEST_APPLESS_MAIN(TestTokenEstimate)
#include "tst_tokenestimate.moc"
