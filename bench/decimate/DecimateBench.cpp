// Reduces one series of 1,000,000 points (a noisy latency-like signal with rare spikes, x in ms
// one second apart) to a plot 1,000 pixels wide, as TimeChart does on every zoom, pan and resize.
// In the same run, two references on the same points:
//   CopyAll      copies every point (what handing the chart everything would at least cost);
//   Stride       keeps every n-th point (cheap, but drops spikes: the reason for M4).
#include "core/decimation/Lttb.h"
#include "core/decimation/M4.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

using namespace gatehouse::decimation;

namespace {

constexpr std::size_t pointCount = 1'000'000;
constexpr int pixels = 1000;

const std::vector<PlotPoint>& series()
{
    static const std::vector<PlotPoint> points = [] {
        std::vector<PlotPoint> p;
        p.reserve(pointCount);
        std::mt19937 random(42);
        std::lognormal_distribution<double> latency(-1.5, 0.4);
        std::uniform_real_distribution<double> spike(0, 1);
        for (std::size_t i = 0; i < pointCount; ++i) {
            double y = latency(random) * (1 + 0.3 * std::sin(double(i) / 20000));
            if (spike(random) < 1e-4)
                y *= 40;
            p.push_back({1.7e12 + double(i) * 1000, y});
        }
        return p;
    }();
    return points;
}

void M4(benchmark::State& state)
{
    const auto& points = series();
    std::size_t kept = 0;
    for (auto _ : state) {
        auto out = decimateM4(points, points.front().x, points.back().x, pixels);
        kept = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(kept);
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pointCount));
}

void Lttb(benchmark::State& state)
{
    const auto& points = series();
    std::size_t kept = 0;
    for (auto _ : state) {
        auto out = decimateLttb(points, pixels);
        kept = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(kept);
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pointCount));
}

void CopyAll(benchmark::State& state)
{
    const auto& points = series();
    for (auto _ : state) {
        std::vector<PlotPoint> out(points.begin(), points.end());
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(pointCount);
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pointCount));
}

void Stride(benchmark::State& state)
{
    const auto& points = series();
    const std::size_t step = pointCount / (pixels * 4);
    std::size_t kept = 0;
    for (auto _ : state) {
        std::vector<PlotPoint> out;
        out.reserve(pointCount / step + 1);
        for (std::size_t i = 0; i < points.size(); i += step)
            out.push_back(points[i]);
        kept = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(kept);
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pointCount));
}

} // namespace

BENCHMARK(M4)->Unit(benchmark::kMillisecond);
BENCHMARK(Lttb)->Unit(benchmark::kMillisecond);
BENCHMARK(CopyAll)->Unit(benchmark::kMillisecond);
BENCHMARK(Stride)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
