#pragma once

#include "core/chat/ChatError.h"

class QNetworkReply;

namespace gatehouse {

// The ChatError for a reply that failed below HTTP (DNS, refused, reset, TLS), or for an HTTP
// error status with its body; fills the request id and Retry-After from the headers.
ChatError transportError(QNetworkReply* reply);
ChatError httpError(QNetworkReply* reply, const QByteArray& body);

} // namespace gatehouse
