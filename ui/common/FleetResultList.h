#pragma once

#include <QTreeWidget>

namespace gatehouse::ui {

// The gateways of a fleet operation (a rule set pushed, an access key created or revoked on a tag
// group), a row each with its result: a placeholder until the gateway answered, then what it
// answered.
class FleetResultList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Gateway,
        Result,
    };

    explicit FleetResultList(QWidget* parent = nullptr);

    // One row per gateway, each showing `pending` (greyed).
    void setGateways(const QStringList& gateways, const QString& pending);
    // Row `row` waits again (greyed "waiting…").
    void setWaiting(int row);
    void setWaitingAll();
    void showResult(int row, const QString& text);
};

} // namespace gatehouse::ui
