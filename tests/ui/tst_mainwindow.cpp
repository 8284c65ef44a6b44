#include "tests/support/ModalAnswer.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/EmptyState.h"
#include "ui/gateways/GatewayDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gatehouse;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_console;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto w = std::make_unique<ui::MainWindow>(m_console->settings(), m_console->database(),
                                                  m_console->registry(), m_console->secrets());
        w->resize(1100, 720);
        w->show();
        return w;
    }

private slots:
    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>(m_dir.path());
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
    }

    void cleanup() { m_console.reset(); }

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

    void keyboardShortcutsListsWhatTheKeysDoWhere()
    {
        auto w = makeWindow();
        w->showKeyboardShortcuts();
        auto* dialog = w->findChild<ui::ShortcutsDialog*>();
        QVERIFY(dialog);
        QTreeWidget* list = dialog->list();
        auto keysOf = [list](const QString& group, const QString& action) {
            for (int g = 0; g < list->topLevelItemCount(); ++g) {
                QTreeWidgetItem* item = list->topLevelItem(g);
                if (item->text(0) != group)
                    continue;
                for (int i = 0; i < item->childCount(); ++i) {
                    if (item->child(i)->text(0) == action && !item->child(i)->isHidden())
                        return item->child(i)->text(1);
                }
            }
            return QString();
        };
        const auto native = [](const QKeySequence& k) { return k.toString(QKeySequence::NativeText); };
        QCOMPARE(keysOf("Everywhere", "Quit"), native(QKeySequence::Quit));
        QCOMPARE(keysOf("Everywhere", "Keyboard Shortcuts"), native(QKeySequence(Qt::CTRL | Qt::Key_Slash)));
        QCOMPARE(keysOf("Everywhere", "Chat"), native(QKeySequence(Qt::CTRL | Qt::Key_3)));
        QCOMPARE(keysOf("Cache", "Search prompts"), native(QKeySequence::Find));
        QCOMPARE(keysOf("Chat", "Send the message"), native(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QCOMPARE(keysOf("Chat", "Stop the answer"), native(QKeySequence(Qt::Key_Escape)));
        QCOMPARE(keysOf("Gateways", "Test connection"), native(QKeySequence(Qt::CTRL | Qt::Key_T)));

        // The filter keeps what matches the action or the key, and the groups that still hold some.
        dialog->findChild<QLineEdit*>()->setText(QStringLiteral("search"));
        QCOMPARE(keysOf("Cache", "Search prompts"), native(QKeySequence::Find));
        QVERIFY(keysOf("Everywhere", "Quit").isEmpty());
        int shownGroups = 0;
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            shownGroups += !list->topLevelItem(g)->isHidden();
        QCOMPARE(shownGroups, 1);
    }

    void aboutNamesTheLibrariesItRunsOn()
    {
        ui::AboutDialog about(m_console->database());
        QMap<QString, QString> versions;
        for (int i = 0; i < about.libraries()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = about.libraries()->topLevelItem(i);
            QVERIFY2(!item->text(2).isEmpty(), qPrintable(item->text(0) + " has no license"));
            versions[item->text(0)] = item->text(1);
        }
        QCOMPARE(versions.value("Qt"), QString::fromLatin1(qVersion()));
        const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)*$"));
        QVERIFY2(dotted.match(versions.value("SQLite")).hasMatch(), qPrintable(versions.value("SQLite")));
        QVERIFY2(dotted.match(versions.value("libsodium")).hasMatch(),
                 qPrintable(versions.value("libsodium")));
        QVERIFY(versions.value("OpenSSL").contains("OpenSSL"));
        QVERIFY(versions.contains("QtKeychain"));
        QVERIFY(versions.contains("RE2"));
    }

    void welcomeOffersTheLocalGatewayOrOnesOwn()
    {
        QVERIFY(!m_console->settings().value(Settings::Key::WelcomeShown).toBool());
        auto w = makeWindow();
        w->showPage(QStringLiteral("settings"));

        // "Add my gateway…" leads to the Gateways page's add dialog; nothing is started.
        w->welcome();
        auto* welcome = w->findChild<ui::WelcomeDialog*>();
        QVERIFY(welcome && welcome->isVisible());
        bool gatewayDialogOpened = false;
        test::answerNextModal<ui::GatewayDialog>([&](ui::GatewayDialog* d) {
            gatewayDialogOpened = true;
            d->reject();
        });
        welcome->findChild<QAbstractButton*>(QStringLiteral("welcomeAddGateway"))->click();
        QTRY_VERIFY(gatewayDialogOpened);
        QCOMPARE(w->currentPageId(), QStringLiteral("gateways"));
        QVERIFY(m_console->settings().value(Settings::Key::WelcomeShown).toBool());
        QVERIFY(!m_console->settings().startLocalGateway());

        // Help → Welcome again, and this time the local gateway: it starts with every later start.
        w->showPage(QStringLiteral("settings"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first one is gone
        QVERIFY(!w->findChild<ui::WelcomeDialog*>());
        w->welcome();
        QVERIFY(w->findChild<ui::WelcomeDialog*>());
        w->findChild<ui::WelcomeDialog*>()
            ->findChild<QAbstractButton*>(QStringLiteral("welcomeLocalGateway"))
            ->click();
        QVERIFY(m_console->settings().startLocalGateway());
        QCOMPARE(w->currentPageId(), QStringLiteral("gateways"));
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
