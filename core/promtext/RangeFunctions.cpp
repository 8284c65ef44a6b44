#include "core/promtext/RangeFunctions.h"

#include <algorithm>

namespace gatehouse::promtext {
namespace {

std::span<const TimedValue> window(std::span<const TimedValue> samples, double start, double end)
{
    const auto first = std::upper_bound(samples.begin(), samples.end(), start,
                                        [](double t, const TimedValue& s) { return t < s.seconds; });
    const auto last = std::upper_bound(first, samples.end(), end,
                                       [](double t, const TimedValue& s) { return t < s.seconds; });
    return std::span<const TimedValue>(first, last);
}

enum class Kind
{
    Rate,
    Increase,
    Delta,
};

std::optional<double> extrapolated(std::span<const TimedValue> all, double start, double end, Kind kind)
{
    const std::span<const TimedValue> samples = window(all, start, end);
    if (samples.size() < 2)
        return std::nullopt;
    const bool counter = kind != Kind::Delta;
    const TimedValue& first = samples.front();
    const TimedValue& last = samples.back();

    double result = last.value - first.value;
    if (counter) {
        double previous = first.value;
        for (const TimedValue& s : samples.subspan(1)) {
            if (s.value < previous)
                result += previous; // a reset: the counter restarted from zero
            previous = s.value;
        }
    }

    double toStart = first.seconds - start;
    double toEnd = end - last.seconds;
    const double sampled = last.seconds - first.seconds;
    const double average = sampled / static_cast<double>(samples.size() - 1);
    const double threshold = average * 1.1;
    // A gap to the window's edge longer than the usual interval means the series started or
    // stopped inside the window: extrapolate by half an interval only.
    if (toStart >= threshold)
        toStart = average / 2;
    if (counter && result > 0 && first.value >= 0) {
        // A counter does not go below zero: do not extrapolate past the point where it was 0.
        toStart = std::min(toStart, sampled * (first.value / result));
    }
    if (toEnd >= threshold)
        toEnd = average / 2;

    result *= (sampled + toStart + toEnd) / sampled;
    if (kind == Kind::Rate)
        result /= end - start;
    return result;
}

std::optional<double> instant(std::span<const TimedValue> all, double start, double end, bool isRate)
{
    const std::span<const TimedValue> samples = window(all, start, end);
    if (samples.size() < 2)
        return std::nullopt;
    const TimedValue& previous = samples[samples.size() - 2];
    const TimedValue& last = samples.back();
    double result = last.value - previous.value;
    if (isRate && last.value < previous.value)
        result = last.value; // reset
    const double interval = last.seconds - previous.seconds;
    if (interval == 0)
        return std::nullopt;
    if (isRate)
        result /= interval;
    return result;
}

} // namespace

std::optional<double> rate(std::span<const TimedValue> samples, double start, double end)
{
    return extrapolated(samples, start, end, Kind::Rate);
}

std::optional<double> increase(std::span<const TimedValue> samples, double start, double end)
{
    return extrapolated(samples, start, end, Kind::Increase);
}

std::optional<double> delta(std::span<const TimedValue> samples, double start, double end)
{
    return extrapolated(samples, start, end, Kind::Delta);
}

std::optional<double> irate(std::span<const TimedValue> samples, double start, double end)
{
    return instant(samples, start, end, true);
}

std::optional<double> idelta(std::span<const TimedValue> samples, double start, double end)
{
    return instant(samples, start, end, false);
}

} // namespace gatehouse::promtext
