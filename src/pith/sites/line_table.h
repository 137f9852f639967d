// A capped table of how many records of one site hold each line key: the Space-Saving algorithm
// (Metwally, Agrawal and El Abbadi, "Efficient Computation of Frequent and Top-k Elements in Data
// Streams", ICDT 2005), with its Stream-Summary of count buckets so every step is O(1). With room
// for k keys, after n sightings every key seen more than n/k times is in the table, and for every
// entry count - error <= true count <= count. Most line keys of a site are seen once (article
// text), so a doorkeeper (as in TinyLFU: Einziger, Friedman and Manes, 2017) holds a key's first
// sighting and only a second one enters the table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::sites {

/// What a key stands for: a whole line, or the fixed words a family of lines shares.
enum class KeyKind : std::uint8_t {
  line,     ///< the whole line key
  opening,  ///< its first three words
  ending,   ///< its last three words
  ends,     ///< its first two and last two words
  label,    ///< its words up to a "label:" among the first three
};

/// One key of one record, as the table counts it.
struct Sighting {
  std::uint64_t hash = 0;  ///< of the kind and the key's words
  KeyKind kind = KeyKind::line;
  std::string_view line;    ///< the whole line key
  std::uint32_t words = 0;  ///< words of `line`
};

class LineTable {
 public:
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t count = 0;
    std::uint32_t error = 0;    ///< what count may overstate (Space-Saving's epsilon)
    std::uint32_t longest = 0;  ///< most words of a line counted under this key
    /// Template kinds: bytes of `text` that every line stored since opens (ends) with, at word
    /// boundaries: the longest common prefix (suffix) of their words.
    std::uint32_t prefix = 0, suffix = 0;
    KeyKind kind = KeyKind::line;
    /// The line key, stored at the key's second sighting (a key seen once costs no text).
    std::string text;

    std::uint32_t lower_bound() const { return count - error; }
  };

  /// Bytes an entry costs besides its text (entry, list links, index slots), for budgets.
  static constexpr std::size_t k_entry_bytes = sizeof(Entry) + 4 * sizeof(std::uint32_t) + 16;

  /// Keys the doorkeeper remembers at most; past half of them it forgets them all and starts
  /// again, so a key whose second sighting comes after that is counted from there (at most one
  /// record short: counts stay lower bounds).
  static constexpr std::size_t k_max_doorkeeper_slots = std::size_t{1} << 15;

  explicit LineTable(std::size_t capacity) : m_capacity(capacity) {}

  /// Counts one sighting. The table grows only while `may_grow` (else the least counted entry
  /// makes way, as Space-Saving does), and stores a new text only while `may_store_text`.
  /// Returns the change in bytes held.
  std::ptrdiff_t add(const Sighting& sighting, bool may_grow, bool may_store_text);

  const std::vector<Entry>& entries() const { return m_entries; }

  /// Starts loading what add() will look at first for `hash`, so the loads of many keys overlap.
  void prefetch(std::uint64_t hash) const {
    if (!m_slots.empty()) __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    if (!m_seen.empty()) __builtin_prefetch(&m_seen[doorkeeper_home(static_cast<std::uint32_t>(hash >> 32))]);
  }

 private:
  static constexpr std::uint32_t k_none = UINT32_MAX;

  /// Entries of one count, in a list; buckets are listed by count, least first.
  struct Bucket {
    std::uint32_t count = 0;
    std::uint32_t first = k_none;  ///< an entry of this count
    std::uint32_t prev = k_none, next = k_none;
  };
  struct Links {
    std::uint32_t bucket = k_none, prev = k_none, next = k_none;
  };

  void narrow(Entry& entry, std::string_view line) const;
  // Stream-Summary
  void bump(std::uint32_t entry);
  void link(std::uint32_t entry, std::uint32_t bucket);
  void unlink(std::uint32_t entry);
  std::uint32_t new_bucket(std::uint32_t count, std::uint32_t after);
  // the index: open addressing with linear probing, entry index + 1 per slot (0: empty)
  std::uint32_t* find_slot(std::uint64_t hash);
  void index_insert(std::uint32_t entry);
  void index_erase(std::uint64_t hash);
  void grow_index();
  /// True when `hash` was seen before (since the doorkeeper last started again); else
  /// remembers it. Adds the bytes it grew by to `delta`.
  bool seen_before(std::uint64_t hash, bool may_grow, std::ptrdiff_t* delta);
  std::size_t doorkeeper_home(std::uint32_t fingerprint) const;

  std::size_t m_capacity;
  std::vector<Entry> m_entries;
  std::vector<Links> m_links;
  std::vector<Bucket> m_buckets;
  std::vector<std::uint32_t> m_free_buckets;
  std::uint32_t m_least = k_none;  ///< the bucket of the least count
  std::vector<std::uint32_t> m_slots;
  /// The doorkeeper: 32-bit fingerprints of keys seen once, by open addressing (0: an empty slot).
  std::vector<std::uint32_t> m_seen;
  std::size_t m_seen_count = 0;
};

}  // namespace pith::sites
