#include "ui/chat/HistoryPanel.h"

#include "core/history/ChatHistory.h"
#include "core/history/ConversationExport.h"
#include "core/history/HistoryKey.h"
#include "core/settings/Settings.h"
#include "ui/chat/MessageView.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace gatehouse::ui {

HistoryPanel::HistoryPanel(ConsoleDatabase& db, SecretStore& secrets, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_state(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_question(new QLabel(this))
    , m_answer(new MessageView(MessageView::Author::Assistant, tr("Answer"), this))
    , m_reopen(new QPushButton(tr("Reopen in conversation"), this))
    , m_resend(new QPushButton(tr("Send again"), this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    auto* exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("As &Markdown…")), &QAction::triggered, this,
            [this] { askExportPath(QStringLiteral("md"), tr("Markdown (*.md)")); });
    connect(exportMenu->addAction(tr("As &JSON…")), &QAction::triggered, this,
            [this] { askExportPath(QStringLiteral("json"), tr("JSON (*.json)")); });
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Save this conversation — every message up to this answer, with its figures"));
    m_state->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search questions, answers, targets and models"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search history"));
    m_list->setAccessibleName(tr("History"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setVisible(false);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryPanel::showExchange);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit reopenRequested(m_shown.at(m_list->currentRow()));
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit resendRequested(m_shown.at(m_list->currentRow()));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_history && m_list->currentRow() >= 0 && m_history->remove(m_shown.at(m_list->currentRow()).id))
            refresh();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_question);
    detailLayout->addWidget(m_answer, 1);
    detailLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);
    showExchange(-1);
}

HistoryPanel::~HistoryPanel() = default;

bool HistoryPanel::isOn() const
{
    return m_history && m_settings.keepChatHistory();
}

QString HistoryPanel::offReason() const
{
    if (!m_settings.keepChatHistory())
        return tr("History is off: Settings → Chat history keeps none.");
    return m_offReason;
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    openKey();
    refresh();
    QWidget::showEvent(event);
}

void HistoryPanel::openKey()
{
    if (m_history || m_opening || !m_settings.keepChatHistory())
        return;
    m_opening = true;
    m_state->setText(tr("Opening the history key in the keychain…"));
    openHistoryKey(m_secrets, this, [this](const std::optional<HistoryCipher>& cipher, const QString& error) {
        m_opening = false;
        if (!cipher) {
            m_offReason = tr("History is off — its key could not be kept in the keychain: %1 "
                             "Nothing is stored without it.")
                              .arg(error);
            m_pending.clear();
        } else {
            m_offReason.clear();
            m_history = std::make_unique<ChatHistory>(m_db, *cipher);
            if (const int days = m_settings.chatHistoryDays(); days > 0)
                m_history->removeOlderThan(QDateTime::currentDateTimeUtc().addDays(-days));
            const QList<ChatExchange> pending = std::exchange(m_pending, {});
            for (const ChatExchange& e : pending)
                store(e);
        }
        refresh();
        emit stateChanged();
    });
}

void HistoryPanel::record(const QString& target, const ChatRequest& request, const ChatOutcome& outcome)
{
    if (!m_settings.keepChatHistory())
        return;
    ChatExchange e;
    e.created = QDateTime::currentDateTimeUtc();
    e.target = target;
    e.request = request;
    e.outcome = outcome;
    if (m_history) {
        store(e);
        refresh();
        emit stateChanged();
        return;
    }
    if (!m_offReason.isEmpty())
        return; // no keychain: nothing is kept, and the panel says so
    m_pending << e;
    openKey();
}

void HistoryPanel::store(ChatExchange exchange)
{
    const QString error = m_history->add(exchange);
    if (!error.isEmpty())
        m_state->setText(error);
}

void HistoryPanel::refresh()
{
    const bool on = isOn();
    m_search->setEnabled(on);
    if (!on) {
        m_state->setText(m_opening ? tr("Opening the history key in the keychain…") : offReason());
        m_state->setVisible(!m_state->text().isEmpty());
        m_list->clear();
        m_shown.clear();
        return;
    }
    int unreadable = 0;
    m_shown = m_history->list(m_search->text().trimmed(), 500, &unreadable);
    m_state->setText(
        unreadable > 0
            ? tr("%n exchange(s) were sealed with another key and cannot be read.", nullptr, unreadable)
            : tr("Questions and answers are encrypted in the console database; the key "
                 "lives in the keychain."));
    m_state->setVisible(true);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ChatExchange& e : std::as_const(m_shown)) {
        const QString when = QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat);
        QString question = e.question().simplified();
        if (question.size() > 80)
            question = question.left(79) + QChar(0x2026);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3\n%4").arg(when, e.target, e.request.model, question));
        if (e.outcome.error)
            item->setForeground(QColor(0xc0, 0x30, 0x30));
        m_list->addItem(item);
    }
    showExchange(m_list->currentRow());
}

QString HistoryPanel::stateText() const
{
    return m_state->text();
}

void HistoryPanel::askExportPath(const QString& extension, const QString& filter)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const ChatExchange exchange = m_shown.at(row);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversation"), ConversationExport::suggestedFileName(exchange, extension), filter);
    if (!path.isEmpty())
        exportExchange(exchange, path);
}

bool HistoryPanel::exportExchange(const ChatExchange& exchange, const QString& path)
{
    const bool asJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(asJson ? ConversationExport::json(exchange)
                          : ConversationExport::markdown(exchange).toUtf8());
        if (file.commit()) {
            m_state->setText(tr("Exported the conversation to %1. The file is not encrypted.").arg(path));
            return true;
        }
    }
    m_state->setText(tr("Could not export to %1: %2").arg(path, file.errorString()));
    return false;
}

void HistoryPanel::showExchange(int row)
{
    const bool valid = row >= 0 && row < m_shown.size();
    m_answer->setVisible(valid);
    m_question->setVisible(valid);
    m_reopen->setEnabled(valid);
    m_resend->setEnabled(valid);
    m_export->setEnabled(valid);
    m_delete->setEnabled(valid);
    if (!valid)
        return;
    const ChatExchange& e = m_shown.at(row);
    m_question->setText(
        tr("<b>Question</b> to %1 · %2:<br>%3")
            .arg(e.target.toHtmlEscaped(), e.request.model.toHtmlEscaped(),
                 e.question().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_answer->showOutcome(e.outcome);
}

} // namespace gatehouse::ui
