// A capped table of how many records of one site hold each line key: the Space-Saving algorithm
// (Metwally, Agrawal and El Abbadi, "Efficient Computation of Frequent and Top-k Elements in Data
// Streams", ICDT 2005). With room for k keys, after n sightings every key seen more than n/k times
// is in the table, and for every entry count - error <= true count <= count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pith::sites {

/// What a key stands for: a whole line, or the fixed words a family of lines shares.
enum class KeyKind : std::uint8_t {
  line,    ///< the whole line key
  opening, ///< its first three words
  ending,  ///< its last three words
  ends,    ///< its first two and last two words
  label,   ///< its words up to a "label:" among the first three
};

/// One key of one record, as the table counts it.
struct Sighting {
  std::uint64_t hash = 0;  ///< of the kind and the key's words
  KeyKind kind = KeyKind::line;
  std::string_view line;   ///< the whole line key
  std::uint32_t words = 0; ///< words of `line`
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

  /// Bytes an entry costs besides its text (entry, heap slots, index node), for budgets.
  static constexpr std::size_t k_entry_bytes = sizeof(Entry) + 64;

  explicit LineTable(std::size_t capacity) : m_capacity(capacity) {}

  /// Counts one sighting. The table grows only while `may_grow` (else the least counted entry
  /// makes way, as Space-Saving does), and stores a new text only while `may_store_text`.
  /// Returns the change in bytes held.
  std::ptrdiff_t add(const Sighting& sighting, bool may_grow, bool may_store_text);

  const std::vector<Entry>& entries() const { return m_entries; }
  bool full() const { return m_entries.size() >= m_capacity; }

 private:
  void narrow(Entry& entry, std::string_view line) const;
  void sift_up(std::size_t place);
  void sift_down(std::size_t place);
  void swap_places(std::size_t a, std::size_t b);
  bool less(std::size_t a, std::size_t b) const { return m_entries[m_heap[a]].count < m_entries[m_heap[b]].count; }

  std::size_t m_capacity;
  std::vector<Entry> m_entries;
  std::vector<std::uint32_t> m_heap;   ///< entry indices, least count first
  std::vector<std::uint32_t> m_place;  ///< entry index → its place in m_heap
  std::unordered_map<std::uint64_t, std::uint32_t> m_index;
};

}  // namespace pith::sites
