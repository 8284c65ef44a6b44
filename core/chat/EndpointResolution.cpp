#include "core/chat/EndpointResolution.h"

#include "core/chat/HeaderSecrets.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::EndpointResolution)
};

// Reads the API key and then every secret the extra headers name, one after another.
struct Resolution
{
    QPointer<QObject> guard;
    QPointer<SecretStore> secrets;
    GatewayProfile profile;
    EndpointResolved done;
    QByteArray credential;
    QStringList pending; // secret names still to read for the headers
    QHash<QString, QByteArray> values;

    ~Resolution()
    {
        wipe(credential);
        for (QByteArray& v : values)
            wipe(v);
    }
};

void finish(const std::shared_ptr<Resolution>& r)
{
    ChatEndpoint endpoint = ChatEndpoint::fromProfile(r->profile, r->credential);
    expandHeaderSecrets(endpoint.compatibility.extraHeaders, r->values);
    r->done(endpoint, {});
    wipe(endpoint.credential);
    for (auto& header : endpoint.compatibility.extraHeaders)
        wipe(header.second);
}

void readNextHeaderSecret(const std::shared_ptr<Resolution>& r)
{
    if (r->pending.isEmpty() || !r->secrets) {
        finish(r);
        return;
    }
    const QString name = r->pending.takeFirst();
    r->secrets->read(name, [r, name](const SecretError& error, const QByteArray& value) {
        if (!r->guard)
            return;
        if (error) {
            r->done({}, Text::tr("cannot read the secret '%1' that an extra header of %2 names: %3")
                            .arg(name, r->profile.name, error.message));
            return;
        }
        r->values.insert(name, QByteArray(value.constData(), value.size()));
        readNextHeaderSecret(r);
    });
}

} // namespace

void resolveEndpoint(SecretStore& secrets, const GatewayProfile& profile, QObject* context,
                     EndpointResolved done)
{
    auto r = std::make_shared<Resolution>();
    r->guard = context;
    r->secrets = &secrets;
    r->profile = profile;
    r->done = std::move(done);
    r->pending = headerSecretNames(ChatEndpoint::fromProfile(profile, {}).compatibility.extraHeaders);
    if (profile.apiKeySecret.isEmpty()) {
        QTimer::singleShot(0, context, [r] { readNextHeaderSecret(r); });
        return;
    }
    secrets.read(profile.apiKeySecret, [r](const SecretError& error, const QByteArray& value) {
        if (!r->guard)
            return;
        if (error) {
            r->done({}, Text::tr("cannot read the API key '%1' of %2: %3")
                            .arg(r->profile.apiKeySecret, r->profile.name, error.message));
            return;
        }
        r->credential = QByteArray(value.constData(), value.size());
        readNextHeaderSecret(r);
    });
}

} // namespace gatehouse
