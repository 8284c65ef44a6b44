#pragma once

#include "core/localgateway/ProviderUpstream.h"
#include "core/registry/GatewayProfile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QToolButton;

namespace gatehouse {
class ChatClient;
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

// Where a prompt goes: a chat-capable registry entry, or one of the local gateway's providers
// directly (its key from the keychain, no gateway between), and a model, with the models the
// target offers loaded from its /v1/models (any name can be typed too). Used by the conversation
// and by every compare column.
class TargetPicker : public QWidget
{
    Q_OBJECT
public:
    enum class Arrangement
    {
        Row,    // "Target: [..]  Model: [..] ⟳" on one line
        Stacked // target above model, for narrow columns
    };

    TargetPicker(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client, Arrangement arrangement,
                 QWidget* parent = nullptr);

    QComboBox* targetBox() const { return m_target; }
    QComboBox* modelBox() const { return m_model; }
    std::optional<GatewayProfile> currentProfile() const;
    QString model() const; // the chosen or typed model, trimmed
    int targetCount() const;
    void setTargetEnabled(bool enabled);
    // Where the providers offered directly are read from (default: the local gateway's file).
    void setProvidersFile(const QString& file);
    // Selects the target with this registry id, or the given index when the id is not listed.
    void selectTarget(qint64 id, int fallbackIndex = 0);
    // Asks for a model first: focuses the box and says so in its placeholder.
    void askForModel();

public slots:
    void reloadTargets(); // keeps the selection when the entry still exists
    void refreshModels();

signals:
    void modelsLoaded();
    void targetsReloaded();

private:
    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    ChatClient& m_client;
    QComboBox* m_target;
    QComboBox* m_model;
    QString m_providersFile;
    QList<ProviderUpstream> m_providers;
    QToolButton* m_refresh;
};

} // namespace gatehouse::ui
