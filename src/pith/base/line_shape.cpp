// Shape helpers: trimming, comparison keys, case-insensitive search.
#include "pith/base/line_shape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>

#include "pith/base/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::shape {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Length of a Unicode space (NBSP, U+2000..U+200B, U+202F, U+205F, U+3000, U+FEFF) at `s`, or 0.
std::size_t unicode_space_at(std::string_view s) {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  // Only C2, E2, E3 and EF lead these: one test turns away every other byte.
  if (s.empty() || (b(0) != 0xC2 && b(0) != 0xE2 && b(0) != 0xE3 && b(0) != 0xEF)) return 0;
  if (s.size() >= 2 && b(0) == 0xC2 && b(1) == 0xA0) return 2;
  if (s.size() >= 3 && b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8B || b(2) == 0xAF)) return 3;
  if (s.size() >= 3 && b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (s.size() >= 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  if (s.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;
  return 0;
}

/// Length of an ignorable edge mark at the end of `s`: space, quote, ellipsis, final punctuation.
std::size_t edge_mark_before_end(std::string_view s) {
  if (s.empty()) return 0;
  char c = s.back();
  if (is_ascii_space(c) || c == '"' || c == '\'' || c == '.' || c == ':' || c == '!' || c == ';' ||
      c == ',' || c == '-' || c == '|')
    return 1;
  // Every longer mark below ends on a byte of a UTF-8 sequence: a line that ends on any other
  // ASCII byte (a letter, a digit, most of them) ends on none.
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  if (s.size() >= 3) {
    std::string_view tail = s.substr(s.size() - 3);
    // … ” “ ’ ‘ and the Unicode spaces
    if (tail == "\xE2\x80\xA6" || tail == "\xE2\x80\x9D" || tail == "\xE2\x80\x9C" || tail == "\xE2\x80\x99" ||
        tail == "\xE2\x80\x98" || unicode_space_at(tail) == 3)
      return 3;
  }
  if (s.size() >= 2 && (s.substr(s.size() - 2) == "\xC2\xA0" || s.substr(s.size() - 2) == "\xC2\xBB"))
    return 2;
  return 0;
}

std::size_t edge_mark_at_start(std::string_view s) {
  if (s.empty()) return 0;
  char c = s.front();
  // Most lines open on a letter or digit: no mark.
  if (is_ascii_alnum(c)) return 0;
  if (is_ascii_space(c) || c == '"' || c == '\'' || c == '|' || c == '-' || c == '*') return 1;
  if (std::size_t n = unicode_space_at(s)) return n;
  if (s.size() >= 3) {
    std::string_view head = s.substr(0, 3);
    if (head == "\xE2\x80\x9C" || head == "\xE2\x80\x9D" || head == "\xE2\x80\x98" || head == "\xE2\x80\x99")
      return 3;
  }
  if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xAB") return 2;
  // A pictograph a prompt opens with ("🔔 Segui ...", "📌 Read more"): an emoji (a four-byte
  // sequence) or a symbol of U+2600-U+27BF, and the variation selector that may follow it.
  auto lead = static_cast<unsigned char>(c);
  std::size_t n = 0;
  if (lead >= 0xF0 && lead <= 0xF4 && s.size() >= 4) n = 4;
  else if (lead == 0xE2 && s.size() >= 3 && static_cast<unsigned char>(s[1]) >= 0x98 && static_cast<unsigned char>(s[1]) <= 0x9E)
    n = 3;
  // A player's play and back signs: ▶ ► ◀ ◄.
  else if (s.starts_with("\xE2\x96\xB6") || s.starts_with("\xE2\x96\xBA") || s.starts_with("\xE2\x97\x80") ||
           s.starts_with("\xE2\x97\x84"))
    n = 3;
  if (n != 0 && s.substr(n).starts_with("\xEF\xB8\x8F")) n += 3;
  return n;
}

}  // namespace

std::string_view trim_edges(std::string_view text) {
  // The bytes that open a Unicode space (see unicode_space_at): any other byte, the letters of
  // every script, ends the trim with no closer look.
  auto opens_space = [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF;
  };
  while (!text.empty()) {
    if (is_ascii_space(text.front())) text.remove_prefix(1);
    else if (std::size_t n = opens_space(text.front()) ? unicode_space_at(text) : 0) text.remove_prefix(n);
    else break;
  }
  while (!text.empty()) {
    if (is_ascii_space(text.back())) { text.remove_suffix(1); continue; }
    std::size_t n = 0, size = text.size();
    if (size >= 2 && text.substr(size - 2) == "\xC2\xA0") n = 2;
    else if (size >= 3 && opens_space(text[size - 3]) && unicode_space_at(text.substr(size - 3)) == 3) n = 3;
    if (n == 0) break;
    text.remove_suffix(n);
  }
  return text;
}

namespace {

#if defined(__SSE2__)
/// Writes the sixteen bytes at `from`, ASCII capitals lower-cased, to `to`, and returns how
/// many of them the key takes so: the printable ASCII before the first other byte, or before a
/// space that follows a space, and not a space that ends them (what follows it may be more
/// white space). `from` opens on printable ASCII other than the space.
std::size_t lower_words16(const char* from, char* to) {
  __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
  // Compared as signed, the bytes 0x80 and above are below ' ' too.
  auto stop = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(chunk, _mm_set1_epi8(' '))));
  auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' '))));
  stop |= spaces & (spaces >> 1);  // a space followed by a space
  std::size_t clean = stop ? static_cast<std::size_t>(std::countr_zero(stop)) : 16;
  if (clean > 0 && (spaces >> (clean - 1) & 1)) --clean;
  __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(chunk, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(chunk, _mm_set1_epi8('Z' + 1)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(to), _mm_or_si128(chunk, _mm_and_si128(capitals, _mm_set1_epi8(0x20))));
  return clean;
}
#endif

/// Writes the key of `text` into `out`, reusing its capacity: filters build a key for most
/// short lines, so this loop is the hottest in the filter stage. ASCII takes the fast path.
void key_into(std::string_view text, std::string& out) {
  while (std::size_t n = edge_mark_at_start(text)) text.remove_prefix(n);
  while (std::size_t n = edge_mark_before_end(text)) text.remove_suffix(n);
  // Sixteen bytes past the key's longest: the last lower_words16() below may write them.
  out.resize(text.size() + 16);
  char* begin = out.data();
  char* w = begin;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    // A run of ASCII that is not white space: most of any line. Eight bytes at a time while
    // they are all printable ASCII, capitals lower-cased by adding 0x20 to the bytes in A..Z.
    if (c < 0x80 && c > ' ') {
      if (space && w != begin) *w++ = ' ';
      space = false;
#if defined(__SSE2__)
      // Sixteen bytes at a time over words and the single spaces between them, which the key
      // keeps as they are.
      std::size_t clean = 16;
      for (; clean == 16 && i + 16 <= text.size(); i += clean, w += clean) clean = lower_words16(text.data() + i, w);
      // The last bytes, fewer than sixteen, from a copy padded with NUL bytes, a stop: `out`
      // has room for the sixteen bytes written (`w` never passes `i`).
      if (clean == 16 && i < text.size()) {
        char tail[16] = {};
        std::memcpy(tail, text.data() + i, text.size() - i);
        clean = lower_words16(tail, w);
        i += clean;
        w += clean;
      }
#endif
      for (; i + 8 <= text.size(); i += 8, w += 8) {
        std::uint64_t word = ascii::load8(text.data() + i);
        if (ascii::high_bytes(word) | ascii::bytes_below(word, '!')) break;
        std::uint64_t capitals = ascii::bytes_below(word ^ (ascii::k_ones * 0x40), 0x1B) & ~ascii::bytes_equal(word, '@');
        word |= capitals >> 2;  // 0x80 >> 2 = 0x20
        std::memcpy(w, &word, 8);
      }
      while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 && text[i] > ' ') *w++ = lower(text[i++]);
      continue;
    }
    // Only C2, E2, E3 and EF open a Unicode space: other bytes (continuation bytes among
    // them) need no call.
    bool may_open_space = c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF;
    std::size_t n = c < 0x80 ? (is_ascii_space(text[i]) ? 1 : 0) : may_open_space ? unicode_space_at(text.substr(i)) : 0;
    if (n) {
      space = true;
      i += n;
      continue;
    }
    if (space && w != begin) *w++ = ' ';
    space = false;
    // Latin-1 capitals À..Þ (not ×) are C3 80..9E; their small forms are 0x20 higher.
    if (c == 0xC3 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      *w++ = text[i];
      *w++ = static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
      i += 2;
      continue;
    }
    *w++ = lower(text[i]);
    ++i;
    // The continuation bytes of a character go as they are: none opens a space or is a
    // capital, so the tests above would let each through unchanged.
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) *w++ = text[i++];
  }
  out.resize(static_cast<std::size_t>(w - begin));
}

}  // namespace

std::string key(std::string_view text) {
  std::string out;
  key_into(text, out);
  return out;
}

std::string_view scratch_key(std::string_view text) {
  thread_local std::string buffer;
  // A view of the buffer itself (a key keyed again) is copied first: key_into() writes it.
  if (std::greater_equal<const char*>{}(text.data(), buffer.data()) &&
      std::less_equal<const char*>{}(text.data(), buffer.data() + buffer.size())) {
    std::string copy(text);
    key_into(copy, buffer);
    return buffer;
  }
  key_into(text, buffer);
  return buffer;
}

std::string_view scratch_padded(std::string_view key) {
  thread_local std::string buffer;
  buffer.clear();
  buffer.push_back(' ');
  buffer.append(key.data(), key.size());
  buffer.push_back(' ');
  return buffer;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(text[i]) != prefix[i]) return false;
  return true;
}

bool contains_ci(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return lower(a) == b; });
  return it != text.end();
}

std::size_t key_word_count(std::string_view key) {
  if (key.empty()) return 0;
  // Runs of up to 255 bytes with a byte-wide counter: the compiler makes the inner loop vector
  // code, and filters count the words of most lines.
  const auto* bytes = reinterpret_cast<const unsigned char*>(key.data());
  std::size_t spaces = 0;
  for (std::size_t at = 0; at < key.size();) {
    std::size_t end = at + std::min<std::size_t>(255, key.size() - at);
    std::uint8_t run = 0;
    for (std::size_t i = at; i < end; ++i) run += bytes[i] == ' ';
    spaces += run;
    at = end;
  }
  return spaces + 1;
}

std::size_t word_count(std::string_view text) {
  if (text.empty()) return 0;
  // A word starts at a byte that is no white space where the byte before it is (or at the
  // start): counted in runs of up to 255 bytes, which the compiler makes vector code.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto space = [](std::uint8_t c) -> std::uint8_t { return (c == ' ') | (static_cast<std::uint8_t>(c - '\t') < 5); };
  std::size_t words = !space(bytes[0]);
  for (std::size_t at = 1; at < text.size();) {
    std::size_t end = at + std::min<std::size_t>(255, text.size() - at);
    std::uint8_t run = 0;
    for (std::size_t i = at; i < end; ++i) run += space(bytes[i - 1]) > space(bytes[i]);
    words += run;
    at = end;
  }
  return words;
}

std::pair<std::size_t, std::string_view> last_pointed_part(std::string_view text) {
  // The part after the arrow is short: only the line's last bytes are looked at, and in them
  // only the bytes every arrow opens with (C2, E2), which most lines' ends do not hold.
  constexpr std::size_t k_window = 96;
  if (text.size() < 3) return {std::string_view::npos, {}};
  const std::size_t from = text.size() > k_window ? text.size() - k_window : 1;
  std::size_t best = std::string_view::npos, width = 0;
  for (char lead : {'\xC2', '\xE2'}) {
    for (const char* at = static_cast<const char*>(std::memchr(text.data() + from, lead, text.size() - from)); at;
         at = static_cast<const char*>(std::memchr(at + 1, lead, static_cast<std::size_t>(text.data() + text.size() - at - 1)))) {
      auto offset = static_cast<std::size_t>(at - text.data());
      if (text[offset - 1] != ' ' || (best != std::string_view::npos && offset < best)) continue;
      for (std::string_view arrow : k_pointing_arrows)
        if (text.substr(offset).starts_with(arrow)) {
          best = offset;
          width = arrow.size();
          break;
        }
      if (offset + 1 >= text.size()) break;
    }
  }
  if (best == std::string_view::npos) return {std::string_view::npos, {}};
  return {best - 1, trim(text.substr(best + width))};
}

std::string_view skip_marks(std::string_view text) {
  while (std::size_t n = edge_mark_at_start(text)) text.remove_prefix(n);
  return text;
}

namespace {

/// Length of one white-space character at `text[i]`, or 0.
std::size_t space_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (is_ascii_space(text[i])) return 1;
  return static_cast<unsigned char>(text[i]) >= 0x80 ? unicode_space_at(text.substr(i)) : 0;
}

/// `b`, the second byte of a C3 sequence, folded from a Latin-1 capital to its small form.
unsigned char fold_latin1(unsigned char b) { return b >= 0x80 && b <= 0x9E && b != 0x97 ? b + 0x20 : b; }

}  // namespace

std::size_t phrase_at(std::string_view text, std::string_view phrase) {
  // Most lines fail on the first byte; a Latin-1 capital needs the slow path.
  if (phrase.empty() || text.empty() || (lower(text[0]) != phrase[0] && static_cast<unsigned char>(text[0]) != 0xC3))
    return 0;
  std::size_t i = 0;
  for (std::size_t j = 0; j < phrase.size();) {
    if (phrase[j] == ' ') {
      std::size_t n = space_at(text, i);
      if (n == 0) return 0;
      while (n) {
        i += n;
        n = space_at(text, i);
      }
      ++j;
      continue;
    }
    if (i >= text.size()) return 0;
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && static_cast<unsigned char>(phrase[j]) == 0xC3 && i + 1 < text.size() && j + 1 < phrase.size()) {
      if (fold_latin1(static_cast<unsigned char>(text[i + 1])) != static_cast<unsigned char>(phrase[j + 1])) return 0;
      i += 2;
      j += 2;
      continue;
    }
    if (lower(text[i]) != phrase[j]) return 0;
    ++i;
    ++j;
  }
  if (is_word_byte(phrase.back()) && word_goes_on(text, i)) return 0;
  return i;
}

bool contains_stem_ci(std::string_view text, std::string_view stem) {
  if (stem.empty()) return true;
  for (char first : {stem[0], static_cast<char>(stem[0] - 32)}) {
    const char* at = text.data();
    const char* end = text.data() + text.size();
    while (end - at >= static_cast<std::ptrdiff_t>(stem.size())) {
      at = static_cast<const char*>(std::memchr(at, first, static_cast<std::size_t>(end - at)));
      if (!at || end - at < static_cast<std::ptrdiff_t>(stem.size())) break;
      if (starts_with_ci(std::string_view(at, static_cast<std::size_t>(end - at)), stem)) return true;
      ++at;
    }
  }
  return false;
}

namespace {

/// contains_any_stem_ci one letter at a time: for texts too short for a vector pass, and
/// for targets without SSE2.
bool contains_any_stem_ci_by_letter(std::string_view text, const std::string_view* stems, std::size_t count) {
  const char* end = text.data() + text.size();
  for (std::size_t i = 0; i < count; ++i) {
    if (stems[i].empty()) return true;
    char first = stems[i][0];
    bool searched = false;  // an earlier stem opened with this letter: its search took this one too
    for (std::size_t j = 0; j < i && !searched; ++j) searched = !stems[j].empty() && stems[j][0] == first;
    if (searched) continue;
    for (char byte : {first, static_cast<char>(first - 32)}) {
      for (const char* at = text.data(); at < end; ++at) {
        at = static_cast<const char*>(std::memchr(at, byte, static_cast<std::size_t>(end - at)));
        if (!at) break;
        std::string_view rest(at, static_cast<std::size_t>(end - at));
        // The byte after the letter turns most stems away before a whole comparison.
        char next = rest.size() > 1 ? lower(rest[1]) : '\0';
        for (std::size_t k = i; k < count; ++k) {
          std::string_view stem = stems[k];
          if (!stem.empty() && stem[0] == first && (stem.size() < 2 || stem[1] == next) && starts_with_ci(rest, stem))
            return true;
        }
      }
    }
  }
  return false;
}

#if defined(__SSE2__)
/// Distinct opening byte pairs the vector pass of contains_any_stem_ci looks for at once.
constexpr std::size_t k_max_stem_pairs = 8;
#endif

}  // namespace

bool contains_any_stem_ci(std::string_view text, const std::string_view* stems, std::size_t count) {
#if defined(__SSE2__)
  // One pass over the text, sixteen positions at a time, for every stem's first two bytes
  // at once, each byte read with 0x20 set (so 'R' reads as 'r'; other bytes may read alike,
  // which only costs a closer look): one pass instead of a memchr pass per opening letter and
  // case, each stopping at every 'r' of the line.
  std::array<char, k_max_stem_pairs> firsts{}, seconds{};
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (stems[i].size() < 2 || pairs == k_max_stem_pairs || text.size() < 17)
      return contains_any_stem_ci_by_letter(text, stems, count);
    char first = static_cast<char>(stems[i][0] | 0x20), second = static_cast<char>(stems[i][1] | 0x20);
    bool seen = false;
    for (std::size_t j = 0; j < pairs && !seen; ++j) seen = firsts[j] == first && seconds[j] == second;
    if (!seen) {
      firsts[pairs] = first;
      seconds[pairs++] = second;
    }
  }
  const __m128i case_bit = _mm_set1_epi8(0x20);
  // The vectors of each pair's bytes, built once.
  __m128i first_bytes[k_max_stem_pairs], second_bytes[k_max_stem_pairs];  // NOLINT: vectors, no std::array of them
  for (std::size_t j = 0; j < pairs; ++j) {
    first_bytes[j] = _mm_set1_epi8(firsts[j]);
    second_bytes[j] = _mm_set1_epi8(seconds[j]);
  }
  auto hit_at = [&](std::size_t pos) {
    std::string_view rest = text.substr(pos);
    char first = static_cast<char>(rest[0] | 0x20), second = static_cast<char>(rest[1] | 0x20);
    for (std::size_t k = 0; k < count; ++k)
      if ((stems[k][0] | 0x20) == first && (stems[k][1] | 0x20) == second && starts_with_ci(rest, stems[k])) return true;
    return false;
  };
  // Positions p..p+15 need bytes up to p+16; the last pass reads the text's last 17 bytes,
  // over positions the one before it may have read already (`from` skips them).
  auto pass = [&](std::size_t p, unsigned from) {
    __m128i one = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p)), case_bit);
    __m128i two = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p + 1)), case_bit);
    __m128i found = _mm_setzero_si128();
    for (std::size_t j = 0; j < pairs; ++j)
      found = _mm_or_si128(found, _mm_and_si128(_mm_cmpeq_epi8(one, first_bytes[j]), _mm_cmpeq_epi8(two, second_bytes[j])));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(found)) >> from << from; mask; mask &= mask - 1)
      if (hit_at(p + static_cast<std::size_t>(std::countr_zero(mask)))) return true;
    return false;
  };
  std::size_t at = 0;
  for (; at + 17 <= text.size(); at += 16)
    if (pass(at, 0)) return true;
  // Positions at..size-2 are left (a stem of two bytes cannot open on the last byte).
  if (at + 1 < text.size()) {
    std::size_t last = text.size() - 17;
    if (pass(last, static_cast<unsigned>(at - last))) return true;
  }
  return false;
#else
  return contains_any_stem_ci_by_letter(text, stems, count);
#endif
}

bool is_word_byte(char c) {
  auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
}

bool word_goes_on(std::string_view text, std::size_t i) {
  if (i >= text.size() || !is_word_byte(text[i])) return false;
  auto b = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  // U+00A0..U+00BF (no-break space, « » ¿ ¡ · and signs), but the letters ª µ º.
  if (b(0) == 0xC2 && b(1) >= 0xA0 && b(1) != 0xAA && b(1) != 0xB5 && b(1) != 0xBA) return false;
  // U+2000..U+203F (spaces, dashes, curly quotes, bullets, the ellipsis) and U+2190..U+21BF (arrows).
  if (b(0) == 0xE2 && (b(1) == 0x80 || b(1) == 0x86)) return false;
  return true;
}

bool starts_with_word_ci(std::string_view text, std::string_view prefix) {
  if (!starts_with_ci(text, prefix)) return false;
  return text.size() == prefix.size() || prefix.empty() || !is_word_byte(prefix.back()) ||
         !word_goes_on(text, prefix.size());
}

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && starts_with_ci(text.substr(text.size() - suffix.size()), suffix);
}

bool key_contains_words(std::string_view key, std::string_view phrase) {
  if (phrase.empty()) return false;
  for (std::size_t at = key.find(phrase); at != std::string_view::npos; at = key.find(phrase, at + 1)) {
    std::size_t after = at + phrase.size();
    if ((at == 0 || !is_word_byte(key[at - 1])) && !word_goes_on(key, after)) return true;
  }
  return false;
}

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

bool holds_at_least(std::string_view text, char byte, std::size_t n) {
  if (n == 0) return true;
  // Counted 64 bytes at a time (the compiler makes the inner loop vector code), stopping at
  // the run where the count reaches n.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const auto wanted = static_cast<unsigned char>(byte);
  std::size_t found = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = at + std::min<std::size_t>(64, text.size() - at);
    std::uint8_t run = 0;
    for (std::size_t i = at; i < end; ++i) run += bytes[i] == wanted;
    found += run;
    if (found >= n) return true;
    at = end;
  }
  return false;
}

std::pair<std::size_t, std::size_t> first_mark(std::string_view text, std::span<const std::string_view> marks) {
  std::size_t first = std::string_view::npos, bytes = 0;
  for (std::string_view mark : marks)
    if (std::size_t at = text.find(mark); at < first) first = at, bytes = mark.size();
  return {first, bytes};
}

bool is_clock(std::string_view word) {
  std::size_t colons = 0;
  std::size_t run = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      if (++run > 2) return false;
    } else if (c == ':') {
      if (run == 0 || (colons > 0 && run != 2)) return false;
      ++colons;
      run = 0;
    } else {
      return false;
    }
  }
  return colons >= 1 && colons <= 2 && run == 2;
}

bool holds_phone_number(std::string_view text) {
  std::size_t digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (++digits >= k_min_phone_digits) return true;
    } else if (c != ' ' && c != '.' && c != '-' && c != '/') {
      digits = 0;
    }
  }
  return false;
}

bool has_year(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    // A year starting at i .. i + 3 takes byte i + 3 as one of its digits: without a digit
    // there, none of them can start one.
    if (!(text[i + 3] >= '0' && text[i + 3] <= '9')) {
      i += 3;
      continue;
    }
    bool century = (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');
    if (!century) continue;
    bool digits = text[i + 2] >= '0' && text[i + 2] <= '9' && text[i + 3] >= '0' && text[i + 3] <= '9';
    bool alone_before = i == 0 || !(text[i - 1] >= '0' && text[i - 1] <= '9');
    bool alone_after = i + 4 == text.size() || !(text[i + 4] >= '0' && text[i + 4] <= '9');
    if (digits && alone_before && alone_after) return true;
  }
  return false;
}

bool opens_with_quote_then_words(std::string_view text) {
  text = trim(text);
  std::string_view close;
  std::size_t open = 0;
  if (text.starts_with('"')) close = "\"", open = 1;
  else if (text.starts_with("\xE2\x80\x9C")) close = "\xE2\x80\x9D", open = 3;  // “ ”
  else if (text.starts_with("\xC2\xAB")) close = "\xC2\xBB", open = 2;          // « »
  else if (text.starts_with("\xE2\x80\x9E")) close = "\xE2\x80\x9C", open = 3;  // „ “
  else return false;
  std::size_t end = text.find(close, open);
  if (end == std::string_view::npos) return false;
  std::string_view after = text.substr(end + close.size());
  for (char c : after)
    if (is_word_byte(c)) return true;
  return false;
}

std::size_t dash_at(std::string_view text) {
  if (text.starts_with('-')) return 1;
  // en dash, em dash, horizontal bar
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95"})
    if (text.starts_with(dash)) return dash.size();
  return 0;
}

std::string_view past_pictograph(std::string_view text) {
  if (text.empty() || static_cast<unsigned char>(text[0]) < 0xE2) return text;
  std::size_t space = text.find(' ');
  if (space == std::string_view::npos || !is_emoji_word(text.substr(0, space))) return text;
  return trim(text.substr(space + 1));
}

std::string_view without_closing_pictograph(std::string_view text) {
  std::string_view trimmed = trim(text);
  if (trimmed.empty() || static_cast<unsigned char>(trimmed.back()) < 0x80) return text;
  std::size_t space = trimmed.rfind(' ');
  if (space == std::string_view::npos || !is_emoji_word(trimmed.substr(space + 1))) return text;
  return trim(trimmed.substr(0, space));
}

bool is_emoji_word(std::string_view word) {
  auto lead = word.empty() ? 0u : static_cast<unsigned char>(word[0]);
  if (lead != 0xF0 && lead != 0xE2 && lead != 0xEF) return false;
  for (std::size_t at = 0; at < word.size();) {
    auto byte = static_cast<unsigned char>(word[at]);
    if (byte == 0xF0 && at + 3 < word.size() && static_cast<unsigned char>(word[at + 1]) == 0x9F) at += 4;
    else if (byte == 0xE2 && at + 2 < word.size()) at += 3;
    else if (byte == 0xEF && word.substr(at, 3) == "\xEF\xB8\x8F") at += 3;
    else return false;
  }
  return true;
}

bool is_paragraph_shaped(std::string_view text, std::size_t min_words) {
  text = trim(text);
  if (text.empty() || word_count(text) < min_words) return false;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || text.ends_with("\xE2\x80\x9D") ||
         text.ends_with("\xC2\xBB");
}

}  // namespace pith::shape
