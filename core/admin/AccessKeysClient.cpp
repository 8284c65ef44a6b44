#include "core/admin/AccessKeysClient.h"

#include "core/admin/AccessKeySecret.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace gatehouse {

namespace {

QString keyPath(const QString& id)
{
    return QStringLiteral("keys/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

AccessKeysClient::AccessKeysClient(AdminEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_client(std::move(endpoint))
{}

void AccessKeysClient::list()
{
    AdminReply* reply = m_client.get(QStringLiteral("keys"));
    connect(reply, &AdminReply::finished, this, [this, reply] {
        const QString action = tr("list the access keys");
        if (!reply->ok()) {
            emit failed(action, reply->errorString());
            return;
        }
        QList<AccessKey> keys;
        for (const QJsonValue& value : reply->json().object().value(QLatin1String("keys")).toArray()) {
            QString error;
            auto key = AccessKey::fromJson(value.toObject(), &error);
            if (!key) {
                emit failed(action, tr("The gateway's answer could not be read: %1.").arg(error));
                return;
            }
            keys << *key;
        }
        emit listed(keys);
    });
}

void AccessKeysClient::create(const AccessKeyChanges& key, const AccessKeySecret* madeHere)
{
    QJsonObject request = key.toJson();
    if (madeHere) {
        request.insert(QStringLiteral("secret_sha256"), QString::fromLatin1(madeHere->sha256Hex()));
        request.insert(QStringLiteral("prefix"), madeHere->prefix());
    }
    AdminReply* reply = m_client.post(QStringLiteral("keys"), QJsonDocument(request));
    const bool imported = madeHere != nullptr;
    connect(reply, &AdminReply::finished, this, [this, reply, imported] {
        const QString action = tr("create the access key");
        if (!reply->ok()) {
            emit failed(action, reply->errorString());
            return;
        }
        const QJsonObject body = reply->json().object();
        QString error;
        auto created = AccessKey::fromJson(body.value(QLatin1String("key")).toObject(), &error);
        const QByteArray secret = body.value(QLatin1String("secret")).toString().toUtf8();
        if (!created || secret.isEmpty() != imported) {
            const QString why = !created   ? error
                                : imported ? tr("it holds a secret, though the key was made here")
                                           : tr("it holds no secret");
            emit failed(action, tr("The gateway's answer could not be read: %1.").arg(why));
            return;
        }
        emit this->created(*created, secret);
    });
}

void AccessKeysClient::update(const QString& id, const AccessKeyChanges& changes)
{
    AdminReply* reply = m_client.patch(keyPath(id), QJsonDocument(changes.toJson()));
    connect(reply, &AdminReply::finished, this, [this, reply] {
        const QString action = tr("change the access key");
        if (!reply->ok()) {
            emit failed(action, reply->errorString());
            return;
        }
        QString error;
        auto key = AccessKey::fromJson(reply->json().object().value(QLatin1String("key")).toObject(), &error);
        if (!key) {
            emit failed(action, tr("The gateway's answer could not be read: %1.").arg(error));
            return;
        }
        emit updated(*key);
    });
}

void AccessKeysClient::revoke(const QString& id)
{
    AdminReply* reply = m_client.remove(keyPath(id));
    connect(reply, &AdminReply::finished, this, [this, reply, id] {
        if (!reply->ok()) {
            emit failed(tr("revoke the access key"), reply->errorString());
            return;
        }
        emit revoked(id);
    });
}

} // namespace gatehouse
