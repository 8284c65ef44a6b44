#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace gatehouse {
class ConsoleDatabase;
}

namespace gatehouse::cli {

// What every sub-command gets: its streams, the output mode and the console database (opened on
// first use). Errors go to stderr as one line "gatehousectl: <what failed and what to do>".
class CtlContext
{
public:
    CtlContext(QTextStream& out, QTextStream& err, bool json);
    ~CtlContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // The console database, or nullptr after printing why it could not be opened.
    ConsoleDatabase* database();

    int fail(const QString& message);       // prints the error line, returns 1
    int usageError(const QString& message); // prints the error line and a hint, returns 2

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json;
    std::unique_ptr<ConsoleDatabase> m_db;
};

using CommandFunction = int (*)(CtlContext& context, const QStringList& args);

} // namespace gatehouse::cli
