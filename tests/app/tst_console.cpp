#include "app/SingleInstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

#include <csignal>

// The real `gatehouse` binary, started the way `./dev run --offscreen` starts it.
class TestConsole : public QObject
{
    Q_OBJECT

    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    static void start(QProcess& p, const QStringList& args = {})
    {
        p.setProcessEnvironment(offscreen());
        p.start(QStringLiteral(GATEHOUSE_PATH), args);
        QVERIFY(p.waitForStarted(10000));
    }

    // The console is up once it listens for a second instance.
    static bool waitUntilRunning(QProcess& p)
    {
        for (int i = 0; i < 300 && p.state() == QProcess::Running; ++i) {
            QLocalSocket socket;
            socket.connectToServer(gatehouse::app::SingleInstance::socketName());
            if (socket.waitForConnected(200))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // The same names as the console, so socketName() matches.
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
        QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("gatehouse 0."));

        p.start(QStringLiteral(GATEHOUSE_PATH), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--version"));
    }

    void unknownOptionIsAUsageError()
    {
        QProcess p;
        start(p, {QStringLiteral("--frobnicate")});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("unknown option '--frobnicate'"));
    }

    void runsUntilSigtermThenExitsCleanly()
    {
        QProcess p;
        start(p);
        QVERIFY(waitUntilRunning(p));
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // It saved its window state on the way out.
        QVERIFY(QFile::exists(QDir::home().filePath(QStringLiteral(".config/Gatehouse/gatehouse.conf"))));
    }

    void secondLaunchHandsOverToTheFirst()
    {
        QProcess first;
        start(first);
        QVERIFY(waitUntilRunning(first));

        QProcess second;
        start(second);
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardError().contains("already running"));
        QCOMPARE(first.state(), QProcess::Running);

        ::kill(static_cast<pid_t>(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(15000));
        QCOMPARE(first.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_console.moc"
