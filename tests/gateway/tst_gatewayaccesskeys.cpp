// Access keys at rest and in memory (gateway/access): the secret's format and hash, the SQLite
// store (hashes only, survives a reopen, forward-only migration), and the registry that serves
// the request path from a snapshot swapped on every admin write.
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/AccessKeyStore.h"
#include "gateway/access/KeySecret.h"
#include "gateway/state/SchemaMigrations.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <set>

using namespace gatehouse::gateway;
using namespace gatehouse::gateway::access;

namespace {

std::string hex(const KeyHash& hash)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    for (const unsigned char b : hash) {
        text += digits[b >> 4];
        text += digits[b & 0xf];
    }
    return text;
}

KeyChange named(std::string name)
{
    KeyChange change;
    change.name = std::move(name);
    return change;
}

} // namespace

class TestGatewayAccessKeys : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = std::filesystem::path(m_dir->path().toStdString()) / "state.db";
    }

    void secretsAreRandomBase64UrlWithAPrefix()
    {
        static const QRegularExpression shape(QStringLiteral("^gk-[A-Za-z0-9_-]{43}$"));
        std::set<std::string> seen;
        for (int i = 0; i < 200; ++i) {
            const KeySecret secret = generateKeySecret();
            QVERIFY2(shape.match(QString::fromStdString(secret.value)).hasMatch(), secret.value.c_str());
            QCOMPARE(secret.prefix, secret.value.substr(3, 8));
            QVERIFY(sameHash(secret.hash, hashKey(secret.value)));
            QVERIFY(seen.insert(secret.value).second);
        }
        const std::string id = generateKeyId();
        QVERIFY(QRegularExpression("^key_[0-9a-f]{16}$").match(QString::fromStdString(id)).hasMatch());
    }

    void hashIsSha256()
    {
        // FIPS 180-2's test vector for "abc".
        QCOMPARE(hex(hashKey("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        KeyHash other = hashKey("abc");
        other[31] ^= 1;
        QVERIFY(!sameHash(hashKey("abc"), other));
        QVERIFY(claimsToBeAccessKey("gk-x"));
        QVERIFY(!claimsToBeAccessKey("sk-proj-123"));
        QVERIFY(!claimsToBeAccessKey(""));
    }

    void storeKeepsKeysAcrossReopening()
    {
        AccessKey key;
        key.id = "key_0000000000000001";
        key.name = "web app";
        key.prefix = "AbCdEfGh";
        key.hash = hashKey("gk-secret");
        key.models = {"chat", "draft"};
        key.rpm = 60;
        key.expiresAt = 1800000000;
        key.logContent = true;
        key.createdAt = 1795705018;
        {
            AccessKeyStore store(m_file);
            QVERIFY(!store.keysEverCreated());
            store.insert(key);
            QVERIFY(store.keysEverCreated());
        }
        AccessKeyStore store(m_file);
        auto keys = store.load();
        QCOMPARE(keys.size(), std::size_t{1});
        const AccessKey& loaded = keys.front();
        QCOMPARE(loaded.id, key.id);
        QCOMPARE(loaded.name, key.name);
        QCOMPARE(loaded.prefix, key.prefix);
        QVERIFY(loaded.hash == key.hash);
        QCOMPARE(loaded.models, key.models);
        QCOMPARE(loaded.rpm, key.rpm);
        QCOMPARE(loaded.tpm, std::optional<std::int64_t>());
        QCOMPARE(loaded.expiresAt, key.expiresAt);
        QVERIFY(loaded.enabled);
        QVERIFY(loaded.logContent);
        QCOMPARE(loaded.createdAt, key.createdAt);
        QCOMPARE(loaded.lastUsedAt, std::optional<std::int64_t>());

        store.recordLastUsed({{key.id, 1795705100}});
        store.recordLastUsed({{key.id, 1795705050}}); // never moves back
        QCOMPARE(store.load().front().lastUsedAt, std::optional<std::int64_t>(1795705100));

        QVERIFY(store.remove(key.id));
        QVERIFY(!store.remove(key.id));
        QVERIFY(store.load().empty());
        QVERIFY(store.keysEverCreated()); // still: keys stay required once there were some
        state::SqliteDatabase db(m_file);
        QCOMPARE(state::schemaVersion(db, "access_keys"), 1);
    }

    void registryCreatesListsUpdatesAndRevokes()
    {
        AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(m_file), std::nullopt);
        QVERIFY(!registry.snapshot()->keysRequired); // none yet: anonymous allowed
        KeyChange change = named("web");
        change.rpm = std::optional<std::int64_t>(10);
        const auto created = registry.create(change);
        QCOMPARE(created.key.name, std::string("web"));
        QCOMPARE(created.key.rpm, std::optional<std::int64_t>(10));
        QVERIFY(created.key.createdAt > 1700000000);

        auto snapshot = registry.snapshot();
        QVERIFY(snapshot->keysRequired);
        const auto found = snapshot->find(hashKey(created.secret));
        QVERIFY(found);
        QCOMPARE(found->key.id, created.key.id);
        QVERIFY(!snapshot->find(hashKey(created.secret + "x")));

        QVERIFY_THROWS_EXCEPTION(KeyNameTaken, registry.create(named("web")));
        const auto second = registry.create(named("batch"));
        KeyChange rename = named("web");
        QVERIFY_THROWS_EXCEPTION(KeyNameTaken, registry.update(second.key.id, rename));
        QCOMPARE(registry.list().size(), std::size_t{2});

        // An update swaps the snapshot; the key's usage (its buckets) carries over.
        found->usage->markUsed(1795705018);
        KeyChange disable;
        disable.enabled = false;
        disable.rpm = std::optional<std::int64_t>();
        const auto updated = registry.update(created.key.id, disable);
        QVERIFY(updated);
        QVERIFY(!updated->enabled);
        QCOMPARE(updated->rpm, std::optional<std::int64_t>());
        QCOMPARE(updated->lastUsedAt, std::optional<std::int64_t>(1795705018));
        const auto after = registry.snapshot()->find(hashKey(created.secret));
        QVERIFY(!after->key.enabled);
        QCOMPARE(after->usage.get(), found->usage.get());
        QVERIFY(found->key.enabled); // a snapshot taken before never changes
        QVERIFY(!registry.update("key_none", disable));

        QVERIFY(registry.revoke(created.key.id));
        QVERIFY(!registry.revoke(created.key.id));
        QVERIFY(!registry.snapshot()->find(hashKey(created.secret)));
        QCOMPARE(registry.list().size(), std::size_t{1});
    }

    void registryStartsFromTheDatabaseAndFlushesLastUse()
    {
        std::string secret;
        {
            AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(m_file), std::nullopt);
            const auto created = registry.create(named("web"));
            secret = created.secret;
            registry.snapshot()->find(hashKey(secret))->usage->markUsed(1795705018);
            registry.flushLastUsed();
        }
        AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(m_file), std::nullopt);
        const auto keys = registry.list();
        QCOMPARE(keys.size(), std::size_t{1});
        QCOMPARE(keys.front().lastUsedAt, std::optional<std::int64_t>(1795705018));
        QVERIFY(registry.snapshot()->find(hashKey(secret)));
        QVERIFY(registry.snapshot()->keysRequired);

        // The secret itself is nowhere in the file, only its hash.
        QFile file(QString::fromStdString(m_file.string()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(QByteArray::fromStdString(secret)));
        QVERIFY(!bytes.contains(QByteArray::fromStdString(secret.substr(3))));
    }

    void requireKeysOverridesTheDefault()
    {
        {
            AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(m_file), true);
            QVERIFY(registry.snapshot()->keysRequired); // required with no key at all
            registry.create(named("web"));
        }
        AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(m_file), false);
        QVERIFY(!registry.snapshot()->keysRequired);
    }

    void aDatabaseFromANewerGatehousedIsRefused()
    {
        {
            state::SqliteDatabase db(m_file);
            const std::array<std::string_view, 3> steps = {"CREATE TABLE a (x)", "CREATE TABLE b (x)",
                                                           "CREATE TABLE c (x)"};
            state::migrate(db, "access_keys", steps);
        }
        try {
            AccessKeyStore store(m_file);
            QFAIL("a newer schema was opened");
        } catch (const state::StateError& e) {
            QVERIFY2(std::string_view(e.what()).find("newer") != std::string_view::npos, e.what());
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::filesystem::path m_file;
};

QTEST_GUILESS_MAIN(TestGatewayAccessKeys)
#include "tst_gatewayaccesskeys.moc"
