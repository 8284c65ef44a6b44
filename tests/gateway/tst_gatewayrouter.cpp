#include "gateway/http/RecordingResponseWriter.h"
#include "gateway/server/Router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse::gateway;

namespace {

http::Request request(const char* method, const char* target)
{
    http::Request r;
    r.method = method;
    r.target = target;
    return r;
}

http::Response text(const char* body)
{
    http::Response response;
    response.body = body;
    return response;
}

QJsonObject errorObject(const http::Response& response)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
        .object()
        .value("error")
        .toObject();
}

} // namespace

class TestGatewayRouter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_router = Router();
        m_router.add("GET", "/a", [](const http::Request&) { return text("get a"); });
        m_router.add("POST", "/b", [](const http::Request&) { return text("post b"); });
        m_router.add("GET", "/b", [](const http::Request& r) { return text(r.target.c_str()); });
    }

    void routesByMethodAndPath()
    {
        QCOMPARE(QString::fromStdString(m_router.route(request("GET", "/a")).body), QStringLiteral("get a"));
        QCOMPARE(QString::fromStdString(m_router.route(request("POST", "/b")).body),
                 QStringLiteral("post b"));
    }

    void ignoresQueryStringButPassesIt()
    {
        const http::Response response = m_router.route(request("GET", "/b?x=1"));
        QCOMPARE(response.status, 200U);
        QCOMPARE(QString::fromStdString(response.body), QStringLiteral("/b?x=1"));
    }

    void headIsServedByGet()
    {
        QCOMPARE(QString::fromStdString(m_router.route(request("HEAD", "/a")).body), QStringLiteral("get a"));
    }

    void unknownPathIs404InOpenAiShape()
    {
        const http::Response response = m_router.route(request("GET", "/a/"));
        QCOMPARE(response.status, 404U);
        QCOMPARE(QString::fromStdString(std::string(response.header("content-type"))),
                 QStringLiteral("application/json"));
        const QJsonObject error = errorObject(response);
        QVERIFY(error.value("message").toString().contains(QLatin1String("/a/")));
        QCOMPARE(error.value("type").toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(error.value("code").toString(), QStringLiteral("not_found"));
    }

    void wrongMethodIs405WithAllow()
    {
        const http::Response response = m_router.route(request("DELETE", "/b"));
        QCOMPARE(response.status, 405U);
        QCOMPARE(QString::fromStdString(std::string(response.header("Allow"))),
                 QStringLiteral("GET, HEAD, POST"));
        const QJsonObject error = errorObject(response);
        QVERIFY(error.value("message").toString().contains(QLatin1String("DELETE")));
        QCOMPARE(error.value("code").toString(), QStringLiteral("method_not_allowed"));

        QCOMPARE(QString::fromStdString(m_router.allowedMethods("/a")), QStringLiteral("GET, HEAD"));
        QCOMPARE(QString::fromStdString(m_router.allowedMethods("/none")), QString());
    }

    void asyncHandlersAnswerThroughTheWriter()
    {
        m_router.addAsync("POST", "/s", [](http::Request r, std::shared_ptr<http::ResponseWriter> writer) {
            writer->beginStream(201, {{"Content-Type", "text/event-stream"}});
            writer->write("data: " + r.body + "\n\n");
            writer->write("data: [DONE]\n\n");
            writer->end();
        });
        http::Request post = request("POST", "/s");
        post.body = "x";
        auto writer = std::make_shared<http::RecordingResponseWriter>();
        m_router.dispatch(post, writer);
        QVERIFY(writer->streamed());
        QVERIFY(writer->ended());
        QCOMPARE(writer->response()->status, 201U);
        QCOMPARE(writer->pieces().size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(writer->pieces()[0]), QStringLiteral("data: x\n\n"));
        // route() gives the same, the body concatenated.
        QCOMPARE(QString::fromStdString(m_router.route(post).body),
                 QStringLiteral("data: x\n\ndata: [DONE]\n\n"));
    }

    void asyncHandlerThatNeverAnswersIs500ForRoute()
    {
        m_router.addAsync("GET", "/never", [](http::Request, std::shared_ptr<http::ResponseWriter>) {});
        QCOMPARE(m_router.route(request("GET", "/never")).status, 500U);
    }

    void methodsAreCaseSensitive() { QCOMPARE(m_router.route(request("get", "/a")).status, 405U); }

    void pathParametersMatchOneSegment()
    {
        const auto echo = [](const http::Request& r) {
            return text(("id=" + std::string(r.pathParameter("id"))).c_str());
        };
        m_router.add("GET", "/items/{id}", echo);
        m_router.add("DELETE", "/items/{id}", echo);
        m_router.add("GET", "/items/all", [](const http::Request&) { return text("all"); });

        QCOMPARE(QString::fromStdString(m_router.route(request("GET", "/items/no-cards?x=1")).body),
                 QStringLiteral("id=no-cards"));
        // Percent-decoded; a malformed escape is kept as written.
        QCOMPARE(QString::fromStdString(m_router.route(request("GET", "/items/a%2Fb%zz")).body),
                 QStringLiteral("id=a/b%zz"));
        // An exact path wins over the pattern, wherever it was added, for the methods it has.
        QCOMPARE(QString::fromStdString(m_router.route(request("GET", "/items/all")).body),
                 QStringLiteral("all"));
        QCOMPARE(QString::fromStdString(m_router.route(request("DELETE", "/items/all")).body),
                 QStringLiteral("id=all"));
        QCOMPARE(QString::fromStdString(m_router.allowedMethods("/items/all")),
                 QStringLiteral("DELETE, GET, HEAD"));
        // No empty segment, no extra segments.
        QCOMPARE(m_router.route(request("GET", "/items/")).status, 404U);
        QCOMPARE(m_router.route(request("GET", "/items/a/b")).status, 404U);
        // 405 lists the pattern's methods.
        const http::Response wrong = m_router.route(request("PUT", "/items/x"));
        QCOMPARE(wrong.status, 405U);
        QCOMPARE(QString::fromStdString(std::string(wrong.header("Allow"))),
                 QStringLiteral("DELETE, GET, HEAD"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m_router.add("GET", "/items/{id}", echo));
    }

    void registeringARouteTwiceIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::logic_error, m_router.add("GET", "/a", [](const http::Request&) { return text("again"); }));
    }

    void listsEveryOperationAsAdded()
    {
        m_router.addAsync("DELETE", "/items/{id}",
                          [](http::Request, std::shared_ptr<http::ResponseWriter>) {});
        const std::vector<std::string> expected{"DELETE /items/{id}", "GET /a", "GET /b", "POST /b"};
        QCOMPARE(m_router.operations(), expected);
    }

private:
    Router m_router;
};

QTEST_GUILESS_MAIN(TestGatewayRouter)
#include "tst_gatewayrouter.moc"
