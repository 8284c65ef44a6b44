// A whole message goes on the wire as http::wireHead plus its body: byte for byte what Beast's
// own serializer writes, for answers (any status, HTTP/1.0 and 1.1, a body or none) and requests.

#include "gateway/http/WireHead.h"

#include <QTest>

#include <boost/beast/http/write.hpp>

#include <sstream>

using namespace gatehouse::gateway;
namespace bhttp = boost::beast::http;

namespace {

template <bool isRequest> std::string byBeast(const bhttp::message<isRequest, bhttp::string_body>& message)
{
    std::ostringstream out;
    out << message;
    return out.str();
}

template <bool isRequest> std::string byUs(const bhttp::message<isRequest, bhttp::string_body>& message)
{
    const std::string head = http::wireHead(message);
    std::string wire;
    for (const auto& buffer : http::wholeMessage(head, message))
        wire.append(static_cast<const char*>(buffer.data()), buffer.size());
    return wire;
}

} // namespace

class TestGatewayWireHead : public QObject
{
    Q_OBJECT

private slots:
    void answersAreWhatBeastWouldSend()
    {
        for (const unsigned version : {10U, 11U}) {
            for (const auto status : {bhttp::status::ok, bhttp::status::not_modified,
                                      bhttp::status::too_many_requests, bhttp::status::bad_gateway}) {
                for (const bool keepAlive : {true, false}) {
                    bhttp::response<bhttp::string_body> answer(status, version);
                    answer.set(bhttp::field::server, "gatehoused/0.1.0");
                    answer.set(bhttp::field::content_type, "application/json");
                    answer.set("X-Gatehouse-Cache", "MISS");
                    answer.set("x-request-id", "req_0123456789abcdef01234567");
                    answer.insert("Set-Cookie", "a=1"); // a field twice keeps both, in order
                    answer.insert("Set-Cookie", "b=2");
                    answer.keep_alive(keepAlive);
                    if (status != bhttp::status::not_modified)
                        answer.body() = "{\"id\":\"chatcmpl-1\",\"text\":\"Привет\"}";
                    answer.prepare_payload();
                    QCOMPARE(byUs(answer), byBeast(answer));
                }
            }
        }
        bhttp::response<bhttp::string_body> custom(bhttp::status::ok, 11);
        custom.reason("Fine Indeed");
        custom.prepare_payload();
        QCOMPARE(byUs(custom), byBeast(custom));
        QVERIFY(byUs(custom).starts_with("HTTP/1.1 200 Fine Indeed\r\n"));
    }

    void aStreamedAnswersHeadIsWhatBeastWouldSend()
    {
        bhttp::response<bhttp::string_body> stream(bhttp::status::ok, 11);
        stream.set(bhttp::field::content_type, "text/event-stream");
        stream.set(bhttp::field::cache_control, "no-cache");
        stream.chunked(true);
        stream.body() = "data: {}\n\n";
        const std::string wire = byBeast(stream); // the head, then the chunks
        const std::string head = wire.substr(0, wire.find("\r\n\r\n") + 4);
        QCOMPARE(http::wireHead(stream), head);
        QVERIFY(head.find("Transfer-Encoding: chunked\r\n") != std::string::npos);
    }

    void requestsAreWhatBeastWouldSend()
    {
        bhttp::request<bhttp::string_body> call(bhttp::verb::post,
                                                "/v1/chat/completions?api-version=2024-06-01", 11);
        call.set(bhttp::field::host, "127.0.0.1:8080");
        call.set(bhttp::field::authorization, "Bearer sk-test");
        call.body() = "{\"model\":\"m\",\"messages\":[]}";
        call.prepare_payload();
        QCOMPARE(byUs(call), byBeast(call));

        bhttp::request<bhttp::string_body> probe(bhttp::verb::get, "/v1/models", 11);
        probe.set(bhttp::field::host, "upstream.example");
        probe.keep_alive(true);
        QCOMPARE(byUs(probe), byBeast(probe));
        QVERIFY(byUs(probe).ends_with("\r\n\r\n")); // no body, no Content-Length added
    }
};

QTEST_GUILESS_MAIN(TestGatewayWireHead)
#include "tst_gatewaywirehead.moc"
