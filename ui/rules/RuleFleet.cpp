#include "ui/rules/RuleFleet.h"

#include "ui/rules/RuleDriftDialog.h"
#include "ui/rules/RulePushDialog.h"

#include <QWidget>

namespace gatehouse::ui {

RuleFleet::RuleFleet(AdminGatewayPicker& gateways, QWidget* page)
    : QObject(page)
    , m_gateways(gateways)
    , m_page(page)
{}

RulePushDialog* RuleFleet::pushDialog() const
{
    return m_push;
}

RuleDriftDialog* RuleFleet::driftDialog() const
{
    return m_drift;
}

RulePushDialog* RuleFleet::newPushDialog(const QString& gateway, const QJsonObject& set)
{
    if (m_push && !m_push->isPushing())
        m_push->close();
    auto* dialog = new RulePushDialog(m_gateways, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RulePushDialog::pushFinished, this, &RuleFleet::pushed);
    dialog->setSource(gateway, set);
    m_push = dialog;
    return dialog;
}

void RuleFleet::openPush(const QString& gateway, const QJsonObject& set)
{
    newPushDialog(gateway, set)->show();
}

void RuleFleet::openDrift(const QString& gateway, const QJsonObject& set, const QByteArray& etag)
{
    m_driftGateway = gateway;
    m_driftSet = set;
    if (!m_drift) {
        m_drift = new RuleDriftDialog(m_gateways, m_page);
        m_drift->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_drift, &RuleDriftDialog::pushRequested, this,
                [this](const QStringList& gateways, const QHash<QString, QByteArray>& revisions) {
                    RulePushDialog* push = newPushDialog(m_driftGateway, m_driftSet);
                    push->setTargets(gateways, revisions);
                    connect(push, &RulePushDialog::pushFinished, m_drift.data(), &RuleDriftDialog::check);
                    push->show();
                    push->push();
                });
    }
    m_drift->setReference(gateway, etag);
    m_drift->show();
    m_drift->raise();
    m_drift->check();
}

} // namespace gatehouse::ui
