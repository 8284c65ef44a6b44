#pragma once

#include "gateway/http/ErrorBody.h"

#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <variant>

namespace gatehouse::gateway {

// A client's POST /v1/chat/completions body, checked at the border: what the gateway needs to
// route it, plus the whole JSON object so that upstreams receive every field the client sent.
// The body parsed by parseChatRequest lives in a memory arena of its own, shared by the
// request's copies and freed with the last of them; a copy or an edit allocates in it too, so
// use one request and its copies on one thread at a time (reading from several is fine).
struct ChatRequest
{
    boost::json::object body;
    std::string model;
    bool stream = false;
    bool includeUsage = false; // stream_options.include_usage

    // The text of the last message with role "user" (string content or its text parts).
    std::string lastUserText() const;
    // Words in all messages' text: the demo provider's stand-in for prompt tokens.
    std::size_t promptWords() const;
    // An estimate of the prompt's tokens before any upstream counted them, for tokens-per-minute
    // limits: a token per 4 bytes of message text (OpenAI's rule of thumb for English) or per
    // word, whichever is more, plus 4 per message for the role and framing.
    std::size_t estimatedPromptTokens() const;
    // The body to send upstream, with "model" replaced by the upstream's name for it.
    std::string bodyFor(std::string_view upstreamModel) const;
};

// Parses and checks a request body. Errors are 400s in OpenAI's shape naming the field at fault
// (param) or, for malformed JSON, the line, column and byte where parsing stopped.
std::variant<ChatRequest, http::ApiError> parseChatRequest(std::string_view body);

} // namespace gatehouse::gateway
