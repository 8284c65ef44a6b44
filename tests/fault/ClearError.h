#pragma once

#include "tests/support/RawHttp.h"

#include <QString>

namespace gatehouse::test {

// What a client must get when something behind the gateway failed: an answer in OpenAI's error
// shape {"error":{"message","type","param","code"}} with the given status and code and a message
// that is not empty. Returns "" or what is wrong (with the start of the body), for QVERIFY2.
QString unclearError(const HttpResult& result, int status, const QString& code);

// The same for a stream that had begun: 200, text/event-stream, complete framing, and a last event
// `data: {"error":{…}}` with the code — never a stream that just stops, and never [DONE].
QString unclearStreamError(const HttpResult& result, const QString& code);

// The message of an OpenAI-shaped error body, or of a stream's error event.
QString errorMessage(const HttpResult& result);

} // namespace gatehouse::test
