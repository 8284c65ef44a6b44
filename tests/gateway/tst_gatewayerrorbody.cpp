#include "gateway/http/ErrorBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse::gateway;

namespace {

QJsonObject parse(const std::string& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(body), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << parseError.errorString() << body.c_str();
    return document.object();
}

} // namespace

class TestGatewayErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void hasOpenAiShapeWithNulls()
    {
        const http::ApiError error{400, "Bad thing.", "invalid_request_error", std::nullopt, std::nullopt};
        const QJsonObject root = parse(error.body());
        QCOMPARE(root.keys(), QStringList{"error"});
        const QJsonObject inner = root.value("error").toObject();
        QCOMPARE(inner.keys(), (QStringList{"code", "message", "param", "type"}));
        QCOMPARE(inner.value("message").toString(), QStringLiteral("Bad thing."));
        QCOMPARE(inner.value("type").toString(), QStringLiteral("invalid_request_error"));
        QVERIFY(inner.value("param").isNull());
        QVERIFY(inner.value("code").isNull());
    }

    void carriesParamAndCode()
    {
        const http::ApiError error{400, "m", "invalid_request_error", "messages[0].content", "too_long"};
        const QJsonObject inner = parse(error.body()).value("error").toObject();
        QCOMPARE(inner.value("param").toString(), QStringLiteral("messages[0].content"));
        QCOMPARE(inner.value("code").toString(), QStringLiteral("too_long"));
    }

    void escapesTheMessage()
    {
        const std::string message = "quote \" backslash \\ newline \n tab \t \xc3\xa9";
        const http::ApiError error{500, message, "server_error", std::nullopt, std::nullopt};
        QCOMPARE(parse(error.body()).value("error").toObject().value("message").toString(),
                 QString::fromStdString(message));
    }

    void responseHasStatusAndJsonType()
    {
        const http::Response response = http::headersTooLargeError(16384).toResponse();
        QCOMPARE(response.status, 431U);
        QCOMPARE(QString::fromStdString(std::string(response.header("Content-Type"))),
                 QStringLiteral("application/json"));
        QVERIFY(parse(response.body).value("error").toObject().value("message").toString().contains("16384"));
    }

    void commonErrorsHaveTheirStatus()
    {
        QCOMPARE(http::notFoundError("GET", "/x").status, 404U);
        QCOMPARE(http::methodNotAllowedError("PUT", "/x", "GET").status, 405U);
        QCOMPARE(http::badRequestError("bad").status, 400U);
        QCOMPARE(http::headersTooLargeError(1).status, 431U);
        QCOMPARE(http::bodyTooLargeError(1).status, 413U);
        QCOMPARE(http::internalError().status, 500U);
        QCOMPARE(QString::fromStdString(http::internalError().type), QStringLiteral("server_error"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayErrorBody)
#include "tst_gatewayerrorbody.moc"
