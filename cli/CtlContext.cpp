#include "cli/CtlContext.h"

#include "core/database/ConsoleDatabase.h"

#include <QCoreApplication>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext)
};

} // namespace

CtlContext::CtlContext(QTextStream& out, QTextStream& err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{}

CtlContext::~CtlContext() = default;

ConsoleDatabase* CtlContext::database()
{
    if (!m_db) {
        auto db = std::make_unique<ConsoleDatabase>();
        if (!db->open()) {
            fail(db->errorString());
            return nullptr;
        }
        m_db = std::move(db);
    }
    return m_db.get();
}

int CtlContext::fail(const QString& message)
{
    m_err << "gatehousectl: " << message << Qt::endl;
    return 1;
}

int CtlContext::usageError(const QString& message)
{
    //: %1 is the error message; "gatehousectl --help" is a command, keep it as it is.
    m_err << "gatehousectl: " << Text::tr("%1 (see gatehousectl --help)").arg(message) << Qt::endl;
    return 2;
}

} // namespace gatehouse::cli
