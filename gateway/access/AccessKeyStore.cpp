#include "gateway/access/AccessKeyStore.h"

#include "gateway/state/SchemaMigrations.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <array>

namespace gatehouse::gateway::access {

namespace {

// Forward-only: never edit a step that has shipped; append a new one.
constexpr std::array<std::string_view, 1> migrations = {
    "CREATE TABLE access_keys ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " name TEXT NOT NULL UNIQUE,"
    " prefix TEXT NOT NULL,"
    " secret_sha256 BLOB NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),"
    " models TEXT NOT NULL DEFAULT '[]'," // JSON array of model names; [] = every model
    " rpm INTEGER,"
    " tpm INTEGER,"
    " expires_at INTEGER," // Unix seconds
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " log_content INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL,"
    " last_used_at INTEGER);"
    "CREATE TABLE access_key_facts ("
    " name TEXT PRIMARY KEY NOT NULL,"
    " value TEXT NOT NULL) WITHOUT ROWID;",
};

constexpr std::string_view columns = "id, name, prefix, secret_sha256, models, rpm, tpm, expires_at, "
                                     "enabled, log_content, created_at, last_used_at";

std::string modelsJson(const std::vector<std::string>& models)
{
    boost::json::array array;
    for (const auto& model : models)
        array.emplace_back(model);
    return boost::json::serialize(array);
}

std::vector<std::string> modelsFrom(const std::string& json, const std::string& where)
{
    boost::system::error_code ec;
    const boost::json::value value = boost::json::parse(json, ec);
    if (ec || !value.is_array())
        throw state::StateError(where + ": the models of an access key are not a JSON array");
    std::vector<std::string> models;
    for (const auto& item : value.get_array()) {
        if (!item.is_string())
            throw state::StateError(where + ": the models of an access key are not all strings");
        models.emplace_back(item.get_string());
    }
    return models;
}

// Binds ?2..?12 in `columns` order after the id.
void bindFields(state::SqliteStatement& statement, const AccessKey& key)
{
    statement.bind(2, std::string_view(key.name))
        .bind(3, std::string_view(key.prefix))
        .bindBlob(4, std::string_view(reinterpret_cast<const char*>(key.hash.data()), key.hash.size()))
        .bind(5, std::string_view(modelsJson(key.models)))
        .bind(6, key.rpm)
        .bind(7, key.tpm)
        .bind(8, key.expiresAt)
        .bind(9, std::int64_t{key.enabled ? 1 : 0})
        .bind(10, std::int64_t{key.logContent ? 1 : 0})
        .bind(11, key.createdAt)
        .bind(12, key.lastUsedAt);
}

} // namespace

AccessKeyStore::AccessKeyStore(const std::filesystem::path& file)
    : m_db(file)
{
    state::migrate(m_db, "access_keys", migrations);
}

std::vector<AccessKey> AccessKeyStore::load()
{
    std::vector<AccessKey> keys;
    auto query = m_db.prepare("SELECT " + std::string(columns) + " FROM access_keys ORDER BY rowid");
    while (query.step()) {
        AccessKey key;
        key.id = query.text(0);
        key.name = query.text(1);
        key.prefix = query.text(2);
        const std::string hash = query.text(3);
        if (hash.size() != key.hash.size())
            throw state::StateError(m_db.name() + ": access key " + key.id + " has a damaged hash");
        std::copy(hash.begin(), hash.end(), key.hash.begin());
        key.models = modelsFrom(query.text(4), m_db.name());
        key.rpm = query.optionalInteger(5);
        key.tpm = query.optionalInteger(6);
        key.expiresAt = query.optionalInteger(7);
        key.enabled = query.integer(8) != 0;
        key.logContent = query.integer(9) != 0;
        key.createdAt = query.integer(10);
        key.lastUsedAt = query.optionalInteger(11);
        keys.push_back(std::move(key));
    }
    return keys;
}

bool AccessKeyStore::keysEverCreated()
{
    auto query = m_db.prepare("SELECT 1 FROM access_key_facts WHERE name = 'keys_created'"
                              " UNION ALL SELECT 1 FROM access_keys LIMIT 1");
    return query.step();
}

void AccessKeyStore::insert(const AccessKey& key)
{
    state::SqliteTransaction transaction(m_db);
    auto statement = m_db.prepare("INSERT INTO access_keys (" + std::string(columns) +
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    statement.bind(1, std::string_view(key.id));
    bindFields(statement, key);
    statement.run();
    m_db.exec("INSERT OR IGNORE INTO access_key_facts (name, value) VALUES ('keys_created', '1')");
    transaction.commit();
}

void AccessKeyStore::update(const AccessKey& key)
{
    auto statement = m_db.prepare(
        "UPDATE access_keys SET name = ?2, prefix = ?3, secret_sha256 = ?4, models = ?5, rpm = ?6, tpm = ?7,"
        " expires_at = ?8, enabled = ?9, log_content = ?10, created_at = ?11, last_used_at = ?12 WHERE id = "
        "?1");
    statement.bind(1, std::string_view(key.id));
    bindFields(statement, key);
    statement.run();
    if (m_db.changes() != 1)
        throw state::StateError(m_db.name() + ": access key " + key.id + " is missing from the database");
}

bool AccessKeyStore::remove(const std::string& id)
{
    auto statement = m_db.prepare("DELETE FROM access_keys WHERE id = ?1");
    statement.bind(1, std::string_view(id)).run();
    return m_db.changes() == 1;
}

void AccessKeyStore::recordLastUsed(const std::vector<std::pair<std::string, std::int64_t>>& uses)
{
    if (uses.empty())
        return;
    state::SqliteTransaction transaction(m_db);
    auto statement = m_db.prepare("UPDATE access_keys SET last_used_at = ?2"
                                  " WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?2)");
    for (const auto& [id, when] : uses) {
        statement.bind(1, std::string_view(id)).bind(2, when).run();
        statement.reset();
    }
    transaction.commit();
}

} // namespace gatehouse::gateway::access
