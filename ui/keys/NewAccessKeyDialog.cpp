#include "ui/keys/NewAccessKeyDialog.h"

#include "core/secrets/SecretStore.h"
#include "ui/common/SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gatehouse::ui {

QString suggestedKeychainName(const QString& gatewayName, const QString& keyName)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = QStringLiteral("access-%1-%2").arg(gatewayName, keyName).toLower();
    name.replace(invalid, QStringLiteral("-"));
    return name.left(128);
}

NewAccessKeyDialog::NewAccessKeyDialog(const AccessKey& key, QByteArray secret, const QString& gatewayName,
                                       SecretStore& secrets, int clipboardClearSeconds, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_secret(std::move(secret))
    , m_clearSeconds(clipboardClearSeconds)
    , m_clipboard(new SecretClipboard(this))
    , m_value(new QLineEdit(this))
    , m_name(new QLineEdit(suggestedKeychainName(gatewayName, key.name), this))
    , m_save(new QPushButton(tr("Save to keychain"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Access key \"%1\" created").arg(key.name));
    auto* intro =
        new QLabel(tr("<b>This is the only time the key is shown.</b> Copy it into the application "
                      "that will call %1, or save it to your keychain now. The gateway keeps only a "
                      "hash and cannot show it again.")
                       .arg(gatewayName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_value->setText(QString::fromLatin1(m_secret));
    m_value->setReadOnly(true);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setAccessibleName(tr("New access key"));
    auto* copyButton = new QPushButton(tr("&Copy"), this);
    connect(copyButton, &QPushButton::clicked, this, &NewAccessKeyDialog::copy);
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(copyButton);

    m_name->setAccessibleName(tr("Keychain name"));
    connect(m_save, &QPushButton::clicked, this, &NewAccessKeyDialog::saveToKeychain);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Keychain name:"), this));
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);

    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(valueRow);
    layout->addLayout(saveRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

NewAccessKeyDialog::~NewAccessKeyDialog()
{
    m_value->clear();
    wipe(m_secret);
}

QString NewAccessKeyDialog::keychainName() const
{
    return m_name->text().trimmed();
}

QString NewAccessKeyDialog::statusText() const
{
    return m_status->text();
}

void NewAccessKeyDialog::copy()
{
    m_clipboard->copy(m_secret, m_clearSeconds);
    m_status->setText(tr("Copied. The clipboard is cleared in %1 s.").arg(m_clearSeconds));
}

void NewAccessKeyDialog::saveToKeychain()
{
    const QString name = keychainName();
    if (!SecretCatalog::isValidName(name)) {
        m_status->setText(SecretCatalog::invalidNameMessage(name));
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Saving to the keychain…"));
    QPointer<NewAccessKeyDialog> guard(this);
    m_secrets.write(name, m_secret, SecretKind::AccessKey, [guard, name](const SecretError& e) {
        if (!guard)
            return;
        guard->m_save->setEnabled(true);
        if (e) {
            guard->m_status->setText(e.message);
            return;
        }
        guard->m_saved = true;
        guard->m_status->setText(tr("Saved to the keychain as \"%1\".").arg(name));
    });
}

} // namespace gatehouse::ui
