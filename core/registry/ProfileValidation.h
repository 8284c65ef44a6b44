#pragma once

#include "core/registry/GatewayProfile.h"

#include <QList>
#include <QString>

namespace gatehouse {

// One problem with one field of a profile, worded for the user: "Base URL: use http:// or https://".
struct FieldError
{
    QString field;   // "name", "baseUrl", "metricsUrl", "adminUrl", "apiKeySecret", "adminTokenSecret",
                     // "tls.caFile", "tls.pinSha256", "pollIntervalSeconds", "tags"
    QString message; // with the field's label: "Base URL: use http:// or https://"
    QString problem; // the same without the label, for callers that name the field themselves
                     // (gatehousectl: "--url: use http:// or https://")
};

// The label a field's errors start with ("Base URL"), translated.
QString profileFieldLabel(const QString& field);

// Everything wrong with a profile (empty when it can be stored). Checks names (1–80 chars, no
// control characters, no spaces at either end), URLs (http/https, host present, no credentials in
// the URL — they belong in the keychain), a URL for what the kind needs (a base URL or a metrics
// URL; Ollama a base URL, a Prometheus server its root as the metrics URL), poll interval 1–3600 s,
// CA file (absolute path to a readable PEM with at least one certificate), pin shape, secret-reference
// names (SecretCatalog's rule), tags (1–40 chars each, no commas, at most 20, no duplicates).
QList<FieldError> validateProfile(const GatewayProfile& profile);

// Checks one URL field on its own (empty URL allowed), e.g. while the user types.
QList<FieldError> validateProfileUrl(const QString& field, const QUrl& url);

// The 32-byte SHA-256 digest a pin stands for, or an empty array if the text is not a pin
// ("sha256//" prefix optional, then standard base64 of 32 bytes).
QByteArray decodePin(const QString& pin);

inline constexpr int maxProfileNameLength = 80;
inline constexpr int minPollIntervalSeconds = 1;
inline constexpr int maxPollIntervalSeconds = 3600;
inline constexpr int maxTagLength = 40;
inline constexpr int maxTags = 20;

} // namespace gatehouse
