#include "tests/fault/DiskFull.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace gatehouse::test {

namespace {

constexpr const char* tmpfsSize = "size=4m";

// Runs a command to its end; "" or its output when it failed.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
               QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString();
    return {};
}

} // namespace

DiskFull::DiskFull(const QString& directory)
    : m_directory(directory)
    , m_filler(QDir(directory).filePath(QStringLiteral("filler")))
{
    QDir().mkpath(directory);
    // GATEHOUSE_FAULT_DISK_FULL=file-size-limit tries the other way where mounting would work.
    if (qEnvironmentVariable("GATEHOUSE_FAULT_DISK_FULL") != QLatin1String("file-size-limit") &&
        run(QStringLiteral("mount"), {"-t", "tmpfs", "-o", tmpfsSize, "tmpfs", directory}).isEmpty())
        m_way = Way::Tmpfs;
}

DiskFull::~DiskFull()
{
    if (m_way == Way::Tmpfs)
        run(QStringLiteral("umount"), {"-l", m_directory});
}

QString DiskFull::description() const
{
    return m_way == Way::Tmpfs ? QStringLiteral("a full 4 MiB tmpfs (ENOSPC, SQLITE_FULL)")
                               : QStringLiteral("RLIMIT_FSIZE of 0 on gatehoused (EFBIG, SQLITE_IOERR)");
}

QString DiskFull::reason() const
{
    return m_way == Way::Tmpfs ? QStringLiteral("database or disk is full")
                               : QStringLiteral("disk I/O error");
}

QStringList DiskFull::wrap(const QString& program, const QStringList& arguments) const
{
    return QStringList{"-c", "trap '' XFSZ; exec \"$0\" \"$@\"", program} + arguments;
}

QString DiskFull::fill(qint64 pid)
{
    if (m_way == Way::FileSizeLimit) // the soft limit only: writes to files now fail
        return run(QStringLiteral("prlimit"), {"--pid", QString::number(pid), "--fsize=0:"});
    QFile filler(m_filler);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return m_filler + QStringLiteral(": ") + filler.errorString();
    // Smaller and smaller pieces, until not one byte more fits.
    for (qint64 piece = 64 * 1024; piece >= 1; piece /= 4) {
        const QByteArray bytes(piece, 'f');
        while (filler.write(bytes) == piece) {
        }
    }
    return {};
}

QString DiskFull::makeRoom(qint64 pid)
{
    if (m_way == Way::FileSizeLimit)
        return run(QStringLiteral("prlimit"), {"--pid", QString::number(pid), "--fsize=unlimited:"});
    return QFile::remove(m_filler) ? QString() : m_filler + QStringLiteral(": cannot remove it");
}

} // namespace gatehouse::test
