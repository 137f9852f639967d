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

  /// flags() of `word` when the sixteen bytes from word.data() may be read (the word sits at
  /// least that far from the end of its buffer): an ASCII word is folded and packed in one
  /// sixteen-byte step, with the same result as flags().
  std::uint16_t flags_readable16(std::string_view word) const;

  /// Adds `flags` to lower-case `word` (ignored when longer than k_max_word_bytes).
  void add(std::string_view word, std::uint16_t flags);

 private:
  struct Slot {
    std::uint64_t a = 0, b = 0;  ///< the word's bytes, zero-padded; a == 0 marks an empty slot
    std::uint16_t flags = 0;
  };
  std::size_t find(std::uint64_t a, std::uint64_t b) const;
  std::vector<Slot> m_slots = std::vector<Slot>(4096);
};

}  // namespace pith::boilerplate
