#pragma once

#include <QString>
#include <QStringList>

namespace gatehouse::test {

// A state directory that runs out of space on demand, in one of two real ways:
//  - Tmpfs: a 4 MiB tmpfs mounted on it (needs root, as in CI); fill() writes a filler file until
//    the kernel says ENOSPC, which SQLite reports as SQLITE_FULL "database or disk is full".
//  - FileSizeLimit, when mounting is not permitted: fill() sets RLIMIT_FSIZE of the running
//    gatehoused to 0 (prlimit --pid), so every write to a file gets EFBIG (SIGXFSZ is ignored: see
//    wrap()), which SQLite reports as SQLITE_IOERR "disk I/O error".
// makeRoom() undoes it. The tmpfs is unmounted when this is destroyed.
class DiskFull
{
public:
    enum class Way
    {
        Tmpfs,
        FileSizeLimit
    };

    explicit DiskFull(const QString& directory);
    ~DiskFull();
    DiskFull(const DiskFull&) = delete;
    DiskFull& operator=(const DiskFull&) = delete;

    Way way() const { return m_way; }
    QString description() const;
    // The words SQLite's message has when a write fails this way.
    QString reason() const;

    // `program arguments` as a command line whose process fill() can limit: through /bin/sh, which
    // sets SIGXFSZ to ignored and then execs the program (same process id).
    QString program() const { return QStringLiteral("/bin/sh"); }
    QStringList wrap(const QString& program, const QStringList& arguments) const;

    // "" or what went wrong.
    QString fill(qint64 pid);
    QString makeRoom(qint64 pid);

private:
    QString m_directory;
    QString m_filler;
    Way m_way = Way::FileSizeLimit;
};

} // namespace gatehouse::test
