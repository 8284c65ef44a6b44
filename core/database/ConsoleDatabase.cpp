#include "core/database/ConsoleDatabase.h"

#include "core/database/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace gatehouse {

namespace {

// Gives ConsoleDatabase (not a QObject) a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ConsoleDatabase)
};

} // namespace

ConsoleDatabase::ConsoleDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("gatehouse-%1-").arg(QUuid::createUuid().toString(QUuid::Id128)))
{}

ConsoleDatabase::~ConsoleDatabase()
{
    // Connections of other threads are closed by their owners; this removes every one we named.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString ConsoleDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console.sqlite");
}

bool ConsoleDatabase::open()
{
    m_error.clear();
    m_open = false;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = Text::tr("Cannot create the data folder %1: check that you may write there.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = Text::tr("Cannot open the console database %1: %2. Check the file's permissions.")
                      .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    const QString migrationError = migrate(db);
    if (!migrationError.isEmpty()) {
        m_error = Text::tr("Cannot use the console database %1: %2.")
                      .arg(QDir::toNativeSeparators(m_path), migrationError);
        return false;
    }
    m_open = true;
    return true;
}

bool ConsoleDatabase::isOpen() const
{
    return m_open;
}

QString ConsoleDatabase::errorString() const
{
    return m_error;
}

QString ConsoleDatabase::path() const
{
    return m_path;
}

int ConsoleDatabase::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString ConsoleDatabase::sqliteVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return QString();
    return q.value(0).toString();
}

void ConsoleDatabase::closeConnection() const
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase ConsoleDatabase::connection() const
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QSqlQuery q(db);
        // WAL lets the console and gatehousectl read while the other writes.
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

} // namespace gatehouse
