// whitespace: one pass over the bytes, after a check that usually finds nothing to do.
#include "pith/normalize/whitespace.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "pith/base/ascii.h"

namespace pith {

namespace {

/// Byte length of a horizontal space at `i` (ASCII or Unicode), or 0.
std::size_t space_at(const std::string& s, std::size_t i) {
  auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && byte(i + 1) == 0xA0) return 2;  // NBSP
  if (c == 0xE1 && byte(i + 1) == 0x9A && byte(i + 2) == 0x80) return 3;  // U+1680 ogham space
  if (c == 0xE2) {
    unsigned b1 = byte(i + 1), b2 = byte(i + 2);
    if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return 3;  // U+2000..U+200A, U+202F
    if (b1 == 0x81 && b2 == 0x9F) return 3;                  // U+205F
  }
  if (c == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) return 3;  // U+3000
  return 0;
}

/// Byte length of a line break other than '\n' at `i` (U+2028, U+2029, NEL), or 0.
std::size_t break_at(const std::string& s, std::size_t i) {
  auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) return 3;
  if (c == 0xC2 && byte(i + 1) == 0x85) return 2;
  return 0;
}

/// The byte-at-a-time check of `text[i]`; false when apply() would change it.
bool byte_clean(const std::string& text, std::size_t i, char prev) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\n') return prev != ' ' && prev != '\n';
  if (c < 0x20) return false;
  // only C2, E1, E2 and E3 lead Unicode spaces and separators
  bool may_be_space = c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3;
  return !may_be_space || (!space_at(text, i) && !break_at(text, i));
}

/// The bytes apply() looks at one at a time: white space and other controls, and the bytes of
/// non-ASCII characters (some are spaces), as ascii::next_marked() takes them.
std::uint64_t space_or_unusual(std::uint64_t word) { return ascii::bytes_below(word, 0x21) | ascii::high_bytes(word); }
#if defined(__SSE2__)
unsigned space_or_unusual(__m128i chunk) {
  // Compared as signed, the bytes 0x80 and above are below 0x21 too.
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(chunk, _mm_set1_epi8(0x21))));
}
#endif

#if defined(__SSE2__)
/// A bit for each byte of `chunk` that byte_clean() must judge: a control byte (line breaks and
/// tabs among them), or C2, E1, E2 or E3, which lead every Unicode space and separator (E0
/// comes along, judged and found clean). Other bytes, the letters of every script among them,
/// are clean but for the ASCII space.
unsigned space_leads(__m128i chunk) {
  __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(chunk, _mm_set1_epi8(0x1F)), chunk);
  __m128i c2 = _mm_cmpeq_epi8(chunk, _mm_set1_epi8(static_cast<char>(0xC2)));
  __m128i e0_to_e3 = _mm_cmpeq_epi8(_mm_and_si128(chunk, _mm_set1_epi8(static_cast<char>(0xFC))),
                                    _mm_set1_epi8(static_cast<char>(0xE0)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(controls, _mm_or_si128(c2, e0_to_e3))));
}

/// Bits of the spaces in `chunk`'s first `clean` bytes that follow a space, or open the line:
/// `prev` is the byte before the chunk.
unsigned doubled_spaces(__m128i chunk, unsigned clean, char prev) {
  auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(' '))));
  if (clean < 16) spaces &= (1u << clean) - 1;
  return spaces & ((spaces << 1) | (prev == ' ' || prev == '\n' ? 1u : 0u));
}
#endif

/// True when `text` is already in the shape apply() gives: single ASCII spaces between words,
/// no space at a line's ends, no empty line, no Unicode space or separator. Sixteen bytes at a
/// time past all but spaces and the bytes space_leads() marks, which is most of a news article
/// in any script; eight at a time over printable ASCII without SSE2.
bool already_clean(const std::string& text) {
  if (text.empty()) return true;
  char prev = '\n';
  std::size_t i = 0, n = text.size();
  while (i < n) {
#if defined(__SSE2__)
    while (i + 16 <= n) {
      __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      unsigned stop = space_leads(chunk);
      auto clean = stop ? static_cast<unsigned>(std::countr_zero(stop)) : 16u;  // bytes before a stop
      if (clean == 0) break;
      if (doubled_spaces(chunk, clean, prev)) return false;  // a space after a space or at a line's start
      prev = text[i + clean - 1];
      i += clean;
      if (clean < 16) break;
    }
#endif
    // eight bytes at a time over ASCII (not tried inside non-ASCII text, where it fails)
    if (i + 8 <= n && static_cast<unsigned char>(text[i]) < 0x80) {
      std::uint64_t word = ascii::load8(text.data() + i);
      std::uint64_t stop = ascii::bytes_below(word, 0x20) | ascii::high_bytes(word);
      std::size_t clean = stop ? ascii::first_marked(stop) : 8;  // printable ASCII bytes first
      if (clean > 0) {
        std::uint64_t sp = ascii::bytes_equal(word, ' ');
        if (clean < 8) sp &= (std::uint64_t{1} << (8 * clean)) - 1;
        std::uint64_t before = (sp << 8) | (prev == ' ' || prev == '\n' ? 0x80 : 0);
        if (sp & before) return false;  // a space after a space or at a line's start
        prev = text[i + clean - 1];
        i += clean;
        if (clean == 8) continue;
      }
    }
    if (i >= n) break;
    if (!byte_clean(text, i, prev)) return false;
    // a whole character: its continuation bytes are never spaces
    std::size_t length = std::min(ascii::sequence_length(static_cast<unsigned char>(text[i])), n - i);
    prev = text[i + length - 1];
    i += length;
  }
  return prev != ' ' && prev != '\n';
}

}  // namespace

void WhitespaceNormalizer::apply(std::string& text) const {
  if (already_clean(text)) return;
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    // A run of printable ASCII other than the space, copied at once.
    std::size_t run_end = ascii::next_marked(text, i, [](auto bytes) { return space_or_unusual(bytes); });
    if (run_end > i) {
      if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
      pending_space = false;
      out.append(text, i, run_end - i);
      i = run_end;
      continue;
    }
    std::size_t line_break = text[i] == '\n' ? 1 : break_at(text, i);
    if (line_break) {
      // trim the line just ended, drop it when empty
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
      pending_space = false;
      i += line_break;
      continue;
    }
    if (std::size_t n = space_at(text, i)) {
      pending_space = true;
      i += n;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  text.swap(out);
}

}  // namespace pith
