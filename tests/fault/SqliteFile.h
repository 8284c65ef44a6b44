#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// A SQLite file that gatehoused or the console wrote, opened from a connection of the test's own
// (Qt's SQLite driver, not the product's code): its integrity, what it holds, and a lock on it.
class SqliteFile
{
public:
    explicit SqliteFile(const QString& path);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    // "ok", or what PRAGMA integrity_check found (or why the file could not be opened).
    QString integrityCheck();
    // The first column of every row `sql` returns; empty (and `error` set) when it fails.
    QStringList column(const QString& sql, QString* error = nullptr);
    // Runs one statement; "" or SQLite's message.
    QString exec(const QString& sql);

private:
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace gatehouse::test
