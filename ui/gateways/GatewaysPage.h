#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace gatehouse {
class GatewayRegistry;
class LocalGateway;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class EmptyState;
class GatewayTableModel;

// The registry: every gateway, model server and Prometheus server the console manages. Add, edit,
// duplicate, remove and test the connection of entries.
class GatewaysPage : public QWidget
{
    Q_OBJECT
public:
    // localGateway: the console's own gatehoused (a strip above the list); may be null.
    GatewaysPage(GatewayRegistry& registry, SecretStore& secrets, LocalGateway* localGateway = nullptr,
                 QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    GatewayTableModel* model() const { return m_model; }
    bool showsEmptyState() const;

public slots:
    void addGateway();
    void editSelected();
    void duplicateSelected();
    void removeSelected();
    void testSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    qint64 selectedId() const;
    void select(qint64 id);
    void refresh();
    void updateActions();
    void retintIcons();
    QToolButton* toolButton(QAction* action);

    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    GatewayTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_remove;
    QAction* m_test;
};

} // namespace gatehouse::ui
