// entities: a scan from '&' to '&'; text without '&' is never copied.
#include "pith/normalize/entities.h"

#include <cstring>
#include <optional>

#include "pith/input/utf8.h"
#include "pith/normalize/entity_names.h"

namespace pith {

namespace {

/// Longest reference worth trying: "&#x10FFFF;" and the longest name in the table fit.
constexpr std::size_t k_max_reference = 12;

/// Windows-1252's meaning of 0x80..0x9F, which HTML gives numeric references in that range
/// (pages written on Windows say &#146; for a right quote). Zero where 1252 has no character.
constexpr char32_t k_cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

int digit_value(char c, int base) {
  if (c >= '0' && c <= '9') return c - '0';
  if (base == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (base == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The character of numeric reference body `digits` ("8217", "x2019"), or nullopt when it is
/// not a number or names no character text may hold (NUL, surrogates, beyond U+10FFFF, C0 controls).
std::optional<char32_t> numeric_code_point(std::string_view digits) {
  int base = 10;
  if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  char32_t value = 0;
  for (char c : digits) {
    int d = digit_value(c, base);
    if (d < 0) return std::nullopt;
    value = value * static_cast<char32_t>(base) + static_cast<char32_t>(d);
  }
  if (value >= 0x80 && value <= 0x9F) value = k_cp1252_c1[value - 0x80];
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
  if (value < 0x20 && value != '\t' && value != '\n') return std::nullopt;
  return value;
}

/// The character a complete reference "&...;" at the start of `text` stands for, and its length.
std::optional<char32_t> reference_at(std::string_view text, std::size_t* length) {
  std::size_t semi = text.substr(0, k_max_reference).find(';');
  if (semi == std::string_view::npos || semi < 2) return std::nullopt;
  std::string_view body = text.substr(1, semi - 1);
  *length = semi + 1;
  if (body[0] == '#') return numeric_code_point(body.substr(1));
  return entity_code_point(body);
}

}  // namespace

void decode_html_entities(std::string& text) {
  std::size_t amp = text.find('&');
  if (amp == std::string::npos) return;
  std::string out;
  std::size_t copied = 0;
  for (; amp != std::string::npos; amp = text.find('&', amp + 1)) {
    std::size_t length = 0;
    std::optional<char32_t> c = reference_at(std::string_view(text).substr(amp), &length);
    if (!c) continue;
    if (out.empty()) out.reserve(text.size());
    out.append(text, copied, amp - copied);
    utf8::append(out, *c);
    copied = amp + length;
    amp = copied - 1;  // decoded output is not scanned again: one level only
  }
  if (copied == 0) return;
  out.append(text, copied, std::string::npos);
  text.swap(out);
}

void EntitiesNormalizer::apply(std::string& text) const { decode_html_entities(text); }

}  // namespace pith
