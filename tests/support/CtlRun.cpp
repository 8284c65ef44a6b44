#include "tests/support/CtlRun.h"

#include <QProcess>
#include <QTest>

namespace gatehouse::test {

QByteArray CtlRun::explain() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err).toUtf8();
}

QProcessEnvironment environmentWith(const QString& name, const QByteArray& value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!value.isEmpty())
        environment.insert(name, QString::fromUtf8(value));
    return environment;
}

CtlRun runCtl(const QString& program, const QStringList& args, const QByteArray& input,
              const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    CtlRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("test: gatehousectl did not start: ") + process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    // The event loop keeps running meanwhile, so that a server in the test process can answer.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("test: gatehousectl did not finish within %1 s").arg(timeoutMs / 1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace gatehouse::test
