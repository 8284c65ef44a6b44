#include "LoadSummary.h"

namespace gatehouse::bench {

void append(LoadResult& into, LoadResult&& from)
{
    into.latenciesUs.insert(into.latenciesUs.end(), from.latenciesUs.begin(), from.latenciesUs.end());
    into.errors += from.errors;
    into.seconds += from.seconds;
}

} // namespace gatehouse::bench
