#pragma once

#include "core/chat/ChatRequest.h"

#include <QJsonObject>

namespace gatehouse {

// An answer's parameters as a JSON object (temperature, top_p, max_tokens, seed, stop; the unset
// ones left out), as the console keeps them (chat history) and shows them (exported
// conversations). Not the request body: chatRequestBody() names fields per endpoint.
enum class SeedAs
{
    Digits,           // always a string of digits: read back exactly by anything
    NumberWhereExact, // a number up to 2^53, where JSON readers keep it exact; digits beyond
};
QJsonObject chatParametersJson(const ChatParameters& parameters, SeedAs seedAs);

// What chatParametersJson() wrote, either way it wrote the seed.
ChatParameters chatParametersFromJson(const QJsonObject& object);

} // namespace gatehouse
