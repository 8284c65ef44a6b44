#include "ui/keys/KeysPage.h"

#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ProblemBanner.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/ThemedIcon.h"
#include "ui/keys/AccessKeysPanel.h"
#include "ui/keys/SecretDialog.h"
#include "ui/keys/SecretTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
constexpr int revealSeconds = 30;
}

KeysPage::KeysPage(SecretStore& secrets, Settings& settings, GatewayRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_model(new SecretTableModel(this))
    , m_clipboard(new SecretClipboard(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("keys"), tr("No keys stored yet"),
                             tr("Keep provider API keys, gateway admin tokens and access keys in your system "
                                "keychain, never in files. Gateways and the chat refer to them by name."),
                             this))
    , m_problem(new ProblemBanner(tr("Keychain problem"), this))
    , m_status(new QLabel(this))
    , m_autoHide(new QTimer(this))
    , m_add(new QAction(tr("&Add…"), this))
    , m_replace(new QAction(tr("Re&place…"), this))
    , m_reveal(new QAction(tr("Re&veal"), this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
{
    m_add->setShortcut(QKeySequence::New);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reveal->setCheckable(true);
    for (QAction* a : {m_add, m_replace, m_reveal, m_copy, m_delete})
        addAction(a);
    connect(m_add, &QAction::triggered, this, &KeysPage::addSecret);
    connect(m_replace, &QAction::triggered, this, &KeysPage::replaceSelected);
    connect(m_reveal, &QAction::triggered, this, &KeysPage::toggleRevealSelected);
    connect(m_copy, &QAction::triggered, this, &KeysPage::copySelected);
    connect(m_delete, &QAction::triggered, this, &KeysPage::deleteSelected);

    auto* header = new PageHeader(
        tr("Keys"),
        registry ? tr("Secrets kept in your system keychain, and the access keys your gateways hand out.")
                 : tr("Secrets kept in your system keychain. Gatehouse stores only their names."),
        this);
    QList<QToolButton*> keychainButtons;
    for (QAction* a : {m_reveal, m_copy, m_replace, m_delete, m_add}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        header->addAction(button);
        keychainButtons << button;
    }

    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Stored keys"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(SecretTableModel::Value, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretTableModel::Updated,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(SecretTableModel::Name, 200);
    m_table->horizontalHeader()->setSectionResizeMode(SecretTableModel::Kind, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_model->hideAll();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, &KeysPage::replaceSelected);

    m_empty->setAction(tr("Add key…"));
    connect(m_empty, &EmptyState::actionTriggered, this, &KeysPage::addSecret);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, [this] {
        m_model->hideAll();
        updateActions();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { showStatus(tr("The copied key was cleared from the clipboard.")); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    if (!registry) {
        layout->addWidget(m_problem);
        layout->addWidget(m_stack, 1);
        layout->addWidget(m_status);
    } else {
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        auto* keychain = new QWidget(m_tabs);
        auto* keychainLayout = new QVBoxLayout(keychain);
        keychainLayout->setContentsMargins(0, 8, 0, 0);
        keychainLayout->addWidget(m_problem);
        keychainLayout->addWidget(m_stack, 1);
        keychainLayout->addWidget(m_status);
        m_accessKeys = new AccessKeysPanel(*registry, secrets, settings, m_tabs);
        m_tabs->addTab(keychain, tr("Keychain"));
        m_tabs->addTab(m_accessKeys, tr("Gateway access keys"));
        // The header's actions belong to the keychain tab.
        connect(m_tabs, &QTabWidget::currentChanged, this, [this, keychainButtons](int index) {
            for (QToolButton* button : keychainButtons)
                button->setVisible(index == 0);
            for (QAction* a : {m_add, m_replace, m_reveal, m_copy, m_delete})
                a->setEnabled(index == 0);
            if (index == 0)
                updateActions();
        });
        layout->addWidget(m_tabs, 1);
    }

    retintIcons();
    refresh();
}

void KeysPage::showAccessKeys()
{
    if (m_tabs)
        m_tabs->setCurrentWidget(m_accessKeys);
}

bool KeysPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString KeysPage::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString KeysPage::statusText() const
{
    return m_status->text();
}

void KeysPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void KeysPage::refresh()
{
    const QString keep = selectedName();
    m_model->setSecrets(m_secrets.list());
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (!keep.isEmpty())
        select(keep);
    updateActions();
}

QString KeysPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->secretAt(rows.first().row()).name;
}

void KeysPage::select(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void KeysPage::updateActions()
{
    const QString name = selectedName();
    const bool selected = !name.isEmpty() && !m_busy;
    m_add->setEnabled(!m_busy);
    for (QAction* a : {m_replace, m_reveal, m_copy, m_delete})
        a->setEnabled(selected);
    const bool revealed = !name.isEmpty() && m_model->isRevealed(name);
    m_reveal->setChecked(revealed);
    m_reveal->setText(revealed ? tr("&Hide") : tr("Re&veal"));
    m_reveal->setIcon(themedIcon(revealed ? QStringLiteral("hide") : QStringLiteral("reveal"), palette()));
}

void KeysPage::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateActions();
}

void KeysPage::showProblem(const SecretError& error)
{
    m_problem->setText(error.message);
    m_problem->setVisible(bool(error));
}

void KeysPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void KeysPage::addSecret()
{
    QStringList names;
    for (const SecretInfo& s : m_secrets.list())
        names << s.name;
    SecretDialog dialog(QString(), SecretKind::ProviderKey, names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store(dialog.name(), static_cast<int>(dialog.kind()), dialog.value(), false);
}

void KeysPage::replaceSelected()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    const SecretInfo info = m_model->secretAt(row);
    SecretDialog dialog(info.name, info.kind, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store(dialog.name(), static_cast<int>(dialog.kind()), dialog.value(), true);
}

void KeysPage::store(const QString& name, int kind, QByteArray value, bool replacing)
{
    setBusy(true);
    QPointer<KeysPage> self(this);
    m_secrets.write(name, value, static_cast<SecretKind>(kind),
                    [self, name, replacing](const SecretError& error) {
                        if (!self)
                            return;
                        self->setBusy(false);
                        self->showProblem(error);
                        if (!error) {
                            self->refresh();
                            self->select(name);
                            self->showStatus(replacing ? tr("Replaced “%1” in the keychain.").arg(name)
                                                       : tr("Stored “%1” in the keychain.").arg(name));
                        }
                        emit self->operationFinished();
                    });
    wipe(value);
}

void KeysPage::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete key"),
        tr("Delete “%1” from your keychain? Gateways that refer to it will no longer authenticate.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true);
    QPointer<KeysPage> self(this);
    m_secrets.remove(name, [self, name](const SecretError& error) {
        if (!self)
            return;
        self->setBusy(false);
        self->showProblem(error);
        self->refresh();
        if (!error)
            self->showStatus(tr("Deleted “%1”.").arg(name));
        emit self->operationFinished();
    });
}

void KeysPage::readSelected(const std::function<void(const QString& name, const QByteArray& value)>& use)
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    setBusy(true);
    QPointer<KeysPage> self(this);
    m_secrets.read(name, [self, name, use](const SecretError& error, const QByteArray& value) {
        if (!self)
            return;
        self->setBusy(false);
        self->showProblem(error);
        if (!error)
            use(name, value);
        self->updateActions();
        emit self->operationFinished();
    });
}

void KeysPage::toggleRevealSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty() && m_model->isRevealed(name)) {
        m_model->hide(name);
        updateActions();
        return;
    }
    readSelected([this](const QString& secretName, const QByteArray& value) {
        m_model->reveal(secretName, value);
        m_autoHide->start(revealSeconds * 1000);
        showStatus(tr("The value is hidden again after %n seconds.", nullptr, revealSeconds));
    });
}

void KeysPage::copySelected()
{
    readSelected([this](const QString& secretName, const QByteArray& value) {
        const int seconds = m_settings.clipboardClearSeconds();
        m_clipboard->copy(value, seconds);
        showStatus(
            tr("Copied “%1”. The clipboard is cleared in %n seconds.", nullptr, seconds).arg(secretName));
    });
}

void KeysPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        retintIcons();
    QWidget::changeEvent(event);
}

void KeysPage::hideEvent(QHideEvent* event)
{
    // Leaving the page hides revealed values.
    m_model->hideAll();
    updateActions();
    QWidget::hideEvent(event);
}

void KeysPage::retintIcons()
{
    m_add->setIcon(themedIcon(QStringLiteral("add"), palette()));
    m_replace->setIcon(themedIcon(QStringLiteral("edit"), palette()));
    m_copy->setIcon(themedIcon(QStringLiteral("copy"), palette()));
    m_delete->setIcon(themedIcon(QStringLiteral("remove"), palette()));
    updateActions();
}

} // namespace gatehouse::ui
