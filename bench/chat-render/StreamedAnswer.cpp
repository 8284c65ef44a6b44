#include "StreamedAnswer.h"

namespace gatehouse::bench {

QStringList streamedAnswer(int count)
{
    static const QStringList section = {
        QStringLiteral("##"),         QStringLiteral(" Setting"),  QStringLiteral(" up"),
        QStringLiteral(" the"),       QStringLiteral(" gateway"),  QStringLiteral("\n\n"),
        QStringLiteral("To"),         QStringLiteral(" route"),    QStringLiteral(" requests"),
        QStringLiteral(" through"),   QStringLiteral(" **"),       QStringLiteral("gate"),
        QStringLiteral("housed"),     QStringLiteral("**,"),       QStringLiteral(" point"),
        QStringLiteral(" your"),      QStringLiteral(" client"),   QStringLiteral(" at"),
        QStringLiteral(" `"),         QStringLiteral("http"),      QStringLiteral("://127.0.0.1:8080/v1"),
        QStringLiteral("`"),          QStringLiteral(" and"),      QStringLiteral(" keep"),
        QStringLiteral(" the"),       QStringLiteral(" provider"), QStringLiteral(" key"),
        QStringLiteral(" out"),       QStringLiteral(" of"),       QStringLiteral(" the"),
        QStringLiteral(" app"),       QStringLiteral("."),         QStringLiteral(" Это"),
        QStringLiteral(" также"),     QStringLiteral(" работает"), QStringLiteral(" по"),
        QStringLiteral("-русски"),    QStringLiteral(".\n\n"),     QStringLiteral("-"),
        QStringLiteral(" cache"),     QStringLiteral(" frequent"), QStringLiteral(" answers"),
        QStringLiteral("\n"),         QStringLiteral("-"),         QStringLiteral(" filter"),
        QStringLiteral(" what"),      QStringLiteral(" passes"),   QStringLiteral("\n"),
        QStringLiteral("-"),          QStringLiteral(" spread"),   QStringLiteral(" the"),
        QStringLiteral(" load"),      QStringLiteral("\n\n"),      QStringLiteral("```"),
        QStringLiteral("cpp"),        QStringLiteral("\n"),        QStringLiteral("auto"),
        QStringLiteral(" reply"),     QStringLiteral(" ="),        QStringLiteral(" client"),
        QStringLiteral(".send"),      QStringLiteral("(endpoint"), QStringLiteral(","),
        QStringLiteral(" request"),   QStringLiteral(");"),        QStringLiteral("\n"),
        QStringLiteral("connect"),    QStringLiteral("(reply"),    QStringLiteral(","),
        QStringLiteral(" &"),         QStringLiteral("ChatReply"), QStringLiteral("::"),
        QStringLiteral("progressed"), QStringLiteral(","),         QStringLiteral(" view"),
        QStringLiteral(");"),         QStringLiteral("\n"),        QStringLiteral("```"),
        QStringLiteral("\n\n"),       QStringLiteral("That"),      QStringLiteral(" is"),
        QStringLiteral(" all"),       QStringLiteral(" it"),       QStringLiteral(" takes"),
        QStringLiteral(";"),          QStringLiteral(" the"),      QStringLiteral(" figures"),
        QStringLiteral(" under"),     QStringLiteral(" each"),     QStringLiteral(" answer"),
        QStringLiteral(" show"),      QStringLiteral(" the"),      QStringLiteral(" rest"),
        QStringLiteral(".\n\n"),
    };
    QStringList tokens;
    tokens.reserve(count);
    while (tokens.size() < count)
        tokens << section.at(tokens.size() % section.size());
    return tokens;
}

} // namespace gatehouse::bench
