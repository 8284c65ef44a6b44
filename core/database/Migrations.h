#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gatehouse {

// One step of the console schema. Steps only ever move forward; PRAGMA user_version records the
// last applied one. Add a new step at the end; never edit a released one.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

const QList<Migration>& consoleMigrations();
int latestSchemaVersion();

// Applies the missing steps, each in its own transaction. Returns an empty string or the error.
QString migrate(QSqlDatabase& db);

} // namespace gatehouse
