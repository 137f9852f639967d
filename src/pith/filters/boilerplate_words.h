// The words the boilerplate features look up: stop words of six languages (data files), and the
// short, generic lists of call-to-action, second-person and navigation words (beside the code).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace pith::boilerplate {

/// What a word is, as bits: one stop-word bit per language (in boilerplate_data::k_languages
/// order), then the three generic word classes.
enum WordFlag : std::uint16_t {
  k_stop_word_bits = 0x3F,
  k_call_word = 1 << 6,       ///< an imperative call: "subscribe", "click", "teilen", "suivez"
  k_second_person = 1 << 7,   ///< addresses the reader: "you", "votre", "dein"
  k_navigation = 1 << 8,      ///< a menu or page-furniture word: "home", "login", "impressum"
};

/// The longest word (in UTF-8 bytes) the table holds; longer words have no flags.
inline constexpr std::size_t k_max_word_bytes = 16;

/// An open-addressing table from lower-cased words to WordFlag bits: one multiply-shift hash and
/// a probe or two per word, so every word of every line can be looked up.
class WordTable {
 public:
  /// The table of the shipped word lists, built on first use (thread-safe).
  static const WordTable& shipped();

  /// Flags of `word` as it appears in text: ASCII and Latin-1 capitals are folded first
  /// ("Über" finds "über"). 0 for unknown words and words over k_max_word_bytes.
  std::uint16_t flags(std::string_view word) const;

  /// Flags of the lower-case word whose bytes, zero-padded to sixteen, are `a` (the first eight,
  /// the first byte lowest) and `b`: the lookup flags() ends in, for a caller that has folded and
  /// packed the word itself.
  std::uint16_t flags_of_lower(std::uint64_t a, std::uint64_t b) const { return m_slots[find(a, b)].flags; }

  /// Adds `flags` to lower-case `word` (ignored when longer than k_max_word_bytes).
  void add(std::string_view word, std::uint16_t flags);

 private:
  struct Slot {
    std::uint64_t a = 0, b = 0;  ///< the word's bytes, zero-padded; a == 0 marks an empty slot
    std::uint16_t flags = 0;
  };
  /// The slot of the word packed as `a` and `b`: its own, or the empty one where it would go.
  std::size_t find(std::uint64_t a, std::uint64_t b) const {
    std::size_t i = hash(a, b);
    while (m_slots[i].a != 0 && (m_slots[i].a != a || m_slots[i].b != b)) i = (i + 1) & k_slot_mask;
    return i;
  }
  /// A multiply-shift hash of the packed word, k_slot_bits wide.
  static std::size_t hash(std::uint64_t a, std::uint64_t b) {
    return static_cast<std::size_t>((a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full) >> (64 - k_slot_bits));
  }
  /// 4096 slots: the shipped lists fill about a quarter, so a word not in them probes one or two.
  static constexpr unsigned k_slot_bits = 12;
  static constexpr std::size_t k_slot_mask = (std::size_t{1} << k_slot_bits) - 1;
  std::vector<Slot> m_slots = std::vector<Slot>(k_slot_mask + 1);
};

}  // namespace pith::boilerplate
