#include "ui/dashboard/AlertCenter.h"

#include "core/metrics/Poller.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace gatehouse::ui {

using namespace gatehouse::metrics;

AlertCenter::AlertCenter(Poller& poller, ConsoleDatabase& database, QObject* parent)
    : QObject(parent)
    , m_poller(poller)
    , m_store(database)
{
    m_evaluator.setThresholds(m_store.thresholds());
    connect(&poller, &Poller::reported, this, &AlertCenter::check);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Gatehouse"));
        m_tray->show();
    }
}

AlertCenter::~AlertCenter() = default;

AlertThresholds AlertCenter::thresholds(qint64 gatewayId) const
{
    return m_evaluator.thresholds(gatewayId);
}

bool AlertCenter::setThresholds(const AlertThresholds& thresholds)
{
    if (!m_store.saveThresholds(thresholds))
        return false;
    m_evaluator.setThresholds(m_store.thresholds());
    return true;
}

QList<AlertLogEntry> AlertCenter::recent(int limit) const
{
    return m_store.recent(limit);
}

bool AlertCenter::isFiring(qint64 gatewayId, AlertKind kind) const
{
    return m_evaluator.isFiring(gatewayId, kind);
}

QString AlertCenter::gatewayName(qint64 gatewayId) const
{
    for (const ScrapeTarget& t : m_poller.targets()) {
        if (t.gatewayId == gatewayId)
            return t.name;
    }
    return tr("Gateway %1").arg(gatewayId);
}

void AlertCenter::check(const ScrapeReport& report)
{
    for (const AlertEvent& event : m_evaluator.evaluate(report)) {
        m_store.append(event);
        const QString name = gatewayName(event.gatewayId);
        if (m_tray)
            m_tray->showMessage(event.firing ? tr("%1: alert").arg(name) : tr("%1: resolved").arg(name),
                                event.message,
                                event.firing ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        emit alerted(name, event);
    }
}

} // namespace gatehouse::ui
