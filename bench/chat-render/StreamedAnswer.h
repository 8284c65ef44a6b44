#pragma once

#include <QString>
#include <QStringList>

namespace gatehouse::bench {

// A long Markdown answer cut into model-sized tokens (a word or a piece of one, with its leading
// space; line breaks and fences as tokens of their own): paragraphs with bold and inline code, a
// bulleted list and a fenced code block, repeated until there are `count` tokens. Deterministic.
QStringList streamedAnswer(int count);

} // namespace gatehouse::bench
