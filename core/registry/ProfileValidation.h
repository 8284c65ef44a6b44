#pragma once

#include "core/registry/GatewayProfile.h"

#include <QList>
#include <QString>

namespace gatehouse {

// One problem with one field of a profile, worded for the user: "Base URL: use http:// or https://".
struct FieldError
{
    QString field;  // "name", "baseUrl", "metricsUrl", "adminUrl", "tls.caFile", "tls.pinSha256", "pollIntervalSeconds", "tags", ...
    QString message;
};

// Everything wrong with a profile (empty when it can be stored). Checks names (1–80 chars, no
// control characters), URLs (http/https, host present, no credentials in the URL — they belong in
// the keychain), a URL for what the kind needs, poll interval 1–3600 s, CA file readable PEM, pin
// shape, secret-reference names, tags.
QList<FieldError> validateProfile(const GatewayProfile& profile);

} // namespace gatehouse
