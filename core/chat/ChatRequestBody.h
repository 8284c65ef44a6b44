#pragma once

#include "core/chat/ChatCompatibility.h"
#include "core/chat/ChatRequest.h"

#include <QByteArray>

namespace gatehouse {

// The JSON body of POST /chat/completions for this request and endpoint.
QByteArray chatRequestBody(const ChatRequest& request, const ChatCompatibility& compatibility);

} // namespace gatehouse
