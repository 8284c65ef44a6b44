#include "core/database/ConsoleDatabase.h"
#include "core/database/Migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace gatehouse;

class TestConsoleDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFolderAndMigratesToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/deeper/console.sqlite"));
        ConsoleDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM gateways")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM secret_names")));
    }

    void reopeningKeepsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            ConsoleDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO secret_names VALUES ('a','other','t','t')")));
        }
        ConsoleDatabase db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM secret_names")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
    }

    void refusesNewerSchemaAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            ConsoleDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        ConsoleDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().contains(QStringLiteral("newer Gatehouse")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 999);
    }

    void explainsAnUnwritableFolder()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ConsoleDatabase db(blocker + QStringLiteral("/sub/console.sqlite"));
        QVERIFY(!db.open());
        QVERIFY2(db.errorString().startsWith(QStringLiteral("Cannot create the data folder")),
                 qPrintable(db.errorString()));
    }

    void connectionsArePerThread()
    {
        QTemporaryDir dir;
        ConsoleDatabase db(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        const QString mine = db.connection().connectionName();
        QString theirs;
        QThread* thread = QThread::create([&] {
            QSqlDatabase c = db.connection();
            theirs = c.connectionName();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM gateways")));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(mine != theirs);
    }
};

QTEST_GUILESS_MAIN(TestConsoleDatabase)
#include "tst_consoledatabase.moc"
