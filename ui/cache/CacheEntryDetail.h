#pragma once

#include "core/admin/CacheEntry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace gatehouse::ui {

// The pane beside the cache table: what the selected entry is (model, kind, dates, hits, tokens,
// upstream time saved per hit), the request exactly as the gateway keyed it, and the stored
// answer — all as plain text, never rendered.
class CacheEntryDetail : public QWidget
{
    Q_OBJECT
public:
    explicit CacheEntryDetail(QWidget* parent = nullptr);

    void showEntry(const CacheEntry& entry); // a listed entry; request and answer once loaded
    void showMessage(const QString& text);   // nothing selected, loading, or why it failed
    QString factsText() const;
    QString requestText() const;
    QString answerText() const;

private:
    QLabel* m_facts;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_answer;
};

} // namespace gatehouse::ui
