#pragma once

#include "core/admin/CacheGroup.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace gatehouse {
class CacheClient;
}

namespace gatehouse::ui {

class AdminGatewayPicker;

// The Cache page's link to every gateway of a tag: a cache client per gateway (its admin token
// read from the keychain once), and the group's figures asked of all of them and summed per
// distinct store (summarizeCacheGroup). A gateway whose token cannot be read, or that does not
// answer, is reported by name. Deleting it drops every client; answers still under way are dropped.
class CacheGroupConnection : public QObject
{
    Q_OBJECT
public:
    CacheGroupConnection(AdminGatewayPicker& gateways, QString tag, QObject* parent = nullptr);

    const QString& tag() const { return m_tag; }
    // Reads every gateway's endpoint; `ready` runs once all are read, unless this is deleted first.
    void connectAll(std::function<void()> ready);
    // Asks every connected gateway for its figures; `done` runs once all answered or failed.
    void collectStats(std::function<void(const CacheGroupSummary&)> done);
    CacheClient* clientOf(const QString& gateway) const;

private:
    AdminGatewayPicker& m_gateways;
    QString m_tag;
    QStringList m_names;
    QMap<QString, QPointer<CacheClient>> m_clients; // gateway name → client (children of this)
    QMap<QString, QString> m_errors;                // gateway name → why it has no client
};

} // namespace gatehouse::ui
