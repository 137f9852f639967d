// Byte-level helpers for fast paths over ASCII text, eight bytes at a time (normalisers, shape keys, site keys).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace pith::ascii {

constexpr std::uint64_t k_ones = 0x0101010101010101ULL, k_high_bits = 0x8080808080808080ULL;

/// Eight bytes of `p` as one word (byte k at bits 8k..8k+7 on the little-endian targets pith
/// runs on; the masks below are per byte, so the order only matters for neighbours).
inline std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

/// High bit set in each byte of `x` below `n` (n <= 0x80); exact, no carries between bytes.
inline std::uint64_t bytes_below(std::uint64_t x, unsigned n) {
  return ~(((x & ~k_high_bits) + (0x80 - n) * k_ones) | x) & k_high_bits;
}

/// High bit set in each byte of `x` equal to `c`.
inline std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) {
  return bytes_below(x ^ (c * k_ones), 1);
}

/// High bit set in each byte of `x` at or above 0x80.
inline std::uint64_t high_bytes(std::uint64_t x) { return x & k_high_bits; }

/// Index (0..7) of the first byte whose high bit `mask` sets; `mask` must not be 0.
inline std::size_t first_marked(std::uint64_t mask) { return static_cast<std::size_t>(std::countr_zero(mask)) / 8; }

/// Bytes in the UTF-8 sequence that `lead` starts (1 for ASCII and for a stray continuation).
inline std::size_t sequence_length(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/// True when every byte of `text` is below 0x80; eight bytes at a time.
inline bool is_ascii(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size(), i = 0;
  for (; i + 8 <= n; i += 8)
    if (high_bytes(load8(p + i))) return false;
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  return true;
}

}  // namespace pith::ascii
