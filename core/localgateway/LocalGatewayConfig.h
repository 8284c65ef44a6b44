#pragma once

#include "core/localgateway/ProviderUpstream.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gatehouse {

// The gatehoused config the console writes for its local gateway: the offline demo provider
// (model "gatehouse-demo"), one upstream per provider with its key named by api_key_secret (the
// value comes through --secrets-stdin), the admin API on a token that is also piped, and the state
// directory in the console's data directory. No secret is ever part of the text.
QByteArray localGatewayToml(const QList<ProviderUpstream>& providers, const QString& stateDirectory);

// The names under which the console pipes secrets to gatehoused.
QString localAdminTokenSecretName();                              // "gatehouse-admin-token"
QString providerSecretPipeName(const ProviderUpstream& provider); // "provider-NAME"

} // namespace gatehouse
