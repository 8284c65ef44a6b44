#include "FramesReport.h"

#include "DashboardGrid.h"
#include "MachineLoad.h"
#include "Percentiles.h"

#include <algorithm>
#include <cstdio>

namespace gatehouse::bench {

namespace {

double percentOfCore(double cpu, double seconds)
{
    return seconds > 0 ? 100 * cpu / seconds : 0;
}

void printRow(const char* name, const std::vector<double>& frameMs, double cpu, double xCpu, double seconds,
              qint64 paints, int timeouts, int late)
{
    std::printf("  %-52s %6zu %7.1f %%", name, frameMs.size(), percentOfCore(cpu, seconds));
    if (xCpu >= 0)
        std::printf(" + %4.1f %%", percentOfCore(xCpu, seconds));
    else
        std::printf("         ");
    std::printf(" %8.1f %8.1f %8.1f ms  %5.1f paints/frame", percentile(frameMs, 0.5),
                percentile(frameMs, 0.99),
                frameMs.empty() ? 0 : *std::max_element(frameMs.begin(), frameMs.end()),
                frameMs.empty() ? 0 : double(paints) / double(frameMs.size()));
    if (timeouts > 0 || late > 0)
        std::printf("  (%d repaint(s) missing, %d frame(s) late)", timeouts, late);
    std::printf("\n");
}

void printColumns()
{
    std::printf("  %-52s %6s %9s %9s %8s %8s %8s\n", "", "frames", "CPU", "+ Xvfb", "p50", "p99", "worst");
}

const char* updateName = "update: +1 point/line, refresh, repaint";
const char* floorName = "floor: repaint, no data change";

} // namespace

void printFramesHeader(const FramesOptions& o, const DashboardGrid& grid, const QString& platform)
{
    std::printf(
        "dashboard-frames: %d TimeCharts %d wide (the gateway dashboard's charts), %d lines of %d points "
        "(1 s apart), window %d×%d, %g update(s)/s for %d s a phase, %d round(s)\n",
        o.charts, o.columns, grid.lineCount(), grid.pointsPerLine(), o.width, o.height, o.rate, o.seconds,
        o.rounds);
    std::printf("machine: %s, load average %s at the start, Qt %s, platform %s\n",
                machineDescription().c_str(), loadAverages().c_str(), qVersion(), qPrintable(platform));
    std::printf(
        "CPU in %% of one core over the phase; frame times from the update to the end of the repaint\n");
}

void printRound(int round, const PhaseFigures& u, const PhaseFigures& f)
{
    std::printf("\nround %d (load average %s after it)\n", round, loadAverages().c_str());
    printColumns();
    printRow(updateName, u.frameMs, u.cpuSeconds, u.xServerCpuSeconds, u.seconds, u.paints, u.timeouts,
             u.late);
    printRow(floorName, f.frameMs, f.cpuSeconds, f.xServerCpuSeconds, f.seconds, f.paints, f.timeouts,
             f.late);
    std::printf("  points drawn after decimation: %d\n", u.drawnPoints);
}

void printSummary(const std::vector<PhaseFigures>& updates, const std::vector<PhaseFigures>& floors)
{
    auto total = [](const std::vector<PhaseFigures>& phases, auto field) {
        double sum = 0;
        for (const PhaseFigures& p : phases)
            sum += field(p);
        return sum;
    };
    auto frames = [](const std::vector<PhaseFigures>& phases) {
        std::vector<double> all;
        for (const PhaseFigures& p : phases)
            all.insert(all.end(), p.frameMs.begin(), p.frameMs.end());
        return all;
    };
    auto row = [&](const char* name, const std::vector<PhaseFigures>& phases) {
        const bool x =
            std::all_of(phases.begin(), phases.end(), [](const auto& p) { return p.xServerCpuSeconds >= 0; });
        printRow(name, frames(phases), total(phases, [](const auto& p) { return p.cpuSeconds; }),
                 x ? total(phases, [](const auto& p) { return p.xServerCpuSeconds; }) : -1,
                 total(phases, [](const auto& p) { return p.seconds; }),
                 qint64(total(phases, [](const auto& p) { return double(p.paints); })),
                 int(total(phases, [](const auto& p) { return double(p.timeouts); })),
                 int(total(phases, [](const auto& p) { return double(p.late); })));
    };
    std::printf("\nall rounds\n");
    printColumns();
    row(updateName, updates);
    row(floorName, floors);
}

} // namespace gatehouse::bench
