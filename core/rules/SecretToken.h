#pragma once

#include <string_view>

// Checks that tell a credential from text that merely looks like one.
namespace gatehouse::rules {

// sk-... / sk-proj-... : a body of at least 20 characters mixing letters and digits.
bool openAiKeyValid(std::string_view token);

// AKIA/ASIA + 16 upper-case letters and digits, not a single repeated character.
bool awsAccessKeyValid(std::string_view token);

// Three base64url parts (the signature may be empty); the header decodes to a JSON object that
// names "alg" or "typ", and the payload decodes to a JSON object.
bool jwtValid(std::string_view token);

// The value of api_key=..., password: ..., etc.: 8+ characters, not a placeholder, and either 16+
// characters or a mix of letters with digits or symbols.
bool secretValueValid(std::string_view value);

} // namespace gatehouse::rules
