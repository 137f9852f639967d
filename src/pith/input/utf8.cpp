// UTF-8 validation and repair by hand: a table-free scanner with an ASCII fast path.
#include "pith/input/utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include <simdjson.h>

#include "pith/base/ascii.h"

namespace pith::utf8 {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

/// Length of the valid sequence starting at `p` (1..4), or 0 when it is invalid;
/// `*bad` is then the length of the maximal invalid subpart to replace.
std::size_t valid_sequence(const unsigned char* p, std::size_t left, std::size_t* bad) {
  unsigned char c = p[0];
  *bad = 1;
  if (c < 0x80) return 1;
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) need = 2, lo = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) need = 2;
  else if (c == 0xED) need = 2, hi = 0x9F;  // no encoded surrogates
  else if (c >= 0xEE && c <= 0xEF) need = 2;
  else if (c == 0xF0) need = 3, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else if (c == 0xF4) need = 3, hi = 0x8F;
  else return 0;  // continuation byte or C0, C1, F5..FF
  for (std::size_t i = 1; i <= need; ++i) {
    if (i >= left) return 0;
    unsigned char b = p[i];
    unsigned char l = (i == 1) ? lo : 0x80, h = (i == 1) ? hi : 0xBF;
    if (b < l || b > h) return 0;
    *bad = i + 1;
  }
  return need + 1;
}

}  // namespace

bool is_valid(std::string_view text) {
  // simdjson's validator (SIMD, same rules: no overlongs, surrogates or code points past
  // U+10FFFF) runs several times faster than a byte scan, which curly quotes keep interrupting.
  return simdjson::validate_utf8(text.data(), text.size());
}

bool repair(std::string& text) {
  if (is_valid(text)) return false;
  auto p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  std::string out;
  out.reserve(n + 16);
  while (i < n) {
    std::size_t bad;
    std::size_t len = valid_sequence(p + i, n - i, &bad);
    if (len == 0) {
      // One U+FFFD per maximal subpart: a lead byte and the continuations that fit it.
      out.append(k_replacement);
      i += bad;
      continue;
    }
    out.append(text, i, len);
    i += len;
  }
  text.swap(out);
  return true;
}

void append(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view text) {
  // Every byte but a continuation byte (10xxxxxx) starts a code point: counted in runs of up
  // to 255 bytes with a byte-wide counter, which the compiler makes vector code.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t continuations = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = at + std::min<std::size_t>(255, text.size() - at);
    std::uint8_t run = 0;
    for (std::size_t i = at; i < end; ++i) run += static_cast<std::uint8_t>(bytes[i] - 0x80) < 0x40;
    continuations += run;
    at = end;
  }
  return text.size() - continuations;
}

bool looks_binary(std::string_view bytes) {
  static constexpr std::array<std::string_view, 8> k_signatures = {
      "\x89PNG\r\n\x1a\n", "GIF87a", "GIF89a", "\xFF\xD8\xFF", "%PDF-", std::string_view("PK\x03\x04", 4),
      "RIFF", std::string_view("\x7F" "ELF", 4)};
  for (std::string_view sig : k_signatures)
    if (bytes.substr(0, sig.size()) == sig) return true;
  std::string_view sample = bytes.substr(0, 8192);
  if (sample.empty()) return false;
  // UTF-16 text has NULs in every other byte; we treat it as binary too (it is rare in dumps).
  std::size_t suspicious = 0;
  auto p = reinterpret_cast<const unsigned char*>(sample.data());
  // Runs of printable ASCII, most of any text, are passed over sixteen bytes at a time: only a
  // control byte or a byte of a non-ASCII character needs a closer look.
  auto control_or_high = [](auto chunk) {
    if constexpr (std::is_same_v<decltype(chunk), std::uint64_t>) {
      return ascii::bytes_below(chunk, 0x20) | ascii::high_bytes(chunk);
    } else {
#if defined(__SSE2__)
      return ascii::high_bytes(_mm_cmplt_epi8(chunk, _mm_set1_epi8(0x20)));  // signed: 0x80.. are below
#endif
    }
  };
  for (std::size_t i = 0; (i = ascii::next_marked(sample, i, control_or_high)) < sample.size();) {
    unsigned char c = p[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
      ++suspicious;
      ++i;
      continue;
    }
    std::size_t bad;
    std::size_t len = valid_sequence(p + i, sample.size() - i, &bad);
    if (len == 0) {
      // Bytes of legacy 8-bit encodings are high but sparse; random data is dense with them.
      ++suspicious;
      len = 1;
    }
    i += len;
  }
  // Legacy-encoded text (Latin-1, Windows-1252) has invalid UTF-8 in perhaps one byte of twenty;
  // binary data has NULs, controls and invalid bytes in most of every line.
  return suspicious * 5 > sample.size();
}

}  // namespace pith::utf8
