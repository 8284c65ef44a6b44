#include "ui/gateways/LocalProvidersDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

LocalProvidersDialog::LocalProvidersDialog(const QList<ProviderUpstream>& providers,
                                           const QStringList& keychainNames, QWidget* parent)
    : QDialog(parent)
    , m_providers(providers)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QComboBox(this))
    , m_models(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Local gateway providers"));
    auto* intro =
        new QLabel(tr("Besides its offline demo model, the local gateway can forward to these providers. "
                      "Their keys stay in your keychain; the console hands them to the gateway through "
                      "a pipe when it starts."),
                   this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Providers"));
    m_name->setPlaceholderText(tr("e.g. openai"));
    m_name->setAccessibleName(tr("Provider name"));
    m_url->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_url->setAccessibleName(tr("Provider address"));
    m_key->addItem(tr("No key (a local model server)"), QString());
    for (const QString& name : keychainNames)
        m_key->addItem(name, name);
    m_key->setAccessibleName(tr("Provider key in the keychain"));
    m_models->setPlaceholderText(tr("gpt-4o-mini, gpt-4o"));
    m_models->setAccessibleName(tr("Models"));
    m_auth->addItem(tr("Authorization: Bearer (OpenAI, most servers)"));
    m_auth->addItem(tr("api-key header (Azure OpenAI)"));
    m_auth->setAccessibleName(tr("How the key is sent"));

    auto* add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, &LocalProvidersDialog::addProvider);
    connect(m_remove, &QPushButton::clicked, this, &LocalProvidersDialog::removeSelected);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_url);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(tr("Key sent as:"), m_auth);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(form, 2);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_error->setPalette(red);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocalProvidersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 380);

    for (const ProviderUpstream& p : m_providers)
        m_list->addItem(p.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shown)
            return;
        if (m_shown >= 0 && !storeForm()) { // keep the user on the entry that needs fixing
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(m_shown);
            return;
        }
        showSelected();
    });
    m_list->setCurrentRow(m_providers.isEmpty() ? -1 : 0);
    showSelected();
}

QString LocalProvidersDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LocalProvidersDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LocalProvidersDialog::showSelected()
{
    m_shown = m_list->currentRow();
    const bool any = m_shown >= 0 && m_shown < m_providers.size();
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_key),
          static_cast<QWidget*>(m_models), static_cast<QWidget*>(m_auth), static_cast<QWidget*>(m_remove)})
        w->setEnabled(any);
    const ProviderUpstream p = any ? m_providers[m_shown] : ProviderUpstream{};
    m_name->setText(p.name);
    m_url->setText(p.baseUrl.toString());
    int key = m_key->findData(p.secretName);
    if (key < 0 && !p.secretName.isEmpty()) { // named but no longer in the keychain: keep it visible
        m_key->addItem(tr("%1 (not in the keychain)").arg(p.secretName), p.secretName);
        key = m_key->count() - 1;
    }
    m_key->setCurrentIndex(std::max(key, 0));
    m_models->setText(p.models.join(QStringLiteral(", ")));
    m_auth->setCurrentIndex(p.auth == ProviderUpstream::Auth::ApiKey ? 1 : 0);
    showError({});
}

bool LocalProvidersDialog::storeForm()
{
    if (m_shown < 0 || m_shown >= m_providers.size())
        return true;
    ProviderUpstream p;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl(m_url->text().trimmed());
    p.secretName = m_key->currentData().toString();
    for (const QString& part : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            p.models << part.trimmed();
    }
    p.auth = m_auth->currentIndex() == 1 ? ProviderUpstream::Auth::ApiKey : ProviderUpstream::Auth::Bearer;
    QString problem = p.problem();
    for (int i = 0; problem.isEmpty() && i < m_providers.size(); ++i) {
        if (i != m_shown && m_providers[i].name.compare(p.name, Qt::CaseInsensitive) == 0)
            problem = tr("There is already a provider named \"%1\".").arg(p.name);
    }
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    m_providers[m_shown] = p;
    m_list->item(m_shown)->setText(p.name);
    showError({});
    return true;
}

void LocalProvidersDialog::addProvider()
{
    if (!storeForm())
        return;
    ProviderUpstream p;
    p.name = QStringLiteral("provider-%1").arg(m_providers.size() + 1);
    m_providers << p;
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_providers.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void LocalProvidersDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_providers.size())
        return;
    m_shown = -1; // nothing to store: it goes
    m_providers.removeAt(row);
    delete m_list->takeItem(row);
    showSelected();
}

void LocalProvidersDialog::accept()
{
    if (!storeForm())
        return;
    QDialog::accept();
}

} // namespace gatehouse::ui
