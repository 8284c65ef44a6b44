#include "core/database/Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::Migrations)
};

} // namespace

const QList<Migration>& consoleMigrations()
{
    static const QList<Migration> steps = {
        {1,
         "gateway registry and secret names",
         {
             "CREATE TABLE gateways ("
             " id INTEGER PRIMARY KEY,"
             " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
             " kind TEXT NOT NULL,"
             " base_url TEXT NOT NULL DEFAULT '',"
             " metrics_url TEXT NOT NULL DEFAULT '',"
             " admin_url TEXT NOT NULL DEFAULT '',"
             " api_key_secret TEXT NOT NULL DEFAULT '',"
             " admin_token_secret TEXT NOT NULL DEFAULT '',"
             " tls_ca_file TEXT NOT NULL DEFAULT '',"
             " tls_pin_sha256 TEXT NOT NULL DEFAULT '',"
             " poll_interval_s INTEGER NOT NULL DEFAULT 15,"
             " tags TEXT NOT NULL DEFAULT '[]',"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
             "CREATE TABLE secret_names ("
             " name TEXT PRIMARY KEY,"
             " kind TEXT NOT NULL,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
         }},
        {2,
         "chat history (text sealed with the keychain's history key)",
         {
             "CREATE TABLE chat_exchanges ("
             " id INTEGER PRIMARY KEY,"
             " created_at INTEGER NOT NULL,"
             " target TEXT NOT NULL,"
             " model TEXT NOT NULL,"
             " ttft_ms INTEGER NOT NULL,"
             " total_ms INTEGER NOT NULL,"
             " tokens_per_s REAL,"
             " prompt_tokens INTEGER NOT NULL,"
             " completion_tokens INTEGER NOT NULL,"
             " tokens_estimated INTEGER NOT NULL,"
             " cache TEXT NOT NULL,"
             " filter TEXT NOT NULL,"
             " upstream TEXT NOT NULL,"
             " request_id TEXT NOT NULL,"
             " failed INTEGER NOT NULL,"
             " sealed BLOB NOT NULL)",
             "CREATE INDEX chat_exchanges_by_time ON chat_exchanges (created_at)",
         }},
        {3,
         "per-entry chat options: compatibility and extra headers",
         {
             "ALTER TABLE gateways ADD COLUMN chat_options TEXT NOT NULL DEFAULT '{}'",
         }},
        {4,
         "metric history: raw samples and 1-minute and 1-hour rollups",
         {
             // One row per series a gateway ever reported; gateway_id is the registry id (history
             // outlives a removed entry until retention clears it).
             "CREATE TABLE metric_series ("
             " id INTEGER PRIMARY KEY,"
             " gateway_id INTEGER NOT NULL,"
             " name TEXT NOT NULL,"
             " UNIQUE (gateway_id, name))",
             // Clustered by (series, time): a range of one series is one contiguous b-tree walk.
             "CREATE TABLE metric_samples ("
             " series_id INTEGER NOT NULL,"
             " ts INTEGER NOT NULL,"
             " value REAL NOT NULL,"
             " PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
             "CREATE TABLE metric_samples_1m ("
             " series_id INTEGER NOT NULL,"
             " ts INTEGER NOT NULL,"
             " min REAL NOT NULL,"
             " max REAL NOT NULL,"
             " sum REAL NOT NULL,"
             " count INTEGER NOT NULL,"
             " PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
             "CREATE TABLE metric_samples_1h ("
             " series_id INTEGER NOT NULL,"
             " ts INTEGER NOT NULL,"
             " min REAL NOT NULL,"
             " max REAL NOT NULL,"
             " sum REAL NOT NULL,"
             " count INTEGER NOT NULL,"
             " PRIMARY KEY (series_id, ts)) WITHOUT ROWID",
         }},
        {5,
         "alert thresholds per gateway and the alert log",
         {
             "CREATE TABLE alert_thresholds ("
             " gateway_id INTEGER PRIMARY KEY,"
             " p95_above_s REAL,"
             " p95_for_s INTEGER NOT NULL DEFAULT 300,"
             " error_ratio_above REAL,"
             " error_for_s INTEGER NOT NULL DEFAULT 60,"
             " on_down INTEGER NOT NULL DEFAULT 1)",
             "CREATE TABLE alert_log ("
             " id INTEGER PRIMARY KEY,"
             " gateway_id INTEGER NOT NULL,"
             " ts INTEGER NOT NULL,"
             " kind TEXT NOT NULL,"
             " firing INTEGER NOT NULL,"
             " message TEXT NOT NULL)",
             "CREATE INDEX alert_log_by_time ON alert_log (ts)",
         }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return consoleMigrations().isEmpty() ? 0 : consoleMigrations().constLast().version;
}

static int userVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec("PRAGMA user_version") || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString migrate(QSqlDatabase& db)
{
    const int current = userVersion(db);
    if (current < 0)
        return Text::tr("cannot read the schema version: %1").arg(db.lastError().text());
    if (current > latestSchemaVersion())
        return Text::tr("the database was written by a newer Gatehouse (schema %1, this one knows up to %2); "
                        "update Gatehouse or open another data directory")
            .arg(current)
            .arg(latestSchemaVersion());

    for (const Migration& step : consoleMigrations()) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return Text::tr("cannot start migration %1: %2").arg(step.version).arg(db.lastError().text());
        QSqlQuery q(db);
        for (const QString& sql : step.statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Text::tr("migration %1 (%2) failed: %3").arg(step.version).arg(step.description, why);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return Text::tr("migration %1 could not be committed: %2").arg(step.version).arg(why);
        }
    }
    return {};
}

} // namespace gatehouse
