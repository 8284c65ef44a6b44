#pragma once

#include "core/chat/ChatRequest.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace gatehouse::ui {

// The system prompt and sampling settings of the test chat. A setting left at "default" is not
// sent, so the server's own default applies.
class ChatParametersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatParametersPanel(QWidget* parent = nullptr);

    QString systemPrompt() const;
    ChatParameters parameters() const;
    // Puts back what an earlier request used (reopening it from the history).
    void restore(const QString& systemPrompt, const ChatParameters& parameters);

private:
    QPlainTextEdit* m_system;
    QDoubleSpinBox* m_temperature;
    QDoubleSpinBox* m_topP;
    QSpinBox* m_maxTokens;
    QCheckBox* m_useSeed;
    QSpinBox* m_seed;
    QPlainTextEdit* m_stop;
};

} // namespace gatehouse::ui
