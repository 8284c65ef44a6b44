#include "core/chat/EndpointResolution.h"

#include "core/secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>

namespace gatehouse {

void resolveEndpoint(SecretStore& secrets, const GatewayProfile& profile, QObject* context,
                     EndpointResolved done)
{
    QPointer<QObject> guard(context);
    if (profile.apiKeySecret.isEmpty()) {
        QTimer::singleShot(0, context, [profile, done = std::move(done)] {
            done(ChatEndpoint::fromProfile(profile, {}), {});
        });
        return;
    }
    secrets.read(profile.apiKeySecret,
                 [guard, profile, done = std::move(done)](const SecretError& error, const QByteArray& value) {
                     if (!guard)
                         return;
                     if (error) {
                         done({}, QObject::tr("cannot read the API key '%1' of %2: %3")
                                      .arg(profile.apiKeySecret, profile.name, error.message));
                         return;
                     }
                     QByteArray credential = value;
                     done(ChatEndpoint::fromProfile(profile, credential), {});
                     wipe(credential);
                 });
}

} // namespace gatehouse
