// mojibake: a byte pre-check, then runs of read-back units, each run kept or replaced by the
// reading (one, two or three levels of decoding) that mojibake::badness() finds least odd.
#include "pith/normalize/mojibake.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "pith/normalize/ascii.h"
#include "pith/normalize/mojibake_badness.h"

namespace pith {

namespace {

/// Text encoded more than three times over is too far gone to read back with any confidence.
constexpr int k_max_levels = 3;

/// The byte offset of the first character that may start a repairable span, or npos. Every
/// such span holds one of these byte patterns, whatever its code page: Windows-1252 and Latin-1
/// turn each lead byte 0xC2–0xF4 into U+00C2–U+00F4 (UTF-8 0xC3 0x82–0xB4); Windows-1251 into
/// Cyrillic В..п (0xD0 ..); MacRoman into ¬ (0xC2 0xAC), √ (0xE2 0x88 0x9A) and ‚ (0xE2 0x80
/// 0x9A). ASCII is skipped sixteen bytes at a time, so most English lines cost next to nothing.
std::size_t first_suspect(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    i = ascii::next_high_byte(text, i);
    if (i >= n) break;
    auto byte = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(p[k]) : 0; };
    unsigned char c = byte(i);
    if (c == 0xC3 || c == 0xD0 || (c == 0xC2 && byte(i + 1) == 0xAC) ||
        (c == 0xE2 && byte(i + 2) == 0x9A && (byte(i + 1) == 0x88 || byte(i + 1) == 0x80)))
      return i;
    i += ascii::sequence_length(c);
  }
  return std::string_view::npos;
}

/// The continuation bytes a UTF-8 lead byte takes (0 when it is not a lead byte).
int continuation_count(std::uint8_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

/// Whether `byte` may follow `lead` as the first continuation byte (no overlong forms,
/// surrogates or code points past U+10FFFF), per RFC 3629.
bool valid_second_byte(std::uint8_t lead, std::uint8_t byte) {
  switch (lead) {
    case 0xE0: return byte >= 0xA0 && byte <= 0xBF;
    case 0xED: return byte >= 0x80 && byte <= 0x9F;
    case 0xF0: return byte >= 0x90 && byte <= 0xBF;
    case 0xF4: return byte >= 0x80 && byte <= 0x8F;
    default: return byte >= 0x80 && byte <= 0xBF;
  }
}

/// The characters of valid UTF-8 text, by byte offset.
struct Utf8Chars {
  std::string_view text;
  std::size_t size() const { return text.size(); }
  /// The character at `pos`; `*next` is the offset of the one after it.
  char32_t get(std::size_t pos, std::size_t* next) const {
    // ASCII and two-byte sequences (Latin, Cyrillic) inline: they are nearly all a scan meets.
    auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
      *next = pos + 1;
      return b0;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
      *next = pos + 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3F);
    }
    UChar32 c = 0;
    auto i = static_cast<int32_t>(pos);
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    *next = static_cast<std::size_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
  }
  /// The character that ends at `pos` (a space at the start).
  char32_t before(std::size_t pos) const {
    if (pos == 0) return U' ';
    UChar32 c = 0;
    auto i = static_cast<int32_t>(pos);
    U8_PREV(reinterpret_cast<const std::uint8_t*>(text.data()), 0, i, c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
  }
};

/// The characters of a decoded span, by index.
struct U32Chars {
  std::u32string_view text;
  std::size_t size() const { return text.size(); }
  char32_t get(std::size_t pos, std::size_t* next) const {
    *next = pos + 1;
    return text[pos];
  }
  char32_t before(std::size_t pos) const { return pos == 0 ? U' ' : text[pos - 1]; }
};

/// What follows "à" in the Portuguese contractions of the preposition a (às, àquele, àquilo).
constexpr std::string_view k_grave_a_contractions[] = {"s", "quele", "queles", "quela", "quelas", "quilo"};

/// True when the characters of `chars` from `pos` start with a contraction tail as a whole word.
template <class Chars>
bool opens_contraction(const Chars& chars, std::size_t pos) {
  for (std::string_view tail : k_grave_a_contractions) {
    std::size_t at = pos, next = pos;
    bool match = true;
    for (char letter : tail) {
      if (at >= chars.size() || chars.get(at, &next) != static_cast<char32_t>(letter)) {
        match = false;
        break;
      }
      at = next;
    }
    if (!match) continue;
    char32_t after = at < chars.size() ? chars.get(at, &next) : U' ';
    bool letter = (after >= U'a' && after <= U'z') || (after >= U'A' && after <= U'Z') || after >= 0xC0;
    if (!letter) return true;
  }
  return false;
}

/// One read-back unit: the characters a legacy code page decoded one UTF-8 sequence into.
struct Unit {
  std::size_t end = 0;       ///< where the characters it covers end (an offset of `chars`)
  char32_t decoded = 0;      ///< the character the sequence encodes
  bool space_after = false;  ///< a separating space to put back after it (see below)
};

/// Reads the unit starting with the character `first` at `at` (the next one at `next`) back
/// through `page` (index `page_index` in the list: 0 is Windows-1252, where the two lost-byte
/// cases apply). False when there is none.
template <class Chars>
bool read_unit(const Chars& chars, std::size_t at, char32_t first, std::size_t next, const LegacyCodepage& page,
               std::size_t page_index, Unit* unit) {
  std::uint8_t lead = page.byte_of(first);
  int needed = continuation_count(lead);
  if (needed == 0) return false;
  std::array<std::uint8_t, 4> bytes{lead};
  bool windows_1252 = page_index == 0;
  bool took_space = false;
  int got = 0;
  for (; got < needed && next < chars.size(); ++got) {
    std::size_t after = 0;
    char32_t c = chars.get(next, &after);
    std::uint8_t byte = page.byte_of(c);
    // A no-break space (byte 0xA0) that some later step turned into a plain space: "Â " was
    // U+00A0, "Ã " was "à". Only these two, whose readings are common and badness can judge.
    if (byte == 0 && windows_1252 && c == U' ' && needed == 1 && (lead == 0xC2 || lead == 0xC3)) {
      byte = 0xA0;
      took_space = true;
    }
    if (byte < 0x80 || byte > 0xBF || (got == 0 && !valid_second_byte(lead, byte))) break;
    bytes[static_cast<std::size_t>(got) + 1] = byte;
    next = after;
  }
  if (got < needed) {
    // "â€" then no third byte: the 0x9D of U+201D, undefined in Windows-1252, was dropped or
    // replaced by U+FFFD (which the unit then covers).
    if (!(windows_1252 && lead == 0xE2 && got == 1 && bytes[1] == 0x80)) return false;
    bytes[2] = 0x9D;
    std::size_t after = 0;
    if (next < chars.size() && chars.get(next, &after) == 0xFFFD) next = after;
  }
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(bytes.data(), i, needed + 1, c);
  if (c < 0) return false;
  unit->decoded = static_cast<char32_t>(c);
  unit->end = next;
  // "Ã " for "à " where the text also lost the space after the word: put one back, unless "à"
  // opens a Portuguese contraction ("Ã s" was "às").
  std::size_t after = 0;
  auto starts_word = [&] {
    char32_t before = chars.before(at);
    return before == U' ' || before == U'(' || before == U'\u201C';
  };
  unit->space_after = took_space && c == 0xE0 && next < chars.size() && chars.get(next, &after) != U' ' &&
                      !(starts_word() && opens_contraction(chars, next));
  return true;
}

/// `chars` with every unit any code page reads back decoded (one more level); false when it holds none.
bool decode_level(std::u32string_view chars, const std::vector<LegacyCodepage>& pages, std::u32string* out) {
  out->clear();
  bool any = false;
  U32Chars view{chars};
  for (std::size_t i = 0; i < chars.size();) {
    Unit unit;
    bool found = false;
    for (std::size_t p = 0; p < pages.size() && !found; ++p)
      found = read_unit(view, i, chars[i], i + 1, pages[p], p, &unit);
    if (!found) {
      out->push_back(chars[i++]);
      continue;
    }
    any = true;
    out->push_back(unit.decoded);
    if (unit.space_after) out->push_back(U' ');
    i = unit.end;
  }
  return any;
}

void append_utf8(std::string& out, char32_t c) {
  std::array<std::uint8_t, 4> buffer{};
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer.data(), length, static_cast<UChar32>(c));
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

std::u32string to_chars(std::string_view utf8) {
  std::u32string chars;
  Utf8Chars view{utf8};
  for (std::size_t i = 0, next = 0; i < utf8.size(); i = next) chars.push_back(view.get(i, &next));
  return chars;
}

/// The last `count` characters of valid UTF-8 `text`, in order (fewer when it has fewer).
std::u32string last_chars(std::string_view text, std::size_t count) {
  std::u32string chars;
  auto i = static_cast<int32_t>(text.size());
  while (i > 0 && chars.size() < count) {
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const std::uint8_t*>(text.data()), 0, i, c);
    chars.insert(chars.begin(), c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return chars;
}

/// The badness of `candidate` standing between the two characters before it and the two after.
int badness_between(std::u32string_view before, std::u32string_view candidate, std::u32string_view after) {
  std::u32string window;
  window.reserve(before.size() + candidate.size() + after.size());
  window.append(before).append(candidate).append(after);
  return mojibake::badness(window, before.size(), before.size() + candidate.size());
}

/// Reads the run of units of one code page that starts with `first` at `at` into `level`
/// (replacing what it held); returns where the run ends.
std::size_t read_run(const Utf8Chars& chars, std::size_t at, Unit first, const LegacyCodepage& page,
                     std::size_t page_index, std::u32string* level) {
  level->clear();
  Unit unit = first;
  for (;;) {
    level->push_back(unit.decoded);
    if (unit.space_after) level->push_back(U' ');
    at = unit.end;
    if (at >= chars.size()) return at;
    std::size_t next = 0;
    char32_t c = chars.get(at, &next);
    if (!read_unit(chars, at, c, next, page, page_index, &unit)) return at;
  }
}

/// The least odd of `original` and its readings one, two and three levels deep (`level` is the
/// first), between `before` and `after`; empty when `original` itself is least odd. A tie keeps
/// the text as it stands, but once a reading has won, a deeper one that reads as well wins in
/// turn: "ÃƒÅ½le" reads "ÃŽle", then "Île", and both look like words.
std::u32string best_reading(const std::u32string& original, std::u32string level, std::u32string_view before,
                            std::u32string_view after, const std::vector<LegacyCodepage>& pages) {
  int best_cost = badness_between(before, original, after);
  if (best_cost == 0) return {};
  std::u32string best, next_level;
  for (int depth = 1; depth <= k_max_levels; ++depth) {
    int cost = badness_between(before, level, after);
    if (cost < best_cost || (!best.empty() && cost == best_cost)) {
      best_cost = cost;
      best = level;
    }
    if (depth == k_max_levels || !decode_level(level, pages, &next_level)) break;
    level.swap(next_level);
  }
  return best;
}

}  // namespace

MojibakeNormalizer::MojibakeNormalizer(const Config&)
    : m_codepages(mojibake_codepages()), m_roles(m_codepages) {}

void MojibakeNormalizer::apply(std::string& text) const {
  std::vector<TextRepair> ignored;
  apply_recorded(text, "mojibake", ignored);
}

void MojibakeNormalizer::apply_recorded(std::string& text, std::string_view stage,
                                        std::vector<TextRepair>& repairs) const {
  std::size_t start = first_suspect(text);
  if (start == std::string_view::npos) return;
  const Utf8Chars chars{text};
  std::string out;          // the repaired text up to `copied`
  std::size_t copied = 0;   // bytes of `text` already in `out`
  std::u32string level;
  // The character after the last lead character, decoded once for both of its turns (in
  // Cyrillic text nearly every letter leads in Windows-1251).
  std::size_t peeked_at = std::string::npos, peeked_next = 0;
  char32_t peeked = 0;
  for (std::size_t i = start, next = 0; i < text.size(); i = next) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      next = ascii::next_high_byte(text, i);
      continue;
    }
    // Most characters of real text are followed by one that no code page decodes a continuation
    // byte into: ASCII other than a space (the code pages keep ASCII as it is), or a basic
    // Cyrillic letter (U+0410–U+044F, 0xD0 0x90–0xD1 0x8F; Windows-1251 puts them at 0xC0–0xFF).
    // Those are passed over on their bytes alone.
    std::size_t follower = i + ascii::sequence_length(static_cast<unsigned char>(text[i]));
    if (follower < text.size()) {
      auto f0 = static_cast<unsigned char>(text[follower]);
      auto f1 = follower + 1 < text.size() ? static_cast<unsigned char>(text[follower + 1]) : 0;
      if ((f0 < 0x80 && f0 != ' ') || (f0 == 0xD0 && f1 >= 0x90) || (f0 == 0xD1 && f1 < 0x90)) {
        next = follower;
        continue;
      }
    }
    char32_t c = i == peeked_at ? (next = peeked_next, peeked) : chars.get(i, &next);
    unsigned pages = m_roles.leads(c);
    if (pages == 0 || next >= text.size()) continue;
    // Most lead characters of real text ("é", Cyrillic letters) are followed by a character no
    // code page continues with; only a plain space may stand for a lost 0xA0 after "Â" or "Ã".
    peeked_at = next;
    peeked = chars.get(next, &peeked_next);
    if (!(pages & m_roles.continues(peeked)) && !(peeked == U' ' && (c == 0xC2 || c == 0xC3))) continue;
    Unit unit;
    std::size_t page = 0;
    for (; page < m_codepages.size(); ++page)
      if ((pages >> page & 1) && read_unit(chars, i, c, next, m_codepages[page], page, &unit)) break;
    if (page == m_codepages.size()) continue;
    std::size_t end = read_run(chars, i, unit, m_codepages[page], page, &level);
    // The context: what the text reads as before the run, repairs included, and after it.
    std::u32string before = last_chars(std::string_view(text).substr(copied, i - copied), 2);
    if (before.size() < 2) before.insert(0, last_chars(out, 2 - before.size()));
    std::u32string after;
    for (std::size_t k = end, k_next = 0; k < text.size() && after.size() < 2; k = k_next)
      after.push_back(chars.get(k, &k_next));
    std::u32string best = best_reading(to_chars(std::string_view(text).substr(i, end - i)), std::move(level),
                                       before, after, m_codepages);
    next = end;
    if (best.empty()) continue;
    std::string replacement;
    for (char32_t d : best) append_utf8(replacement, d);
    out.append(text, copied, i - copied);
    out += replacement;
    copied = end;
    repairs.push_back({std::string(stage), text.substr(i, end - i), std::move(replacement)});
  }
  if (copied == 0) return;
  out.append(text, copied, std::string::npos);
  text.swap(out);
}

}  // namespace pith
