#include "ui/rules/RulesPage.h"

#include "core/admin/AdminClient.h"
#include "core/metrics/RuleHitsReader.h"
#include "core/registry/GatewayRegistry.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ProblemBanner.h"
#include "ui/common/ThemedIcon.h"
#include "ui/rules/RuleEditor.h"
#include "ui/rules/RuleFilterBar.h"
#include "ui/rules/RuleFilterProxy.h"
#include "ui/rules/RuleFleet.h"
#include "ui/rules/RuleSetFile.h"
#include "ui/rules/RuleTableModel.h"
#include "ui/rules/RuleTableView.h"
#include "ui/rules/RuleTestPanel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
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

QString rulePath(const QString& id)
{
    return QStringLiteral("rules/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

RulesPage::RulesPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_gateway(new AdminGatewayPicker(registry, secrets, this))
    , m_hits(new metrics::RuleHitsReader(&secrets, this))
    , m_model(new RuleTableModel(this))
    , m_proxy(new RuleFilterProxy(m_model, this))
    , m_filter(new RuleFilterBar(m_proxy, this))
    , m_table(new QTableView(this))
    , m_editor(new RuleEditor(this))
    , m_test(new RuleTestPanel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("rules"), tr("No gateway to manage"),
                             AdminGatewayPicker::noGatewayText(), this))
    , m_problem(new ProblemBanner(tr("Rules problem"), this))
    , m_status(new QLabel(this))
    , m_refresh(new QAction(themedIcon(QStringLiteral("refresh")), tr("&Refresh"), this))
    , m_new(new QAction(themedIcon(QStringLiteral("add")), tr("&New rule"), this))
    , m_import(new QAction(tr("&Import…"), this))
    , m_export(new QAction(tr("E&xport…"), this))
    , m_find(new QAction(tr("&Find rules"), this))
    , m_push(new QAction(tr("&Push to group…"), this))
    , m_drift(new QAction(tr("&Drift…"), this))
    , m_fleet(new RuleFleet(*m_gateway, this))
{
    m_push->setToolTip(tr("Replace the rules of every gateway of a tag with this gateway's rules or a file"));
    m_drift->setToolTip(tr("List the gateways of a tag whose rules differ from this gateway's"));
    connect(m_push, &QAction::triggered, this, &RulesPage::pushToGroup);
    connect(m_drift, &QAction::triggered, this, &RulesPage::showDrift);
    connect(m_fleet, &RuleFleet::pushed, this, &RulesPage::refresh);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, m_filter, &RuleFilterBar::focusSearch);
    connect(m_hits, &metrics::RuleHitsReader::finished, this, &RulesPage::showHits);
    connect(m_filter, &RuleFilterBar::filterAboutToChange, this, [this] { m_reselecting = true; });
    connect(m_filter, &RuleFilterBar::filterChanged, this, [this] {
        m_reselecting = false;
        reselectShown();
    });
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &RulesPage::refresh);
    connect(m_new, &QAction::triggered, this, &RulesPage::newRule);
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import rules"), QString(), tr("Rule sets (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export rules"), QStringLiteral("rules.json"), tr("Rule sets (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });

    auto* header = new PageHeader(tr("Rules"), tr("Content filter rules enforced by your gateways."), this);
    for (QAction* a : {m_push, m_drift, m_import, m_export, m_new})
        header->addAction(toolButton(a, this));

    connect(m_gateway, &QComboBox::currentIndexChanged, this, &RulesPage::connectToGateway);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(new QLabel(tr("Gateway:"), this));
    pickRow->addWidget(m_gateway);
    pickRow->addStretch(1);
    pickRow->addWidget(toolButton(m_refresh, this));

    setUpRuleTable(m_table, m_proxy);
    m_table->setAccessibleName(tr("Rules"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::showSelected);
    connect(m_model, &RuleTableModel::toggleRequested, this, &RulesPage::setEnabled);
    connect(m_editor, &RuleEditor::saveRequested, this, &RulesPage::save);
    connect(m_editor, &RuleEditor::deleteRequested, this, &RulesPage::remove);
    connect(m_test, &RuleTestPanel::testRequested, this, &RulesPage::test);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    auto* editorTitle = new QLabel(tr("Rule"), side);
    auto* testTitle = new QLabel(tr("Try a text"), side);
    for (QLabel* title : {editorTitle, testTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }
    sideLayout->addWidget(editorTitle);
    sideLayout->addWidget(m_editor, 1);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(testTitle);
    sideLayout->addWidget(m_test);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The table's columns side by side at the window's first size; the editor takes the rest.
    splitter->setSizes({640, 340});

    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(pickRow);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_filter);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_status);

    m_empty->setAction(tr("Open the Gateways page"));
    connect(m_empty, &EmptyState::actionTriggered, this, &RulesPage::gatewaysRequested);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);
    reloadGateways();
}

QString RulesPage::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString RulesPage::statusText() const
{
    return m_status->text();
}

void RulesPage::readHits()
{
    const std::optional<GatewayProfile> profile = m_registry.findByName(m_clientGateway);
    if (profile)
        m_hits->read(*profile);
}

// Hits that cannot be read show as "—" with the reason in the status, never as a silent 0.
void RulesPage::showHits(const metrics::RuleHits& hits)
{
    if (hits.ok()) {
        m_model->setHits(hits.byRule);
        m_hitsNote.clear();
    } else {
        m_model->setHitsUnknown(hits.error);
        m_hitsNote = tr("Hit counts are unknown: %1").arg(hits.error);
    }
    showStatus(m_statusText);
    emit hitsUpdated();
}

void RulesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadGateways();
}

void RulesPage::reloadGateways()
{
    const bool changed = m_gateway->reload();
    m_stack->setCurrentWidget(m_gateway->hasGateways() ? m_stack->widget(0) : m_empty);
    for (QAction* a : {m_refresh, m_new, m_import, m_export, m_find, m_push, m_drift})
        a->setEnabled(m_gateway->hasGateways());
    if (m_gateway->hasGateways() && (changed || (!m_client && !m_connecting)))
        connectToGateway();
}

void RulesPage::connectToGateway()
{
    const QString name = m_gateway->currentText();
    if (name.isEmpty())
        return;
    showStatus(tr("Asking %1…").arg(name));
    m_connecting = true;
    m_gateway->readEndpoint([this, name](std::optional<AdminEndpoint> endpoint, const QString& problem) {
        if (name != m_gateway->currentText())
            return;
        m_connecting = false;
        if (m_client)
            m_client->deleteLater();
        m_client = nullptr;
        m_model->setRules({});
        m_model->setHitsUnknown({});
        m_hitsNote.clear();
        m_editor->clear();
        m_shownId.clear();
        if (!endpoint) {
            showProblem(problem);
            emit operationFinished();
            return;
        }
        m_client = new AdminClient(std::move(*endpoint), this);
        m_clientGateway = name;
        refresh();
    });
}

void RulesPage::refresh()
{
    if (!m_client) {
        connectToGateway();
        return;
    }
    AdminReply* reply = m_client->get(QStringLiteral("rules"));
    QPointer<AdminClient> client = m_client;
    connect(reply, &AdminReply::finished, this, [this, reply, client] {
        if (client != m_client)
            return;
        if (!reply->ok()) {
            showProblem(tr("Could not read the rules of %1: %2").arg(m_clientGateway, reply->errorString()));
            emit operationFinished();
            return;
        }
        showProblem({});
        m_set = reply->json().object();
        m_etag = reply->header("etag");
        const QString keep = m_shownId;
        m_model->setRules(m_set.value(QLatin1String("rules")).toArray());
        const int row = m_model->rowOf(keep);
        if (row >= 0) {
            reselectShown();
            if (!m_editor->isModified())
                m_editor->showRule(m_model->ruleAt(row));
        }
        if (m_statusText.startsWith(tr("Asking")) || m_statusText.isEmpty())
            showStatus(tr("%n rule(s) on %1.", nullptr, m_model->rowCount()).arg(m_clientGateway));
        readHits();
        emit operationFinished();
    });
}

QString RulesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int row = m_proxy->mapToSource(rows.first()).row();
    return m_model->ruleAt(row).value(QLatin1String("id")).toString();
}

int RulesPage::viewRowOf(const QString& id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? -1 : m_proxy->mapFromSource(m_model->index(row, 0)).row();
}

bool RulesPage::selectRule(const QString& id)
{
    const int row = viewRowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

// After a refresh or a filter change the selection is the rule in the editor, if it is shown, and
// nothing else (the view may have moved it to a neighbour of a row filtered out).
void RulesPage::reselectShown()
{
    const int row = viewRowOf(m_shownId);
    if (selectedId() == m_shownId && (row >= 0 || m_table->selectionModel()->selectedRows().isEmpty()))
        return;
    m_reselecting = true;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
    m_reselecting = false;
}

void RulesPage::showSelected()
{
    if (m_reselecting)
        return;
    const QString id = selectedId();
    if (id == m_shownId)
        return;
    // A filter that hides the rule being edited leaves it in the editor.
    if (id.isEmpty() && !m_shownId.isEmpty() && m_model->rowOf(m_shownId) >= 0 && viewRowOf(m_shownId) < 0)
        return;
    if (m_editor->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved rule"), tr("Discard the changes to \"%1\"?").arg(m_shownId),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_reselecting = true;
            const int back = viewRowOf(m_shownId);
            if (back >= 0)
                m_table->selectRow(back);
            else
                m_table->clearSelection();
            m_reselecting = false;
            return;
        }
    }
    m_shownId = id;
    if (id.isEmpty())
        m_editor->clear();
    else
        m_editor->showRule(m_model->ruleAt(m_model->rowOf(id)));
}

void RulesPage::newRule()
{
    if (!m_client)
        return;
    QJsonObject rule = RuleEditor::newRuleTemplate();
    QString id = rule.value(QLatin1String("id")).toString();
    for (int n = 2; m_model->rowOf(id) >= 0; ++n)
        id = QStringLiteral("new-rule-%1").arg(n);
    rule.insert(QStringLiteral("id"), id);
    m_reselecting = true;
    m_table->clearSelection();
    m_reselecting = false;
    m_shownId.clear();
    m_editor->showRule(rule);
    m_editor->focusFirstField();
}

void RulesPage::afterWrite(AdminReply* reply, const QString& done, const QString& select)
{
    QPointer<AdminClient> client = m_client;
    connect(reply, &AdminReply::finished, this, [this, reply, client, done, select] {
        if (client != m_client)
            return;
        if (!reply->ok()) {
            if (reply->status() == 412)
                showProblem(
                    tr("The rules of %1 changed since they were read (someone else saved); nothing was "
                       "overwritten. Refresh, then make your change again.")
                        .arg(m_clientGateway));
            else
                showProblem(tr("%1 refused it: %2").arg(m_clientGateway, reply->errorString()));
            emit operationFinished();
            return;
        }
        showProblem({});
        showStatus(done);
        if (!select.isEmpty()) {
            m_shownId = select;
            m_editor->showRule(reply->json().object()); // the stored form, with the gateway's stamps
        } else {
            m_shownId.clear();
            m_editor->clear();
        }
        refresh();
    });
}

void RulesPage::save(const QJsonObject& rule)
{
    if (!m_client)
        return;
    const QString id = rule.value(QLatin1String("id")).toString();
    afterWrite(m_client->put(rulePath(id), QJsonDocument(rule), m_etag),
               tr("Saved \"%1\"; it applies to the next request.").arg(id), id);
}

void RulesPage::remove(const QString& id)
{
    if (!m_client || id.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Delete rule"),
        tr("Delete the rule \"%1\" from %2? It stops applying at the next request.").arg(id, m_clientGateway),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    afterWrite(m_client->remove(rulePath(id)), tr("Deleted \"%1\".").arg(id), {});
}

void RulesPage::deleteSelected()
{
    remove(selectedId());
}

void RulesPage::setEnabled(const QString& id, bool enabled)
{
    if (!m_client)
        return;
    QJsonObject rule = m_model->ruleAt(m_model->rowOf(id));
    if (rule.isEmpty())
        return;
    rule.remove(QStringLiteral("createdAt"));
    rule.remove(QStringLiteral("updatedAt"));
    rule.insert(QStringLiteral("enabled"), enabled);
    const bool shown = id == m_shownId && !m_editor->isModified();
    afterWrite(m_client->put(rulePath(id), QJsonDocument(rule), m_etag),
               enabled ? tr("Enabled \"%1\".").arg(id) : tr("Disabled \"%1\": it no longer applies.").arg(id),
               shown ? id : QString());
}

void RulesPage::test(const QJsonObject& request)
{
    if (!m_client)
        return;
    m_test->setBusy(true);
    AdminReply* reply = m_client->post(QStringLiteral("rules/test"), QJsonDocument(request));
    QPointer<AdminClient> client = m_client;
    connect(reply, &AdminReply::finished, this, [this, reply, client] {
        m_test->setBusy(false);
        if (client != m_client)
            return;
        if (reply->ok())
            m_test->showResult(reply->json().object());
        else
            m_test->showProblem(tr("Could not test: %1").arg(reply->errorString()));
        emit operationFinished();
    });
}

void RulesPage::pushToGroup()
{
    if (m_client)
        m_fleet->openPush(m_clientGateway, m_set);
}

void RulesPage::showDrift()
{
    if (m_client && !m_etag.isEmpty())
        m_fleet->openDrift(m_clientGateway, m_set, m_etag);
}

void RulesPage::importFile(const QString& path)
{
    if (!m_client)
        return;
    const RuleSetFile imported = RuleSetFile::read(path);
    if (!imported.ok()) {
        showProblem(imported.problem);
        return;
    }
    const int count = imported.ruleCount;
    const auto answer = QMessageBox::question(this, tr("Import rules"),
                                              tr("Replace the %1 rules of %2 with the %3 rules of %4?")
                                                  .arg(m_model->rowCount())
                                                  .arg(m_clientGateway)
                                                  .arg(count)
                                                  .arg(path),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    afterWrite(m_client->put(QStringLiteral("rules"), imported.json, m_etag),
               tr("Imported %1 rules from %2.").arg(count).arg(path), {});
}

void RulesPage::exportFile(const QString& path)
{
    if (m_set.isEmpty())
        return;
    const QString problem = RuleSetFile::write(path, m_set);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    showStatus(
        tr("Exported %n rule(s) of %1 to %2.", nullptr, m_model->rowCount()).arg(m_clientGateway, path));
}

void RulesPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RulesPage::showStatus(const QString& text)
{
    m_statusText = text;
    m_status->setText(m_hitsNote.isEmpty() ? text : text + QLatin1Char(' ') + m_hitsNote);
}

} // namespace gatehouse::ui
