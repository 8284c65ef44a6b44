#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/EmptyState.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<GatewayRegistry> m_registry;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_settings, *m_db, *m_registry, *m_secrets);
        w->resize(1100, 720);
        w->show();
        return w;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<ConsoleDatabase>(m_dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(m_db->open());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_secrets = std::make_unique<SecretStore>(*m_catalog);
        m_registry = std::make_unique<GatewayRegistry>(*m_db);
    }

    void cleanup()
    {
        m_registry.reset();
        m_secrets.reset();
        m_catalog.reset();
        m_settings.reset();
        m_db.reset();
    }

    void hasEveryPageInOrder()
    {
        auto w = makeWindow();
        QCOMPARE(w->pageIds(),
                 (QStringList{"gateways", "dashboard", "chat", "rules", "cache", "keys", "settings"}));
        auto* nav = w->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 7);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Gateways"));
        QCOMPARE(nav->item(6)->text(), QStringLiteral("Settings"));
    }

    void keyboardShortcutsSwitchPages()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w->currentPageId(), QStringLiteral("keys"));
        QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->currentPageId(), QStringLiteral("dashboard"));
    }

    void upcomingPagesExplainThemselvesAndLeadToGateways()
    {
        auto w = makeWindow();
        for (const QString& id : {QStringLiteral("dashboard"), QStringLiteral("chat"),
                                  QStringLiteral("rules"), QStringLiteral("cache")}) {
            w->showPage(id);
            auto* empty = w->page(id)->findChild<ui::EmptyState*>();
            QVERIFY2(empty, qPrintable(id));
            QVERIFY(!empty->title().isEmpty());
            QVERIFY(empty->text().size() > 40);
            auto* button = empty->findChild<QAbstractButton*>();
            QVERIFY(button && button->isVisible());
            button->click();
            QCOMPARE(w->currentPageId(), QStringLiteral("gateways"));
        }
    }

    void remembersTheLastPage()
    {
        {
            auto w = makeWindow();
            w->showPage(QStringLiteral("settings"));
            w->close();
        }
        auto w = makeWindow();
        QCOMPARE(w->currentPageId(), QStringLiteral("settings"));
    }

    void everyIconOnlyButtonHasAnAccessibleName()
    {
        auto w = makeWindow();
        for (const QString& id : w->pageIds()) {
            w->showPage(id);
            const auto buttons = w->page(id)->findChildren<QAbstractButton*>();
            for (QAbstractButton* b : buttons) {
                if (!b->isVisibleTo(w.get()))
                    continue;
                const bool named =
                    !b->text().remove(QLatin1Char('&')).trimmed().isEmpty() || !b->accessibleName().isEmpty();
                QVERIFY2(named,
                         qPrintable(QStringLiteral("%1: a button without text or accessible name").arg(id)));
            }
        }
    }

    void screenshotsOfEveryPage()
    {
        // Written next to the build for people to look at; the test checks they are not blank.
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString dir =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", m_dir.path()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        for (const QString& id : w->pageIds()) {
            w->showPage(id);
            QCoreApplication::processEvents();
            const QImage shot = w->grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2.png").arg(dir, id)));
            // A finished page has more than one colour in its content area.
            const QColor corner = shot.pixelColor(shot.width() - 5, shot.height() / 2);
            bool varied = false;
            for (int x = 250; x < shot.width() && !varied; x += 7) {
                for (int y = 40; y < shot.height() && !varied; y += 7)
                    varied = shot.pixelColor(x, y) != corner;
            }
            QVERIFY2(varied, qPrintable(id + QStringLiteral(" looks blank")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
