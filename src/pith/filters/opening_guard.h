// OpeningGuard: one test that a line may open with a phrase of any of several LanguagePhrases
// lists, so a filter that tries many lists on every line asks them only when one may match.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pith/base/line_shape.h"
#include "pith/language/word_lists.h"

namespace pith {

/// The union of the tests opening_in() makes before it compares a phrase: the line's first byte
/// (past its opening marks, A..Z lower-cased) opens a phrase, and, where that byte is ASCII and
/// no space, the second byte is the phrase's or the phrase's second byte decides nothing. When
/// may_open() is false, opening_in() over every list given finds nothing, in any languages.
/// Declare as `constexpr OpeningGuard k_guard{k_list_a, k_list_b, ...};`.
class OpeningGuard {
 public:
  template <std::size_t... N>
  consteval explicit OpeningGuard(const LanguagePhrases<N>&... lists) {
    (add(lists), ...);
  }

  /// False when no phrase of the lists can open `text` (see above).
  bool may_open(std::string_view text) const {
    text = shape::skip_opening_marks(text);
    if (text.empty()) return false;
    auto first = static_cast<unsigned char>(text[0]);
    if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 32);
    if (!m_first[first]) return false;
    if (first >= 0x80 || first == ' ' || m_any_second[first]) return true;
    auto second = static_cast<unsigned char>(text.size() > 1 ? text[1] : '\0');
    if (second >= 'A' && second <= 'Z') second = static_cast<unsigned char>(second + 32);
    return second < 0x80 && (m_seconds[2 * first + second / 64] >> (second % 64) & 1);
  }

 private:
  template <std::size_t N>
  constexpr void add(const LanguagePhrases<N>& phrases) {
    for (std::size_t i = 0; i < N; ++i) {
      auto first = static_cast<unsigned char>(phrases.list[i][0]);
      m_first[first] = true;
      unsigned char second = phrases.second[i];
      if (second == 0) m_any_second[first] = true;
      else m_seconds[2 * first + second / 64] |= std::uint64_t{1} << (second % 64);
    }
  }

  std::array<bool, 256> m_first{};       ///< a phrase opens with the byte
  std::array<bool, 256> m_any_second{};  ///< a phrase opening with the byte has a second byte that decides nothing
  std::array<std::uint64_t, 512> m_seconds{};  ///< bits 0..127 of row b: second bytes that decide, of phrases opening b
};

}  // namespace pith
