// Byte-pair signatures of a line, and the thread's signature of its most recent line.
#include "pith/base/line_pairs.h"

#include <cstring>
#include <string>

namespace pith::shape {

namespace {

/// pair_class() of every byte.
constexpr std::array<unsigned char, 256> k_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (std::size_t b = 0; b < 256; ++b) classes[b] = pair_class(static_cast<char>(b));
  return classes;
}();

void build_pairs(std::string_view line, LinePairs& pairs) {
  pairs.rows.fill(0);
  if (line.empty()) return;
  const auto* at = reinterpret_cast<const unsigned char*>(line.data());
  const auto* end = at + line.size();
  std::uint64_t* rows = pairs.rows.data();
  unsigned previous = k_classes[*at++];
  // Four bytes a turn: the filters' shared work, one pass per line.
  for (; end - at >= 4; at += 4) {
    unsigned a = k_classes[at[0]], b = k_classes[at[1]], c = k_classes[at[2]], d = k_classes[at[3]];
    rows[previous] |= std::uint64_t{1} << a;
    rows[a] |= std::uint64_t{1} << b;
    rows[b] |= std::uint64_t{1} << c;
    rows[c] |= std::uint64_t{1} << d;
    previous = d;
  }
  for (; at < end; ++at) {
    unsigned next = k_classes[*at];
    rows[previous] |= std::uint64_t{1} << next;
    previous = next;
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
