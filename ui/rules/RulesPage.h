#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace gatehouse {
namespace metrics {
class RuleHitsReader;
struct RuleHits;
} // namespace metrics
class AdminClient;
class AdminReply;
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class AdminGatewayPicker;
class EmptyState;
class RuleEditor;
class RuleFilterBar;
class RuleFleet;
class RuleFilterProxy;
class RuleTableModel;
class RuleTestPanel;

// The Rules page: one gatehoused's content-filter rules through its admin API — the list with
// on/off switches, an editor that checks a rule with the gateways' own engine as it is typed,
// save and delete guarded by the set's ETag (someone else's change is never overwritten), a
// "try a text" panel against the rules in force, and import/export of the whole set as JSON. The
// table can be searched and filtered (RuleFilterBar over a RuleFilterProxy) and shows each rule's
// hits from the gateway's /metrics, read again at every refresh.
class RulesPage : public QWidget
{
    Q_OBJECT
public:
    RulesPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent = nullptr);

    AdminGatewayPicker* gatewayPicker() const { return m_gateway; }
    QTableView* table() const { return m_table; }
    RuleTableModel* model() const { return m_model; }
    RuleFilterProxy* proxy() const { return m_proxy; } // what the table shows
    RuleFilterBar* filterBar() const { return m_filter; }
    RuleFleet* fleet() const { return m_fleet; }
    RuleEditor* editor() const { return m_editor; }
    RuleTestPanel* testPanel() const { return m_test; }
    EmptyState* emptyState() const { return m_empty; }
    QString problemText() const;
    QString statusText() const;
    QByteArray etag() const { return m_etag; }

public slots:
    void reloadGateways();
    void refresh();
    void newRule();
    void importFile(const QString& path); // replaces the gateway's set after a confirmation
    void exportFile(const QString& path); // the set as the gateway holds it
    void deleteSelected();
    bool selectRule(const QString& id); // false when it is not in the set or filtered out
    void pushToGroup();                 // opens "Push to group…" with this gateway's set
    void showDrift();                   // opens the drift view against this gateway's revision

signals:
    void operationFinished();
    void hitsUpdated(); // the Hits column was read again (or could not be)
    void gatewaysRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectToGateway();
    void showSelected();
    void save(const QJsonObject& rule);
    void remove(const QString& id);
    void setEnabled(const QString& id, bool enabled);
    void test(const QJsonObject& request);
    void afterWrite(AdminReply* reply, const QString& done, const QString& select);
    void showProblem(const QString& text);
    void showStatus(const QString& text);
    void readHits();
    void showHits(const metrics::RuleHits& hits);
    QString selectedId() const;
    int viewRowOf(const QString& id) const; // -1 when not shown
    void reselectShown();

    GatewayRegistry& m_registry;
    AdminGatewayPicker* m_gateway;
    metrics::RuleHitsReader* m_hits;
    RuleTableModel* m_model;
    RuleFilterProxy* m_proxy;
    RuleFilterBar* m_filter;
    QTableView* m_table;
    RuleEditor* m_editor;
    RuleTestPanel* m_test;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QLabel* m_problem;
    QLabel* m_status;
    QAction* m_refresh;
    QAction* m_new;
    QAction* m_import;
    QAction* m_export;
    QAction* m_find;
    QAction* m_push;
    QAction* m_drift;
    RuleFleet* m_fleet;
    QPointer<AdminClient> m_client;
    QString m_clientGateway;
    QJsonObject m_set; // the whole set as last read
    QByteArray m_etag;
    QString m_shownId; // the rule in the editor
    QString m_statusText;
    QString m_hitsNote; // why the hit counts are not known, or ""
    bool m_reselecting = false;
    bool m_connecting = false; // the keychain is asked for the admin token
};

} // namespace gatehouse::ui
