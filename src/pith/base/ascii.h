// Byte-level helpers for fast paths over ASCII text, eight bytes at a time, sixteen where SSE2 is
// there (normalisers, shape keys, site keys).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
/// high_bytes() over sixteen bytes, a bit per byte (bit k for byte k).
inline unsigned high_bytes(__m128i chunk) { return static_cast<unsigned>(_mm_movemask_epi8(chunk)); }
#endif

/// Index of the first byte of `text` at or after `from` that `marks` marks, or text.size().
/// `marks` is called with eight bytes (a std::uint64_t, giving the high bit of each byte to
/// stop at) and, where SSE2 is there, sixteen (an __m128i, giving a bit per byte), as the two
/// high_bytes() do.
template <class Marks>
std::size_t next_marked(std::string_view text, std::size_t from, Marks&& marks) {
  const char* p = text.data();
  std::size_t n = text.size(), i = from;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16)
    if (unsigned m = marks(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))))
      return i + static_cast<std::size_t>(std::countr_zero(m));
#endif
  for (; i + 8 <= n; i += 8)
    if (std::uint64_t m = marks(load8(p + i))) return i + first_marked(m);
  for (; i < n; ++i) {
    char one[8] = {p[i]};
    if (marks(load8(one)) & 0xFF) return i;
  }
  return n;
}

/// Index of the first byte at or after `from` that is 0x80 or above (a byte of a non-ASCII
/// character), or text.size().
inline std::size_t next_high_byte(std::string_view text, std::size_t from = 0) {
  return next_marked(text, from, [](auto bytes) { return high_bytes(bytes); });
}

/// The bytes a scan stops at: every byte below `below` (at most 0x80; 0 for none) and the
/// bytes listed (at most eight; non-ASCII lead bytes, usually), such as the lead bytes of the
/// few characters a normaliser changes, so that it passes over all others, the letters of
/// every script included, sixteen bytes at a time.
struct StopBytes {
  unsigned char below = 0;
  std::array<unsigned char, 8> listed{};
  std::size_t count = 0;

  constexpr StopBytes(unsigned char below_byte, std::initializer_list<unsigned char> bytes) : below(below_byte) {
    for (unsigned char b : bytes) listed[count++] = b;
  }
};

/// Index of the first byte of `text` at or after `from` that is one of `stops`, or text.size().
inline std::size_t next_stop(std::string_view text, std::size_t from, const StopBytes& stops) {
  const char* p = text.data();
  std::size_t n = text.size(), i = from;
#if defined(__SSE2__)
  if (i + 16 <= n) {
    // A byte v is below `below` when min(v, below - 1) is v (unsigned).
    const __m128i ceiling = _mm_set1_epi8(static_cast<char>(stops.below - 1));
    __m128i listed[8];
    for (std::size_t k = 0; k < stops.count; ++k) listed[k] = _mm_set1_epi8(static_cast<char>(stops.listed[k]));
    for (; i + 16 <= n; i += 16) {
      __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      __m128i hit = stops.below ? _mm_cmpeq_epi8(_mm_min_epu8(chunk, ceiling), chunk) : _mm_setzero_si128();
      for (std::size_t k = 0; k < stops.count; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(chunk, listed[k]));
      if (auto m = static_cast<unsigned>(_mm_movemask_epi8(hit))) return i + static_cast<std::size_t>(std::countr_zero(m));
    }
  }
#endif
  for (; i < n; ++i) {
    auto b = static_cast<unsigned char>(p[i]);
    if (b < stops.below) return i;
    for (std::size_t k = 0; k < stops.count; ++k)
      if (b == stops.listed[k]) return i;
  }
  return n;
}

/// How many bytes of `text` equal `byte`: memchr from one to the next, which scans in vector
/// registers, where GCC 12 makes a scalar loop of std::count over bytes (3 instructions a byte,
/// callgrind). Line counts of whole windows of text are taken this way.
inline std::size_t count_byte(std::string_view text, char byte) {
  std::size_t count = 0;
  const char* end = text.data() + text.size();
  for (const char* at = text.data();
       at < end && (at = static_cast<const char*>(std::memchr(at, byte, static_cast<std::size_t>(end - at))));
       ++at)
    ++count;
  return count;
}

/// True when every byte of `text` is below 0x80.
inline bool is_ascii(std::string_view text) { return next_high_byte(text) == text.size(); }

}  // namespace pith::ascii
