#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace gatehouse {
class GatewayRegistry;
class SecretStore;
class Settings;
struct SecretError;
} // namespace gatehouse

namespace gatehouse::ui {

class AccessKeysPanel;
class EmptyState;
class SecretClipboard;
class SecretTableModel;

// The secrets the console keeps in the OS keychain — provider API keys, gateway admin tokens,
// gateway access keys — listed by name with their values masked. Set, replace, delete; reveal a
// value on request (hidden again after a while); copy a value to the clipboard, cleared after
// the delay set in Settings.
class KeysPage : public QWidget
{
    Q_OBJECT
public:
    // With a registry, a second tab manages the access keys of the registered gatehoused entries.
    KeysPage(SecretStore& secrets, Settings& settings, GatewayRegistry* registry = nullptr,
             QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SecretTableModel* model() const { return m_model; }
    SecretClipboard* clipboard() const { return m_clipboard; }
    AccessKeysPanel* accessKeys() const { return m_accessKeys; } // null without a registry
    void showAccessKeys();
    bool showsEmptyState() const;
    QString problemText() const; // the keychain problem shown at the top, "" when none
    QString statusText() const;

public slots:
    void refresh();
    void addSecret();
    void replaceSelected();
    void deleteSelected();
    void toggleRevealSelected();
    void copySelected();

signals:
    void operationFinished(); // a keychain operation finished (tests wait on this)

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override; // others (the local gateway) may have stored keys meanwhile

private:
    QString selectedName() const;
    void select(const QString& name);
    void updateActions();
    void setBusy(bool busy);
    void showProblem(const SecretError& error);
    void showStatus(const QString& text);
    void retintIcons();
    void store(const QString& name, int kind, QByteArray value, bool replacing);
    void readSelected(const std::function<void(const QString& name, const QByteArray& value)>& use);

    SecretStore& m_secrets;
    AccessKeysPanel* m_accessKeys = nullptr;
    QTabWidget* m_tabs = nullptr;
    Settings& m_settings;
    SecretTableModel* m_model;
    SecretClipboard* m_clipboard;
    QTableView* m_table;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QLabel* m_problem;
    QLabel* m_status;
    QTimer* m_autoHide;
    QAction* m_add;
    QAction* m_replace;
    QAction* m_reveal;
    QAction* m_copy;
    QAction* m_delete;
    bool m_busy = false;
};

} // namespace gatehouse::ui
