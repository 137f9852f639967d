// Byte-pair signatures of a line: which pairs of adjacent bytes (by class) a line holds, built
// once per line and shared by the filters, so that a filter rules a word list out with a few
// bit tests instead of a pass over the line for each list.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "pith/base/line_shape.h"

namespace pith::shape {

/// Number of byte classes of a pair signature (one bit row of 64 bits per class).
inline constexpr std::size_t k_pair_classes = 64;

/// The class of a byte in a pair signature: ASCII letters one class per letter in either case
/// (so a case-insensitive stem and a case-sensitive needle both map as the line does), digits,
/// white space and the common ASCII marks one class each, the bytes of UTF-8 sequences a few
/// classes by their high bits, every other byte class 0. Two bytes that a search counts as equal
/// (ASCII case aside) always share a class; bytes of one class may differ, which only costs a
/// closer look.
constexpr unsigned char pair_class(char c) {
  auto b = static_cast<unsigned char>(c);
  if (b >= 'a' && b <= 'z') return static_cast<unsigned char>(1 + b - 'a');
  if (b >= 'A' && b <= 'Z') return static_cast<unsigned char>(1 + b - 'A');
  if (b >= '0' && b <= '9') return static_cast<unsigned char>(27 + b - '0');
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') return 37;
  constexpr std::string_view k_marks = ".,:;!?'\"()/|-@#+&%$_[]*=";  // classes 38 .. 61
  if (std::size_t at = k_marks.find(c); at != std::string_view::npos) return static_cast<unsigned char>(38 + at);
  if (b >= 0x80 && b <= 0xBF) return static_cast<unsigned char>(62);  // a continuation byte
  if (b >= 0xC0) return static_cast<unsigned char>(63);               // a sequence's lead byte
  return 0;
}

/// The pairs of adjacent bytes a line holds, by pair_class(): bit b of row a is set when a byte
/// of class a is followed by a byte of class b somewhere in the line.
struct LinePairs {
  std::array<std::uint64_t, k_pair_classes> rows{};
  bool holds(unsigned pair) const { return rows[pair >> 6] >> (pair & 63) & 1u; }
  /// The classes of the bytes that follow a digit somewhere in the line, a bit per class (0
  /// when no digit is followed by a byte: the line holds no digit, or only a last one).
  std::uint64_t after_digit() const {
    std::uint64_t after = 0;
    for (char digit = '0'; digit <= '9'; ++digit) after |= rows[pair_class(digit)];
    return after;
  }
};

/// The classes of the ten ASCII digits, a bit per class, as LinePairs' rows hold them.
inline constexpr std::uint64_t k_digit_classes = [] {
  std::uint64_t classes = 0;
  for (char digit = '0'; digit <= '9'; ++digit) classes |= std::uint64_t{1} << pair_class(digit);
  return classes;
}();

/// The pairs of `line`. The signature of the thread's most recent line is kept, so the filters
/// of a row (which judge a line one after another) build it once: it is given again when `line`
/// is the same view (address and length) AND a copy of the bytes it was built from still equals
/// them. The reference is valid until the next call on the same thread. A view inside `line`
/// holds only pairs `line` holds, so the signature of a block's text rules lists out for any
/// part of it.
const LinePairs& line_pairs(std::string_view line);

/// The pair (row and bit, as LinePairs::holds takes it) of bytes `a` then `b`.
constexpr unsigned pair_of(char a, char b) { return static_cast<unsigned>(pair_class(a)) << 6 | pair_class(b); }

/// Pairs of one needle a PairSet tests at most: its rarest ones, which turn most lines away.
inline constexpr std::size_t k_max_needle_pairs = 4;

/// Keeps in `pairs` (with `count` of them) the k_max_needle_pairs rarest distinct byte pairs of
/// `text`, by pair_commonness(), rarest first: the first test of them turns most lines away.
/// `skip_spaces`: pairs with a space are left out (a gate for keys, whose spaces are folded).
/// For compile-time tables (PairSet, the filters' key gates).
constexpr void keep_rarest_pairs(std::string_view text, bool skip_spaces,
                                 std::array<std::uint16_t, k_max_needle_pairs>& pairs, unsigned char& count) {
  std::array<unsigned, k_max_needle_pairs> ranks{};
  for (std::size_t j = 0; j + 1 < text.size(); ++j) {
    if (skip_spaces && (text[j] == ' ' || text[j + 1] == ' ')) continue;
    auto pair = static_cast<std::uint16_t>(pair_of(text[j], text[j + 1]));
    unsigned rank = pair_commonness(text[j], text[j + 1]);
    bool seen = false;
    for (std::size_t k = 0; k < count; ++k) seen = seen || pairs[k] == pair;
    if (seen) continue;
    std::size_t at = count;
    if (at == k_max_needle_pairs) {
      at = 0;
      for (std::size_t k = 1; k < count; ++k)
        if (ranks[k] > ranks[at]) at = k;
      if (rank >= ranks[at]) continue;
    } else {
      ++count;
    }
    pairs[at] = pair;
    ranks[at] = rank;
  }
  for (std::size_t a = 0; a < count; ++a)
    for (std::size_t b = a + 1; b < count; ++b)
      if (ranks[b] < ranks[a]) {
        std::swap(ranks[a], ranks[b]);
        std::swap(pairs[a], pairs[b]);
      }
}

/// Tag for a PairSet of phrases looked for in a line's key (shape::key()) with the signature of
/// the line: the phrases' pairs with a space are left out, as KeyGate (filters/key_gate.h)
/// explains, since the line may hold a tab or a run of spaces there.
struct KeyPhrases {};

/// A list of needles (pieces of words, lower case where they are searched case-insensitively)
/// as the pairs each of them holds: a line that lacks a pair of every needle holds none of them,
/// and need not be searched. Built at compile time; needles of one byte rule nothing out.
template <std::size_t N>
struct PairSet {
  std::array<std::array<std::uint16_t, k_max_needle_pairs>, N> pairs{};
  std::array<unsigned char, N> count{};

  consteval PairSet(const char* const (&list)[N]) {
    for (std::size_t i = 0; i < N; ++i) add(i, list[i]);
  }
  consteval PairSet(const std::string_view (&list)[N]) {
    for (std::size_t i = 0; i < N; ++i) add(i, list[i]);
  }
  consteval PairSet(const std::string_view (&list)[N], KeyPhrases) {
    for (std::size_t i = 0; i < N; ++i) keep_rarest_pairs(list[i], true, pairs[i], count[i]);
  }
  consteval PairSet(const std::array<std::string_view, N>& list) {
    for (std::size_t i = 0; i < N; ++i) add(i, list[i]);
  }

  /// False when `line` holds no needle of the set (for certain); true when it may.
  bool may_hold_any(const LinePairs& line) const {
    for (std::size_t i = 0; i < N; ++i)
      if (may_hold(line, i)) return true;
    return false;
  }
  /// False when `line` does not hold needle `i` (for certain); true when it may.
  bool may_hold(const LinePairs& line, std::size_t i) const {
    for (std::size_t k = 0; k < count[i]; ++k)
      if (!line.holds(pairs[i][k])) return false;
    return true;
  }

 private:
  constexpr void add(std::size_t i, std::string_view needle) { keep_rarest_pairs(needle, false, pairs[i], count[i]); }
};

/// shape::contains_any() for a line whose signature is `pairs` (of `text` or of a line holding
/// it): the search runs only when the signature may hold a needle.
/// Only the needles the signature may hold are searched for, and only their anchor bytes.
template <std::size_t N>
bool contains_any(std::string_view text, const Needles<N>& set, const PairSet<N>& set_pairs, const LinePairs& pairs) {
  static_assert(N <= 64, "a needle set of up to 64 needles");
  std::uint64_t may = 0;
  for (std::size_t i = 0; i < N; ++i)
    if (set_pairs.may_hold(pairs, i)) may |= std::uint64_t{1} << i;
  if (may == 0) return false;
  auto byte_wanted = [&](std::size_t k) {
    for (std::size_t j = set.groups.from[k]; j < set.groups.from[k + 1]; ++j)
      if (may >> set.groups.order[j] & 1u) return true;
    return false;
  };
  return contains_wanted(text, set, byte_wanted, [&](std::size_t i) { return (may >> i & 1u) != 0; });
}

}  // namespace pith::shape
