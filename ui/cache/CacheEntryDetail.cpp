#include "ui/cache/CacheEntryDetail.h"

#include "ui/common/DataSize.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setAccessibleName(name);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return text;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString when(const QDateTime& t, const QString& none)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
}

} // namespace

CacheEntryDetail::CacheEntryDetail(QWidget* parent)
    : QWidget(parent)
    , m_facts(new QLabel(this))
    , m_request(readOnlyText(tr("Request"), this))
    , m_answer(readOnlyText(tr("Answer"), this))
{
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_facts);
    layout->addWidget(heading(tr("Request"), this));
    layout->addWidget(m_request, 2);
    layout->addWidget(heading(tr("Answer"), this));
    layout->addWidget(m_answer, 3);
    showMessage(tr("Select an entry to see its request and answer."));
}

void CacheEntryDetail::showEntry(const CacheEntry& e)
{
    const QLocale locale;
    const QString kind = e.faq      ? tr("FAQ answer (pinned)")
                         : e.pinned ? tr("Cached answer, pinned")
                                    : tr("Cached answer");
    const auto tokens = [](const std::optional<qint64>& n) {
        return n ? QString::number(*n) : QStringLiteral("?");
    };
    QStringList facts{
        tr("%1 · %2").arg(kind, e.model),
        tr("Created %1 · expires %2")
            .arg(when(e.createdAt, QStringLiteral("-")), when(e.expiresAt, tr("never"))),
        tr("%n hit(s), last %1", nullptr, int(e.hits)).arg(when(e.lastHitAt, tr("never"))),
        tr("%1 · %2 prompt + %3 completion tokens · %4 s upstream saved per hit")
            .arg(dataSizeText(e.bytes), tokens(e.promptTokens), tokens(e.completionTokens),
                 locale.toString(e.upstreamSeconds, 'f', 2)),
        tr("ID %1…").arg(e.id.left(16)),
    };
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_facts->setToolTip(tr("ID %1").arg(e.id));
    if (e.request.isEmpty()) {
        m_request->setPlainText(tr("Loading…"));
        m_answer->clear();
        return;
    }
    m_request->setPlainText(QString::fromUtf8(QJsonDocument(e.request).toJson(QJsonDocument::Indented)));
    const QString answer = e.answerText();
    m_answer->setPlainText(answer.isEmpty()
                               ? QString::fromUtf8(QJsonDocument(e.answer).toJson(QJsonDocument::Indented))
                               : answer);
}

void CacheEntryDetail::showMessage(const QString& text)
{
    m_facts->setText(text);
    m_facts->setToolTip({});
    m_request->clear();
    m_answer->clear();
}

QString CacheEntryDetail::factsText() const
{
    return m_facts->text();
}

QString CacheEntryDetail::requestText() const
{
    return m_request->toPlainText();
}

QString CacheEntryDetail::answerText() const
{
    return m_answer->toPlainText();
}

} // namespace gatehouse::ui
