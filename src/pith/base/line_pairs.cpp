// Byte-pair signatures of a line, and the thread's signature of its most recent line.
#include "pith/base/line_pairs.h"

#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::shape {

namespace {

/// pair_class() of every byte.
constexpr std::array<unsigned char, 256> k_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (std::size_t b = 0; b < 256; ++b) classes[b] = pair_class(static_cast<char>(b));
  return classes;
}();

/// The bit of pair_class() of every byte, as a row of LinePairs holds it: a load instead of a
/// shift by a variable count, which costs three micro-operations on many x86 cores.
constexpr std::array<std::uint64_t, 256> k_class_bits = [] {
  std::array<std::uint64_t, 256> bits{};
  for (std::size_t b = 0; b < 256; ++b) bits[b] = std::uint64_t{1} << pair_class(static_cast<char>(b));
  return bits;
}();

/// Zeroes the 512 bytes of `rows` with vector stores (the compiler's memset of them was a
/// `rep stos`, whose start-up cost a line of 160 bytes notices).
void clear_rows(std::array<std::uint64_t, k_pair_classes>& rows) {
#if defined(__SSE2__)
  static_assert(sizeof(rows) % sizeof(__m128i) == 0);
  auto* at = reinterpret_cast<__m128i*>(rows.data());
  for (std::size_t i = 0; i < sizeof(rows) / sizeof(__m128i); ++i) _mm_storeu_si128(at + i, _mm_setzero_si128());
#else
  rows.fill(0);
#endif
}

void build_pairs(std::string_view line, LinePairs& pairs) {
  clear_rows(pairs.rows);
  if (line.empty()) return;
  const auto* at = reinterpret_cast<const unsigned char*>(line.data());
  const auto* end = at + line.size();
  std::uint64_t* rows = pairs.rows.data();
  unsigned previous = k_classes[*at++];
  // Four bytes a turn: the filters' shared work, one pass per line.
  for (; end - at >= 4; at += 4) {
    const unsigned char a = at[0], b = at[1], c = at[2], d = at[3];
    rows[previous] |= k_class_bits[a];
    rows[k_classes[a]] |= k_class_bits[b];
    rows[k_classes[b]] |= k_class_bits[c];
    rows[k_classes[c]] |= k_class_bits[d];
    previous = k_classes[d];
  }
  for (; at < end; ++at) {
    rows[previous] |= k_class_bits[*at];
    previous = k_classes[*at];
  }
}

/// The signature of the thread's most recent line, with a copy of the bytes it was built from.
/// One line only: a table of every line's signature measured slower on the text benchmark
/// (its memory), though it built fewer of them.
struct RecentLine {
  const char* data = nullptr;
  std::string bytes;
  LinePairs pairs;
};

thread_local RecentLine t_recent;

}  // namespace

const LinePairs& line_pairs(std::string_view line) {
  RecentLine& recent = t_recent;
  if (line.data() == recent.data && line.size() == recent.bytes.size() &&
      std::memcmp(line.data(), recent.bytes.data(), line.size()) == 0)
    return recent.pairs;
  recent.data = line.data();
  recent.bytes.assign(line);
  build_pairs(line, recent.pairs);
  return recent.pairs;
}

}  // namespace pith::shape
