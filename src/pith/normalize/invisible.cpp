// invisible: one pass that copies only when something is dropped; ASCII without controls is untouched.
#include "pith/normalize/invisible.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "pith/base/ascii.h"

namespace pith {

namespace {

enum class Drop { never, always, when_ltr, when_latin };

/// What to do with code point `c`. Bidi controls matter only beside right-to-left text;
/// ZWJ and ZWNJ shape emoji and Indic or Persian words, so they go only beside ASCII.
Drop classify(UChar32 c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r' ? Drop::never : Drop::always;
  if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) return Drop::always;  // DEL, C1 controls
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0x2060:  // word joiner
    case 0x2061: case 0x2062: case 0x2063: case 0x2064:  // invisible math operators
    case 0xFEFF:  // BOM / zero-width no-break space
    case 0x180E:  // Mongolian vowel separator, formerly a space
      return Drop::always;
    case 0x200C: case 0x200D:
      return Drop::when_latin;
    case 0x061C: case 0x200E: case 0x200F:
      return Drop::when_ltr;
    default:
      break;
  }
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return Drop::when_ltr;
  return Drop::never;
}

/// True for code points of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// and their presentation forms).
bool is_rtl(UChar32 c) {
  return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC) ||
         (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
}

bool has_rtl(const std::string& text) {
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    if (static_cast<unsigned char>(text[static_cast<std::size_t>(i)]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (is_rtl(c)) return true;
  }
  return false;
}

/// True when some byte sequence of `text` may be a character this normaliser drops. Checked on
/// bytes so that curly quotes and accented letters (the usual non-ASCII) stay on the fast path.
bool may_drop(const std::string& text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  // Controls and DEL, and the lead bytes of the characters below: the rest is passed over.
  static constexpr ascii::StopBytes k_stops{0x20, {0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xEF}};
  for (std::size_t i = 0; i < n; ++i) {
    i = ascii::next_stop(text, i, k_stops);
    if (i >= n) break;
    unsigned char b = p[i];
    if (b < 0x20) {
      if (b != '\t' && b != '\n' && b != '\r') return true;
    } else if (b < 0x80) {
      if (b == 0x7F) return true;
    } else if (b == 0xC2 || b == 0xD8 || b == 0xE1 || b == 0xEF) {
      // C1 controls and the soft hyphen; U+061C; U+180E; U+FEFF. NBSP, © and « stay fast.
      unsigned char b1 = i + 1 < n ? p[i + 1] : 0, b2 = i + 2 < n ? p[i + 2] : 0;
      if (b == 0xC2 && (b1 <= 0x9F || b1 == 0xAD)) return true;
      if (b == 0xD8 && b1 == 0x9C) return true;
      if (b == 0xE1 && b1 == 0xA0 && b2 == 0x8E) return true;
      if (b == 0xEF && b1 == 0xBB && b2 == 0xBF) return true;
    } else if (b == 0xE2 && i + 1 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81)) {
      unsigned char c = i + 2 < n ? p[i + 2] : 0;
      if (p[i + 1] == 0x80 ? (c >= 0x8B && c <= 0x8F) || (c >= 0xAA && c <= 0xAE) : (c >= 0xA0 && c <= 0xA9))
        return true;
    }
    i += ascii::sequence_length(b) - 1;  // past the character's continuation bytes
  }
  return false;
}

bool is_ascii_neighbour(const std::string& text, int32_t at) {
  return at >= 0 && static_cast<std::size_t>(at) < text.size() &&
         static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) < 0x80;
}

}  // namespace

void InvisibleNormalizer::apply(std::string& text) const {
  if (!may_drop(text)) return;
  int rtl = -1;  // computed once, only when a bidi control shows up
  std::string out;
  out.reserve(text.size());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    bool drop = false;
    switch (classify(c)) {
      case Drop::never: break;
      case Drop::always: drop = true; break;
      case Drop::when_ltr:
        if (rtl < 0) rtl = has_rtl(text) ? 1 : 0;
        drop = rtl == 0;
        break;
      case Drop::when_latin: drop = is_ascii_neighbour(text, start - 1) || is_ascii_neighbour(text, i); break;
    }
    if (!drop) out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  text.swap(out);
}

}  // namespace pith
