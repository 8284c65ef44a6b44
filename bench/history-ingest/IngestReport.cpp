#include "IngestReport.h"

#include "MachineLoad.h"

#include <QLocale>

#include <sqlite3.h>

#include <cstdio>

namespace gatehouse::bench {

namespace {

std::string grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n).toStdString();
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

void printStored(const char* label, qint64 samples, qint64 minutes, qint64 hours, qint64 bytes)
{
    std::printf("  %-22s %s samples, %s 1-minute and %s 1-hour rollup rows, %.1f MiB "
                "(file + WAL)\n",
                label, grouped(samples).c_str(), grouped(minutes).c_str(), grouped(hours).c_str(),
                mib(bytes));
}

} // namespace

void printIngestHeader(const IngestOptions& o, const ScrapeRound& round)
{
    const auto& first = round.front();
    std::printf("history-ingest: %s series a round from %d gateway(s) (the first: up, %lld signals, %s raw "
                "samples), History batching %d reports or %d ms per commit\n",
                grouped(storedSeries(round)).c_str(), o.gateways,
                static_cast<long long>(first.signalValues.size()), grouped(first.rawSamples.size()).c_str(),
                o.reportsPerCommit, o.maxDelayMs);
    std::printf("machine: %s, load average %s at the start, SQLite %s\n", machineDescription().c_str(),
                loadAverages().c_str(), sqlite3_libversion());
}

void printRealTime(const IngestFigures& f)
{
    std::printf("\nreal time: one round a second for %d s through metrics::History into SQLite\n", f.rounds);
    if (!f.error.isEmpty()) {
        std::printf("  FAILED: %s\n", qPrintable(f.error));
        return;
    }
    const double process = 100 * f.processCpuSeconds / f.seconds;
    std::printf("  CPU, whole process     %5.1f %% of one core (%.2f s in %.0f s)\n", process,
                f.processCpuSeconds, f.seconds);
    if (f.writerCpuSeconds >= 0)
        std::printf("  CPU, history thread    %5.1f %% of one core (%.2f s)\n",
                    100 * f.writerCpuSeconds / f.seconds, f.writerCpuSeconds);
    std::printf("  target < %.0f %%          %s\n", targetPercentOfCore,
                process < targetPercentOfCore ? "met" : "NOT met");
    printStored("stored", f.samples, f.minuteRollups, f.hourRollups, f.databaseBytes);
    std::printf("  warm-up round          %.0f ms (creates every series; not in the figures above)\n",
                1000 * f.warmupSeconds);
    std::printf("  load average now       %s\n", loadAverages().c_str());
}

void printFastForward(const IngestFigures& h, const PlainInsertFigures& p)
{
    std::printf("\nfast-forward: %d rounds with timestamps 1 s apart, back to back, in the same run\n",
                h.rounds);
    if (!h.error.isEmpty())
        std::printf("  History FAILED: %s\n", qPrintable(h.error));
    if (!p.error.empty())
        std::printf("  plain sqlite3 FAILED: %s\n", p.error.c_str());
    std::printf("  %-44s %12s %12s %16s\n", "", "wall/round", "CPU/round", "CPU at 1 round/s");
    const double hCpu = 1000 * h.processCpuSeconds / h.rounds;
    const double pCpu = 1000 * p.processCpuSeconds / p.rounds;
    std::printf("  %-44s %9.1f ms %9.1f ms %14.1f %%\n", "metrics::History (console path, rollups)",
                1000 * h.seconds / h.rounds, hCpu, hCpu / 10);
    std::printf("  %-44s %9.1f ms %9.1f ms %14.1f %%\n", "plain sqlite3 insert, 1 txn/round (floor)",
                1000 * p.seconds / p.rounds, pCpu, pCpu / 10);
    if (pCpu > 0)
        std::printf("  History costs %.1f× the floor's CPU per round\n", hCpu / pCpu);
    printStored("History stored", h.samples, h.minuteRollups, h.hourRollups, h.databaseBytes);
    std::printf("  %-22s %s samples, %.1f MiB (file + WAL)\n", "floor stored", grouped(p.samples).c_str(),
                mib(p.databaseBytes));
}

} // namespace gatehouse::bench
