#pragma once

// The rig of the Rules page tests: a real gatehoused with the admin API and a rule set, the
// console's stores with its admin token in the real keychain and the gateway registered as "Edge",
// and what the cases do to the page as a user would. Used by tst_rulespage (list, editor, test
// panel, hits, filters) and tst_ruleform (the form of each rule kind).

#include "tests/support/ClippedText.h"
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/RawHttp.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/rules/MatchHighlight.h"
#include "ui/rules/RuleEditor.h"
#include "ui/rules/RuleFilterBar.h"
#include "ui/rules/RuleFilterProxy.h"
#include "ui/rules/RuleForm.h"
#include "ui/rules/RuleTableModel.h"
#include "ui/rules/RuleTestPanel.h"
#include "ui/rules/RulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <cmath>
#include <memory>

namespace gatehouse::test {

inline const QByteArray adminToken = "gh-admin-rulespage-Hn4s8Qa";

inline const QByteArray ruleSet =
    "{\"version\":1,\"rules\":[ "
    "{\"id\":\"no-secrets\",\"name\":\"Classified\",\"kind\":\"keywords\","
    "\"keywords\":[\"top secret\"],\"action\":\"block\"}, "
    "{\"id\":\"cards\",\"name\":\"Cards\",\"kind\":\"pii\",\"detectors\":[\"payment_"
    "card\"],\"action\":\"redact\",  \"scope\":{\"input\":true,\"output\":true}}]}";

// Four rules of three kinds, two tags, one off: what the search and the filters narrow down.
inline const QByteArray filterSet =
    "{\"rules\":["
    "{\"id\":\"no-secrets\",\"name\":\"Classified\",\"kind\":\"keywords\",\"keywords\":[\"top "
    "secret\"],\"action\":\"block\",\"tags\":[\"compliance\"]},"
    "{\"id\":\"cards\",\"name\":\"Cards\",\"kind\":\"pii\",\"detectors\":[\"payment_card\"],"
    "\"action\":\"redact\",\"tags\":[\"pii\",\"compliance\"]},"
    "{\"id\":\"emails\",\"name\":\"Mail addresses\",\"kind\":\"pii\",\"detectors\":[\"email\"],"
    "\"action\":\"flag\",\"enabled\":false,\"tags\":[\"pii\"]},"
    "{\"id\":\"ticket-ids\",\"name\":\"Tickets\",\"description\":\"Internal ticket numbers\","
    "\"kind\":\"regex\",\"pattern\":\"TCK-[0-9]{4}\",\"action\":\"flag\"}]}";

inline QStringList shownIds(const ui::RulesPage& page)
{
    QStringList ids;
    const QAbstractItemModel* shown = page.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, ui::RuleTableModel::Id).data().toString();
    return ids;
}

inline void pick(QComboBox* box, const QString& text)
{
    const int at = box->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    box->setCurrentIndex(at);
}

// WCAG 2 contrast ratio of two colours (1 to 21); 4.5 is what normal text needs.
inline double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

// The base of the Rules page test classes (each a QObject with its own slots).
class RulesPageRig : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    test::HttpResult admin(const QByteArray& method, const QByteArray& path, const QByteArray& body = {})
    {
        return request(m_port, method, "/admin/v1/" + path, body,
                       "Authorization: Bearer " + adminToken + "\r\n");
    }

    QJsonArray gatewayRules() { return admin("GET", "rules").json().value("rules").toArray(); }

    int chat(const QString& text)
    {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{"model", "chat"},
                            {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}})
                .toJson(QJsonDocument::Compact);
        return request(m_port, "POST", "/v1/chat/completions", body).status;
    }

    void setMetricsUrl(const QUrl& url)
    {
        std::optional<GatewayProfile> profile = m_console->registry().findByName("Edge");
        QVERIFY(profile);
        profile->metricsUrl = url;
        QVERIFY(m_console->registry().update(*profile).ok());
    }

    static QString hitsOf(const ui::RulesPage& page, const QString& id, int role = Qt::DisplayRole)
    {
        const QAbstractItemModel* shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, ui::RuleTableModel::Id).data().toString() == id)
                return shown->index(row, ui::RuleTableModel::Hits).data(role).toString();
        }
        return QStringLiteral("(no row %1)").arg(id);
    }

    static bool waitFor(QSignalSpy& spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 60000);
    }

    // What a user does to change a field: select what is there and type over it.
    // `page` at the tests' size, shown — and the active window, for shortcuts, when asked — once
    // it has loaded the gateway's rules (`finished`: its operationFinished, the caller's spy).
    [[nodiscard]] static bool showLoaded(ui::RulesPage& page, QSignalSpy& finished, QSize size = {1200, 800},
                                         bool active = false)
    {
        page.resize(size);
        page.show();
        if (active) {
            page.activateWindow();
            if (!QTest::qWaitForWindowActive(&page))
                return false;
        }
        return waitFor(finished, 1);
    }

    static void retype(QLineEdit* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    static void retype(QSpinBox* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }

    static void clickTab(ui::RuleEditor* editor, ui::RuleEditor::View view)
    {
        QTabBar* tabs = editor->viewTabs();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(view).center());
    }

    static void clickBox(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    static QJsonObject shownJson(ui::RuleEditor* editor)
    {
        return QJsonDocument::fromJson(editor->textField()->toPlainText().toUtf8()).object();
    }

    static void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // lay out what the last keystroke changed
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
    }

    void startRig()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        const QString token = test::writeFile(m_dir, "token", adminToken);
        const QString config = writeDemoGatewayConfig(m_dir, "gw", token);
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        QCOMPARE(m_console->writeSecret("rules-admin", adminToken, SecretKind::AdminToken), QString());
        GatewayProfile profile = test::gatehouseProfile("Edge", m_port, "rules-admin");
        profile.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port));
        QCOMPARE(m_console->addGateway(profile), QString());
    }
};

} // namespace gatehouse::test
