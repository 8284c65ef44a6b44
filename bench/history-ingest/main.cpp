// bench/history-ingest: the console's metric history under 5,000 series scraped every second
// (issue #5: "SQLite ingest of 5,000 series scraped every second using < 10% of one core").
// Scrape reports, built before the clock starts, go to a metrics::History on a real SQLite file in
// a temporary folder through History::record — what the main window connects Poller::reported to.
// 1. Real time: a round a second for --seconds; CPU of the process and of the history thread.
// 2. Fast-forward: --fast-rounds rounds 1 s apart in their timestamps, back to back: cost per
//    round, beside a plain sqlite3 prepared-statement insert of the same rows (the floor).
//
//   ./dev bench history-ingest [--series 5000] [--gateways 5] [--seconds 30] [--fast-rounds 120]

#include "HistoryIngest.h"
#include "IngestOptions.h"
#include "IngestReport.h"
#include "PlainSqliteInsert.h"
#include "ScrapeRounds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace gatehouse::bench;

int main(int argc, char** argv)
{
    const IngestOptions o = parseIngestOptions(argc, argv);
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-history-ingest-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "history-ingest: cannot create a temporary folder: %s\n",
                     qPrintable(dir.errorString()));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    printIngestHeader(o, buildScrapeRounds(o.series, o.gateways, now, 1000, 1).front());
    bool clean = true;
    if (o.seconds > 0) {
        // One extra round first: the warm-up that creates the series.
        const auto rounds = buildScrapeRounds(o.series, o.gateways, now, 1000, o.seconds + 1);
        const IngestFigures f =
            ingestThroughHistory(dir.filePath(QStringLiteral("real-time.sqlite")), rounds, 1000, o);
        printRealTime(f);
        clean = clean && f.error.isEmpty();
    }
    if (o.fastRounds > 0) {
        const auto rounds = buildScrapeRounds(o.series, o.gateways, now, 1000, o.fastRounds + 1);
        const IngestFigures h =
            ingestThroughHistory(dir.filePath(QStringLiteral("fast.sqlite")), rounds, 0, o);
        const PlainInsertFigures p =
            plainSqliteInsert(dir.filePath(QStringLiteral("plain.sqlite")).toStdString(), rounds);
        printFastForward(h, p);
        clean = clean && h.error.isEmpty() && p.error.empty();
    }
    return clean ? 0 : 1;
}
