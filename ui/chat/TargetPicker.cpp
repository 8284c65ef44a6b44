#include "ui/chat/TargetPicker.h"

#include "core/chat/ChatClient.h"
#include "core/chat/EndpointResolution.h"
#include "core/localgateway/DirectProvider.h"
#include "core/registry/GatewayRegistry.h"
#include "ui/common/ThemedIcon.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>

namespace gatehouse::ui {

TargetPicker::TargetPicker(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                           Arrangement arrangement, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_client(client)
    , m_target(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_providersFile(defaultProvidersFile())
    , m_refresh(new QToolButton(this))
{
    m_target->setAccessibleName(tr("Target"));
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->lineEdit()->setPlaceholderText(tr("model name"));
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh"), palette()));
    m_refresh->setToolTip(tr("Load the models this target offers"));
    m_refresh->setAccessibleName(tr("Load models"));
    connect(m_target, &QComboBox::currentIndexChanged, this, &TargetPicker::refreshModels);
    connect(m_refresh, &QToolButton::clicked, this, &TargetPicker::refreshModels);

    if (arrangement == Arrangement::Row) {
        m_target->setMinimumWidth(200);
        m_model->setMinimumWidth(220);
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(tr("Target:"), this));
        row->addWidget(m_target);
        row->addSpacing(12);
        row->addWidget(new QLabel(tr("Model:"), this));
        row->addWidget(m_model, 1);
        row->addWidget(m_refresh);
    } else {
        m_target->setMinimumWidth(120);
        m_model->setMinimumWidth(120);
        m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->addWidget(new QLabel(tr("Target:"), this), 0, 0);
        grid->addWidget(m_target, 0, 1, 1, 2);
        grid->addWidget(new QLabel(tr("Model:"), this), 1, 0);
        grid->addWidget(m_model, 1, 1);
        grid->addWidget(m_refresh, 1, 2);
        grid->setColumnStretch(1, 1);
    }
    reloadTargets();
}

std::optional<GatewayProfile> TargetPicker::currentProfile() const
{
    if (m_target->currentIndex() < 0)
        return std::nullopt;
    const QVariant item = m_target->currentData();
    if (item.typeId() == QMetaType::QString) { // a provider, directly
        for (const ProviderUpstream& provider : m_providers) {
            if (provider.name == item.toString())
                return directProviderProfile(provider);
        }
        return std::nullopt;
    }
    return m_registry.find(item.toLongLong());
}

QString TargetPicker::model() const
{
    return m_model->currentText().trimmed();
}

int TargetPicker::targetCount() const
{
    return m_target->count();
}

void TargetPicker::setTargetEnabled(bool enabled)
{
    m_target->setEnabled(enabled);
    m_model->setEnabled(enabled);
    m_refresh->setEnabled(enabled);
}

void TargetPicker::setProvidersFile(const QString& file)
{
    m_providersFile = file;
    reloadTargets();
}

void TargetPicker::selectTarget(qint64 id, int fallbackIndex)
{
    const int index = m_target->findData(id);
    m_target->setCurrentIndex(index >= 0 ? index : qMin(fallbackIndex, m_target->count() - 1));
}

void TargetPicker::askForModel()
{
    m_model->setFocus();
    m_model->lineEdit()->setPlaceholderText(tr("choose or type a model first"));
}

void TargetPicker::reloadTargets()
{
    const QVariant keep = m_target->currentData();
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        for (const GatewayProfile& p : m_registry.list()) {
            if (kindSpeaksChat(p.kind) && !p.baseUrl.isEmpty())
                m_target->addItem(QStringLiteral("%1 — %2").arg(p.name, gatewayKindDisplayName(p.kind)),
                                  p.id);
        }
        // The local gateway's providers, each also directly: what a provider answers with no
        // gateway between. Their item data is the provider's name (a string), not a registry id.
        QString error;
        m_providers = loadProviders(m_providersFile, &error).value_or(QList<ProviderUpstream>{});
        for (const ProviderUpstream& provider : std::as_const(m_providers)) {
            if (provider.problem().isEmpty())
                m_target->addItem(tr("%1 — provider, directly").arg(provider.name), provider.name);
        }
        const int index = keep.isValid() ? m_target->findData(keep) : -1;
        m_target->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_target->currentData() != keep)
        refreshModels();
    emit targetsReloaded();
}

void TargetPicker::refreshModels()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    QPointer<TargetPicker> self(this);
    resolveEndpoint(m_secrets, *profile, this, [self](const ChatEndpoint& endpoint, const QString& error) {
        if (!error.isEmpty()) {
            self->m_model->setToolTip(error);
            emit self->modelsLoaded();
            return;
        }
        self->m_client.listModels(endpoint, self, [self](const QStringList& models, const ChatError& e) {
            const QString typed = self->m_model->currentText();
            self->m_model->clear();
            self->m_model->addItems(models);
            if (!typed.isEmpty() && models.contains(typed))
                self->m_model->setCurrentText(typed);
            self->m_model->setToolTip(e ? e.message() : QString());
            emit self->modelsLoaded();
        });
    });
}

} // namespace gatehouse::ui
