#include "ui/shell/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Gatehouse"));
    auto* title =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to Gatehouse").toHtmlEscaped()), this);
    auto* text = new QLabel(tr("Gatehouse tests and watches the LLM chat gateways you run: their keys, chat, "
                               "filter rules, cache and metrics. How would you like to start?"),
                            this);
    text->setWordWrap(true);

    auto* local = new QCommandLinkButton(tr("Start the local gateway"),
                                         tr("A gatehoused on this computer (127.0.0.1) with an offline demo "
                                            "model: chat with it and watch its metrics right away, no keys "
                                            "and no network needed."),
                                         this);
    local->setObjectName(QStringLiteral("welcomeLocalGateway"));
    local->setDefault(true);
    auto* add = new QCommandLinkButton(
        tr("Add my gateway…"),
        tr("Register a gateway you run — gatehoused, LiteLLM, vLLM, Ollama, any OpenAI-compatible "
           "server — or a Prometheus server that watches a fleet."),
        this);
    add->setObjectName(QStringLiteral("welcomeAddGateway"));
    connect(local, &QAbstractButton::clicked, this, [this] { choose(Choice::LocalGateway); });
    connect(add, &QAbstractButton::clicked, this, [this] { choose(Choice::AddGateway); });

    auto* note = new QLabel(tr("Either can be changed later: the local gateway in Settings, gateways on the "
                               "Gateways page."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* later = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("welcomeLater"));
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { choose(Choice::Later); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(local);
    layout->addWidget(add);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    if (choice == Choice::Later)
        reject();
    else
        accept();
}

} // namespace gatehouse::ui
