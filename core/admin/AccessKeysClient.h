#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/AdminClient.h"

#include <QList>
#include <QObject>

namespace gatehouse {

class AccessKeySecret;

// The access-key calls of a gatehoused's admin API (GET/POST /keys, PATCH/DELETE /keys/{id}),
// with typed results. Each call ends in exactly one of its success signal or failed().
class AccessKeysClient : public QObject
{
    Q_OBJECT

public:
    explicit AccessKeysClient(AdminEndpoint endpoint, QObject* parent = nullptr);

    void list();
    // `madeHere`: a key whose secret the console made — only its hash and prefix are sent, and
    // created() then carries an empty secret.
    void create(const AccessKeyChanges& key, const AccessKeySecret* madeHere = nullptr);
    void update(const QString& id, const AccessKeyChanges& changes);
    void revoke(const QString& id);

signals:
    void listed(const QList<gatehouse::AccessKey>& keys);
    // `secret` is the only copy the gateway ever gives out: show it once, store it or drop it.
    void created(const gatehouse::AccessKey& key, const QByteArray& secret);
    void updated(const gatehouse::AccessKey& key);
    void revoked(const QString& id);
    // `action` says what was tried ("list the access keys"); `message` is one sentence.
    void failed(const QString& action, const QString& message);

private:
    AdminClient m_client;
};

} // namespace gatehouse
