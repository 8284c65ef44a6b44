#include "PlainSqliteInsert.h"

#include "CpuTime.h"

#include <sqlite3.h>

#include <filesystem>

namespace gatehouse::bench {

namespace {

struct Connection
{
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

struct Statement
{
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

bool execute(sqlite3* db, const char* sql, std::string& error)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    error = std::string(sql) + ": " + (message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool insertRound(sqlite3* db, sqlite3_stmt* insert, const ScrapeRound& round, std::string& error)
{
    if (!execute(db, "BEGIN", error))
        return false;
    sqlite3_int64 seriesId = 0;
    auto row = [&](qint64 ms, double value) {
        sqlite3_bind_int64(insert, 1, ++seriesId);
        sqlite3_bind_int64(insert, 2, ms);
        sqlite3_bind_double(insert, 3, value);
        const int status = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (status != SQLITE_DONE)
            error = std::string("insert: ") + sqlite3_errmsg(db);
        return status == SQLITE_DONE;
    };
    for (const metrics::ScrapeReport& report : round) {
        bool ok = row(report.timeMs, report.up ? 1.0 : 0.0);
        for (const metrics::SeriesValue& v : report.signalValues)
            ok = ok && row(report.timeMs, v.value);
        for (const metrics::SeriesValue& v : report.rawSamples)
            ok = ok && row(report.timeMs, v.value);
        if (!ok)
            return false;
    }
    return execute(db, "COMMIT", error);
}

qint64 fileBytes(const std::string& path)
{
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    return error ? 0 : qint64(bytes);
}

} // namespace

PlainInsertFigures plainSqliteInsert(const std::string& databasePath, const std::vector<ScrapeRound>& rounds)
{
    PlainInsertFigures f;
    f.rounds = int(rounds.size()) - 1;
    f.rowsPerRound = rounds.empty() ? 0 : storedSeries(rounds.front());
    Connection c;
    if (sqlite3_open(databasePath.c_str(), &c.db) != SQLITE_OK) {
        f.error = "open " + databasePath + ": " + sqlite3_errmsg(c.db);
        return f;
    }
    if (!execute(c.db, "PRAGMA journal_mode=WAL", f.error) ||
        !execute(c.db, "PRAGMA synchronous=NORMAL", f.error) ||
        !execute(c.db,
                 "CREATE TABLE metric_samples (series_id INTEGER NOT NULL, ts INTEGER NOT NULL, "
                 "value REAL NOT NULL, PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
                 f.error))
        return f;
    Statement insert;
    if (sqlite3_prepare_v2(c.db,
                           "INSERT OR REPLACE INTO metric_samples (series_id, ts, value) VALUES (?, ?, ?)",
                           -1, &insert.stmt, nullptr) != SQLITE_OK) {
        f.error = std::string("prepare: ") + sqlite3_errmsg(c.db);
        return f;
    }
    if (rounds.empty() || !insertRound(c.db, insert.stmt, rounds.front(), f.error))
        return f;
    const double cpuStart = processCpuSeconds();
    const double wallStart = wallSeconds();
    for (std::size_t i = 1; i < rounds.size(); ++i) {
        if (!insertRound(c.db, insert.stmt, rounds[i], f.error))
            return f;
    }
    f.seconds = wallSeconds() - wallStart;
    f.processCpuSeconds = processCpuSeconds() - cpuStart;
    Statement count;
    if (sqlite3_prepare_v2(c.db, "SELECT count(*) FROM metric_samples", -1, &count.stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(count.stmt) == SQLITE_ROW)
        f.samples = sqlite3_column_int64(count.stmt, 0);
    f.databaseBytes = fileBytes(databasePath) + fileBytes(databasePath + "-wal");
    return f;
}

} // namespace gatehouse::bench
