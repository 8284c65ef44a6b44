#pragma once

#include "ui/common/FleetResultList.h"

#include <QDialog>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace gatehouse {
class RuleSetPush;
struct FleetTarget;
} // namespace gatehouse

namespace gatehouse::ui {

class AdminGatewayPicker;

// "Push to group…": replaces the rule set of every gateway of a registry tag with the current
// gateway's set or a file's (checked before anything is sent), all at once through RuleSetPush,
// with a progress bar and one result row per gateway: the revision it now holds, or why it kept
// its previous set. From the drift view it pushes to a fixed list instead, each gateway only if it
// still holds the revision the view saw (If-Match).
class RulePushDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column // of gatewayList()
    {
        Gateway,
        Result,
    };

    RulePushDialog(AdminGatewayPicker& gateways, QWidget* parent = nullptr);

    void setSource(const QString& gateway, const QJsonObject& set); // the page's gateway and its set
    void setTag(const QString& tag);
    // A fixed list, each gateway with the revision it must still hold; the tag picker is hidden.
    void setTargets(const QStringList& gateways, const QHash<QString, QByteArray>& expected);
    bool useFile(const QString& path); // false when the file is not a valid set (problemText says why)
    void push();

    QComboBox* tagField() const { return m_tag; }
    FleetResultList* gatewayList() const { return m_list; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* pushButton() const { return m_pushButton; }
    QString summaryText() const;
    QString problemText() const;
    bool isPushing() const;

signals:
    void pushFinished();

private:
    void listGateways();
    void start(const QJsonDocument& set, QList<FleetTarget> targets);
    void showResult(int index);
    void finish();
    QJsonDocument chosenSet() const;
    void updateButtons();

    AdminGatewayPicker& m_gateways;
    QString m_sourceGateway;
    QJsonObject m_sourceSet;
    QJsonDocument m_fileSet;
    QStringList m_targets;
    QHash<QString, QByteArray> m_expected;
    bool m_fixed = false;
    QRadioButton* m_fromGateway;
    QRadioButton* m_fromFile;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_tagLabel;
    QComboBox* m_tag;
    FleetResultList* m_list;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_problem;
    QPushButton* m_pushButton;
    QPointer<RuleSetPush> m_push;
};

} // namespace gatehouse::ui
