#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWidget;

namespace gatehouse::ui {

class AdminGatewayPicker;
class RuleDriftDialog;
class RulePushDialog;

// The Rules page's fleet actions: "Push to group…" (a RulePushDialog for a tag's gateways) and
// "Drift…" (a RuleDriftDialog whose push goes to just the gateways that differ, then checks
// again). The dialogs are window-modal over the page and do their work without blocking it.
class RuleFleet : public QObject
{
    Q_OBJECT
public:
    RuleFleet(AdminGatewayPicker& gateways, QWidget* page);

    // The page's gateway, its set and that set's revision, as last read.
    void openPush(const QString& gateway, const QJsonObject& set);
    void openDrift(const QString& gateway, const QJsonObject& set, const QByteArray& etag);

    RulePushDialog* pushDialog() const;   // the last one opened
    RuleDriftDialog* driftDialog() const; // while open

signals:
    void pushed(); // a push finished; the page's own gateway may be among those that changed

private:
    RulePushDialog* newPushDialog(const QString& gateway, const QJsonObject& set);

    AdminGatewayPicker& m_gateways;
    QWidget* m_page;
    QPointer<RulePushDialog> m_push;
    QPointer<RuleDriftDialog> m_drift;
    QJsonObject m_driftSet;
    QString m_driftGateway;
};

} // namespace gatehouse::ui
