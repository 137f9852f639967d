// PairNeedles: a set of needles found in one vector pass over a line, each by the rarest pair of
// adjacent bytes it holds, where shape::Needles makes one memchr pass per anchor byte and stops
// at every occurrence of it. For sets whose anchors are common letters ('m', 'c', 'p').
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pith/base/line_shape.h"

namespace pith::shape {

/// Needles (pieces of words, searched case-sensitively, two bytes or more, no NUL byte), each
/// with the pair of adjacent bytes of it that is rarest in text (by commonness()). A line that
/// holds a needle holds its pair, so a pass that finds no pair finds no needle. Needles that
/// share their rarest pair ("any time", "anytime") are looked for by it once. Built at compile
/// time: `constexpr shape::PairNeedles k_set{{"moment", "agree"}};`.
template <std::size_t N>
struct PairNeedles {
  std::array<std::string_view, N> needles{};
  std::array<std::size_t, N> offset{};  ///< where needle i's pair stands in it
  std::array<char, N> first{};          ///< the distinct pairs' bytes, `distinct` of them
  std::array<char, N> second{};
  std::size_t distinct = 0;
  std::array<std::uint16_t, N> pair{};  ///< needle i's pair, as pair_at() reads it

  /// The pair of bytes at `at` and `at + 1` in `bytes`, as one number to compare.
  static constexpr std::uint16_t pair_at(const char* bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                      static_cast<unsigned char>(bytes[at + 1]) << 8);
  }

  consteval PairNeedles(const char* const (&list)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
      std::string_view needle = list[i];
      if (needle.size() < 2 || needle.find('\0') != std::string_view::npos) throw "a needle of two bytes or more, no NUL";
      needles[i] = needle;
      for (std::size_t j = 1; j + 1 < needle.size(); ++j)
        if (pair_commonness(needle[j], needle[j + 1]) < pair_commonness(needle[offset[i]], needle[offset[i] + 1]))
          offset[i] = j;
      char a = needle[offset[i]], b = needle[offset[i] + 1];
      pair[i] = pair_at(needle.data(), offset[i]);
      bool seen = false;
      for (std::size_t k = 0; k < distinct; ++k) seen = seen || (first[k] == a && second[k] == b);
      if (!seen) {
        first[distinct] = a;
        second[distinct++] = b;
      }
    }
  }

  /// True when needle i stands in `text` with its pair at byte `pos`, whose pair is `at_pos`
  /// (pair_at(text.data(), pos)).
  bool holds_at(std::string_view text, std::size_t pos, std::uint16_t at_pos, std::size_t i) const {
    std::string_view needle = needles[i];
    if (at_pos != pair[i] || pos < offset[i]) return false;
    std::size_t start = pos - offset[i];
    return text.size() - start >= needle.size() && std::memcmp(text.data() + start, needle.data(), needle.size()) == 0;
  }
};

/// True when `text` holds any needle of `Set` (a PairNeedles; as shape::contains_any() over the
/// same needles): one pass over the text, sixteen positions at a time, for every pair of the set
/// at once; a position where a pair stands is checked against the needles. The set is a template
/// argument, so that its pairs are constants of the pass: `shape::contains_any_of<k_set>(text)`.
template <const auto& Set>
bool contains_any_of(std::string_view text) {
  constexpr std::size_t k_needles = Set.needles.size();
  constexpr std::size_t k_pairs = Set.distinct;
  auto hit_at = [&](std::size_t pos) {
    const std::uint16_t at_pos = Set.pair_at(text.data(), pos);
    for (std::size_t i = 0; i < k_needles; ++i)
      if (Set.holds_at(text, pos, at_pos, i)) return true;
    return false;
  };
  if (text.size() < 2) return false;
#if defined(__SSE2__)
  // Positions base .. base+15, from `bytes` (the text's bytes from `base`, 17 readable).
  auto pass = [&](const char* bytes, std::size_t base) {
    __m128i one = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    __m128i two = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 1));
    __m128i found = [&]<std::size_t... K>(std::index_sequence<K...>) {
      __m128i any = _mm_setzero_si128();
      ((any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(one, _mm_set1_epi8(Set.first[K])),
                                              _mm_cmpeq_epi8(two, _mm_set1_epi8(Set.second[K]))))),
       ...);
      return any;
    }(std::make_index_sequence<k_pairs>());
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(found)); mask; mask &= mask - 1)
      if (hit_at(base + static_cast<std::size_t>(std::countr_zero(mask)))) return true;
    return false;
  };
  std::size_t at = 0;
  for (; at + 17 <= text.size(); at += 16)
    if (pass(text.data() + at, at)) return true;
  if (at + 1 < text.size()) {
    // The last positions from a copy padded with NUL bytes, which no pair holds.
    char tail[33] = {};
    std::memcpy(tail, text.data() + at, text.size() - at);
    if (pass(tail, at)) return true;
  }
  return false;
#else
  for (std::size_t pos = 0; pos + 1 < text.size(); ++pos)
    for (std::size_t k = 0; k < k_pairs; ++k)
      if (text[pos] == Set.first[k] && text[pos + 1] == Set.second[k] && hit_at(pos)) return true;
  return false;
#endif
}

}  // namespace pith::shape
