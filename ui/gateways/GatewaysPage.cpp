#include "ui/gateways/GatewaysPage.h"

#include "core/localgateway/LocalGateway.h"
#include "core/localgateway/LocalGatewayEntry.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ThemedIcon.h"
#include "ui/gateways/ConnectionTestDialog.h"
#include "ui/gateways/GatewayDialog.h"
#include "ui/gateways/GatewayTableModel.h"
#include "ui/gateways/LocalGatewayPanel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

GatewaysPage::GatewaysPage(GatewayRegistry& registry, SecretStore& secrets, LocalGateway* localGateway,
                           QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_model(new GatewayTableModel(registry, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(
          new EmptyState(QStringLiteral("gateways"), tr("No gateways yet"),
                         tr("Add the gateways, model servers and Prometheus servers you run. Gatehouse "
                            "checks their connection, keeps their keys in your keychain and, as it grows, "
                            "charts their metrics and chats through them."),
                         this))
    , m_add(new QAction(tr("&Add…"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
    , m_duplicate(new QAction(tr("D&uplicate"), this))
    , m_remove(new QAction(tr("&Remove…"), this))
    , m_test(new QAction(tr("&Test connection"), this))
{
    m_add->setShortcut(QKeySequence::New);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_test->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* a : {m_add, m_edit, m_duplicate, m_remove, m_test})
        addAction(a);
    connect(m_add, &QAction::triggered, this, &GatewaysPage::addGateway);
    connect(m_edit, &QAction::triggered, this, &GatewaysPage::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &GatewaysPage::duplicateSelected);
    connect(m_remove, &QAction::triggered, this, &GatewaysPage::removeSelected);
    connect(m_test, &QAction::triggered, this, &GatewaysPage::testSelected);

    auto* header = new PageHeader(
        tr("Gateways"), tr("Everything this console manages: gateways, model servers, Prometheus servers."),
        this);
    for (QAction* a : {m_test, m_duplicate, m_edit, m_remove, m_add})
        header->addAction(toolButton(a));

    m_filter->setPlaceholderText(tr("Filter by name, kind, address or tag"));
    m_filter->setAccessibleName(tr("Filter gateways"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Gateways"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GatewayTableModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(GatewayTableModel::Address, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(GatewayTableModel::Name, QHeaderView::Interactive);
    m_table->setColumnWidth(GatewayTableModel::Name, 160);
    m_table->horizontalHeader()->setSectionResizeMode(GatewayTableModel::Kind, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(GatewayTableModel::Metrics, 200);
    m_table->setColumnWidth(GatewayTableModel::Tags, 90);
    m_table->horizontalHeader()->setSectionResizeMode(GatewayTableModel::PollInterval,
                                                      QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::doubleClicked, this, &GatewaysPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GatewaysPage::updateActions);

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table, 1);

    m_empty->setAction(tr("Add gateway…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &GatewaysPage::addGateway);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(listPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    if (localGateway) {
        layout->addWidget(new LocalGatewayPanel(*localGateway, &m_secrets, this));
        // The running local gateway is an entry like any other, so chat and dashboards can use it.
        connect(localGateway, &LocalGateway::stateChanged, this,
                [this, localGateway](LocalGateway::State state) {
                    if (state != LocalGateway::State::Running)
                        return;
                    // Its admin token first, so the entry never names a stale one for long.
                    m_secrets.write(localGatewayAdminSecretName(), localGateway->adminToken(),
                                    SecretKind::AdminToken, [](const SecretError& e) {
                                        if (e)
                                            qWarning("Cannot keep the local gateway's admin token: %s",
                                                     qPrintable(e.message));
                                    });
                    const RegistryResult result = recordLocalGateway(m_registry, *localGateway);
                    if (!result.ok())
                        qWarning("Cannot record the local gateway in the registry: %s",
                                 qPrintable(result.summary()));
                    refresh();
                });
    }
    layout->addWidget(m_stack, 1);

    retintIcons();
    refresh();
}

QToolButton* GatewaysPage::toolButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

bool GatewaysPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

qint64 GatewaysPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(GatewayTableModel::ProfileIdRole).toLongLong();
}

void GatewaysPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void GatewaysPage::refresh()
{
    const qint64 keep = selectedId();
    m_model->reload();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (keep != 0)
        select(keep);
    updateActions();
}

void GatewaysPage::updateActions()
{
    const bool selected = selectedId() != 0;
    for (QAction* a : {m_edit, m_duplicate, m_remove, m_test})
        a->setEnabled(selected);
}

void GatewaysPage::addGateway()
{
    GatewayProfile profile;
    profile.kind = GatewayKind::OpenAiCompatible;
    QStringList names;
    for (const SecretInfo& s : m_secrets.list())
        names << s.name;
    GatewayDialog dialog(
        profile, names, [this](GatewayProfile& p) { return m_registry.add(p); }, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        select(dialog.profile().id);
    }
}

void GatewaysPage::editSelected()
{
    const auto profile = m_registry.find(selectedId());
    if (!profile)
        return;
    QStringList names;
    for (const SecretInfo& s : m_secrets.list())
        names << s.name;
    GatewayDialog dialog(
        *profile, names, [this](GatewayProfile& p) { return m_registry.update(p); }, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void GatewaysPage::duplicateSelected()
{
    GatewayProfile copy;
    const RegistryResult result = m_registry.duplicate(selectedId(), &copy);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Duplicate gateway"), result.message);
        return;
    }
    refresh();
    select(copy.id);
}

void GatewaysPage::removeSelected()
{
    const auto profile = m_registry.find(selectedId());
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove gateway"),
        tr("Remove “%1” from the list? Its keys stay in your keychain.").arg(profile->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const RegistryResult result = m_registry.remove(profile->id);
    if (!result.ok())
        QMessageBox::warning(this, tr("Remove gateway"), result.message);
    refresh();
}

void GatewaysPage::testSelected()
{
    const auto profile = m_registry.find(selectedId());
    if (!profile)
        return;
    auto* dialog = new ConnectionTestDialog(*profile, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
}

void GatewaysPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        retintIcons();
    QWidget::changeEvent(event);
}

void GatewaysPage::retintIcons()
{
    m_add->setIcon(themedIcon(QStringLiteral("add"), palette()));
    m_edit->setIcon(themedIcon(QStringLiteral("edit"), palette()));
    m_duplicate->setIcon(themedIcon(QStringLiteral("duplicate"), palette()));
    m_remove->setIcon(themedIcon(QStringLiteral("remove"), palette()));
    m_test->setIcon(themedIcon(QStringLiteral("test-connection"), palette()));
}

} // namespace gatehouse::ui
