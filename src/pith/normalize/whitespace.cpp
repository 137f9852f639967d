// whitespace: one pass over the bytes, no allocation when nothing changes size.
#include "pith/normalize/whitespace.h"

namespace pith {

namespace {
/// Byte length of a horizontal space at `i` (ASCII or Unicode), or 0.
std::size_t space_at(const std::string& s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return 3;  // U+2000..U+200A, U+202F
    if (b1 == 0x81 && b2 == 0x9F) return 3;                  // U+205F
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000
  return 0;
}
}  // namespace

void WhitespaceNormalizer::apply(std::string& text) const {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      // trim the line just ended, drop it when empty
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
      pending_space = false;
      ++i;
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
