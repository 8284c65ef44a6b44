// The state directory, SQLite wrapper and per-component schema migrations of gatehoused.
#include "gateway/state/SchemaMigrations.h"
#include "gateway/state/SqliteDatabase.h"
#include "gateway/state/StateDirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <sys/stat.h>

using namespace gatehouse::gateway::state;

class TestGatewayState : public QObject
{
    Q_OBJECT

private slots:
    void throwawayDirectoryIsRemoved()
    {
        std::filesystem::path path;
        {
            const StateDirectory directory(std::nullopt);
            QVERIFY(directory.throwaway());
            path = directory.path();
            QVERIFY(std::filesystem::is_directory(path));
        }
        QVERIFY(!std::filesystem::exists(path));
    }

    void configuredDirectoryIsCreatedPrivateAndKept()
    {
        QTemporaryDir base;
        const std::filesystem::path wanted = std::filesystem::path(base.path().toStdString()) / "a" / "state";
        {
            const StateDirectory directory(wanted);
            QVERIFY(!directory.throwaway());
            QCOMPARE(directory.file("state.db"), wanted / "state.db");
        }
        QVERIFY(std::filesystem::is_directory(wanted));
        struct stat info
        {
        };
        QCOMPARE(::stat(wanted.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
    }

    void aFileWhereTheDirectoryShouldBeIsRefused()
    {
        QTemporaryDir base;
        const std::filesystem::path file = std::filesystem::path(base.path().toStdString()) / "file";
        std::FILE* f = std::fopen(file.c_str(), "w");
        QVERIFY(f);
        std::fclose(f);
        try {
            const StateDirectory directory(file);
            QFAIL("a plain file was taken as the state directory");
        } catch (const StateError& e) {
            QVERIFY2(std::string_view(e.what()).find("not a directory") != std::string_view::npos, e.what());
        }
    }

    void migrationsRunOnceAndPerComponent()
    {
        QTemporaryDir base;
        const std::filesystem::path file = std::filesystem::path(base.path().toStdString()) / "state.db";
        constexpr std::array<std::string_view, 2> keys = {
            "CREATE TABLE keys (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            "ALTER TABLE keys ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1",
        };
        constexpr std::array<std::string_view, 1> rules = {"CREATE TABLE rules (id TEXT PRIMARY KEY)"};
        {
            SqliteDatabase db(file);
            migrate(db, "keys", keys);
            migrate(db, "rules", rules);
            db.prepare("INSERT INTO keys (name) VALUES (?1)").bind(1, std::string_view("ci")).run();
        }
        SqliteDatabase db(file);
        QCOMPARE(schemaVersion(db, "keys"), 2);
        QCOMPARE(schemaVersion(db, "rules"), 1);
        migrate(db, "keys", keys); // nothing to do: must not fail on "table exists"
        auto query = db.prepare("SELECT name, enabled FROM keys");
        QVERIFY(query.step());
        QCOMPARE(query.text(0), std::string("ci"));
        QCOMPARE(query.integer(1), std::int64_t{1});
        QVERIFY(!query.step());
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        SqliteDatabase db(":memory:");
        constexpr std::array<std::string_view, 2> two = {"CREATE TABLE t (a INTEGER)",
                                                         "ALTER TABLE t ADD COLUMN b"};
        migrate(db, "cache", two);
        constexpr std::array<std::string_view, 1> one = {"CREATE TABLE t (a INTEGER)"};
        try {
            migrate(db, "cache", one);
            QFAIL("a newer schema was accepted");
        } catch (const StateError& e) {
            QVERIFY2(std::string_view(e.what()).find("newer") != std::string_view::npos, e.what());
        }
        QCOMPARE(schemaVersion(db, "cache"), 2);
    }

    void aFailedStepRollsBackAndKeepsTheVersion()
    {
        SqliteDatabase db(":memory:");
        constexpr std::array<std::string_view, 2> steps = {"CREATE TABLE t (a INTEGER)",
                                                           "CREATE TABLE u (a); CREATE TABLE t (a)"};
        QVERIFY_THROWS_EXCEPTION(StateError, migrate(db, "x", steps));
        QCOMPARE(schemaVersion(db, "x"), 1);
        auto query = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'u'");
        QVERIFY(query.step());
        QCOMPARE(query.integer(0), std::int64_t{0});
    }

    void transactionRollsBackWithoutCommit()
    {
        SqliteDatabase db(":memory:");
        db.exec("CREATE TABLE t (a INTEGER)");
        {
            SqliteTransaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        auto query = db.prepare("SELECT count(*) FROM t");
        QVERIFY(query.step());
        QCOMPARE(query.integer(0), std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestGatewayState)
#include "tst_gatewaystate.moc"
