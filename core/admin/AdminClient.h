#pragma once

#include "core/admin/AdminEndpoint.h"
#include "core/admin/AdminReply.h"

#include <QJsonDocument>
#include <QObject>

class QNetworkAccessManager;

namespace gatehouse {

// A client of one gatehoused's admin API (/admin/v1, docs/admin-api.md): JSON in and out, the
// admin token as a bearer credential, TLS through the gateway's TlsPolicy, a timeout on every
// call, and OpenAI-shaped error bodies turned into one sentence. Typed calls live beside it
// (AccessKeysApi, …); this class only moves JSON.
class AdminClient : public QObject
{
    Q_OBJECT

public:
    explicit AdminClient(AdminEndpoint endpoint, QObject* parent = nullptr);

    const AdminEndpoint& endpoint() const { return m_endpoint; }

    AdminReply* get(const QString& path);
    AdminReply* post(const QString& path, const QJsonDocument& body);
    AdminReply* patch(const QString& path, const QJsonDocument& body);
    AdminReply* put(const QString& path, const QJsonDocument& body, const QByteArray& ifMatch = {});
    AdminReply* remove(const QString& path);

private:
    AdminReply* send(const QByteArray& verb, const QString& path, const QByteArray& body,
                     const QByteArray& ifMatch = {});

    AdminEndpoint m_endpoint;
    QNetworkAccessManager* m_network;
};

} // namespace gatehouse
