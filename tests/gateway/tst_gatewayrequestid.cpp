// Request ids (gateway/pipeline/RequestId): which client ids are kept, what a new one looks like,
// and that the stamping writer adds x-request-id to whole and streamed responses alike.
#include "gateway/http/RecordingResponseWriter.h"
#include "gateway/pipeline/RequestId.h"

#include <QTest>

#include <set>

using namespace gatehouse::gateway;

class TestGatewayRequestId : public QObject
{
    Q_OBJECT

private slots:
    void plainTokensAreKept_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("kept");
        QTest::newRow("uuid") << QByteArray("3f2a1c9e-8b7d-4e6f-a5b4-0c1d2e3f4a5b") << true;
        QTest::newRow("dots, colons, underscores") << QByteArray("edge-1:trace_42.7") << true;
        QTest::newRow("128 characters") << QByteArray(128, 'a') << true;
        QTest::newRow("129 characters") << QByteArray(129, 'a') << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("quote") << QByteArray("a\"b") << false;
        QTest::newRow("equals") << QByteArray("id=forged") << false;
        QTest::newRow("newline") << QByteArray("a\nb") << false;
        QTest::newRow("non-ASCII") << QByteArray("id-\xd0\xb6") << false;
    }
    void plainTokensAreKept()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, kept);
        QCOMPARE(request_id::acceptable(id.toStdString()), kept);
        http::Request request;
        request.headers.push_back({"X-Request-Id", id.toStdString()});
        const std::string chosen = request_id::forRequest(request);
        QCOMPARE(chosen == id.toStdString(), kept);
        QVERIFY(request_id::acceptable(chosen));
    }

    void newIdsAreUniqueAndShaped()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 10000; ++i) {
            const std::string id = request_id::generate();
            QCOMPARE(id.size(), std::size_t(28));
            QCOMPARE(id.substr(0, 4), std::string("req_"));
            QVERIFY2(id.find_first_not_of("0123456789abcdef", 4) == std::string::npos, id.c_str());
            seen.insert(id);
        }
        QCOMPARE(seen.size(), std::size_t(10000));
        http::Request withoutOne;
        QCOMPARE(request_id::forRequest(withoutOne).substr(0, 4), std::string("req_"));
    }

    void theWriterStampsWholeAndStreamedResponses()
    {
        auto whole = std::make_shared<http::RecordingResponseWriter>();
        request_id::stamping(whole, "req_a")->send(http::Response::json(404, "{}"));
        QVERIFY(whole->response());
        QCOMPARE(std::string(whole->response()->header("x-request-id")), std::string("req_a"));
        QCOMPARE(whole->response()->status, 404u);

        auto streamed = std::make_shared<http::RecordingResponseWriter>();
        const auto writer = request_id::stamping(streamed, "req_b");
        writer->beginStream(200, {{"Content-Type", "text/event-stream"}});
        writer->write("data: 1\n\n");
        writer->end();
        QVERIFY(streamed->ended());
        QCOMPARE(std::string(streamed->response()->header("x-request-id")), std::string("req_b"));
        QCOMPARE(std::string(streamed->response()->header("content-type")), std::string("text/event-stream"));
        QCOMPARE(streamed->pieces().size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestGatewayRequestId)
#include "tst_gatewayrequestid.moc"
