#pragma once

#include "LoadGenerator.h"

namespace gatehouse::bench {

// Adds one phase's answers to a total over rounds (latencies, errors and seconds add up).
void append(LoadResult& into, LoadResult&& from);

// Requests sent in a phase: answered plus failed.
inline std::uint64_t sent(const LoadResult& result)
{
    return result.latenciesUs.size() + result.errors;
}

} // namespace gatehouse::bench
