#include "core/chat/ChatClient.h"

#include "core/chat/ChatReply.h"
#include "core/chat/ChatRequestBody.h"
#include "core/chat/TransportError.h"
#include "core/net/TlsPolicy.h"
#include "core/secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

namespace {

QNetworkRequest makeRequest(const ChatEndpoint& endpoint, const QUrl& url, const TlsPolicy& tls)
{
    QNetworkRequest request(url);
    tls.apply(request);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!endpoint.credential.isEmpty()) {
        QByteArray value = QByteArrayLiteral("Bearer ") + endpoint.credential;
        request.setRawHeader("Authorization", value);
        wipe(value);
    }
    for (const auto& [name, value] : endpoint.compatibility.extraHeaders)
        request.setRawHeader(name, value);
    return request;
}

} // namespace

ChatClient::ChatClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ChatReply* ChatClient::send(const ChatEndpoint& endpoint, const ChatRequest& request)
{
    const TlsPolicy tls(endpoint.tls);
    QNetworkRequest http = makeRequest(endpoint, endpoint.url(QStringLiteral("chat/completions")), tls);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");

    int promptCharacters = 0;
    for (const ChatMessage& m : request.messages)
        promptCharacters += int(m.content.size());

    QNetworkReply* reply = m_network->post(http, chatRequestBody(request, endpoint.compatibility));
    tls.watch(reply);
    auto* answer = new ChatReply(reply, promptCharacters, endpoint.connectTimeoutMs,
                                 endpoint.firstByteTimeoutMs, endpoint.idleTimeoutMs, this);
    if (!tls.isUsable()) {
        ChatError e;
        e.kind = ChatError::Kind::Tls;
        e.detail = tls.errorString();
        QTimer::singleShot(0, answer, [answer, e] { answer->fail(e); });
    }
    return answer;
}

void ChatClient::listModels(const ChatEndpoint& endpoint, QObject* context, ModelsDone done)
{
    const TlsPolicy tls(endpoint.tls);
    QNetworkRequest http = makeRequest(endpoint, endpoint.url(QStringLiteral("models")), tls);
    http.setTransferTimeout(endpoint.connectTimeoutMs + endpoint.idleTimeoutMs);
    QNetworkReply* reply = m_network->get(http);
    tls.watch(reply);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status >= 400) {
            done({}, httpError(reply, body));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done({}, transportError(reply));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QStringList models;
        for (const QJsonValue& m : doc.object().value(QStringLiteral("data")).toArray()) {
            const QString id = m.toObject().value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                models << id;
        }
        if (!doc.isObject() || !doc.object().value(QStringLiteral("data")).isArray()) {
            ChatError e;
            e.kind = ChatError::Kind::Stream;
            e.detail = tr("the model list is not in OpenAI's shape ({\"data\":[{\"id\":…}]})");
            done({}, e);
            return;
        }
        models.sort(Qt::CaseInsensitive);
        done(models, {});
    });
}

} // namespace gatehouse
