#include "core/sse/SseParser.h"

#include <QTest>

#include <string>
#include <vector>

using gatehouse::sse::Event;
using gatehouse::sse::Parser;

namespace {

// "type|data|id" per event, so a whole stream's outcome compares as one list.
QStringList parse(const std::vector<std::string_view>& pieces)
{
    Parser parser;
    QStringList out;
    for (std::string_view piece : pieces) {
        parser.feed(piece, [&](const Event& e) {
            out << QString::fromStdString(e.type + "|" + e.data + "|" + e.lastEventId);
        });
    }
    parser.finish();
    return out;
}

QStringList parse(std::string_view whole)
{
    return parse(std::vector<std::string_view>{whole});
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void streams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("events");

        QTest::newRow("colon with and without space")
            << QByteArray("data:test\n\ndata: test\n\n") << QStringList{"message|test|", "message|test|"};
        QTest::newRow("only one space is removed")
            << QByteArray("data:  x\n\n") << QStringList{"message| x|"};
        // The standard's own example: a bare `data` field appends "\n"; the first event's data is
        // "" (the buffer was "\n", then lost its trailing LF), the second's "\n"; the final
        // `data:` has no blank line after it and is discarded.
        QTest::newRow("spec example")
            << QByteArray("data\n\ndata\ndata\n\ndata:") << QStringList{"message||", "message|\n|"};
        QTest::newRow("multi-line data")
            << QByteArray("data: a\ndata: b\n\n") << QStringList{"message|a\nb|"};
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\n") << QStringList{"message|a|"};
        QTest::newRow("lone CR") << QByteArray("data: a\r\rdata: b\r\r")
                                 << QStringList{"message|a|", "message|b|"};
        QTest::newRow("mixed line ends")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << QStringList{"message|a\nb\nc|"};
        QTest::newRow("comment is ignored")
            << QByteArray(": keep-alive\n\ndata: x\n: another\n\n") << QStringList{"message|x|"};
        QTest::newRow("event type") << QByteArray("event: error\ndata: {\"error\":{}}\n\ndata: y\n\n")
                                    << QStringList{"error|{\"error\":{}}|", "message|y|"};
        QTest::newRow("type resets when data is empty")
            << QByteArray("event: ping\n\ndata: y\n\n") << QStringList{"message|y|"};
        QTest::newRow("field names are case-sensitive")
            << QByteArray("Data: x\nDATA: y\ndata: z\n\n") << QStringList{"message|z|"};
        QTest::newRow("no colon: whole line is the name")
            << QByteArray("data\n\n") << QStringList{"message||"};
        QTest::newRow("unknown fields ignored")
            << QByteArray("foo: bar\ndata: x\n\n") << QStringList{"message|x|"};
        QTest::newRow("id persists across events")
            << QByteArray("id: 7\ndata: a\n\ndata: b\n\n") << QStringList{"message|a|7", "message|b|7"};
        QTest::newRow("id with NUL is ignored")
            << (QByteArray("id: 1\ndata: a\n\nid: 2") + '\0' + QByteArray("x\ndata: b\n\n"))
            << QStringList{"message|a|1", "message|b|1"};
        QTest::newRow("empty id resets")
            << QByteArray("id: 1\ndata: a\n\nid\ndata: b\n\n") << QStringList{"message|a|1", "message|b|"};
        QTest::newRow("BOM dropped once") << QByteArray("\xEF\xBB\xBF"
                                                        "data: a\n\n")
                                          << QStringList{"message|a|"};
        QTest::newRow("second BOM is content") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                             "data: a\n\ndata: b\n\n")
                                               << QStringList{"message|b|"};
        QTest::newRow("pending data at end discarded")
            << QByteArray("data: a\n\ndata: b\n") << QStringList{"message|a|"};
        QTest::newRow("OpenAI stream") << QByteArray("data: {\"choices\":[]}\n\ndata: [DONE]\n\n")
                                       << QStringList{"message|{\"choices\":[]}|", "message|[DONE]|"};
        QTest::newRow("invalid UTF-8 replaced") << QByteArray("data: a\xFF"
                                                              "b\n\n")
                                                << QStringList{QString::fromUtf8("message|a\xEF\xBF\xBD"
                                                                                 "b|")};
        QTest::newRow("Cyrillic intact") << QByteArray("data: привет\n\n") << QStringList{"message|привет|"};
    }

    void streams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, events);
        const std::string_view bytes(stream.constData(), size_t(stream.size()));
        QCOMPARE(parse(bytes), events);
    }

    void anySplitGivesTheSameEvents_data() { streams_data(); }

    // Network reads cut streams anywhere: inside a CRLF, inside a multi-byte character, inside the
    // BOM. Every two-way split and byte-by-byte feeding must give what one piece gives.
    void anySplitGivesTheSameEvents()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, events);
        const std::string_view bytes(stream.constData(), size_t(stream.size()));
        for (size_t cut = 0; cut <= bytes.size(); ++cut)
            QCOMPARE(parse({bytes.substr(0, cut), bytes.substr(cut)}), events);
        std::vector<std::string_view> single;
        for (size_t i = 0; i < bytes.size(); ++i)
            single.push_back(bytes.substr(i, 1));
        QCOMPARE(parse(single), events);
    }

    void retryNeedsDigitsOnly()
    {
        Parser parser;
        parser.feed("retry: 1500\n", {});
        QCOMPARE(parser.retryMilliseconds().value_or(0), 1500u);
        parser.feed("retry: 15x\nretry: -1\nretry:\n", {});
        QCOMPARE(parser.retryMilliseconds().value_or(0), 1500u);
    }

    void tooLongALineFailsInsteadOfGrowing()
    {
        Parser parser(64);
        QVERIFY(parser.feed(std::string(40, 'a'), {}));
        QVERIFY(!parser.feed(std::string(40, 'a'), {}));
        QVERIFY(parser.failed());
        QVERIFY(!parser.feed("\n\n", {}));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
