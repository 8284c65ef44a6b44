#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gatehouse {

// The console's own SQLite file (gateway profiles, secret names, later metric history), shared by
// the console and gatehousectl. Opening it creates the folder, switches on WAL and runs the
// forward-only migrations in Migrations.cpp; a file written by a newer Gatehouse is refused, never
// downgraded. QSqlDatabase connections belong to one thread: connection() gives each thread its own.
class ConsoleDatabase
{
public:
    explicit ConsoleDatabase(QString path = defaultPath());
    ~ConsoleDatabase();
    ConsoleDatabase(const ConsoleDatabase&) = delete;
    ConsoleDatabase& operator=(const ConsoleDatabase&) = delete;

    // <user data dir>/console.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // Opens, configures and migrates. On failure errorString() says what and how to fix it.
    bool open();
    bool isOpen() const;
    QString errorString() const;
    QString path() const;
    int schemaVersion() const;
    QString sqliteVersion() const; // the SQLite library's, for Help → About

    // This thread's connection to the file (opened and configured on first use).
    QSqlDatabase connection() const;
    // Closes and forgets this thread's connection; a worker thread calls it before it ends.
    void closeConnection() const;

private:
    QString m_path;
    QString m_connectionPrefix;
    QString m_error;
    bool m_open = false;
};

} // namespace gatehouse
