#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/KeychainSession.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// Runs the real gatehousectl (same HOME, same private D-Bus session and gnome-keyring as this test)
// and checks what a user sees. Secret values are never compared with QCOMPARE (which would print them).
class TestCtlSecret : public QObject
{
    Q_OBJECT

private:
    QByteArrayList m_values;
    QByteArrayList m_outputs; // everything gatehousectl printed, scanned at the end

    QByteArray secret(const char* label)
    {
        QByteArray value = "gh-ctl-" + QByteArray(label) + "-" +
                           QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_values << value;
        return value;
    }

    Run ctl(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {})
    {
        QProcess process;
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        process.start(QStringLiteral(GATEHOUSECTL_PATH), args);
        Run run;
        if (!process.waitForStarted(10000)) {
            run.err = "test: gatehousectl did not start: " + process.errorString().toUtf8();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = "test: gatehousectl did not finish within 60 s";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_outputs << run.out << run.err;
        return run;
    }

    // The value the keychain holds for `name`, read through our own SecretStore.
    QByteArray keychainValue(const QString& name, SecretError* error = nullptr)
    {
        ConsoleDatabase db(QDir::homePath() + QStringLiteral("/unused-catalog.sqlite"));
        if (!db.open())
            return {};
        SecretCatalog catalog(db);
        SecretStore store(catalog);
        QByteArray value;
        const SecretError e = readAndWait(store, name, &value);
        if (error)
            *error = e;
        return value;
    }

    static QJsonArray listJson(const Run& run) { return QJsonDocument::fromJson(run.out).array(); }

    static QJsonObject entry(const QJsonArray& array, const QString& name)
    {
        for (const QJsonValue& v : array) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    static bool isOneErrorLine(const QByteArray& err)
    {
        return err.startsWith("gatehousectl: ") && err.endsWith('\n') && err.count('\n') == 1;
    }

private slots:
    void initTestCase()
    {
        const QString problem = keychainSessionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)));
    }

    void setReadsTheValueFromStdinAndListShowsIt()
    {
        const QByteArray value = secret("openai");
        const Run set = ctl({"secret", "set", "tst-ctl/openai", "--kind", "provider-key"}, value + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.err.isEmpty());
        // Exactly one trailing newline stripped.
        QVERIFY2(keychainValue(QStringLiteral("tst-ctl/openai")) == value, "the keychain holds other bytes");

        const Run list = ctl({"secret", "list"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("tst-ctl/openai"));
        QVERIFY(list.out.contains("provider-key"));
        QVERIFY(list.out.startsWith("NAME"));
    }

    void onlyOneTrailingNewlineIsStripped()
    {
        const QByteArray value = secret("newline") + "\n";
        QCOMPARE(ctl({"secret", "set", "tst-ctl/newline"}, value + "\n").exitCode, 0);
        QVERIFY2(keychainValue(QStringLiteral("tst-ctl/newline")) == value,
                 "more than one newline was stripped");
        const QByteArray noNewline = secret("no-newline");
        QCOMPARE(ctl({"secret", "set", "tst-ctl/newline"}, noNewline).exitCode, 0);
        QVERIFY2(keychainValue(QStringLiteral("tst-ctl/newline")) == noNewline,
                 "a value without newline was cut");
        QCOMPARE(ctl({"secret", "delete", "tst-ctl/newline"}).exitCode, 0);
    }

    void listAsJsonBeforeOrAfterTheCommand()
    {
        for (const QStringList& args :
             {QStringList{"--json", "secret", "list"}, QStringList{"secret", "list", "--json"}}) {
            const Run list = ctl(args);
            QCOMPARE(list.exitCode, 0);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(list.out, &parseError);
            QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
            const QJsonObject openai = entry(doc.array(), QStringLiteral("tst-ctl/openai"));
            QCOMPARE(openai.value(QStringLiteral("kind")).toString(), QStringLiteral("provider-key"));
            QVERIFY(QDateTime::fromString(openai.value(QStringLiteral("updated")).toString(), Qt::ISODate)
                        .isValid());
            QVERIFY(QDateTime::fromString(openai.value(QStringLiteral("created")).toString(), Qt::ISODate)
                        .isValid());
            QVERIFY(!openai.contains(QStringLiteral("value")));
        }
    }

    void setAgainReplacesValueAndKind()
    {
        const QByteArray value = secret("replaced");
        const Run set = ctl({"secret", "set", "tst-ctl/openai", "--kind=admin-token"}, value);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(keychainValue(QStringLiteral("tst-ctl/openai")) == value, "the value was not replaced");
        const QJsonArray all = listJson(ctl({"--json", "secret", "list"}));
        QCOMPARE(entry(all, QStringLiteral("tst-ctl/openai")).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("admin-token"));
        int count = 0;
        for (const QJsonValue& v : all)
            count += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("tst-ctl/openai");
        QCOMPARE(count, 1);
    }

    void deleteRemovesFromKeychainAndList()
    {
        const Run del = ctl({"secret", "delete", "tst-ctl/openai"});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        SecretError error;
        QVERIFY(keychainValue(QStringLiteral("tst-ctl/openai"), &error).isEmpty());
        QCOMPARE(error.code, SecretError::Code::NotFound);
        QVERIFY(
            entry(listJson(ctl({"--json", "secret", "list"})), QStringLiteral("tst-ctl/openai")).isEmpty());
    }

    void deleteOfUnknownNameFails()
    {
        const Run del = ctl({"secret", "delete", "tst-ctl/never-set"});
        QCOMPARE(del.exitCode, 1);
        QVERIFY(del.out.isEmpty());
        QCOMPARE(
            del.err,
            QByteArray("gatehousectl: No secret named “tst-ctl/never-set” is stored in the keychain.\n"));
    }

    void emptyValueIsRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("only a newline") << QByteArray("\n");
    }

    void emptyValueIsRefused()
    {
        QFETCH(QByteArray, input);
        const Run set = ctl({"secret", "set", "tst-ctl/empty"}, input);
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(isOneErrorLine(set.err), set.err.constData());
        QVERIFY(set.err.contains("empty"));
        QVERIFY(
            entry(listJson(ctl({"--json", "secret", "list"})), QStringLiteral("tst-ctl/empty")).isEmpty());
    }

    void badNameIsRefused()
    {
        const QByteArray value = secret("badname");
        const Run set = ctl({"secret", "set", "bad name"}, value);
        QCOMPARE(set.exitCode, 1);
        QCOMPARE(set.err,
                 QByteArray("gatehousectl: “bad name” is not a valid secret name: use 1–128 ASCII letters, "
                            "digits and . _ - : /, starting with a letter or digit.\n"));
        QVERIFY(listJson(ctl({"--json", "secret", "list"})).isEmpty());
    }

    void valueOnTheCommandLineIsRefused()
    {
        // Not a secret (it is in argv), but set must not accept it as one.
        const Run set = ctl({"secret", "set", "tst-ctl/argv", "not-a-secret-but-refused"}, "x");
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(isOneErrorLine(set.err), set.err.constData());
        QVERIFY(set.err.contains("standard input"));
        SecretError error;
        keychainValue(QStringLiteral("tst-ctl/argv"), &error);
        QCOMPARE(error.code, SecretError::Code::NotFound);
    }

    void unknownKindIsRefused()
    {
        const Run set = ctl({"secret", "set", "tst-ctl/kind", "--kind", "password"}, secret("kind"));
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(isOneErrorLine(set.err), set.err.constData());
        QVERIFY(set.err.contains("provider-key, admin-token, access-key or other"));
    }

    void withoutKeychainEveryCommandSaysWhyInOneLine()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const QByteArray expected = "gatehousectl: " + SecretStore::noSessionBusMessage().toUtf8() + "\n";

        const Run set = ctl({"secret", "set", "tst-ctl/nokeychain"}, secret("nokeychain"), env);
        QCOMPARE(set.exitCode, 1);
        QCOMPARE(set.err, expected);
        QVERIFY(set.out.isEmpty());

        const Run del = ctl({"secret", "delete", "tst-ctl/nokeychain"}, {}, env);
        QCOMPARE(del.exitCode, 1);
        QCOMPARE(del.err, expected);

        // Nothing recorded: the list (which needs no keychain) does not show the name.
        const Run list = ctl({"--json", "secret", "list"}, {}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(entry(listJson(list), QStringLiteral("tst-ctl/nokeychain")).isEmpty());
    }

    void valuesNeverAppearInOutputOrFiles()
    {
        QVERIFY(!m_values.isEmpty());
        for (const QByteArray& output : std::as_const(m_outputs)) {
            for (const QByteArray& value : std::as_const(m_values))
                QVERIFY2(!output.contains(value), "gatehousectl printed a secret value");
        }
        QByteArrayList needles = m_values;
        for (const QByteArray& value : std::as_const(m_values))
            needles << value.toBase64();
        const QStringList hits = filesContaining(needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCtlSecret)
#include "tst_ctl_secret.moc"
