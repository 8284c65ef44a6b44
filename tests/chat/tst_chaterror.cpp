#include "core/chat/ChatError.h"
#include "core/chat/ResponseVerdicts.h"

#include <QDateTime>
#include <QTest>

using namespace gatehouse;

class TestChatError : public QObject
{
    Q_OBJECT

private slots:
    void openAiErrorBecomesOneSentence()
    {
        ChatError e;
        e.kind = ChatError::Kind::Http;
        e.httpStatus = 401;
        readErrorBody(R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error",
                          "param":null,"code":"invalid_api_key"}})",
                      e);
        e.requestId = QStringLiteral("req_123");
        QCOMPARE(e.message(),
                 QStringLiteral("The gateway answered 401 Unauthorized (invalid_request_error, "
                                "invalid_api_key): Incorrect API key provided. Check the API key "
                                "stored for this gateway. Request id: req_123."));
    }

    void rateLimitShowsWhenToRetry()
    {
        ChatError e;
        e.kind = ChatError::Kind::Http;
        e.httpStatus = 429;
        readErrorBody(
            R"({"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}})",
            e);
        e.retryAfterMs = 20000;
        QVERIFY(!e.quotaExhausted);
        QVERIFY2(e.message().endsWith(QStringLiteral("Try again in 20 s.")), qPrintable(e.message()));
    }

    void exhaustedQuotaIsNotRetried()
    {
        ChatError e;
        e.kind = ChatError::Kind::Http;
        e.httpStatus = 429;
        readErrorBody(R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota",
                          "code":"insufficient_quota"}})",
                      e);
        QVERIFY(e.quotaExhausted);
        QVERIFY(e.message().contains(QStringLiteral("retrying will not help")));
    }

    void nonJsonBodyIsExcerpted()
    {
        ChatError e;
        e.kind = ChatError::Kind::Http;
        e.httpStatus = 502;
        readErrorBody("<html>\n<body>Bad   gateway</body>\n</html>", e);
        QCOMPARE(e.detail, QStringLiteral("<html> <body>Bad gateway</body> </html>"));
        ChatError s;
        readErrorBody(R"({"error":"model 'x' not found"})", s);
        QCOMPARE(s.detail, QStringLiteral("model 'x' not found"));
    }

    void retryAfterHeaders()
    {
        QCOMPARE(retryAfterMs("1500.2", "9").value_or(-1), 1501);
        QCOMPARE(retryAfterMs("", "7").value_or(-1), 7000);
        QVERIFY(!retryAfterMs("", "").has_value());
        QVERIFY(!retryAfterMs("soon", "later").has_value());
        const QByteArray date =
            QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const qint64 ms = retryAfterMs("", date).value_or(-1);
        QVERIFY2(ms > 20000 && ms <= 30000, qPrintable(QString::number(ms)));
    }

    void verdictsFromHeaders()
    {
        QHash<QByteArray, QByteArray> headers{
            {"x-portkey-cache-status", "hit"}, {"x-request-id", "abc"}, {"x-gatehouse-upstream", "eu-1"}};
        const auto v = ResponseVerdicts::fromHeaders([&](const QByteArray& n) { return headers.value(n); });
        QCOMPARE(v.cache, QStringLiteral("HIT"));
        QCOMPARE(v.requestId, QStringLiteral("abc"));
        QCOMPARE(v.upstream, QStringLiteral("eu-1"));
        headers.insert("x-gatehouse-cache", "MISS");
        QCOMPARE(ResponseVerdicts::fromHeaders([&](const QByteArray& n) { return headers.value(n); }).cache,
                 QStringLiteral("MISS")); // our own header wins
    }
};

QTEST_GUILESS_MAIN(TestChatError)
#include "tst_chaterror.moc"
