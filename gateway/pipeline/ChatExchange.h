#pragma once

#include "core/rules/Evaluation.h"
#include "gateway/cache/CacheTicket.h"
#include "gateway/chat/ChatRequest.h"
#include "gateway/http/HttpMessage.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gatehouse::gateway {

namespace access {
struct ActiveKey;
}

// One chat completion as it passes the pipeline's stages: what came in, what each stage
// decided, and what went out — what the metrics and access log stage reports.
struct ChatExchange
{
    std::chrono::steady_clock::time_point received = std::chrono::steady_clock::now();
    std::string requestId; // sent back as x-request-id (RequestId.h)
    std::string method;
    std::string path;
    std::shared_ptr<const ChatRequest> chat; // null when the body was refused
    std::string caller = "anonymous";        // set by the authenticate stage: the access key's name
    std::string credential;                  // the bearer token sent; the authenticate stage clears it
    std::shared_ptr<const access::ActiveKey> accessKey; // the key that was accepted; null: anonymous
    double chargedTokens = 0;                           // tokens the limits stage reserved up front
    bool logContent = false; // the key allows prompt and answer text in the access log
    std::string answerText;  // what was answered, collected only when logContent
    std::string upstream;    // the upstream that answered, if any
    unsigned attempts = 0;   // upstream attempts made
    unsigned status = 0;     // the status sent to the client
    bool streamed = false;
    bool cacheHit = false;
    CacheTicket cache;            // what the cache stage decided
    bool clientGone = false;      // the client disconnected before the end
    bool failedMidStream = false; // the stream ended with an error event
    std::uint64_t bytesOut = 0;   // body bytes sent to the client
    std::string errorCode;        // the error's code, if one was sent

    // Content filter: the most severe verdict of the input and output stages, the ids of the rules
    // that hit (each once, never the matched text), and an engine failure's cause, if any.
    rules::Verdict filterVerdict = rules::Verdict::Allow;
    std::vector<std::string> filterRules;
    std::string filterError;

    // For the metrics stage.
    using TimePoint = std::chrono::steady_clock::time_point;
    std::string model;                         // the configured model once found: never a client's free text
    std::optional<TimePoint> upstreamStarted;  // the first upstream attempt began
    std::optional<TimePoint> upstreamEnded;    // the last upstream attempt ended
    std::optional<TimePoint> firstEvent;       // a stream's first event reached the writer
    std::optional<std::uint64_t> promptTokens; // from the upstream's usage, if it sent one
    std::optional<std::uint64_t> completionTokens;
    bool countedInFlight = false; // the metrics stage counts it in gatehouse_in_flight_requests
};

} // namespace gatehouse::gateway
