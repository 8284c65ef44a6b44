#pragma once

#include "core/admin/CacheEntry.h"
#include "core/admin/CacheGroup.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace gatehouse {
class CacheClient;
class CacheDeletion;
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class AdminGatewayPicker;
class CacheEntryDetail;
class CacheGroupConnection;
class CacheStoresTable;
class CacheEntryTableModel;
class CacheEntryEdits;
class CacheRemoval;
class CacheStatsBar;
class EmptyState;
class FaqAnswerDialog;

// The Cache page: one gatehoused's response cache through its admin API — a table that pages in
// entries as it scrolls, search by prompt text, model and kind filters, the figures of the cache,
// the selected entry's request and answer; pin, unpin, new TTL, delete (many at once with progress,
// cancel and retry of failures), delete everything matching the filter after a dry-run count,
// flush, and curated FAQ answers.
class CachePage : public QWidget
{
    Q_OBJECT
public:
    CachePage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent = nullptr);

    AdminGatewayPicker* gatewayPicker() const { return m_gateway; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* modelFilter() const { return m_modelFilter; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    QTableView* table() const { return m_table; }
    CacheEntryTableModel* model() const { return m_model; }
    CacheEntryDetail* detail() const { return m_detail; }
    CacheStatsBar* statsBar() const { return m_stats; }
    EmptyState* emptyState() const { return m_empty; }
    CacheStoresTable* storesTable() const { return m_stores; } // a tag group's distinct caches
    const QList<SharedCache>& groupStores() const { return m_groupCaches; }
    QString problemText() const;
    QString statusText() const;
    CacheFilter currentFilter() const;

    enum class Kind
    {
        All,
        Pinned, // pinned entries and FAQ answers
        Unpinned
    };

public slots:
    void reloadGateways();
    void refresh(); // the selected gateway's stats and the first page under the filter
    void addFaqAnswer();
    void faqFromSelected(); // the FAQ editor filled from the selected entry
    void togglePinSelected();
    void changeTtlSelected();
    void deleteSelected();
    void deleteMatching();
    void flush();

signals:
    void operationFinished(); // a call to the gateway finished (tests wait on this)
    void gatewaysRequested();
    void deletionStarted(gatehouse::CacheDeletion* deletion);
    void faqEditorOpened(gatehouse::ui::FaqAnswerDialog* dialog); // before it runs modally

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The constructor's parts, in order.
    void setUpActions();
    void setUpFilters();
    void setUpTable();
    void followTheModel();
    void layOut();

    void connectToGateway();
    void connectToGroup(const QString& tag);
    void collectGroupStats(); // then showGroup()
    void showGroup(const CacheGroupSummary& summary);
    void browseStore(int row);
    void resetClients();
    void refreshStats();
    void applyFilter();
    void showSelected();
    void openFaqEditor(const CacheEntry* from);
    // For m_client, reporting here while it stays picked (follow).
    CacheEntryEdits* startEdits();
    CacheRemoval* startRemoval();
    template <class Operation> Operation* follow(Operation* operation);
    QList<const CacheEntry*> selectedEntries() const;
    void showProblem(const QString& text);
    void showStatus(const QString& text); // the outcome of an action, kept beside the counts
    void updateStatus();
    void updateActions();
    void updateModels();

    AdminGatewayPicker* m_gateway;
    QLineEdit* m_search;
    QComboBox* m_modelFilter;
    QComboBox* m_kindFilter;
    QTimer* m_searchDelay;
    CacheStatsBar* m_stats;
    CacheEntryTableModel* m_model;
    QTableView* m_table;
    CacheEntryDetail* m_detail;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QLabel* m_problem;
    QLabel* m_status;
    CacheStoresTable* m_stores;
    QAction* m_refresh;
    QAction* m_addFaq;
    QAction* m_faqFromEntry;
    QAction* m_pin;
    QAction* m_ttl;
    QAction* m_delete;
    QAction* m_deleteMatching;
    QAction* m_flush;
    QObject* m_clients = nullptr;           // owns every client of the current pick
    QPointer<CacheClient> m_client;         // the one the table, detail and actions use
    QPointer<CacheGroupConnection> m_group; // a tag group's clients, under m_clients
    QList<SharedCache> m_groupCaches;
    QString m_clientGateway;
    QString m_note;             // what the last action did, shown before the counts
    qint64 m_totalEntries = -1; // from the last stats, -1 unknown
    bool m_connecting = false;
    bool m_sized = false;
    bool m_problemFromList = false; // the banner says the last page could not be read
};

} // namespace gatehouse::ui
