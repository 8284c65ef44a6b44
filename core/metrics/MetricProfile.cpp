#include "core/metrics/MetricProfile.h"

#include <re2/re2.h>

namespace gatehouse::metrics {

bool LabelMatcher::matches(const std::string& labelValue) const
{
    switch (op) {
    case Op::Equal:
        return labelValue == value;
    case Op::NotEqual:
        return labelValue != value;
    case Op::Matches:
        return RE2::FullMatch(labelValue, *regex);
    case Op::NotMatches:
        return !RE2::FullMatch(labelValue, *regex);
    }
    return false;
}

std::string foldFamilyName(std::string_view name)
{
    std::string folded(name);
    for (char& c : folded) {
        if (c == '.')
            c = '_';
    }
    constexpr std::string_view total = "_total";
    if (folded.size() > total.size() && folded.ends_with(total))
        folded.resize(folded.size() - total.size());
    return folded;
}

} // namespace gatehouse::metrics
