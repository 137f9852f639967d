// Byte-pair signatures of a line, and the thread's cache of the signatures it built.
#include "pith/base/line_pairs.h"

#include <cstring>
#include <string>
#include <vector>

namespace pith::shape {

namespace {

/// pair_class() of every byte.
constexpr std::array<unsigned char, 256> k_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (std::size_t b = 0; b < 256; ++b) classes[b] = pair_class(static_cast<char>(b));
  return classes;
}();

/// Sets the pairs of `line` in `pairs`, which is clear.
void add_pairs(std::string_view line, LinePairs& pairs) {
  if (line.empty()) return;
  const auto* at = reinterpret_cast<const unsigned char*>(line.data());
  const auto* end = at + line.size();
  std::uint64_t* rows = pairs.rows.data();
  unsigned previous = k_classes[*at++];
  // Four bytes a turn: the hottest loop of the filters' shared work, one pass per line.
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

void build_pairs(std::string_view line, LinePairs& pairs) {
  pairs.rows.fill(0);
  add_pairs(line, pairs);
}

/// The signatures line_pairs() built while a KeyCacheScope is open (the scope it was filled
/// in is `scope`): an open-addressing table by (address, length) of entries whose bytes sit in
/// `arena` and whose signature sits in `signatures`.
struct PairCache {
  struct Entry {
    const char* data = nullptr;  ///< the view's address; nullptr for an empty slot
    std::size_t size = 0;        ///< the view's length
    std::size_t at = 0;          ///< offset in `arena` of a copy of its bytes
    std::size_t signature = 0;   ///< index in `signatures`
  };
  std::vector<Entry> table;
  std::size_t used = 0;
  std::string arena;
  std::vector<LinePairs> signatures;
  std::uint64_t scope = 0;

  static std::size_t slot_of(const char* data, std::size_t size, std::size_t mask) {
    auto address = reinterpret_cast<std::uintptr_t>(data);
    return static_cast<std::size_t>(((address >> 3) ^ (size << 40)) * 0x9E3779B97F4A7C15ull >> 20) & mask;
  }

  void grow() {
    std::vector<Entry> old = std::move(table);
    table.assign(old.empty() ? 4096 : old.size() * 2, Entry{});
    for (const Entry& e : old) {
      if (!e.data) continue;
      std::size_t i = slot_of(e.data, e.size, table.size() - 1);
      while (table[i].data) i = (i + 1) & (table.size() - 1);
      table[i] = e;
    }
  }

  /// Empties the cache for the scope `id`; a whole window's worth of room is kept.
  void reset(std::uint64_t id) {
    scope = id;
    table.clear();
    used = 0;
    arena.clear();
    signatures.clear();
    if (arena.capacity() > (std::size_t{1} << 20)) arena.shrink_to_fit();
    if (table.capacity() > 65536) table.shrink_to_fit();
    if (signatures.capacity() > 4096) signatures.shrink_to_fit();
  }

  bool has_room(std::size_t bytes) const {
    return arena.size() + bytes + (signatures.size() + 1) * sizeof(LinePairs) <= k_key_cache_bytes;
  }
};

thread_local PairCache t_pair_cache;

/// The signature of the thread's most recent line outside a scope, or past the cache's room.
struct RecentLine {
  const char* data = nullptr;
  std::string bytes;
  LinePairs pairs;
};

thread_local RecentLine t_recent;

const LinePairs& recent_pairs(std::string_view line) {
  RecentLine& recent = t_recent;
  if (line.data() == recent.data && line.size() == recent.bytes.size() &&
      std::memcmp(line.data(), recent.bytes.data(), line.size()) == 0)
    return recent.pairs;
  recent.data = line.data();
  recent.bytes.assign(line);
  build_pairs(line, recent.pairs);
  return recent.pairs;
}

}  // namespace

const LinePairs& line_pairs(std::string_view line) {
  std::uint64_t scope = open_key_cache_scope();
  if (scope == 0 || line.empty()) return recent_pairs(line);
  PairCache& cache = t_pair_cache;
  if (cache.scope != scope) cache.reset(scope);
  if (cache.table.empty()) cache.grow();
  std::size_t mask = cache.table.size() - 1;
  std::size_t i = PairCache::slot_of(line.data(), line.size(), mask);
  for (; cache.table[i].data; i = (i + 1) & mask) {
    PairCache::Entry& e = cache.table[i];
    if (e.data != line.data() || e.size != line.size()) continue;
    if (std::memcmp(cache.arena.data() + e.at, line.data(), line.size()) == 0) return cache.signatures[e.signature];
    // The same place holds other bytes now: the entry follows them when room is left.
    if (!cache.has_room(line.size())) return recent_pairs(line);
    e.at = cache.arena.size();
    cache.arena.append(line);
    build_pairs(line, cache.signatures[e.signature]);
    return cache.signatures[e.signature];
  }
  if (!cache.has_room(line.size())) return recent_pairs(line);
  cache.table[i] = {line.data(), line.size(), cache.arena.size(), cache.signatures.size()};
  cache.arena.append(line);
  LinePairs& pairs = cache.signatures.emplace_back();  // clear
  add_pairs(line, pairs);
  if (++cache.used * 2 > cache.table.size()) cache.grow();
  return pairs;
}

}  // namespace pith::shape
