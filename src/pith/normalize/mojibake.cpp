// mojibake: a byte pre-check, then runs of read-back units, each run kept or replaced by the
// reading (one, two or three levels of decoding) that mojibake::badness() finds least odd.
#include "pith/normalize/mojibake.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "pith/normalize/mojibake_badness.h"

namespace pith {

namespace {

/// Text encoded more than three times over is too far gone to read back with any confidence.
constexpr int k_max_levels = 3;

/// Byte patterns every repairable span holds, whatever its code page: Windows-1252 and Latin-1
/// turn each lead byte 0xC2–0xF4 into U+00C2–U+00F4 (UTF-8 0xC3 0x82–0xB4); Windows-1251 into
/// Cyrillic В..п (0xD0 ..); MacRoman into ¬ (0xC2 lead), √ (0xC3) and ‚ (0xE2). Text with none of
/// them, as most English lines, is left after a few memchr scans.
bool may_hold_mojibake(std::string_view text) {
  return text.find('\xC3') != std::string_view::npos || text.find('\xD0') != std::string_view::npos ||
         text.find("\xC2\xAC") != std::string_view::npos || text.find("\xE2\x88\x9A") != std::string_view::npos ||
         text.find("\xE2\x80\x9A") != std::string_view::npos;
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

/// What follows "à" in the Portuguese contractions of the preposition a (às, àquele, àquilo).
constexpr std::u32string_view k_grave_a_contractions[] = {U"s", U"quele", U"queles", U"quela", U"quelas", U"quilo"};

bool starts_word(std::u32string_view chars, std::size_t at) {
  return at == 0 || chars[at - 1] == U' ' || chars[at - 1] == U'(' || chars[at - 1] == U'\u201C';
}

/// True when `rest` starts with one of the contraction tails as a whole word.
bool opens_contraction(std::u32string_view rest) {
  for (std::u32string_view tail : k_grave_a_contractions) {
    if (!rest.starts_with(tail)) continue;
    char32_t after = rest.size() > tail.size() ? rest[tail.size()] : U' ';
    bool letter = (after >= U'a' && after <= U'z') || (after >= U'A' && after <= U'Z') || after >= 0xC0;
    if (!letter) return true;
  }
  return false;
}

/// One read-back unit: the characters a legacy code page decoded one UTF-8 sequence into.
struct Unit {
  std::size_t length = 0;  ///< characters of the text it covers
  char32_t decoded = 0;    ///< the character the sequence encodes
  bool space_after = false;  ///< a separating space to put back after it (see below)
};

/// Reads the unit starting at `chars[at]` back through `page` (index `page_index` in the list:
/// 0 is Windows-1252, where the two lost-byte cases apply). False when there is none.
bool read_unit(std::u32string_view chars, std::size_t at, const LegacyCodepage& page, std::size_t page_index,
               Unit* unit) {
  std::uint8_t lead = page.byte_of(chars[at]);
  int needed = continuation_count(lead);
  if (needed == 0) return false;
  std::array<std::uint8_t, 4> bytes{lead};
  std::size_t next = at + 1;
  int got = 0;
  bool windows_1252 = page_index == 0;
  for (; got < needed && next < chars.size(); ++got, ++next) {
    std::uint8_t byte = page.byte_of(chars[next]);
    // A no-break space (byte 0xA0) that some later step turned into a plain space: "Â " was
    // U+00A0, "Ã " was "à". Only these two, whose readings are common and badness can judge.
    if (byte == 0 && windows_1252 && chars[next] == U' ' && needed == 1 && (lead == 0xC2 || lead == 0xC3))
      byte = 0xA0;
    if (byte < 0x80 || byte > 0xBF || (got == 0 && !valid_second_byte(lead, byte))) break;
    bytes[static_cast<std::size_t>(got) + 1] = byte;
  }
  if (got < needed) {
    // "â€" then no third byte: the 0x9D of U+201D, undefined in Windows-1252, was dropped or
    // replaced by U+FFFD (which the unit then covers).
    if (!(windows_1252 && lead == 0xE2 && got == 1 && bytes[1] == 0x80)) return false;
    bytes[2] = 0x9D;
    if (next < chars.size() && chars[next] == 0xFFFD) ++next;
  }
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(bytes.data(), i, needed + 1, c);
  if (c < 0) return false;
  unit->decoded = static_cast<char32_t>(c);
  unit->length = next - at;
  // "Ã " for "à " where the text also lost the space after the word: put one back, unless "à"
  // opens a Portuguese contraction ("Ã s" was "às").
  bool took_space = chars[next - 1] == U' ' && bytes[static_cast<std::size_t>(needed)] == 0xA0;
  unit->space_after = took_space && c == 0xE0 && next < chars.size() && chars[next] != U' ' &&
                      !(starts_word(chars, at) && opens_contraction(chars.substr(next)));
  return true;
}

/// `chars` with every unit any code page reads back decoded (one more level); false when it holds none.
bool decode_level(std::u32string_view chars, const std::vector<LegacyCodepage>& pages, std::u32string* out) {
  out->clear();
  bool any = false;
  for (std::size_t i = 0; i < chars.size();) {
    Unit unit;
    bool found = false;
    for (std::size_t p = 0; p < pages.size() && !found; ++p) found = read_unit(chars, i, pages[p], p, &unit);
    if (!found) {
      out->push_back(chars[i++]);
      continue;
    }
    any = true;
    out->push_back(unit.decoded);
    if (unit.space_after) out->push_back(U' ');
    i += unit.length;
  }
  return any;
}

void append_utf8(std::string& out, char32_t c) {
  std::array<std::uint8_t, 4> buffer{};
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer.data(), length, static_cast<UChar32>(c));
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

std::string to_utf8(std::u32string_view chars) {
  std::string out;
  for (char32_t c : chars) append_utf8(out, c);
  return out;
}

/// The badness of `candidate` standing between the two characters before it and the two after.
int badness_between(std::u32string_view before, std::u32string_view candidate, std::u32string_view after) {
  std::u32string window;
  window.reserve(before.size() + candidate.size() + after.size());
  window.append(before).append(candidate).append(after);
  return mojibake::badness(window, before.size(), before.size() + candidate.size());
}

}  // namespace

MojibakeNormalizer::MojibakeNormalizer(const Config&) : m_codepages(mojibake_codepages()) {}

void MojibakeNormalizer::apply(std::string& text) const {
  std::vector<TextRepair> ignored;
  apply_recorded(text, "mojibake", ignored);
}

void MojibakeNormalizer::apply_recorded(std::string& text, std::string_view stage,
                                        std::vector<TextRepair>& repairs) const {
  if (!may_hold_mojibake(text)) return;
  std::u32string chars;
  std::vector<std::size_t> offsets;  // byte offset of each character, and the text's size last
  chars.reserve(text.size());
  offsets.reserve(text.size() + 1);
  for (int32_t i = 0, size = static_cast<int32_t>(text.size()); i < size;) {
    offsets.push_back(static_cast<std::size_t>(i));
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, size, c);
    chars.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  offsets.push_back(text.size());

  std::u32string out_chars;  // the text as repaired so far, for the context before a span
  std::string out;
  std::size_t copied = 0;  // bytes of `text` already in `out`
  bool changed = false;
  std::u32string level, next_level;
  for (std::size_t i = 0; i < chars.size();) {
    Unit unit;
    std::size_t page = 0;
    bool found = false;
    if (chars[i] >= 0x80)
      for (; page < m_codepages.size() && !found; ++page) found = read_unit(chars, i, m_codepages[page], page, &unit);
    if (!found) {
      out_chars.push_back(chars[i++]);
      continue;
    }
    --page;
    // The run: adjacent units of the same code page, read back together.
    std::size_t end = i;
    level.clear();
    do {
      level.push_back(unit.decoded);
      if (unit.space_after) level.push_back(U' ');
      end += unit.length;
    } while (end < chars.size() && read_unit(chars, end, m_codepages[page], page, &unit));

    std::u32string_view original(chars.data() + i, end - i);
    std::u32string_view before(out_chars);
    before = before.substr(before.size() - std::min<std::size_t>(before.size(), 2));
    std::u32string_view after(chars.data() + end, std::min<std::size_t>(chars.size() - end, 2));
    int best_cost = badness_between(before, original, after);
    std::u32string best;
    for (int depth = 1; depth <= k_max_levels && best_cost > 0; ++depth) {
      int cost = badness_between(before, level, after);
      if (cost < best_cost) {
        best_cost = cost;
        best = level;
      }
      if (depth == k_max_levels || !decode_level(level, m_codepages, &next_level)) break;
      level.swap(next_level);
    }
    if (best.empty()) {
      out_chars.append(original);
      i = end;
      continue;
    }
    std::string replacement = to_utf8(best);
    out.append(text, copied, offsets[i] - copied);
    out += replacement;
    copied = offsets[end];
    repairs.push_back({std::string(stage), text.substr(offsets[i], offsets[end] - offsets[i]), replacement});
    out_chars.append(best);
    changed = true;
    i = end;
  }
  if (!changed) return;
  out.append(text, copied, std::string::npos);
  text.swap(out);
}

}  // namespace pith
