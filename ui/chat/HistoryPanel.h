#pragma once

#include "core/history/ChatExchange.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse {
class ChatHistory;
class ConsoleDatabase;
class SecretStore;
class Settings;
} // namespace gatehouse

namespace gatehouse::ui {

class MessageView;

// The chat history: every exchange of the conversation and compare tabs, kept encrypted in the
// console database (core/history) with its key in the OS keychain. Search decrypts in memory;
// an exchange can be reopened in the conversation or sent again. Without a keychain, or when the
// user keeps no history (Settings), nothing is stored and the panel says why.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(ConsoleDatabase& db, SecretStore& secrets, Settings& settings, QWidget* parent = nullptr);
    ~HistoryPanel() override;

    bool isOn() const;         // a key is open and the user keeps history
    QString offReason() const; // why not, "" when on or still opening the key
    QListWidget* list() const { return m_list; }
    QLineEdit* searchBox() const { return m_search; }
    MessageView* answerView() const { return m_answer; }
    QPushButton* exportButton() const { return m_export; } // a menu: as Markdown, as JSON
    const QList<ChatExchange>& shown() const { return m_shown; }

    // Writes `exchange` to `path` as JSON when the name ends in .json, else as Markdown; false and
    // the reason in the panel's state line when it cannot.
    bool exportExchange(const ChatExchange& exchange, const QString& path);
    QString stateText() const;

    // Keeps one finished exchange (when history is on); waits for the key if it is still opening.
    void record(const QString& target, const ChatRequest& request, const ChatOutcome& outcome);

public slots:
    void refresh();
    void openKey(); // reads (or on first use creates) the key; refresh() when it is ready

signals:
    void reopenRequested(const gatehouse::ChatExchange& exchange);
    void resendRequested(const gatehouse::ChatExchange& exchange);
    void stateChanged(); // the key opened or failed, or an exchange was recorded

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showExchange(int row);
    void store(ChatExchange exchange);
    void askExportPath(const QString& extension, const QString& filter);

    ConsoleDatabase& m_db;
    SecretStore& m_secrets;
    Settings& m_settings;
    std::unique_ptr<ChatHistory> m_history;
    bool m_opening = false;
    QString m_offReason;
    QList<ChatExchange> m_pending; // recorded while the key was opening
    QList<ChatExchange> m_shown;
    QLabel* m_state;
    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_question;
    MessageView* m_answer;
    QPushButton* m_reopen;
    QPushButton* m_resend;
    QPushButton* m_export;
    QPushButton* m_delete;
};

} // namespace gatehouse::ui
