// How odd a stretch of text reads, judged from the classes of neighbouring characters: the test
// mojibake repair uses to choose between a span as it stands and as repaired.
#pragma once

#include <cstddef>
#include <string_view>

namespace pith::mojibake {

/// The badness of the characters `text[begin, end)` read in place: the cost of each of them and
/// of each adjacent pair or triple that involves one of them. `text` holds the span with up to
/// two characters of context on each side (a side without context reads as white space).
///
/// Ordinary prose in any script costs 0. What mojibake leaves costs more: control characters
/// and U+FFFD, a symbol glued to a letter ("Ã©", "â€™"), an accented capital after a small letter
/// ("fÃ¼r"), letters of two scripts inside one word ("вЂ™"), rare scripts and phonetic letters,
/// an accented capital standing alone mid-sentence ("Ã  la"). The idea of scoring character-class
/// bigrams is ftfy's (Speer, "ftfy", Zenodo 2019, its "badness" heuristic); the classes and costs
/// here are pith's own. Only the difference between two readings of one span means anything.
int badness(std::u32string_view text, std::size_t begin, std::size_t end);

}  // namespace pith::mojibake
