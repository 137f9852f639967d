// Single-byte legacy code pages seen backwards (which byte a character was decoded from), built
// once from ICU's converters: the tables mojibake repair reads UTF-8 bytes back out of text with.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith {

/// The upper half (bytes 0x80–0xFF) of a single-byte code page as a map from the character each
/// byte decodes to back to that byte.
class LegacyCodepage {
 public:
  /// Builds the map from ICU's converter `icu_name`; `extra_icu_name`, when given, adds the
  /// characters of a second code page that the first does not reach (ISO-8859-1's C1 controls
  /// beside Windows-1252: text decoded by either reads back the same). A code page ICU does not
  /// know gives an empty map, which never matches.
  LegacyCodepage(std::string name, const char* icu_name, const char* extra_icu_name = nullptr);

  /// The byte (0x80–0xFF) that decodes to `c` in this code page, or 0 when none does.
  std::uint8_t byte_of(char32_t c) const {
    if (c < m_low.size()) return m_low[c];
    return byte_of_high(c);
  }

  /// The name repairs are reported under ("windows-1252", "macintosh", "windows-1251").
  const std::string& name() const { return m_name; }

  /// Every character of the map with its byte.
  std::vector<std::pair<char32_t, std::uint8_t>> entries() const;

 private:
  std::uint8_t byte_of_high(char32_t c) const;
  void add(const char* icu_name);

  std::string m_name;
  /// Characters below U+0500 (Latin-1, Latin Extended, Greek, Cyrillic) by direct index.
  std::array<std::uint8_t, 0x500> m_low{};
  /// The others (punctuation, symbols of U+2000 and above), sorted by character.
  std::vector<std::pair<char32_t, std::uint8_t>> m_high;
};

/// For each character, the code pages of a list (up to eight) that decode a UTF-8 lead byte
/// (0xC2–0xF4) into it, and those that decode a continuation byte (0x80–0xBF) into it. A span of
/// mojibake starts with a lead character followed by a continuation character of the same code
/// page, so a scan rules out nearly every character of real text with two table lookups.
class CodepageRoles {
 public:
  explicit CodepageRoles(const std::vector<LegacyCodepage>& pages);
  /// Bit p set when page p decodes a lead byte into `c`.
  unsigned leads(char32_t c) const { return c < k_size ? m_leads[c] : 0; }
  /// Bit p set when page p decodes a continuation byte into `c`.
  unsigned continues(char32_t c) const { return c < k_size ? m_continues[c] : 0; }

 private:
  /// Every code page character is in the Basic Multilingual Plane.
  static constexpr char32_t k_size = 0x10000;
  std::vector<std::uint8_t> m_leads = std::vector<std::uint8_t>(k_size);
  std::vector<std::uint8_t> m_continues = std::vector<std::uint8_t>(k_size);
};

/// The code pages whose mojibake pith repairs, the most common first: Windows-1252 (with
/// ISO-8859-1), MacRoman, Windows-1251.
std::vector<LegacyCodepage> mojibake_codepages();

}  // namespace pith
