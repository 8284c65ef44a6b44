#include "core/admin/AdminClient.h"

#include "core/chat/TransportError.h"
#include "core/net/TlsPolicy.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

AdminClient::AdminClient(AdminEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{}

AdminReply* AdminClient::get(const QString& path)
{
    return send("GET", path, {});
}

AdminReply* AdminClient::post(const QString& path, const QJsonDocument& body)
{
    return send("POST", path, body.toJson(QJsonDocument::Compact));
}

AdminReply* AdminClient::patch(const QString& path, const QJsonDocument& body)
{
    return send("PATCH", path, body.toJson(QJsonDocument::Compact));
}

AdminReply* AdminClient::put(const QString& path, const QJsonDocument& body, const QByteArray& ifMatch)
{
    return send("PUT", path, body.toJson(QJsonDocument::Compact), ifMatch);
}

AdminReply* AdminClient::remove(const QString& path)
{
    return send("DELETE", path, {});
}

AdminReply* AdminClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                              const QByteArray& ifMatch)
{
    auto* result = new AdminReply(this);
    const TlsPolicy policy(m_endpoint.tls);
    if (!m_endpoint.adminUrl.isValid() || m_endpoint.adminUrl.isEmpty()) {
        ChatError e;
        e.kind = ChatError::Kind::Network;
        e.detail = tr("this gateway has no admin API address (set it in the gateway's settings)");
        QTimer::singleShot(0, result, [result, e] { result->finish(0, {}, {}, e); });
        return result;
    }
    if (!policy.isUsable()) {
        ChatError e;
        e.kind = ChatError::Kind::Tls;
        e.detail = policy.errorString();
        QTimer::singleShot(0, result, [result, e] { result->finish(0, {}, {}, e); });
        return result;
    }

    QNetworkRequest request(m_endpoint.url(path));
    policy.apply(request);
    request.setRawHeader("Accept", "application/json");
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply* reply = body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH"
                               ? m_network->sendCustomRequest(request, verb)
                               : m_network->sendCustomRequest(request, verb, body);
    policy.watch(reply);
    QPointer<AdminReply> guard(result);
    connect(reply, &QNetworkReply::finished, result, [reply, guard] {
        reply->deleteLater();
        if (!guard)
            return;
        const QByteArray payload = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();
        if (status == 0) {
            guard->finish(0, {}, std::move(headers), transportError(reply));
            return;
        }
        if (status < 200 || status >= 300) {
            guard->finish(status, QJsonDocument::fromJson(payload), std::move(headers),
                          httpError(reply, payload));
            return;
        }
        QJsonParseError parseError{};
        QJsonDocument json;
        if (!payload.isEmpty()) {
            json = QJsonDocument::fromJson(payload, &parseError);
            if (json.isNull()) {
                ChatError e;
                e.kind = ChatError::Kind::Stream;
                e.httpStatus = status;
                e.detail = tr("The admin API answered %1 with a body that is not JSON (%2 at byte %3).")
                               .arg(status)
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
                guard->finish(status, {}, std::move(headers), e);
                return;
            }
        }
        guard->finish(status, std::move(json), std::move(headers), {});
    });
    return result;
}

} // namespace gatehouse
