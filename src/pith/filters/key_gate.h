// Whole-line phrases asked of a line's key only when the line may open with one: a filter that
// keys every short line to compare it with a list of labels ("Loading...", "Next image") turns
// most lines away by their first byte and their byte-pair signature, and never keys them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "pith/base/line_pairs.h"
#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

/// The byte shape::key() of `text` opens with, when the key is not empty: the first byte past
/// the opening marks, lower-cased (key() drops the same marks, by the same test, and folds that
/// byte so; a Latin-1 capital keeps its lead byte). 0 for a line of marks only, which no phrase
/// opens.
inline unsigned char key_opening(std::string_view text) {
  text = shape::skip_opening_marks(text);
  if (text.empty()) return 0;
  auto first = static_cast<unsigned char>(text[0]);
  return first >= 'A' && first <= 'Z' ? static_cast<unsigned char>(first + 32) : first;
}

/// The byte shape::key() of `text` ends with when `text` ends on an ASCII letter or digit:
/// that byte, lower-cased (key() drops no mark before the end there: every mark it drops ends
/// on white space, punctuation or a byte of a UTF-8 sequence). 0 for a line that ends otherwise,
/// whose key's last byte this does not tell.
inline unsigned char key_closing(std::string_view text) {
  if (text.empty()) return 0;
  auto last = static_cast<unsigned char>(text.back());
  if (last >= 'A' && last <= 'Z') return static_cast<unsigned char>(last + 32);
  return (last >= 'a' && last <= 'z') || (last >= '0' && last <= '9') ? last : 0;
}

/// The bytes the phrases of `lists` (ranges of std::string_view) end with, each ASCII letter in
/// both cases: a table a line's last byte is looked up in, so that a line ending on no such
/// byte is turned away before any phrase is compared with its end.
template <class... Lists>
constexpr std::array<bool, 256> closing_bytes_either_case(const Lists&... lists) {
  std::array<bool, 256> ends{};
  auto add = [&](std::string_view phrase) {
    auto last = static_cast<unsigned char>(phrase.back());
    ends[last] = true;
    if (last >= 'a' && last <= 'z') ends[last - 32] = true;
    if (last >= 'A' && last <= 'Z') ends[last + 32] = true;
  };
  (..., [&] {
    for (std::string_view phrase : lists) add(phrase);
  }());
  return ends;
}

/// The last word of each of `phrases` ("please wait" -> "wait"), in their order: the table a
/// line's last word is looked up in before the phrases are compared with its end, derived from
/// the phrases so the two cannot drift apart.
template <std::size_t N>
constexpr std::array<std::string_view, N> last_words_of(const std::string_view (&phrases)[N]) {
  std::array<std::string_view, N> words{};
  for (std::size_t i = 0; i < N; ++i) words[i] = phrases[i].substr(phrases[i].rfind(' ') + 1);
  return words;
}

/// The first word of each of `phrases` ("enter your email" -> "enter"), in their order, as
/// last_words_of() for a line's first word.
template <std::size_t N>
constexpr std::array<std::string_view, N> first_words_of(const std::string_view (&phrases)[N]) {
  std::array<std::string_view, N> words{};
  for (std::size_t i = 0; i < N; ++i) words[i] = phrases[i].substr(0, phrases[i].find(' '));
  return words;
}

/// For each phrase of a LanguagePhrases, its rarest pairs of adjacent bytes, neither of them a
/// space (up to shape::k_max_needle_pairs of them), in the phrases' order (grouped by first
/// byte). Why a phrase's pairs must be in the line whose key equals, opens with or holds it:
/// shape::key() drops bytes only at the line's two edges (marks and white space) and folds each
/// run of white space inside into one ' '; every other byte it copies in order, lower-casing
/// ASCII and Latin-1 capitals, which shape::pair_class() puts in the class of their small forms.
/// So two adjacent bytes of a key that are no spaces stood next to each other in the line, in
/// the same classes. The pairs with a space are left out: the line may hold a tab, a run of
/// spaces or a no-break space there; a phrase with no other pair (one byte) rules nothing out.
/// Declare as `constexpr KeyGate k_gate{k_phrases};` beside the LanguagePhrases.
template <std::size_t N>
struct KeyGate {
  std::array<std::array<std::uint16_t, shape::k_max_needle_pairs>, N> pairs{};  ///< rarest first
  std::array<unsigned char, N> count{};
  std::array<unsigned short, 257> from{};  ///< as LanguagePhrases::from
  std::array<std::uint64_t, 4> ends{};     ///< the phrases' last bytes, a bit per byte

  consteval explicit KeyGate(const LanguagePhrases<N>& phrases) : from(phrases.from) {
    for (std::size_t i = 0; i < N; ++i) {
      add(i, phrases.list[i]);
      auto last = static_cast<unsigned char>(phrases.list[i].back());
      ends[last >> 6] |= std::uint64_t{1} << (last & 63);
    }
  }

  /// False when no phrase opens with byte `first` (a key_opening()).
  bool opens(unsigned char first) const { return from[first] != from[first + 1]; }

  /// False when no phrase ends with byte `last` (a key_closing() other than 0), so that the
  /// key can equal none.
  bool may_end(unsigned char last) const { return last == 0 || (ends[last >> 6] >> (last & 63) & 1u); }

  /// False when the key of a line whose key opens with `first` (key_opening()) and whose
  /// signature is `line` (the line's, or that of a line holding it) can neither equal nor open
  /// with any phrase (for certain); true when it may. Asks the phrases that open with `first`
  /// only, in any language.
  bool may_open(unsigned char first, const shape::LinePairs& line) const {
    for (std::size_t i = from[first]; i < from[first + 1]; ++i) {
      bool all = true;
      for (std::size_t p = 0; p < count[i] && all; ++p) all = line.holds(pairs[i][p]);
      if (all) return true;
    }
    return false;
  }

 private:
  /// Keeps the rarest distinct pairs of `phrase` without a space, rarest first.
  consteval void add(std::size_t i, std::string_view phrase) {
    shape::keep_rarest_pairs(phrase, true, pairs[i], count[i]);
  }
};

}  // namespace pith
