#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

// What changed between two answers to one prompt (the same case on two targets), word by word:
// runs of text that both share, that only the first has (removed) and that only the second has
// (added), in order. Whitespace belongs to the word before it, so a reflowed line is a change of
// the words around it only. Answers of up to about a thousand words (after what both begin and
// end with) are compared word by word, longer ones line by line, so a comparison never costs
// more than a million steps.
struct DiffPiece
{
    enum class Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffPiece&) const = default;
};

struct AnswerDiff
{
    QList<DiffPiece> pieces;
    double sameRatio = 1; // characters in Same pieces / characters of the longer answer (1: equal)

    bool identical() const;
};

AnswerDiff diffAnswers(const QString& first, const QString& second);

} // namespace gatehouse
