#include "core/suites/AnswerDiff.h"

#include <QStringView>

#include <algorithm>
#include <vector>

namespace gatehouse {

namespace {

constexpr qsizetype maxCells = 1'000'000; // longest-common-subsequence table (4 MB), both texts in tokens

// Words with the whitespace after them; or lines with their line end.
QList<QStringView> tokens(QStringView text, bool lines)
{
    QList<QStringView> out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (lines) {
            while (i < text.size() && text[i] != u'\n')
                ++i;
            if (i < text.size())
                ++i;
        } else {
            while (i < text.size() && !text[i].isSpace())
                ++i;
            while (i < text.size() && text[i].isSpace())
                ++i;
        }
        out.append(text.mid(start, i - start));
        start = i;
    }
    return out;
}

void append(QList<DiffPiece>& pieces, DiffPiece::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text.toString()});
}

} // namespace

bool AnswerDiff::identical() const
{
    return std::all_of(pieces.begin(), pieces.end(),
                       [](const DiffPiece& p) { return p.kind == DiffPiece::Kind::Same; });
}

AnswerDiff diffAnswers(const QString& first, const QString& second)
{
    AnswerDiff diff;
    QList<QStringView> a = tokens(first, false);
    QList<QStringView> b = tokens(second, false);

    // What both begin and end with needs no table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    if ((a.size() - head - tail + 1) * (b.size() - head - tail + 1) > maxCells) {
        a = tokens(first, true);
        b = tokens(second, true);
        head = 0;
        while (head < a.size() && head < b.size() && a[head] == b[head])
            ++head;
        tail = 0;
        while (tail < a.size() - head && tail < b.size() - head &&
               a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
            ++tail;
    }
    for (qsizetype i = 0; i < head; ++i)
        append(diff.pieces, DiffPiece::Kind::Same, a[i]);

    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n * m > maxCells) {
        // Still too long line by line: the middle as one replacement.
        for (qsizetype i = 0; i < n; ++i)
            append(diff.pieces, DiffPiece::Kind::Removed, a[head + i]);
        for (qsizetype j = 0; j < m; ++j)
            append(diff.pieces, DiffPiece::Kind::Added, b[head + j]);
    } else {
        // lcs[i][j]: longest common subsequence of a[head+i..] and b[head+j..].
        std::vector<std::uint32_t> lcs(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return static_cast<std::size_t>(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1
                                                           : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                append(diff.pieces, DiffPiece::Kind::Same, a[head + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                append(diff.pieces, DiffPiece::Kind::Removed, a[head + i++]); // removals first
            } else {
                append(diff.pieces, DiffPiece::Kind::Added, b[head + j++]);
            }
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        append(diff.pieces, DiffPiece::Kind::Same, a[i]);

    qsizetype same = 0;
    for (const DiffPiece& p : std::as_const(diff.pieces)) {
        if (p.kind == DiffPiece::Kind::Same)
            same += p.text.size();
    }
    const qsizetype longer = std::max(first.size(), second.size());
    diff.sameRatio = longer == 0 ? 1.0 : double(same) / double(longer);
    return diff;
}

} // namespace gatehouse
