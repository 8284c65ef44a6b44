#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;

namespace {

GatewayProfile profile(const QString& name)
{
    GatewayProfile p;
    p.name = name;
    p.kind = GatewayKind::Vllm;
    p.baseUrl = QUrl(QStringLiteral("http://10.0.0.5:8000/v1"));
    p.metricsUrl = QUrl(QStringLiteral("http://10.0.0.5:8000/metrics"));
    p.apiKeySecret = QStringLiteral("vllm-key");
    p.tls.pinSha256 = QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, '\x11').toBase64());
    p.pollIntervalSeconds = 30;
    p.tags = QStringList{QStringLiteral("gpu"), QStringLiteral("Zürich")};
    return p;
}

QStringList names(const QList<GatewayProfile>& profiles)
{
    QStringList n;
    for (const GatewayProfile& p : profiles)
        n << p.name;
    return n;
}

// What a user could see of the stored rows, byte for byte, to prove a rejected change left them alone.
QString snapshot(ConsoleDatabase& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM gateways ORDER BY id")))
        return QStringLiteral("<query failed>");
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 14; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestGatewayRegistry : public QObject
{
    Q_OBJECT

    // A real file in the test's scratch HOME (see tests/support/scratch-home).
    QTemporaryDir m_dir{QDir::home().filePath(QStringLiteral("registry-XXXXXX"))};
    std::unique_ptr<ConsoleDatabase> m_db;

    QString path() const { return m_dir.filePath(QStringLiteral("console.sqlite")); }

private slots:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        m_db = std::make_unique<ConsoleDatabase>(path());
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void addStoresEverythingAndReopeningKeepsIt()
    {
        GatewayProfile p = profile(QStringLiteral("gpu-01"));
        p.kind = GatewayKind::Gatehouse;
        p.adminUrl = QUrl(QStringLiteral("https://gw.example.com:9443/admin/v1"));
        p.adminTokenSecret = QStringLiteral("gw-admin");
        p.tls.caFile.clear();
        {
            GatewayRegistry registry(*m_db);
            const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
            const RegistryResult r = registry.add(p);
            QVERIFY2(r.ok(), qPrintable(r.summary()));
            QVERIFY(p.id > 0);
            QVERIFY(p.created >= before);
            QCOMPARE(p.updated, p.created);
        }
        m_db.reset();
        ConsoleDatabase reopened(path());
        QVERIFY(reopened.open());
        GatewayRegistry registry(reopened);
        const QList<GatewayProfile> all = registry.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), p); // every field, including tags with non-ASCII text and the dates
        QCOMPARE(registry.find(p.id), std::optional<GatewayProfile>(p));
        QCOMPARE(registry.findByName(QStringLiteral("GPU-01")), std::optional<GatewayProfile>(p));
        QVERIFY(!registry.findByName(QStringLiteral("gpu-02")));
    }

    void listIsSortedByNameRegardlessOfCase()
    {
        GatewayRegistry registry(*m_db);
        for (const char* name : {"beta", "Alpha", "gamma", "Delta"}) {
            GatewayProfile p = profile(QString::fromLatin1(name));
            QVERIFY(registry.add(p).ok());
        }
        QCOMPARE(names(registry.list()), QStringList({"Alpha", "beta", "Delta", "gamma"}));
    }

    void duplicateNamesAreRefusedRegardlessOfCase()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile first = profile(QStringLiteral("Prod Ärger"));
        QVERIFY(registry.add(first).ok());
        const QString before = snapshot(*m_db);

        for (const QString& name : {QStringLiteral("prod ärger"), QStringLiteral("PROD ÄRGER")}) {
            GatewayProfile clash = profile(name);
            const RegistryResult r = registry.add(clash);
            QVERIFY(!r.ok());
            QCOMPARE(r.errors.size(), 1);
            QCOMPARE(r.errors.first().field, QStringLiteral("name"));
            QVERIFY2(r.errors.first().message.contains(QStringLiteral("already exists")),
                     qPrintable(r.summary()));
            QCOMPARE(clash.id, 0);
        }
        QCOMPARE(snapshot(*m_db), before);
        QVERIFY(registry.isNameTaken(QStringLiteral("prod ärger")));
        QVERIFY(!registry.isNameTaken(QStringLiteral("prod ärger"), first.id));
    }

    void invalidAddStoresNothing()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile p = profile(QStringLiteral("bad"));
        p.baseUrl = QUrl(QStringLiteral("https://user:secret@gw.example.com/v1"));
        const RegistryResult r = registry.add(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().field, QStringLiteral("baseUrl"));
        QVERIFY(!r.summary().contains(QStringLiteral("secret@")));
        QCOMPARE(registry.list().size(), 0);
        QCOMPARE(snapshot(*m_db), QString());
    }

    void updateChangesFieldsKeepsCreated()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile p = profile(QStringLiteral("gpu-01"));
        QVERIFY(registry.add(p).ok());
        const QDateTime created = p.created;

        GatewayProfile edited = p;
        edited.name = QStringLiteral("gpu-01-renamed");
        edited.pollIntervalSeconds = 5;
        edited.tags = QStringList{QStringLiteral("a100")};
        edited.created = QDateTime(); // callers cannot rewrite history
        const RegistryResult r = registry.update(edited);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(edited.created, created);
        QVERIFY(edited.updated >= created);
        QCOMPARE(registry.find(p.id), std::optional<GatewayProfile>(edited));
        QCOMPARE(registry.list().size(), 1);
    }

    void updateToSameNameInOtherCaseIsFine()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile p = profile(QStringLiteral("gpu"));
        QVERIFY(registry.add(p).ok());
        p.name = QStringLiteral("GPU");
        QVERIFY2(registry.update(p).ok(), "renaming to another case of its own name");
        QCOMPARE(registry.find(p.id)->name, QStringLiteral("GPU"));
    }

    void rejectedUpdatesLeaveRowsUntouched()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile a = profile(QStringLiteral("a"));
        GatewayProfile b = profile(QStringLiteral("b"));
        QVERIFY(registry.add(a).ok());
        QVERIFY(registry.add(b).ok());
        const QString before = snapshot(*m_db);

        GatewayProfile clash = b;
        clash.name = QStringLiteral("A");
        clash.pollIntervalSeconds = 99;
        RegistryResult r = registry.update(clash);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().field, QStringLiteral("name"));

        GatewayProfile invalid = b;
        invalid.pollIntervalSeconds = 0;
        invalid.tags = QStringList{QStringLiteral("new")};
        r = registry.update(invalid);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().field, QStringLiteral("pollIntervalSeconds"));

        GatewayProfile gone = b;
        gone.id = 4242;
        r = registry.update(gone);
        QVERIFY(r.errors.isEmpty());
        QVERIFY2(r.message.contains(QStringLiteral("no gateway with id 4242")), qPrintable(r.message));

        QCOMPARE(snapshot(*m_db), before);
    }

    void removeDeletesOnlyThatProfile()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile a = profile(QStringLiteral("a"));
        GatewayProfile b = profile(QStringLiteral("b"));
        QVERIFY(registry.add(a).ok());
        QVERIFY(registry.add(b).ok());
        QVERIFY(registry.remove(a.id).ok());
        QCOMPARE(names(registry.list()), QStringList{QStringLiteral("b")});
        const RegistryResult again = registry.remove(a.id);
        QVERIFY(!again.ok());
        QVERIFY(again.message.contains(QStringLiteral("Reload the list")));
        QCOMPARE(names(registry.list()), QStringList{QStringLiteral("b")});
    }

    void duplicateMakesNumberedCopies()
    {
        GatewayRegistry registry(*m_db);
        GatewayProfile p = profile(QStringLiteral("prod"));
        QVERIFY(registry.add(p).ok());

        GatewayProfile copy;
        QVERIFY(registry.duplicate(p.id, &copy).ok());
        QCOMPARE(copy.name, QStringLiteral("prod (copy)"));
        QVERIFY(copy.id != p.id);
        QCOMPARE(copy.baseUrl, p.baseUrl);
        QCOMPARE(copy.tags, p.tags);
        QCOMPARE(copy.tls, p.tls);

        QVERIFY(registry.duplicate(p.id, &copy).ok());
        QCOMPARE(copy.name, QStringLiteral("prod (copy 2)"));
        QVERIFY(registry.duplicate(copy.id, &copy).ok()); // a copy of a copy is not "(copy 2) (copy)"
        QCOMPARE(copy.name, QStringLiteral("prod (copy 3)"));
        QCOMPARE(names(registry.list()),
                 QStringList({"prod", "prod (copy 2)", "prod (copy 3)", "prod (copy)"}));

        GatewayProfile longName = profile(QString(80, QLatin1Char('n')));
        QVERIFY(registry.add(longName).ok());
        QVERIFY(registry.duplicate(longName.id, &copy).ok());
        QCOMPARE(copy.name.size(), 80);
        QVERIFY(copy.name.endsWith(QStringLiteral(" (copy)")));

        QVERIFY(registry.duplicate(9999).message.contains(QStringLiteral("9999")));
    }

    void twoRegistriesOnOneFileSeeEachOther()
    {
        // The console and gatehousectl share the file.
        ConsoleDatabase other(path());
        QVERIFY(other.open());
        GatewayRegistry mine(*m_db);
        GatewayRegistry theirs(other);
        GatewayProfile p = profile(QStringLiteral("shared"));
        QVERIFY(mine.add(p).ok());
        QCOMPARE(theirs.findByName(QStringLiteral("shared")), std::optional<GatewayProfile>(p));
        GatewayProfile clash = profile(QStringLiteral("SHARED"));
        QCOMPARE(theirs.add(clash).errors.value(0).field, QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayRegistry)
#include "tst_gatewayregistry.moc"
