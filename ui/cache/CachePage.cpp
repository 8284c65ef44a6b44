#include "ui/cache/CachePage.h"

#include "core/admin/CacheClient.h"
#include "core/admin/CacheDeletion.h"
#include "ui/cache/CacheEntryDetail.h"
#include "ui/cache/CacheEntryEdits.h"
#include "ui/cache/CacheEntryTableModel.h"
#include "ui/cache/CacheGroupConnection.h"
#include "ui/cache/CacheRemoval.h"
#include "ui/cache/CacheStatsBar.h"
#include "ui/cache/CacheStoresTable.h"
#include "ui/cache/FaqAnswerDialog.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/ColumnWidth.h"
#include "ui/common/DataSize.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ProblemBanner.h"
#include "ui/common/ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CachePage::CachePage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_gateway(new AdminGatewayPicker(registry, secrets, this))
    , m_search(new QLineEdit(this))
    , m_modelFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_searchDelay(new QTimer(this))
    , m_stats(new CacheStatsBar(this))
    , m_model(new CacheEntryTableModel(this))
    , m_table(new QTableView(this))
    , m_detail(new CacheEntryDetail(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("cache"), tr("No gateway to look into"),
                             AdminGatewayPicker::noGatewayText(), this))
    , m_problem(new ProblemBanner(tr("Cache problem"), this))
    , m_status(new QLabel(this))
    , m_stores(new CacheStoresTable(this))
    , m_refresh(new QAction(themedIcon(QStringLiteral("refresh")), tr("&Refresh"), this))
    , m_addFaq(new QAction(themedIcon(QStringLiteral("add")), tr("Add &FAQ answer…"), this))
    , m_faqFromEntry(new QAction(tr("Make FAQ answer from this…"), this))
    , m_pin(new QAction(tr("&Pin"), this))
    , m_ttl(new QAction(tr("Change &TTL…"), this))
    , m_delete(new QAction(themedIcon(QStringLiteral("remove")), tr("&Delete…"), this))
    , m_deleteMatching(new QAction(tr("Delete &matching…"), this))
    , m_flush(new QAction(tr("F&lush…"), this))
{
    setUpActions();
    setUpFilters();
    setUpTable();
    followTheModel();
    layOut();
    reloadGateways();
}

// Shortcuts, what each action does and the tool tips that say it.
void CachePage::setUpActions()
{
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction* a : {m_refresh, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto* find = new QAction(tr("Search prompts"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    connect(m_refresh, &QAction::triggered, this, &CachePage::refresh);
    connect(m_addFaq, &QAction::triggered, this, &CachePage::addFaqAnswer);
    connect(m_faqFromEntry, &QAction::triggered, this, &CachePage::faqFromSelected);
    connect(m_pin, &QAction::triggered, this, &CachePage::togglePinSelected);
    connect(m_ttl, &QAction::triggered, this, &CachePage::changeTtlSelected);
    connect(m_delete, &QAction::triggered, this, &CachePage::deleteSelected);
    connect(m_deleteMatching, &QAction::triggered, this, &CachePage::deleteMatching);
    connect(m_flush, &QAction::triggered, this, &CachePage::flush);
    m_deleteMatching->setToolTip(tr("Delete every entry the search and filters keep, after counting them"));
    m_flush->setToolTip(tr("Delete every unpinned entry of this gateway's cache"));
}

// The gateway picker, the search field (applied 300 ms after the last keystroke) and the model
// and kind filters.
void CachePage::setUpFilters()
{
    m_gateway->setOffersTagGroups(true);
    connect(m_gateway, &QComboBox::currentIndexChanged, this, &CachePage::connectToGateway);

    m_stores->hide();
    connect(m_stores, &CacheStoresTable::browseRequested, this, &CachePage::browseStore);
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CachePage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &CachePage::applyFilter);
    m_modelFilter->setAccessibleName(tr("Model"));
    m_modelFilter->addItem(tr("All models"));
    m_modelFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &CachePage::applyFilter);
    m_kindFilter->setAccessibleName(tr("Kind"));
    m_kindFilter->addItem(tr("All entries"), int(Kind::All));
    m_kindFilter->addItem(tr("Pinned and FAQ"), int(Kind::Pinned));
    m_kindFilter->addItem(tr("Not pinned"), int(Kind::Unpinned));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CachePage::applyFilter);
}

// The entry table: columns sized for their content in any language, the context menu, and the
// detail that follows the selection.
void CachePage::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Cache entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(CacheEntryTableModel::Prompt, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Model, digit * 12);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Hits, digit * 5);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::LastHit, digit * 10);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Age, digit * 7);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Expires, digit * 12);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Size, digit * 10);
    setColumnWidthWithTitle(m_table, CacheEntryTableModel::Kind, digit * 11);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (selectedEntries().isEmpty())
            return;
        QMenu menu(this);
        menu.addActions({m_pin, m_ttl, m_faqFromEntry});
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
}

// What the page shows as pages of entries arrive or fail.
void CachePage::followTheModel()
{
    connect(m_model, &CacheEntryTableModel::pageLoaded, this, [this] {
        if (m_problemFromList) // a page came: the listing works again (other problems stay)
            showProblem({});
        updateModels();
        updateStatus();
        emit operationFinished();
    });
    connect(m_model, &CacheEntryTableModel::loadFailed, this, [this](const QString& message) {
        showProblem(tr("Could not list the cache of %1: %2").arg(m_clientGateway, message));
        m_problemFromList = true;
        emit operationFinished();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CachePage::updateStatus);
}

// Header, the gateway's row with the actions, stats, filters, the table beside the detail and
// the status line; or the empty state when no gateway can be looked into.
void CachePage::layOut()
{
    auto* header =
        new PageHeader(tr("Cache"), tr("Answers your gateways keep for questions asked again."), this);
    header->addAction(toolButton(m_flush, this));
    header->addAction(toolButton(m_addFaq, this));

    // The actions share the gateway's row, so the search field keeps its room in any language.
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(new QLabel(tr("Gateway:"), this));
    pickRow->addWidget(m_gateway);
    pickRow->addStretch(1);
    for (QAction* a : {m_refresh, m_pin, m_ttl, m_delete, m_deleteMatching})
        pickRow->addWidget(toolButton(a, this));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_modelFilter);
    filterRow->addWidget(m_kindFilter);

    auto* splitter = m_splitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(pickRow);
    contentLayout->addWidget(m_stats);
    contentLayout->addLayout(filterRow);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_stores);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_status);

    m_empty->setAction(tr("Open the Gateways page"));
    connect(m_empty, &EmptyState::actionTriggered, this, &CachePage::gatewaysRequested);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);
}

QString CachePage::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString CachePage::statusText() const
{
    return m_status->text();
}

CacheFilter CachePage::currentFilter() const
{
    CacheFilter filter;
    filter.text = m_search->text().trimmed();
    if (m_modelFilter->currentIndex() > 0)
        filter.model = m_modelFilter->currentText();
    const auto kind = Kind(m_kindFilter->currentData().toInt());
    if (kind != Kind::All)
        filter.pinned = kind == Kind::Pinned;
    return filter;
}

void CachePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) { // the table gets most of the width; the splitter's own split favours the pane
        m_sized = true;
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 7 / 10, total - total * 7 / 10});
    }
    reloadGateways();
}

void CachePage::reloadGateways()
{
    const bool changed = m_gateway->reload();
    m_stack->setCurrentWidget(m_gateway->hasGateways() ? m_stack->widget(0) : m_empty);
    if (!m_gateway->hasGateways()) {
        resetClients();
        m_clientGateway.clear();
        m_model->setSource(nullptr, {});
        m_stats->clear();
        updateActions();
        return;
    }
    if (changed || (!m_client && !m_connecting))
        connectToGateway();
}

void CachePage::resetClients()
{
    if (m_clients)
        m_clients->deleteLater(); // late: one of its clients may be calling back right now
    m_clients = new QObject(this);
    m_client = nullptr;
    m_group = nullptr; // deleted with m_clients
    m_groupCaches.clear();
}

void CachePage::connectToGateway()
{
    if (!m_gateway->hasGateways())
        return;
    if (!m_gateway->currentTag().isEmpty()) {
        connectToGroup(m_gateway->currentTag());
        return;
    }
    m_stores->hide();
    resetClients();
    const QString name = m_gateway->currentText();
    m_connecting = true;
    m_model->setSource(nullptr, {});
    m_stats->clear();
    m_detail->showMessage(tr("Select an entry to see its request and answer."));
    m_note.clear();
    m_status->setText(tr("Asking %1…").arg(name));
    updateActions();
    m_gateway->readEndpoint([this, name](std::optional<AdminEndpoint> endpoint, const QString& problem) {
        if (name != m_gateway->currentText())
            return; // another gateway was picked meanwhile; its own call follows
        m_connecting = false;
        if (!endpoint) {
            m_clientGateway.clear();
            showProblem(problem);
            updateActions();
            emit operationFinished();
            return;
        }
        m_client = new CacheClient(std::move(*endpoint), m_clients);
        m_clientGateway = name;
        {
            const QSignalBlocker block(m_modelFilter);
            m_modelFilter->clear();
            m_modelFilter->addItem(tr("All models"));
        }
        updateActions();
        refreshStats();
        applyFilter();
    });
}

void CachePage::connectToGroup(const QString& tag)
{
    resetClients();
    m_group = new CacheGroupConnection(*m_gateway, tag, m_clients);
    const int count = int(m_gateway->gatewaysTagged(tag).size());
    m_connecting = true;
    m_model->setSource(nullptr, {});
    m_stats->clear();
    m_stores->setRowCount(0);
    m_stores->show();
    m_detail->showMessage(tr("Select an entry to see its request and answer."));
    m_note.clear();
    m_status->setText(tr("Asking the %n gateway(s) tagged \"%1\"…", nullptr, count).arg(tag));
    updateActions();
    m_group->connectAll([this] { collectGroupStats(); });
}

void CachePage::collectGroupStats()
{
    QPointer<CacheGroupConnection> group = m_group;
    m_group->collectStats([this, group](const CacheGroupSummary& summary) {
        if (group && group == m_group) // not a group since left or connected anew
            showGroup(summary);
    });
}

void CachePage::showGroup(const CacheGroupSummary& summary)
{
    m_connecting = false;
    const QString browsed = m_clientGateway;
    m_groupCaches = summary.caches;
    m_stats->showStats(summary.totals);
    showProblem(summary.unreachable.isEmpty()
                    ? QString()
                    : tr("Not counted: %1").arg(summary.unreachable.join(QStringLiteral("; "))));
    const int again = m_stores->showCaches(summary.caches, browsed);
    if (summary.caches.isEmpty()) {
        m_client = nullptr;
        m_model->setSource(nullptr, {});
        updateActions();
        emit operationFinished();
        return;
    }
    m_stores->selectQuietly(again); // browse below, once
    browseStore(again);             // nothing happens when it is the one browsed already
    m_totalEntries = m_groupCaches.at(again).stats.entries;
    updateStatus();
}

void CachePage::browseStore(int row)
{
    if (row < 0 || row >= m_groupCaches.size())
        return;
    const SharedCache& c = m_groupCaches.at(row);
    const QString name = c.gateways.join(QStringLiteral(", "));
    if (m_client && m_clientGateway == name)
        return;
    m_client = m_group ? m_group->clientOf(c.gateways.first()) : nullptr;
    m_clientGateway = name;
    m_totalEntries = c.stats.entries;
    {
        const QSignalBlocker block(m_modelFilter);
        m_modelFilter->clear();
        m_modelFilter->addItem(tr("All models"));
    }
    updateActions();
    applyFilter();
}

void CachePage::refresh()
{
    if (!m_client) {
        connectToGateway();
        return;
    }
    refreshStats();
    m_model->reload();
}

void CachePage::applyFilter()
{
    m_searchDelay->stop();
    if (!m_client)
        return;
    m_note.clear();
    m_model->setSource(m_client, currentFilter());
    updateStatus();
}

void CachePage::refreshStats()
{
    if (m_group) {
        collectGroupStats();
        return;
    }
    if (!m_client)
        return;
    QPointer<CacheClient> client = m_client;
    m_client->stats([this, client](CacheAnswer<CacheStats> answer) {
        if (client != m_client)
            return;
        if (!answer) {
            m_stats->clear();
            m_totalEntries = -1;
            showProblem(tr("Could not read the cache figures of %1: %2").arg(m_clientGateway, answer.error));
            return;
        }
        m_stats->showStats(*answer.value);
        m_totalEntries = answer.value->entries;
        updateStatus();
    });
}

QList<const CacheEntry*> CachePage::selectedEntries() const
{
    QList<const CacheEntry*> entries;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        if (const CacheEntry* e = m_model->entryAt(row.row()))
            entries << e;
    }
    return entries;
}

void CachePage::showSelected()
{
    const QList<const CacheEntry*> selected = selectedEntries();
    if (selected.isEmpty()) {
        m_detail->showMessage(tr("Select an entry to see its request and answer."));
        return;
    }
    if (selected.size() > 1) {
        m_detail->showMessage(tr("%n entries selected.", nullptr, int(selected.size())));
        return;
    }
    const CacheEntry& entry = *selected.first();
    m_detail->showEntry(entry);
    if (!entry.request.isEmpty() || !m_client)
        return;
    const QString id = entry.id;
    m_client->get(id, [this, id](CacheAnswer<CacheEntry> answer) {
        const QList<const CacheEntry*> now = selectedEntries();
        const bool stillShown = now.size() == 1 && now.first()->id == id;
        if (!answer) {
            if (stillShown)
                m_detail->showMessage(tr("Could not load the entry: %1").arg(answer.error));
            if (answer.status == 404)
                m_model->removeId(id); // gone meanwhile (expired, evicted, deleted elsewhere)
            emit operationFinished();
            return;
        }
        m_model->replace(*answer.value);
        if (stillShown)
            m_detail->showEntry(*answer.value);
        emit operationFinished();
    });
}

void CachePage::togglePinSelected()
{
    const QList<const CacheEntry*> selected = selectedEntries();
    if (selected.size() == 1 && m_client)
        startEdits()->togglePin(*selected.first());
}

void CachePage::changeTtlSelected()
{
    const QList<const CacheEntry*> selected = selectedEntries();
    if (!selected.isEmpty() && m_client)
        startEdits()->askAndSetTtl(selected);
}

// What an operation on m_client reports reaches the page while that gateway stays picked.
template <class Operation> Operation* CachePage::follow(Operation* operation)
{
    QPointer<CacheClient> client = m_client;
    const auto current = [this, client] { return client == m_client; };
    connect(operation, &Operation::problem, this, [this, current](const QString& text) {
        if (current())
            showProblem(text);
    });
    connect(operation, &Operation::status, this, [this, current](const QString& text) {
        if (current())
            showStatus(text);
    });
    connect(operation, &Operation::answered, this, [this, current] {
        if (current())
            emit operationFinished();
    });
    return operation;
}

CacheEntryEdits* CachePage::startEdits()
{
    auto* edits = new CacheEntryEdits(*m_client, this);
    QPointer<CacheClient> client = m_client;
    connect(edits, &CacheEntryEdits::entryChanged, m_model, &CacheEntryTableModel::replace);
    connect(edits, &CacheEntryEdits::answered, this, [this, client] { // before follow()'s operationFinished
        if (client != m_client)
            return;
        showSelected();
        updateActions();
    });
    return follow(edits);
}

CacheRemoval* CachePage::startRemoval()
{
    auto* removal = follow(new CacheRemoval(*m_client, m_clientGateway, this));
    QPointer<CacheClient> client = m_client;
    connect(removal, &CacheRemoval::deletionStarted, this, &CachePage::deletionStarted);
    connect(removal, &CacheRemoval::entryDeleted, m_model, &CacheEntryTableModel::removeId);
    connect(removal, &CacheRemoval::removed, this, [this, client](bool everything) {
        if (client != m_client)
            return;
        if (everything)
            refresh();
        else
            refreshStats();
    });
    return removal;
}

void CachePage::deleteSelected()
{
    const QList<const CacheEntry*> selected = selectedEntries();
    if (selected.isEmpty() || !m_client)
        return;
    startRemoval()->removeEntries(selected);
}

void CachePage::deleteMatching()
{
    if (!m_client)
        return;
    const CacheFilter filter = currentFilter();
    if (filter.isEmpty()) {
        QMessageBox::information(
            this, tr("Delete matching entries"),
            tr("Search or pick a model or kind first: this deletes what the filter keeps. "
               "To delete every entry, use Flush."));
        return;
    }
    startRemoval()->removeMatching(filter);
}

void CachePage::flush()
{
    if (m_client)
        startRemoval()->flush(m_totalEntries);
}

void CachePage::addFaqAnswer()
{
    openFaqEditor(nullptr);
}

void CachePage::faqFromSelected()
{
    const QList<const CacheEntry*> selected = selectedEntries();
    if (selected.size() == 1)
        openFaqEditor(selected.first());
}

void CachePage::openFaqEditor(const CacheEntry* from)
{
    if (!m_client)
        return;
    FaqAnswerDialog dialog(m_clientGateway, m_model->models(), this);
    if (from)
        dialog.startFrom(*from);
    else if (!m_model->filter().model.isEmpty())
        dialog.modelField()->setCurrentText(m_model->filter().model);
    QPointer<CacheClient> client = m_client;
    QPointer<FaqAnswerDialog> open(&dialog);
    connect(&dialog, &FaqAnswerDialog::submitted, this, [this, client, open](const CacheFaq& faq) {
        if (!client) {
            open->finishSubmit(tr("The gateway changed; pick it again."));
            return;
        }
        client->addFaq(faq, [this, open](CacheAnswer<CacheEntry> answer) {
            if (open)
                open->finishSubmit(answer ? QString() : answer.error);
            if (!answer) {
                emit operationFinished();
                return;
            }
            showProblem({});
            showStatus(
                tr("Stored the FAQ answer %1 — pinned, it never expires.").arg(answer.value->id.left(12)));
            refresh();
        });
    });
    // The models the gateway serves join the ones seen in entries (a new gateway has none yet).
    client->servedModels([open](CacheAnswer<QStringList> answer) {
        if (!open || !answer)
            return;
        QComboBox* models = open->modelField();
        const QString typed = models->currentText();
        for (const QString& m : *answer.value) {
            if (models->findText(m) < 0)
                models->addItem(m);
        }
        models->setCurrentText(typed.isEmpty() ? models->itemText(0) : typed);
    });
    emit faqEditorOpened(&dialog);
    dialog.exec();
}

void CachePage::showProblem(const QString& text)
{
    m_problemFromList = false;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CachePage::showStatus(const QString& text)
{
    m_note = text;
    m_status->setText(text);
    updateStatus();
}

void CachePage::updateStatus()
{
    if (!m_client)
        return;
    const QLocale locale;
    const int shown = m_model->rowCount();
    const bool filtered = !m_model->filter().isEmpty();
    QString text;
    if (m_model->isLoading() && shown == 0)
        text = tr("Reading the cache of %1…").arg(m_clientGateway);
    else if (m_model->hasMore())
        text = filtered ? tr("%1 matching entries shown — scroll for more.").arg(locale.toString(shown))
               : m_totalEntries >= 0 ? tr("%1 of %2 entries shown — scroll for more.")
                                           .arg(locale.toString(shown), locale.toString(m_totalEntries))
                                     : tr("%1 entries shown — scroll for more.").arg(locale.toString(shown));
    else
        text = filtered ? tr("%n entry(s) match.", nullptr, shown) : tr("%n entry(s).", nullptr, shown);
    m_status->setText(m_note.isEmpty() ? text : m_note + QStringLiteral("   ") + text);
}

void CachePage::updateModels()
{
    QStringList known;
    for (int i = 1; i < m_modelFilter->count(); ++i)
        known << m_modelFilter->itemText(i);
    const QStringList seen = m_model->models();
    bool added = false;
    for (const QString& m : seen) {
        if (!known.contains(m)) {
            known << m;
            added = true;
        }
    }
    if (!added)
        return;
    known.sort();
    const QString current = m_modelFilter->currentIndex() > 0 ? m_modelFilter->currentText() : QString();
    const QSignalBlocker block(m_modelFilter);
    m_modelFilter->clear();
    m_modelFilter->addItem(tr("All models"));
    m_modelFilter->addItems(known);
    m_modelFilter->setCurrentIndex(current.isEmpty() ? 0 : int(known.indexOf(current)) + 1);
}

void CachePage::updateActions()
{
    const bool ready = m_client && !m_connecting;
    const QList<const CacheEntry*> selected = selectedEntries();
    const bool one = ready && selected.size() == 1;
    m_refresh->setEnabled(m_gateway->hasGateways());
    m_addFaq->setEnabled(ready);
    m_flush->setEnabled(ready);
    m_deleteMatching->setEnabled(ready);
    m_delete->setEnabled(ready && !selected.isEmpty());
    m_ttl->setEnabled(ready && !selected.isEmpty());
    m_faqFromEntry->setEnabled(one);
    m_pin->setEnabled(one);
    m_pin->setText(one && selected.first()->pinned ? tr("Un&pin") : tr("&Pin"));
}

} // namespace gatehouse::ui
