#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gatehouse::gateway::state {

// A state database that cannot be opened, read or written. what() names the file and SQLite's
// reason: "STATE.db: database is locked".
class StateError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class SqliteStatement;

// One connection to a SQLite file in the state directory (the plain SQLite C API; no Qt here).
// Opened in WAL mode with foreign keys on and a busy timeout, so that readers never block the
// writer. A connection is used by one thread at a time: callers that share one guard it.
class SqliteDatabase
{
public:
    // Opens (creating when missing) `file`; ":memory:" gives a private in-memory database.
    explicit SqliteDatabase(const std::filesystem::path& file);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql);
    // Rows changed by the last INSERT, UPDATE or DELETE.
    std::int64_t changes() const;
    const std::string& name() const { return name_; }

    // Throws StateError "NAME: WHAT: SQLite's message" when `code` is not SQLITE_OK/ROW/DONE.
    void check(int code, std::string_view what) const;

private:
    friend class SqliteStatement;
    sqlite3* db_ = nullptr;
    std::string name_;
};

// A prepared statement. Parameters are numbered from 1, columns from 0, as in SQLite.
class SqliteStatement
{
public:
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bindBlob(int index, std::string_view bytes);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bind(int index, const std::optional<std::int64_t>& value);
    SqliteStatement& bind(int index, const std::optional<std::string>& value);

    // Advances: true while there is a row to read, false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Ready to bind and step again.
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const; // also reads blobs, byte for byte
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(SqliteDatabase& db, sqlite3_stmt* statement)
        : db_(&db)
        , statement_(statement)
    {}
    SqliteDatabase* db_;
    sqlite3_stmt* statement_;
};

// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed without commit() (an exception).
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDatabase& db_;
    bool done_ = false;
};

} // namespace gatehouse::gateway::state
