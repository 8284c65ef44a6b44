#include "core/chat/AnswerFigures.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AnswerFigures)
};

} // namespace

int estimateTokens(int characters)
{
    return characters <= 0 ? 0 : (characters + 3) / 4;
}

void AnswerClock::start()
{
    m_timer.start();
    m_firstTokenMs = -1;
    m_lastTokenMs = -1;
}

void AnswerClock::tokenArrived()
{
    const qint64 now = m_timer.elapsed();
    if (m_firstTokenMs < 0)
        m_firstTokenMs = now;
    m_lastTokenMs = now;
}

AnswerFigures AnswerClock::finish(const std::optional<TokenUsage>& usage, int promptCharacters,
                                  int answerCharacters) const
{
    AnswerFigures f;
    f.totalMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    f.timeToFirstTokenMs = m_firstTokenMs;
    if (usage) {
        f.promptTokens = usage->promptTokens;
        f.completionTokens = usage->completionTokens;
    } else {
        f.promptTokens = estimateTokens(promptCharacters);
        f.completionTokens = estimateTokens(answerCharacters);
        f.tokensEstimated = true;
    }
    // Generation time runs from the first token to the last; a single burst (a non-streamed answer
    // or a cache hit) has none, and then the whole time is used.
    const qint64 generationMs = m_lastTokenMs > m_firstTokenMs ? m_lastTokenMs - m_firstTokenMs : f.totalMs;
    if (f.completionTokens > 0 && generationMs > 0)
        f.tokensPerSecond = f.completionTokens * 1000.0 / double(generationMs);
    return f;
}

QString AnswerFigures::summary() const
{
    const QLocale locale;
    QStringList parts;
    if (timeToFirstTokenMs >= 0)
        parts << Text::tr("TTFT %1 ms").arg(timeToFirstTokenMs);
    if (tokensPerSecond)
        parts << Text::tr("%1 tok/s").arg(locale.toString(*tokensPerSecond, 'f', 1));
    parts << (totalMs < 1000 ? Text::tr("%1 ms").arg(totalMs)
                             : Text::tr("%1 s").arg(locale.toString(totalMs / 1000.0, 'f', 1)));
    const QString approx = tokensEstimated ? QStringLiteral("≈") : QString();
    parts << Text::tr("%1%2 → %1%3 tokens").arg(approx).arg(promptTokens).arg(completionTokens);
    return parts.join(QStringLiteral(" · "));
}

} // namespace gatehouse
