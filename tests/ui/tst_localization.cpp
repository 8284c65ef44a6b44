// Every page of the console in English and in Russian, on a real X server (Xvfb) at the window's
// default size, with a real gatehoused behind the Cache and Rules pages: each page is
// screenshotted (build/<preset>/screenshots/localization/<language>-<page>.png), and the test
// fails when a label, button, tab or title is clipped, or when a Russian page still shows English.
#include "core/i18n/Language.h"
#include "tests/support/ClippedText.h"
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/UntranslatedText.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace gatehouse;

namespace {

const QByteArray adminToken = "gh-admin-localization-Hs3k9Q";

const QStringList pages{"gateways", "dashboard", "chat", "rules", "cache", "keys", "settings"};

QByteArray chatBody(const QString& question)
{
    return QJsonDocument(
               QJsonObject{{"model", "chat"},
                           {"temperature", 0},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}})
        .toJson(QJsonDocument::Compact);
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) +
                        QStringLiteral("/screenshots/localization");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT

    // Screenshots `widget` and fails on what a user of `language` could not read.
    static void checkReadable(QWidget* widget, const QString& language, const QString& name)
    {
        const QString file = screenshotDir() + QStringLiteral("/%1-%2.png").arg(language, name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
        const QStringList clipped = test::clippedTexts(widget);
        QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("clipped on %1 (see %2):\n  ").arg(name, file) +
                                               clipped.join(QStringLiteral("\n  "))));
        if (language == "ru") {
            const QStringList english = test::untranslatedTexts(widget);
            QVERIFY2(english.isEmpty(),
                     qPrintable(QStringLiteral("English on the Russian %1 (see %2):\n  ").arg(name, file) +
                                english.join(QStringLiteral("\n  "))));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // Xvfb, as a user's desktop

        const QString tokenFile = test::writeFile(m_dir, "edge.token", adminToken);
        const QString config = test::writeDemoGatewayConfig(m_dir, "edge", tokenFile);
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));
        // Something in the cache, so the Cache page shows its table, figures and detail.
        for (const char* question : {"Как сбросить пароль?", "Сколько стоит подписка?"})
            QCOMPARE(
                test::request(m_port, "POST", "/v1/chat/completions", chatBody(QString::fromUtf8(question)))
                    .status,
                200);

        m_console = std::make_unique<test::ConsoleFixture>(m_dir.path());
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));

        QCOMPARE(m_console->writeSecret("edge-admin", adminToken, SecretKind::AdminToken), QString());
        GatewayProfile profile =
            test::gatehouseProfile(QStringLiteral("Edge"), m_port, QStringLiteral("edge-admin"));
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    void cleanupTestCase() { m_console.reset(); }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            for (const QString& page : pages)
                QTest::newRow(qPrintable(language + '-' + page)) << language << page;
        }
    }

    void everyPageFits()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QObject translators;
        QVERIFY(installTranslations(language, &translators));
        useLocaleOfLanguage(language);

        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.resize(1180, 740); // the size a first start opens at
        window.showPage(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The navigation is translated: the test really runs in `language`.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(),
                 language == "ru" ? QStringLiteral("Шлюзы") : QStringLiteral("Gateways"));
        // Let the page ask its gateway (Cache, Rules) and lay out what came back.
        QTest::qWait(1500);
        checkReadable(&window, language, page);
        if (language == "ru") {
            QStringList english;
            for (QAction* menu : window.menuBar()->actions()) {
                for (QAction* action : QList<QAction*>{menu} + menu->menu()->actions()) {
                    if (test::readsAsEnglish(action->text()))
                        english << QStringLiteral("menu \"%1\"").arg(action->text());
                }
            }
            QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("\n  "))));
        }
    }

    void everyHelpDialogFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
            QTest::newRow(qPrintable(language)) << language;
    }

    // The Help menu's dialogs and the first start's welcome.
    void everyHelpDialogFits()
    {
        QFETCH(QString, language);
        QObject translators;
        QVERIFY(installTranslations(language, &translators));
        useLocaleOfLanguage(language);
        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.welcome();
        auto* welcome = window.findChild<ui::WelcomeDialog*>();
        QVERIFY(welcome && QTest::qWaitForWindowExposed(welcome));
        checkReadable(welcome, language, QStringLiteral("welcome"));
        welcome->reject();

        window.showKeyboardShortcuts();
        auto* shortcuts = window.findChild<ui::ShortcutsDialog*>();
        QVERIFY(shortcuts && QTest::qWaitForWindowExposed(shortcuts));
        checkReadable(shortcuts, language, QStringLiteral("shortcuts"));
        shortcuts->close();

        ui::AboutDialog about(m_console->database(), &window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        checkReadable(&about, language, QStringLiteral("about"));
    }
};

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
