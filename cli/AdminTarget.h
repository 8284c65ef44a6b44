#pragma once

#include "cli/CtlContext.h"
#include "core/admin/AdminEndpoint.h"
#include "core/admin/FleetOperation.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace gatehouse {
class AdminReply;
}

namespace gatehouse::cli {

// Where an admin command goes: a registry entry (--target NAME: its admin URL, TLS options and
// the admin token named by its admin-token secret, read from the keychain), or an admin URL
// given directly (--url URL) with the token in an environment variable (--token-env VAR), for
// scripts. nullopt after printing why it cannot be used.
std::optional<AdminEndpoint> adminTargetByName(CtlContext& context, const QString& name);
std::optional<AdminEndpoint> adminTargetByUrl(CtlContext& context, const QString& url,
                                              const QString& tokenEnv);
// Every registry gateway tagged `tag` as a fleet target, its token read from the keychain (one
// that cannot be used carries the reason instead of an endpoint). nullopt after printing why
// there is none.
std::optional<QList<FleetTarget>> adminTargetsTagged(CtlContext& context, const QString& tag);

// What an admin call answered, copied out of its AdminReply (which deletes itself).
struct AdminAnswer
{
    bool ok = false;
    int status = 0;
    QJsonDocument json;
    QByteArray etag;
    QString error; // one sentence when !ok
};

AdminAnswer answerOf(const AdminReply& reply);
// Waits for the reply (every admin call has its own timeout).
AdminAnswer await(AdminReply* reply);

} // namespace gatehouse::cli
