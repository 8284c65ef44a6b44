#pragma once

namespace gatehouse::bench {

// history-ingest's command line (see main.cpp for the usage line).
struct IngestOptions
{
    int series = 5000;         // stored series per scrape round, over every gateway ("up" included)
    int gateways = 5;          // one ScrapeReport per gateway per round
    int seconds = 30;          // real-time run: one round a second for this long (0: skip it)
    int fastRounds = 120;      // fast-forward run: rounds 1 s apart in their timestamps, back to back
    int reportsPerCommit = 10; // History's batching as the console sets it (its defaults)
    int maxDelayMs = 5000;
};

// Exits with status 2 and a message on an unknown option or a value that does not parse.
IngestOptions parseIngestOptions(int argc, char** argv);

} // namespace gatehouse::bench
