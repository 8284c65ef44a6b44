#include "ui/cache/CacheGroupConnection.h"

#include "core/admin/CacheClient.h"
#include "ui/common/AdminGatewayPicker.h"

#include <QTimer>

#include <memory>

namespace gatehouse::ui {

CacheGroupConnection::CacheGroupConnection(AdminGatewayPicker& gateways, QString tag, QObject* parent)
    : QObject(parent)
    , m_gateways(gateways)
    , m_tag(std::move(tag))
    , m_names(gateways.gatewaysTagged(m_tag))
{}

void CacheGroupConnection::connectAll(std::function<void()> ready)
{
    auto left = std::make_shared<int>(int(m_names.size()));
    if (*left == 0) {
        QTimer::singleShot(0, this, ready);
        return;
    }
    QPointer<CacheGroupConnection> self(this);
    for (const QString& name : m_names) {
        m_gateways.readEndpointOf(
            name, [self, name, left, ready](std::optional<AdminEndpoint> endpoint, const QString& problem) {
                if (!self)
                    return;
                if (endpoint)
                    self->m_clients.insert(name, new CacheClient(std::move(*endpoint), self));
                else
                    self->m_errors.insert(name, problem);
                if (--*left == 0)
                    ready();
            });
    }
}

void CacheGroupConnection::collectStats(std::function<void(const CacheGroupSummary&)> done)
{
    auto members = std::make_shared<QList<CacheGroupMember>>();
    for (const QString& name : m_names)
        members->append(CacheGroupMember{name, std::nullopt, m_errors.value(name)});
    auto left = std::make_shared<int>(int(m_names.size()));
    const auto finishOne = [members, left, done] {
        if (--*left == 0)
            done(summarizeCacheGroup(*members));
    };
    if (m_names.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(summarizeCacheGroup({})); });
        return;
    }
    for (int i = 0; i < m_names.size(); ++i) {
        CacheClient* client = m_clients.value(m_names.at(i));
        if (!client) {
            if (members->at(i).error.isEmpty())
                (*members)[i].error = tr("not connected");
            QTimer::singleShot(0, this, finishOne);
            continue;
        }
        // The client is a child of this: deleting this drops its pending answers too.
        client->stats([members, i, finishOne](CacheAnswer<CacheStats> answer) {
            if (answer)
                (*members)[i].stats = *answer.value;
            else
                (*members)[i].error = answer.error;
            finishOne();
        });
    }
}

CacheClient* CacheGroupConnection::clientOf(const QString& gateway) const
{
    return m_clients.value(gateway);
}

} // namespace gatehouse::ui
