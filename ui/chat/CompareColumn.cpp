#include "ui/chat/CompareColumn.h"

#include "core/chat/ChatRequest.h"
#include "ui/chat/AnswerStream.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/TargetPicker.h"
#include "ui/common/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

CompareColumn::CompareColumn(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                             QWidget* parent)
    : QFrame(parent)
    , m_secrets(secrets)
    , m_client(client)
    , m_picker(new TargetPicker(registry, secrets, client, TargetPicker::Arrangement::Stacked, this))
    , m_remove(new QToolButton(this))
    , m_body(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_remove->setIcon(themedIcon(QStringLiteral("remove"), palette()));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this column"));
    m_remove->setAccessibleName(tr("Remove column"));
    connect(m_remove, &QToolButton::clicked, this, &CompareColumn::removeRequested);

    auto* top = new QHBoxLayout;
    top->addWidget(m_picker, 1);
    top->addWidget(m_remove, 0, Qt::AlignTop);

    auto* scroll = new QScrollArea(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addStretch(1);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

bool CompareColumn::isRunning() const
{
    return m_stream && m_stream->isRunning();
}

bool CompareColumn::send(ChatRequest request)
{
    const auto profile = m_picker->currentProfile();
    if (!profile || isRunning())
        return false;
    if (m_picker->model().isEmpty()) {
        m_picker->askForModel();
        return false;
    }
    request.model = m_picker->model();
    delete m_answer; // also ends its stream
    m_answer = new MessageView(MessageView::Author::Assistant,
                               QStringLiteral("%1 · %2").arg(profile->name, request.model), m_body);
    static_cast<QVBoxLayout*>(m_body->layout())->insertWidget(0, m_answer);
    connect(m_answer, &MessageView::copyRequested, this,
            [view = m_answer] { QApplication::clipboard()->setText(view->text()); });
    m_stream = new AnswerStream(m_client, m_secrets, m_answer, m_answer);
    connect(m_stream, &AnswerStream::finished, this, [this] {
        m_picker->setTargetEnabled(true);
        emit finished();
    });
    m_picker->setTargetEnabled(false);
    m_stream->start(*profile, request);
    return true;
}

void CompareColumn::stop()
{
    if (m_stream)
        m_stream->stop();
}

void CompareColumn::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

} // namespace gatehouse::ui
