#include "ui/chat/ComparePanel.h"

#include "ui/chat/AnswerStream.h"
#include "ui/chat/CompareColumn.h"
#include "ui/chat/TargetPicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gatehouse::ui {

ComparePanel::ComparePanel(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                           QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_client(client)
    , m_makeRequest([] { return ChatRequest{}; })
    , m_columnRow(new QHBoxLayout)
    , m_prompt(new QLabel(this))
    , m_composer(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send to all"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_add(new QPushButton(tr("Add column"), this))
{
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setVisible(false);
    m_composer->setPlaceholderText(tr("One prompt for every column (Ctrl+Enter to send, Esc to stop)"));
    m_composer->setAccessibleName(tr("Compare prompt"));
    m_composer->setMaximumHeight(90);
    m_composer->setTabChangesFocus(true);
    m_stop->setToolTip(tr("Stop every answer (Esc)"));
    m_add->setToolTip(tr("Compare one more target or model (up to %1)").arg(maxColumns));
    connect(m_send, &QPushButton::clicked, this, &ComparePanel::send);
    connect(m_stop, &QPushButton::clicked, this, &ComparePanel::stop);
    connect(m_add, &QPushButton::clicked, this, &ComparePanel::addColumn);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    sendShortcut->setContext(Qt::WidgetShortcut);
    sendShortcut->setWhatsThis(tr("Send the prompt to every column"));
    connect(sendShortcut, &QShortcut::activated, this, &ComparePanel::send);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addLayout(buttons);

    m_columnRow->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addLayout(m_columnRow, 1);
    layout->addLayout(composerRow);

    for (int i = 0; i < minColumns; ++i)
        addColumn();
    updateActions();
}

void ComparePanel::setRequestTemplate(std::function<ChatRequest()> makeRequest)
{
    m_makeRequest = std::move(makeRequest);
}

bool ComparePanel::isRunning() const
{
    return std::any_of(m_columns.begin(), m_columns.end(), [](CompareColumn* c) { return c->isRunning(); });
}

CompareColumn* ComparePanel::addColumn()
{
    if (m_columns.size() >= maxColumns)
        return nullptr;
    auto* column = new CompareColumn(m_registry, m_secrets, m_client, this);
    // A new column starts on a different target than the previous one when there is one.
    column->picker()->selectTarget(-1, int(m_columns.size()));
    m_columns << column;
    m_columnRow->addWidget(column, 1);
    connect(column, &CompareColumn::removeRequested, this, [this, column] { removeColumn(column); });
    connect(column, &CompareColumn::finished, this, [this, column] {
        emit columnFinished(column);
        updateActions();
        if (!isRunning())
            emit allFinished();
    });
    updateActions();
    return column;
}

void ComparePanel::removeColumn(CompareColumn* column)
{
    if (m_columns.size() <= minColumns || !m_columns.contains(column))
        return;
    m_columns.removeOne(column);
    const bool wasRunning = column->isRunning();
    delete column; // cancels its answer
    updateActions();
    if (wasRunning && !isRunning())
        emit allFinished();
}

void ComparePanel::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || isRunning())
        return;
    ChatRequest request = m_makeRequest();
    request.messages.append({QStringLiteral("user"), text});
    bool sent = false;
    for (CompareColumn* column : std::as_const(m_columns))
        sent = column->send(request) || sent;
    if (!sent)
        return;
    m_prompt->setText(tr("<b>Prompt:</b> %1").arg(text.toHtmlEscaped()));
    m_prompt->setVisible(true);
    updateActions();
}

void ComparePanel::stop()
{
    for (CompareColumn* column : std::as_const(m_columns))
        column->stop();
}

void ComparePanel::reloadTargets()
{
    for (CompareColumn* column : std::as_const(m_columns))
        column->picker()->reloadTargets();
}

void ComparePanel::updateActions()
{
    const bool running = isRunning();
    m_send->setEnabled(!running);
    m_stop->setEnabled(running);
    m_add->setEnabled(!running && m_columns.size() < maxColumns);
    for (CompareColumn* column : std::as_const(m_columns))
        column->setRemovable(m_columns.size() > minColumns);
}

} // namespace gatehouse::ui
