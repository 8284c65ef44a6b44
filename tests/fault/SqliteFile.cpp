#include "tests/fault/SqliteFile.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace gatehouse::test {

namespace {

std::atomic<int> connections{0};

} // namespace

SqliteFile::SqliteFile(const QString& path)
    : m_connection(QStringLiteral("fault-sqlite-%1").arg(++connections))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // Short: a lock the test did not expect should fail the check quickly, not hang it.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    m_db.open();
}

SqliteFile::~SqliteFile()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqliteFile::integrityCheck()
{
    QString error;
    const QStringList rows = column(QStringLiteral("PRAGMA integrity_check"), &error);
    if (!error.isEmpty())
        return error;
    return rows.join(QLatin1Char('\n'));
}

QStringList SqliteFile::column(const QString& sql, QString* error)
{
    QStringList values;
    if (!m_db.isOpen()) {
        if (error)
            *error = m_db.databaseName() + QStringLiteral(": cannot open: ") + m_db.lastError().text();
        return values;
    }
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = sql + QStringLiteral(": ") + query.lastError().text();
        return values;
    }
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QString SqliteFile::exec(const QString& sql)
{
    if (!m_db.isOpen())
        return m_db.databaseName() + QStringLiteral(": cannot open: ") + m_db.lastError().text();
    QSqlQuery query(m_db);
    return query.exec(sql) ? QString() : query.lastError().text();
}

} // namespace gatehouse::test
