#include "ui/rules/RuleFilterBar.h"

#include "ui/rules/RuleFilterProxy.h"
#include "ui/rules/RuleTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace gatehouse::ui {

RuleFilterBar::RuleFilterBar(RuleFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_enabled(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_search->setAccessibleName(tr("Search rules"));
    m_search->setPlaceholderText(tr("Search id, name, tags, pattern… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("Every kind"), QString());
    m_kind->addItem(tr("Regex"), QStringLiteral("regex"));
    m_kind->addItem(tr("Keywords"), QStringLiteral("keywords"));
    m_kind->addItem(tr("PII"), QStringLiteral("pii"));
    m_kind->addItem(tr("Limits"), QStringLiteral("limit"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->addItem(tr("Every tag"), QString());
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_enabled->setAccessibleName(tr("On/off filter"));
    m_enabled->addItem(tr("On and off"), int(RuleFilterProxy::EnabledFilter::All));
    m_enabled->addItem(tr("Only on"), int(RuleFilterProxy::EnabledFilter::On));
    m_enabled->addItem(tr("Only off"), int(RuleFilterProxy::EnabledFilter::Off));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { change([&] { m_proxy->setSearchText(text); }); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { change([this] { m_proxy->setKind(m_kind->currentData().toString()); }); });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { change([this] { m_proxy->setTag(m_tag->currentData().toString()); }); });
    connect(m_enabled, &QComboBox::currentIndexChanged, this, [this] {
        change([this] {
            m_proxy->setEnabledFilter(RuleFilterProxy::EnabledFilter(m_enabled->currentData().toInt()));
        });
    });
    QAbstractItemModel* source = m_proxy->sourceModel();
    connect(source, &QAbstractItemModel::modelReset, this, &RuleFilterBar::updateTags);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RuleFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RuleFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RuleFilterBar::updateCount);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_kind);
    layout->addWidget(m_tag);
    layout->addWidget(m_enabled);
    layout->addWidget(m_count);
    updateCount();
}

template <typename Change> void RuleFilterBar::change(Change apply)
{
    emit filterAboutToChange();
    apply();
    emit filterChanged();
}

QString RuleFilterBar::countText() const
{
    return m_count->text();
}

void RuleFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RuleFilterBar::updateTags()
{
    const auto* rules = static_cast<const RuleTableModel*>(m_proxy->sourceModel());
    QSet<QString> seen;
    QStringList tags;
    for (int row = 0; row < rules->rowCount(); ++row) {
        for (const QString& tag : RuleTableModel::tagsOf(rules->ruleAt(row))) {
            if (!seen.contains(tag)) {
                seen.insert(tag);
                tags << tag;
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    const QString current = m_tag->currentData().toString();
    {
        const QSignalBlocker block(m_tag);
        while (m_tag->count() > 1)
            m_tag->removeItem(1);
        for (const QString& tag : tags)
            m_tag->addItem(tag, tag);
        const int again = m_tag->findData(current);
        m_tag->setCurrentIndex(again >= 0 ? again : 0);
    }
    if (m_tag->currentData().toString() != current)
        change([this] { m_proxy->setTag(QString()); });
    updateCount();
}

void RuleFilterBar::updateCount()
{
    const int total = m_proxy->sourceModel()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n rule(s)", nullptr, total)
                                    : tr("%1 of %n rule(s)", nullptr, total).arg(shown));
}

} // namespace gatehouse::ui
