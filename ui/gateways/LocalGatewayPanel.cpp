#include "ui/gateways/LocalGatewayPanel.h"

#include "core/localgateway/LocalGateway.h"
#include "core/secrets/SecretStore.h"
#include "ui/gateways/LocalProvidersDialog.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

LocalGatewayPanel::LocalGatewayPanel(LocalGateway& gateway, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_dot(new QLabel(this))
    , m_status(new QLabel(this))
    , m_startStop(new QPushButton(this))
    , m_showLog(new QToolButton(this))
    , m_providers(new QPushButton(tr("Providers…"), this))
    , m_secrets(secrets)
    , m_log(new QPlainTextEdit(this))
{
    m_dot->setFixedSize(12, 12);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Local gateway status"));
    m_showLog->setText(tr("Log"));
    m_showLog->setCheckable(true);
    m_showLog->setToolTip(tr("Show the local gateway's log"));
    m_log->setReadOnly(true);
    m_log->setVisible(false);
    m_log->setMaximumBlockCount(500);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumHeight(140);
    m_log->setAccessibleName(tr("Local gateway log"));
    for (const QString& line : gateway.log())
        m_log->appendPlainText(line);

    connect(m_showLog, &QToolButton::toggled, m_log, &QWidget::setVisible);
    m_providers->setToolTip(tr("Providers the local gateway forwards to besides its demo model"));
    m_providers->setVisible(secrets != nullptr);
    connect(m_providers, &QPushButton::clicked, this, &LocalGatewayPanel::editProviders);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_gateway.state() == LocalGateway::State::Running ||
            m_gateway.state() == LocalGateway::State::Starting)
            m_gateway.stop();
        else
            m_gateway.start();
    });
    connect(&gateway, &LocalGateway::stateChanged, this, &LocalGatewayPanel::update);
    connect(&gateway, &LocalGateway::logAppended, m_log, &QPlainTextEdit::appendPlainText);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_dot, 0, Qt::AlignVCenter);
    row->addWidget(m_status, 1);
    row->addWidget(m_showLog);
    row->addWidget(m_providers);
    row->addWidget(m_startStop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addLayout(row);
    layout->addWidget(m_log);
    update();
}

void LocalGatewayPanel::editProviders()
{
    if (!m_secrets)
        return;
    QString error;
    const std::optional<QList<ProviderUpstream>> providers = loadProviders(m_gateway.providersFile(), &error);
    if (!providers) {
        QMessageBox::warning(this, tr("Local gateway providers"), error);
        return;
    }
    QStringList names;
    for (const SecretInfo& info : m_secrets->list())
        names << info.name;
    LocalProvidersDialog dialog(*providers, names, this);
    if (dialog.exec() != QDialog::Accepted || dialog.providers() == *providers)
        return;
    QDir().mkpath(m_gateway.dataDirectory());
    if (const QString problem = saveProviders(m_gateway.providersFile(), dialog.providers());
        !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Local gateway providers"), problem);
        return;
    }
    // Apply by restarting a running gateway; a stopped one picks them up at its next start.
    if (m_gateway.state() == LocalGateway::State::Running ||
        m_gateway.state() == LocalGateway::State::Starting) {
        m_restartPending = true;
        m_gateway.stop();
    }
}

QString LocalGatewayPanel::statusText() const
{
    return m_status->text();
}

void LocalGatewayPanel::update()
{
    if (m_restartPending && m_gateway.state() != LocalGateway::State::Running &&
        m_gateway.state() != LocalGateway::State::Starting) {
        m_restartPending = false;
        m_gateway.start(); // emits stateChanged → update() again
        return;
    }
    QColor color;
    switch (m_gateway.state()) {
    case LocalGateway::State::Stopped:
        color = QColor(0x9a, 0x9a, 0x9a);
        m_status->setText(tr("Local gateway: stopped. Start it to chat with the offline demo model."));
        m_startStop->setText(tr("Start"));
        break;
    case LocalGateway::State::Starting:
        color = QColor(0xe0, 0xa0, 0x20);
        m_status->setText(tr("Local gateway: starting…"));
        m_startStop->setText(tr("Stop"));
        break;
    case LocalGateway::State::Running:
        color = QColor(0x2e, 0xa0, 0x43);
        m_status->setText(tr("Local gateway: running at %1 with the offline demo model.")
                              .arg(m_gateway.baseUrl().toDisplayString()));
        m_startStop->setText(tr("Stop"));
        break;
    case LocalGateway::State::Failed:
        color = QColor(0xd0, 0x30, 0x30);
        m_status->setText(m_gateway.problem());
        m_startStop->setText(tr("Start"));
        break;
    }
    m_startStop->setAccessibleName(m_startStop->text() + tr(" the local gateway"));
    m_startStop->setEnabled(!m_gateway.program().isEmpty());
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:6px;").arg(color.name()));
}

} // namespace gatehouse::ui
