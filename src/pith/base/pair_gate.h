// A cheaper first look than PairSet::may_hold_any(): the rarest pair of each needle only, the
// pairs of one row of the signature tested together by one mask. A line it turns away holds no
// needle; a line it lets through is asked the PairSet, then searched.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "pith/base/line_pairs.h"

namespace pith::shape {

/// The rarest pair of every needle of a PairSet, grouped by row. Declare as
/// `constexpr PairGate k_gate{k_pairs};` beside `constexpr PairSet k_pairs{...};`.
template <std::size_t N>
struct PairGate {
  std::array<unsigned char, N> row{};   ///< the signature rows asked, one per entry
  std::array<std::uint64_t, N> mask{};  ///< the pairs of that row, one bit per second byte class
  std::size_t rows = 0;
  bool always = false;  ///< a needle with no pair (one byte): nothing is ruled out

  consteval explicit PairGate(const PairSet<N>& set) {
    for (std::size_t i = 0; i < N; ++i) {
      if (set.count[i] == 0) {
        always = true;
        continue;
      }
      unsigned pair = set.pairs[i][0];  // the rarest: PairSet keeps them rarest first
      auto r = static_cast<unsigned char>(pair >> 6);
      std::size_t k = 0;
      while (k < rows && row[k] != r) ++k;
      if (k == rows) row[rows++] = r;
      mask[k] |= std::uint64_t{1} << (pair & 63);
    }
  }

  /// False when `line` holds no needle of the set (for certain); true when it may.
  bool may_hold_any(const LinePairs& line) const {
    if (always) return true;
    for (std::size_t k = 0; k < rows; ++k)
      if (line.rows[row[k]] & mask[k]) return true;
    return false;
  }
};

}  // namespace pith::shape
