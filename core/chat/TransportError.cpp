#include "core/chat/TransportError.h"

#include "core/net/TlsPolicy.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::TransportError)
};

} // namespace

ChatError transportError(QNetworkReply* reply)
{
    ChatError e;
    e.kind = ChatError::Kind::Network;
    const QString host = reply->url().host();
    const int port = reply->url().port(reply->url().scheme() == QLatin1String("https") ? 443 : 80);
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        e.detail = Text::tr("cannot resolve %1 (check the host name in the gateway's address)").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.detail = Text::tr("%1:%2 refused the connection (is the gateway running?)").arg(host).arg(port);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.detail = Text::tr("%1 closed the connection before answering").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        e.kind = ChatError::Kind::Tls;
        const QString why = TlsPolicy::failure(reply);
        e.detail = why.isEmpty()
                       ? Text::tr("The TLS handshake with %1 failed: %2.").arg(host, reply->errorString())
                       : why;
        break;
    }
    case QNetworkReply::TimeoutError:
        e.kind = ChatError::Kind::Timeout;
        e.detail = Text::tr("%1 stopped answering (network timeout).").arg(host);
        break;
    default:
        e.detail = reply->errorString();
        break;
    }
    e.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    return e;
}

ChatError httpError(QNetworkReply* reply, const QByteArray& body)
{
    ChatError e;
    e.kind = ChatError::Kind::Http;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    readErrorBody(body, e);
    e.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    if (e.httpStatus == 429 || e.httpStatus == 503)
        e.retryAfterMs = retryAfterMs(reply->rawHeader("retry-after-ms"), reply->rawHeader("retry-after"));
    return e;
}

} // namespace gatehouse
