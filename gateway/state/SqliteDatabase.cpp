#include "gateway/state/SqliteDatabase.h"

#include <sqlite3.h>

namespace gatehouse::gateway::state {

namespace {

constexpr int busyTimeoutMs = 5000;

} // namespace

SqliteDatabase::SqliteDatabase(const std::filesystem::path& file)
    : name_(file.string())
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(name_.c_str(), &db_, flags, nullptr);
    if (code != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StateError(name_ + ": cannot open the state database: " + reason);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busyTimeoutMs);
    try {
        if (name_ != ":memory:")
            exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL");
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(db_);
}

void SqliteDatabase::check(int code, std::string_view what) const
{
    const int primary = code & 0xff;
    if (primary == SQLITE_OK || primary == SQLITE_ROW || primary == SQLITE_DONE)
        return;
    throw StateError(name_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

void SqliteDatabase::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        const std::string reason = message ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        throw StateError(name_ + ": " + reason);
    }
}

SqliteStatement SqliteDatabase::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr),
          "cannot prepare a statement");
    return SqliteStatement(*this, statement);
}

std::int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes64(db_);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(statement_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_)
    , statement_(other.statement_)
{
    other.statement_ = nullptr;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    db_->check(sqlite3_bind_int64(statement_, index, value), "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    db_->check(sqlite3_bind_double(statement_, index, value), "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text)
{
    db_->check(
        sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::string_view bytes)
{
    db_->check(sqlite3_bind_blob64(statement_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT),
               "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    db_->check(sqlite3_bind_null(statement_, index), "cannot bind a value");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(statement_);
    db_->check(code, "cannot run a statement");
    return (code & 0xff) == SQLITE_ROW;
}

void SqliteStatement::run()
{
    while (step()) {
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(statement_, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(statement_, column);
}

std::string SqliteStatement::text(int column) const
{
    const void* bytes = sqlite3_column_blob(statement_, column);
    const int size = sqlite3_column_bytes(statement_, column);
    return bytes ? std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(size))
                 : std::string();
}

std::optional<std::int64_t> SqliteStatement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<std::string> SqliteStatement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& db)
    : db_(db)
{
    db_.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const StateError&) { // NOLINT(bugprone-empty-catch): nothing more to undo
        }
    }
}

void SqliteTransaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace gatehouse::gateway::state
