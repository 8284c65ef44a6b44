#include "ui/gateways/ConnectionTestDialog.h"

#include "core/secrets/SecretStore.h"
#include "ui/common/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QString stageName(ConnectionTest::Stage stage)
{
    switch (stage) {
    case ConnectionTest::Stage::Dns:
        return ConnectionTestDialog::tr("Name");
    case ConnectionTest::Stage::Tcp:
        return ConnectionTestDialog::tr("Connection");
    case ConnectionTest::Stage::Tls:
        return ConnectionTestDialog::tr("TLS");
    case ConnectionTest::Stage::Http:
        return ConnectionTestDialog::tr("HTTP");
    case ConnectionTest::Stage::Auth:
        return ConnectionTestDialog::tr("Authentication");
    }
    return {};
}

} // namespace

ConnectionTestDialog::ConnectionTestDialog(const GatewayProfile& profile, SecretStore& secrets,
                                           QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_steps(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_again(new QPushButton(tr("Test &again"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Test connection — %1").arg(profile.name));
    setMinimumSize(560, 320);
    m_steps->setAccessibleName(tr("Test steps"));
    m_steps->setWordWrap(true);
    m_steps->setIconSize(QSize(20, 20));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(m_again, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionTestDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Checking %1").arg(ConnectionTest::endpoint(profile).toDisplayString()), this));
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
}

void ConnectionTestDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_again->setEnabled(false);
    m_steps->clear();
    m_summary->setText(tr("Testing…"));

    const QString secretName = ConnectionTest::credentialSecret(m_profile);
    if (secretName.isEmpty()) {
        runWith({});
        return;
    }
    QPointer<ConnectionTestDialog> self(this);
    m_secrets.read(secretName, [self, secretName](const SecretError& error, const QByteArray& value) {
        if (!self)
            return;
        if (error) {
            self->addLine(QStringLiteral("failed"),
                          tr("Key '%1' could not be read from the keychain: %2 Testing without it.")
                              .arg(secretName, error.message));
            self->runWith({});
            return;
        }
        QByteArray credential = value;
        self->runWith(std::move(credential));
    });
}

void ConnectionTestDialog::runWith(QByteArray credential)
{
    m_test = new ConnectionTest(m_profile, std::move(credential), this);
    connect(m_test, &ConnectionTest::stepFinished, this, [this](const ConnectionTest::Step& step) {
        addLine(step.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                tr("%1: %2 (%3 ms)").arg(stageName(step.stage), step.detail).arg(step.elapsedMs));
    });
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString& summary) {
        m_summary->setText(summary);
        m_running = false;
        m_again->setEnabled(true);
        m_test->deleteLater();
        emit testFinished(ok);
    });
    m_test->start();
}

void ConnectionTestDialog::addLine(const QString& iconName, const QString& text)
{
    auto* item = new QListWidgetItem(themedIcon(iconName, palette()), text, m_steps);
    item->setToolTip(text);
}

bool ConnectionTestDialog::isRunning() const
{
    return m_running;
}

QString ConnectionTestDialog::summary() const
{
    return m_summary->text();
}

QStringList ConnectionTestDialog::stepTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_steps->count(); ++i)
        texts << m_steps->item(i)->text();
    return texts;
}

} // namespace gatehouse::ui
