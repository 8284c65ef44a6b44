#pragma once

#include "core/chat/ChatRequest.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse {
class ChatClient;
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class CompareColumn;

// One prompt to 2–4 targets or models at once, side by side: every column streams on its own, with
// its own figures or its own error, and one failing never disturbs the others. Stop stops them all.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int minColumns = 2;
    static constexpr int maxColumns = 4;

    ComparePanel(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                 QWidget* parent = nullptr);

    QList<CompareColumn*> columns() const { return m_columns; }
    QPlainTextEdit* composer() const { return m_composer; }
    bool isRunning() const;
    // The system prompt and parameters every column's request carries.
    void setRequestTemplate(std::function<ChatRequest()> makeRequest);

public slots:
    CompareColumn* addColumn();
    void removeColumn(CompareColumn* column);
    void send();
    void stop();
    void reloadTargets();

signals:
    void columnFinished(gatehouse::ui::CompareColumn* column);
    void allFinished(); // every column that was sent to has its answer, error or stop

private:
    void updateActions();

    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    ChatClient& m_client;
    std::function<ChatRequest()> m_makeRequest;
    QList<CompareColumn*> m_columns;
    QHBoxLayout* m_columnRow;
    QLabel* m_prompt;
    QPlainTextEdit* m_composer;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_add;
};

} // namespace gatehouse::ui
