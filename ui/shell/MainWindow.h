#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace gatehouse {
class ConsoleDatabase;
class GatewayRegistry;
class LocalGateway;
class SecretStore;
class Settings;
} // namespace gatehouse

namespace gatehouse::metrics {
class History;
class Poller;
} // namespace gatehouse::metrics

namespace gatehouse::ui {

// The console's window: a navigation list on the left (Gateways, Dashboard, Chat, Rules, Cache,
// Keys, Settings; Ctrl+1…Ctrl+7) and the current page on the right. Remembers its geometry and
// the last page. Owns the metrics poller and history that the Dashboard shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings& settings, ConsoleDatabase& database, GatewayRegistry& registry, SecretStore& secrets,
               LocalGateway* localGateway = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    QStringList pageIds() const;
    QString currentPageId() const;
    void showPage(const QString& id);
    QWidget* page(const QString& id) const;
    // Polls every registry entry's /metrics and keeps the history (the Dashboard page shows both).
    metrics::Poller& poller() const { return *m_poller; }
    metrics::History& history() const { return *m_history; }

    // Brings the window to the front (a second launch of the console asks for this).
    void activate();
    // The first start's welcome (WelcomeDialog), window-modal; acts on the choice and remembers
    // that it was answered.
    void welcome();
    void showKeyboardShortcuts();

signals:
    // Settings asked for a restart (a new language); the application decides how.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPage(const QString& id, const QString& iconName, const QString& title, QWidget* page);
    void createMenus();
    void retintIcons();
    void showAbout();

    void applyHistoryRetention();

    Settings& m_settings;
    ConsoleDatabase& m_database;
    LocalGateway* m_localGateway;
    metrics::Poller* m_poller;
    metrics::History* m_history;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_ids;
    QStringList m_iconNames;
};

} // namespace gatehouse::ui
