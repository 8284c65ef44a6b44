#pragma once

#include <vector>

namespace gatehouse::bench {

// The q-quantile (0..1, nearest rank) of `values`; 0 for none. Sorts a copy.
double percentile(std::vector<double> values, double q);

} // namespace gatehouse::bench
