#include "ui/shell/AboutDialog.h"

#include "core/buildinfo/BuildInfo.h"
#include "core/database/ConsoleDatabase.h"
#include "core/history/HistoryCipher.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSslSocket>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <boost/version.hpp>

namespace gatehouse::ui {

namespace {

struct Library
{
    QString name;
    QString version;
    QString license;
    QString use;
};

QString boostVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000)
        .arg(BOOST_VERSION % 100);
}

} // namespace

AboutDialog::AboutDialog(ConsoleDatabase& database, QWidget* parent)
    : QDialog(parent)
    , m_libraries(new QTreeWidget(this))
{
    setWindowTitle(tr("About Gatehouse"));
    const QString version =
        QString::fromUtf8(buildinfo::version().data(), qsizetype(buildinfo::version().size()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gatehouse.svg")).pixmap(64, 64));
    auto* title = new QLabel(QStringLiteral("<h2>Gatehouse %1</h2>").arg(version.toHtmlEscaped()), this);
    auto* about =
        new QLabel(tr("An admin console for LLM chat gateways: keys in your keychain, gateways, test "
                      "chat, filter rules, cache entries and dashboards in one place."),
                   this);
    about->setWordWrap(true);

    // Run-time versions where the library reports one (the one actually loaded), else the one
    // built against. "system" where the library has no way to say.
    const QString system = tr("system");
    const QList<Library> libraries{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         tr("interface, network, SQL")},
        {QStringLiteral("QtKeychain"), system, QStringLiteral("BSD-3-Clause"), tr("keys in the OS keychain")},
        {QStringLiteral("OpenSSL"), QSslSocket::sslLibraryVersionString(), QStringLiteral("Apache-2.0"),
         tr("TLS")},
        {QStringLiteral("SQLite"), database.sqliteVersion(), tr("public domain"),
         tr("the console's database")},
        {QStringLiteral("libsodium"), HistoryCipher::libraryVersion(), QStringLiteral("ISC"),
         tr("chat history encryption")},
        {QStringLiteral("Boost (JSON)"), boostVersion(), QStringLiteral("BSL-1.0"), tr("rule sets")},
        {QStringLiteral("RE2"), system, QStringLiteral("BSD-3-Clause"), tr("filter rules, suite checks")},
    };
    m_libraries->setColumnCount(4);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("License"), tr("Used for")});
    m_libraries->setRootIsDecorated(false);
    m_libraries->setAccessibleName(tr("Libraries"));
    for (const Library& l : libraries)
        new QTreeWidgetItem(m_libraries,
                            {l.name, l.version.isEmpty() ? system : l.version, l.license, l.use});
    // Every column as wide as its longest text, and the dialog as wide as the columns.
    int columnsWidth = 0;
    for (int c = 0; c < m_libraries->columnCount(); ++c) {
        m_libraries->resizeColumnToContents(c);
        columnsWidth += m_libraries->columnWidth(c);
    }
    m_libraries->setMinimumWidth(columnsWidth + 2 * m_libraries->frameWidth() + 4);

    auto* gateway = new QLabel(tr("gatehoused, the gateway, also uses Boost.Asio and Boost.Beast (BSL-1.0), "
                                  "toml++ (MIT) and hiredis (BSD-3-Clause)."),
                               this);
    gateway->setWordWrap(true);
    gateway->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(about);
    head->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(new QLabel(tr("Built on:"), this));
    layout->addWidget(m_libraries, 1);
    layout->addWidget(gateway);
    layout->addWidget(buttons);
    resize(640, 460);
}

} // namespace gatehouse::ui
