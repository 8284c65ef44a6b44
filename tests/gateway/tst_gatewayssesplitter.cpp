#include "gateway/chat/SseEventSplitter.h"

#include <QTest>

using namespace gatehouse::gateway;

namespace {

std::vector<std::string> feedAll(SseEventSplitter& splitter, const std::vector<std::string>& pieces)
{
    std::vector<std::string> events;
    for (const auto& piece : pieces) {
        for (auto& event : splitter.feed(piece))
            events.push_back(std::move(event));
    }
    return events;
}

} // namespace

class TestGatewaySseSplitter : public QObject
{
    Q_OBJECT

private slots:
    void eventsComeOutWholeWhateverThePieces()
    {
        const std::string stream = "data: {\"a\":1}\n\n: keep-alive\n\ndata: x\ndata: y\n\ndata: [DONE]\n\n";
        // Every way of cutting the stream in two gives the same events.
        for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
            SseEventSplitter splitter;
            const auto events = feedAll(splitter, {stream.substr(0, cut), stream.substr(cut)});
            QCOMPARE(events.size(), std::size_t{4});
            QCOMPARE(events[0], std::string("data: {\"a\":1}\n\n"));
            QCOMPARE(events[1], std::string(": keep-alive\n\n"));
            QCOMPARE(events[2], std::string("data: x\ndata: y\n\n"));
            QCOMPARE(SseEventSplitter::dataOf(events[3]), std::string("[DONE]"));
        }
    }

    void acceptsCrLfAndLoneCrEvenAcrossPieces()
    {
        SseEventSplitter splitter;
        const auto events = feedAll(splitter, {"data: a\r", "\n\r", "\ndata: b\r\rdata: c\n\n"});
        QCOMPARE(events.size(), std::size_t{3});
        QCOMPARE(events[0], std::string("data: a\n\n"));
        QCOMPARE(events[1], std::string("data: b\n\n"));
        QCOMPARE(events[2], std::string("data: c\n\n"));
    }

    void incompleteEventIsHeldBack()
    {
        SseEventSplitter splitter;
        QVERIFY(splitter.feed("data: partial").empty());
        QVERIFY(splitter.feed("\n").empty());
        QCOMPARE(splitter.feed("\n").size(), std::size_t{1});
    }

    void dataFollowsTheWhatwgRules()
    {
        QCOMPARE(SseEventSplitter::dataOf("data:test\n"), std::string("test"));
        QCOMPARE(SseEventSplitter::dataOf("data: test\n"), std::string("test"));
        QCOMPARE(SseEventSplitter::dataOf("data:  x\n"), std::string(" x"));
        QCOMPARE(SseEventSplitter::dataOf("data\ndata: y\n"), std::string("\ny"));
        QCOMPARE(SseEventSplitter::dataOf("event: error\ndata: {}\n"), std::string("{}"));
        QCOMPARE(SseEventSplitter::dataOf(": comment\n"), std::string());
    }
};

QTEST_GUILESS_MAIN(TestGatewaySseSplitter)
#include "tst_gatewayssesplitter.moc"
