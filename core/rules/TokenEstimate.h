#pragma once

#include <cstdint>
#include <string_view>

// Token counts without a tokenizer, for limits that must be cheap and model-independent.
//
// The estimate follows what BPE tokenizers of the GPT-4/Llama-3 generation do with common text:
// English and code run at about 4 bytes per token, so ASCII counts 1 token per 4 bytes (rounded
// up per run); scripts encoded in 2 UTF-8 bytes (Cyrillic, Greek, Hebrew, Arabic, accented Latin)
// split into about 2 characters per token; 3- and 4-byte characters (CJK, emoji) cost about one
// token each. It leans high on purpose: a limit should trip before the upstream's does. Each
// message adds 4 tokens for the chat format's role and separators.
namespace gatehouse::rules {

std::uint64_t estimateTokens(std::string_view text);

inline constexpr std::uint64_t tokensPerMessage = 4;

} // namespace gatehouse::rules
