#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// One run of the real gatehousectl: its exit code and what it printed.
struct CtlRun
{
    int exitCode = -1; // -2: it crashed
    QString out;
    QString err;

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QByteArray explain() const; // for a failing check's message
};

// The system environment plus `name`=`value` (nothing added when `value` is empty), e.g. the
// variable a --token-env option names.
QProcessEnvironment environmentWith(const QString& name, const QByteArray& value);

// Runs `program` (GATEHOUSECTL_PATH) with `args`, `input` on its stdin, and waits up to
// `timeoutMs` with the event loop running.
CtlRun runCtl(const QString& program, const QStringList& args, const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60000);

} // namespace gatehouse::test
