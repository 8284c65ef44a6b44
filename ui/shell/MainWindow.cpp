#include "ui/shell/MainWindow.h"

#include "core/localgateway/LocalGateway.h"
#include "core/metrics/History.h"
#include "core/metrics/Poller.h"
#include "core/settings/Settings.h"
#include "ui/cache/CachePage.h"
#include "ui/chat/ChatPage.h"
#include "ui/common/ThemedIcon.h"
#include "ui/dashboard/AlertCenter.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/GatewayDashboard.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/keys/KeysPage.h"
#include "ui/rules/RulesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

MainWindow::MainWindow(Settings& settings, ConsoleDatabase& database, GatewayRegistry& registry,
                       SecretStore& secrets, LocalGateway* localGateway, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_database(database)
    , m_localGateway(localGateway)
    , m_poller(new metrics::Poller(&secrets, this))
    , m_history(new metrics::History(database, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")));
    setMinimumSize(900, 600);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFixedWidth(200);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* gateways = new GatewaysPage(registry, secrets, localGateway, this);
    addPage(QStringLiteral("gateways"), QStringLiteral("gateways"), tr("Gateways"), gateways);
    applyHistoryRetention();
    connect(m_poller, &metrics::Poller::reported, m_history, &metrics::History::record);
    m_poller->followRegistry(registry);
    auto* alerts = new AlertCenter(*m_poller, database, this);
    connect(alerts, &AlertCenter::alerted, this, [this](const QString& name, const metrics::AlertEvent& e) {
        statusBar()->showMessage(tr("%1: %2").arg(name, e.message), 15000);
    });
    auto* dashboard = new DashboardPage(*m_poller, *m_history, alerts, this);
    dashboard->setFleetAccess(&registry, &secrets);
    connect(dashboard, &DashboardPage::gatewaysRequested, this,
            [this] { showPage(QStringLiteral("gateways")); });
    addPage(QStringLiteral("dashboard"), QStringLiteral("dashboard"), tr("Dashboard"), dashboard);
    auto* chat = new ChatPage(registry, secrets, &database, &settings, this);
    connect(chat, &ChatPage::gatewaysRequested, this, [this] { showPage(QStringLiteral("gateways")); });
    addPage(QStringLiteral("chat"), QStringLiteral("chat"), tr("Chat"), chat);
    auto* rules = new RulesPage(registry, secrets, this);
    connect(rules, &RulesPage::gatewaysRequested, this, [this] { showPage(QStringLiteral("gateways")); });
    addPage(QStringLiteral("rules"), QStringLiteral("rules"), tr("Rules"), rules);
    auto* cache = new CachePage(registry, secrets, this);
    connect(cache, &CachePage::gatewaysRequested, this, [this] { showPage(QStringLiteral("gateways")); });
    addPage(QStringLiteral("cache"), QStringLiteral("cache"), tr("Cache"), cache);
    addPage(QStringLiteral("keys"), QStringLiteral("keys"), tr("Keys"),
            new KeysPage(secrets, settings, &registry, this));
    auto* settingsPage = new SettingsPage(settings, database, this);
    connect(settingsPage, &SettingsPage::historyRetentionChanged, this, &MainWindow::applyHistoryRetention);
    connect(settingsPage, &SettingsPage::restartRequested, this, &MainWindow::restartRequested);
    addPage(QStringLiteral("settings"), QStringLiteral("settings"), tr("Settings"), settingsPage);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_settings.setValue(Settings::Key::CurrentPage, m_ids.value(row));
    });

    createMenus();
    statusBar()->showMessage(tr("Ready"), 3000);

    resize(1180, 740);
    restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    const QString last = m_settings.value(Settings::Key::CurrentPage).toString();
    showPage(m_ids.contains(last) ? last : m_ids.first());
}

MainWindow::~MainWindow() = default;

void MainWindow::applyHistoryRetention()
{
    m_history->setRetention({m_settings.value(Settings::Key::HistoryRawHours).toInt(),
                             m_settings.value(Settings::Key::HistoryMinuteDays).toInt(),
                             m_settings.value(Settings::Key::HistoryHourDays).toInt(),
                             m_settings.value(Settings::Key::HistoryRawBudgetMiB).toInt()});
}

void MainWindow::addPage(const QString& id, const QString& iconName, const QString& title, QWidget* page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    auto* item = new QListWidgetItem(themedIcon(iconName, palette()), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_ids.size() + 1));
    m_pages->addWidget(page);
    m_ids << id;
    m_iconNames << iconName;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Gatehouse"));
    QAction* settingsAction =
        file->addAction(tr("&Settings…"), this, [this] { showPage(QStringLiteral("settings")); });
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString id = m_ids[i];
        QAction* go = view->addAction(m_navigation->item(i)->text(), this, [this, id] { showPage(id); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&Welcome…"), this, &MainWindow::welcome);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showKeyboardShortcuts()
{
    QList<QPair<QString, QWidget*>> pages;
    for (int i = 0; i < m_ids.size(); ++i)
        pages.append({m_navigation->item(i)->text(), m_pages->widget(i)});
    auto* dialog = new ShortcutsDialog(this, pages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::welcome()
{
    auto* dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::chosen, this, [this](WelcomeDialog::Choice choice) {
        m_settings.setValue(Settings::Key::WelcomeShown, true);
        m_settings.setValue(Settings::Key::StartLocalGateway, choice == WelcomeDialog::Choice::LocalGateway);
        if (choice == WelcomeDialog::Choice::LocalGateway) {
            if (m_localGateway)
                m_localGateway->start();
            showPage(QStringLiteral("gateways")); // where the local gateway's panel shows it starting
        } else if (choice == WelcomeDialog::Choice::AddGateway) {
            showPage(QStringLiteral("gateways"));
            if (auto* gateways = qobject_cast<GatewaysPage*>(page(QStringLiteral("gateways"))))
                QMetaObject::invokeMethod(gateways, &GatewaysPage::addGateway, Qt::QueuedConnection);
        }
    });
    dialog->open();
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QString MainWindow::currentPageId() const
{
    return m_ids.value(m_navigation->currentRow());
}

void MainWindow::showPage(const QString& id)
{
    const int row = static_cast<int>(m_ids.indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QWidget* MainWindow::page(const QString& id) const
{
    const int row = static_cast<int>(m_ids.indexOf(id));
    return row >= 0 ? m_pages->widget(row) : nullptr;
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        retintIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::retintIcons()
{
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setIcon(themedIcon(m_iconNames.value(i), palette()));
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace gatehouse::ui
