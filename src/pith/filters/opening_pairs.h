// Opening phrases asked only of lines whose byte-pair signature may hold them: a filter that
// tries a LanguagePhrases list on every line, where many lines open with the byte a phrase
// opens with ("The ..." and "this story ..."), turns most of those away with a few bit tests.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "pith/base/line_pairs.h"
#include "pith/base/pair_gate.h"
#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

/// True when every phrase of `lists` holds one of `stems` as it is written (lower case), and no
/// stem holds a space: then a line that a phrase opens holds a stem's bytes too (a phrase's
/// space may match other white space, its other bytes match one for one, ASCII case aside), so
/// a signature that holds none of the stems rules every phrase out. For a static_assert.
consteval bool stems_cover(std::span<const LanguageWords> lists, std::span<const std::string_view> stems) {
  for (std::string_view stem : stems)
    if (stem.size() < 2 || stem.find(' ') != std::string_view::npos) return false;
  for (const LanguageWords& list : lists)
    for (std::string_view phrase : list.words) {
      bool held = false;
      for (std::string_view stem : stems) held = held || phrase.find(stem) != std::string_view::npos;
      if (!held) return false;
    }
  return true;
}

/// opening_in(text, phrases, languages), with `gate` (the StemPairs of stems that stems_cover()
/// the lists of `phrases`) asked of `pairs` (the signature of `text` or of a line holding it)
/// once a phrase opens with the line's first byte, before any phrase is compared.
/// Stems as the two looks opening_in() below takes: first the rarest pair of each stem, then
/// all of them. Declare as `constexpr StemPairs k_stems_pairs{k_stems};`.
template <std::size_t K>
struct StemPairs {
  shape::PairSet<K> set;
  shape::PairGate<K> gate;
  consteval explicit StemPairs(const std::string_view (&stems)[K]) : set(stems), gate(set) {}
  /// False when `line` holds no stem (for certain); true when it may.
  bool may_hold_any(const shape::LinePairs& line) const { return gate.may_hold_any(line) && set.may_hold_any(line); }
};

template <std::size_t N, std::size_t K>
std::string_view opening_in(std::string_view text, const LanguagePhrases<N>& phrases, ListLanguages languages,
                            const StemPairs<K>& gate, const shape::LinePairs& pairs) {
  text = shape::skip_opening_marks(text);
  if (text.empty()) return {};
  auto first = static_cast<unsigned char>(text[0]);
  if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
  const std::size_t begin = phrases.from[first], end = phrases.from[first + 1];
  if (begin == end || !gate.may_hold_any(pairs)) return {};
  return opening_among(text, phrases, languages, first, begin, end);
}

}  // namespace pith
