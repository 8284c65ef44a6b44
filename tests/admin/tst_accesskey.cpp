// AccessKey: reading the admin API's key objects and writing only the changes that are set.
#include "core/admin/AccessKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using gatehouse::AccessKey;
using gatehouse::AccessKeyChanges;

class TestAccessKey : public QObject
{
    Q_OBJECT

private slots:
    void readsAFullKey()
    {
        const QJsonObject json =
            QJsonDocument::fromJson("{\"id\":\"k1\",\"name\":\"web shop\",\"prefix\":\"AbCdEfGh\","
                                    "\"models\":[\"gpt-4o\",\"demo\"],\"rpm\":60,\"tpm\":null,"
                                    "\"expires_at\":\"2027-01-02T03:04:05Z\",\"enabled\":false,"
                                    "\"log_content\":true,\"created_at\":\"2026-11-26T10:00:00.250Z\","
                                    "\"last_used_at\":null}")
                .object();
        QString error;
        const auto key = AccessKey::fromJson(json, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->id, QStringLiteral("k1"));
        QCOMPARE(key->name, QStringLiteral("web shop"));
        QCOMPARE(key->prefix, QStringLiteral("AbCdEfGh"));
        QCOMPARE(key->models, (QStringList{"gpt-4o", "demo"}));
        QCOMPARE(key->rpm, std::optional<qint64>(60));
        QVERIFY(!key->tpm);
        QCOMPARE(key->expiresAt, QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!key->enabled);
        QVERIFY(key->logContent);
        QCOMPARE(key->createdAt, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 250), Qt::UTC));
        QVERIFY(!key->lastUsedAt.isValid());
        QVERIFY(!key->isExpired(QDateTime(QDate(2027, 1, 2), QTime(3, 4, 4), Qt::UTC)));
        QVERIFY(key->isExpired(QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC)));
    }

    void namesTheMissingField()
    {
        QString error;
        QVERIFY(!AccessKey::fromJson(QJsonObject{{"name", "x"}}, &error));
        QVERIFY2(error.contains("\"id\""), qPrintable(error));
        QVERIFY(!AccessKey::fromJson(QJsonObject{{"id", "1"}, {"name", 5}}, &error));
        QVERIFY2(error.contains("\"name\""), qPrintable(error));
    }

    void writesOnlyWhatIsSet()
    {
        AccessKeyChanges changes;
        QCOMPARE(changes.toJson(), QJsonObject());
        changes.enabled = false;
        changes.rpm = std::optional<qint64>(); // remove the limit: an explicit null
        changes.tpm = std::optional<qint64>(1000);
        changes.expiresAt = QDateTime(); // never expires: null
        const QJsonObject json = changes.toJson();
        QCOMPARE(json.keys(), (QStringList{"enabled", "expires_at", "rpm", "tpm"}));
        QCOMPARE(json.value("enabled"), QJsonValue(false));
        QVERIFY(json.value("rpm").isNull());
        QCOMPARE(json.value("tpm").toInteger(), 1000);
        QVERIFY(json.value("expires_at").isNull());
    }

    void writesExpiryInUtc()
    {
        AccessKeyChanges changes;
        changes.name = QStringLiteral("ci");
        changes.models = QStringList{"demo"};
        changes.expiresAt = QDateTime(QDate(2027, 5, 1), QTime(12, 0), QTimeZone(3 * 3600));
        const QJsonObject json = changes.toJson();
        QCOMPARE(json.value("expires_at").toString(), QStringLiteral("2027-05-01T09:00:00Z"));
        QCOMPARE(json.value("models").toArray().size(), 1);
        QCOMPARE(json.value("name").toString(), QStringLiteral("ci"));
    }
};

QTEST_GUILESS_MAIN(TestAccessKey)
#include "tst_accesskey.moc"
