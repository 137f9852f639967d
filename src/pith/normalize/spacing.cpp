// spacing: find each ',' or ';' glued between letters, then judge the whitespace-delimited token.
#include "pith/normalize/spacing.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdint>
#include <string_view>
#include <vector>

#include "pith/base/ascii.h"

namespace pith {

namespace {

bool is_mark(char c) { return c == ',' || c == ';'; }

bool is_token_end(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/// Characters that make a token code, markup, a path or an address rather than words.
bool is_code_char(char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>': case '=': case '_':
    case '/': case '\\': case '@': case '#': case '`': case '|': case '*': case '+': case '$': case '%':
    case '&': case '~': case '^':
      return true;
    default:
      return false;
  }
}

/// Letters (counting to two at most) in the word ending just before byte `end`.
int letters_before(std::string_view text, int32_t end) {
  int count = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (end > 0 && count < 2) {
    UChar32 c;
    U8_PREV(s, 0, end, c);
    if (!u_isalpha(c)) break;
    ++count;
  }
  return count;
}

/// Letters (counting to two at most) in the word starting at byte `start`.
int letters_after(std::string_view text, int32_t start) {
  int count = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  while (start < n && count < 2) {
    UChar32 c;
    U8_NEXT(s, start, n, c);
    if (!u_isalpha(c)) break;
    ++count;
  }
  return count;
}

/// True when the letters of the word that ends at byte `at` (backwards) or starts there
/// (forwards) are all capitals.
bool word_is_capitals(std::string_view text, int32_t at, bool backwards) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto n = static_cast<int32_t>(text.size());
  while (backwards ? at > 0 : at < n) {
    UChar32 c;
    if (backwards) U8_PREV(s, 0, at, c);
    else U8_NEXT(s, at, n, c);
    if (!u_isalpha(c)) break;
    if (!u_isupper(c)) return false;
  }
  return true;
}

/// True when the whitespace-delimited `token` reads as two glued words, not as code, a number
/// list, an address or an abbreviation.
bool token_is_prose(std::string_view token) {
  int marks = 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (is_code_char(c)) return false;
    if (is_mark(c)) ++marks;
    // a dot before a letter or digit: a domain (example.com), an abbreviation (U.S.), a number
    if (c == '.' && i + 1 < token.size() && std::isalnum(static_cast<unsigned char>(token[i + 1]))) return false;
  }
  // "red,green,blue" without spaces is a value list or an identifier, not a sentence
  return marks == 1;
}

/// Byte offsets just after each mark of `text` that needs a space.
std::vector<std::size_t> missing_spaces(const std::string& text) {
  std::vector<std::size_t> at;
  std::string_view view(text);
  // Eight bytes at a time past words without a mark (find_first_of(",;") would call memchr
  // once per byte).
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    while (i + 8 <= text.size()) {
      std::uint64_t word = ascii::load8(text.data() + i);
      std::uint64_t marks = ascii::bytes_equal(word, ',') | ascii::bytes_equal(word, ';');
      if (marks) {
        i += ascii::first_marked(marks);
        break;
      }
      i += 8;
    }
    if (i + 1 >= text.size()) break;
    if (!is_mark(text[i]) || is_token_end(text[i + 1])) continue;
    auto pos = static_cast<int32_t>(i);
    if (letters_before(view, pos) < 2 || letters_after(view, pos + 1) < 2) continue;
    // two acronyms (TL;DR) are one term, not two words
    if (word_is_capitals(view, pos, true) && word_is_capitals(view, pos + 1, false)) continue;
    std::size_t begin = i;
    while (begin > 0 && !is_token_end(text[begin - 1])) --begin;
    std::size_t end = i + 1;
    while (end < text.size() && !is_token_end(text[end])) ++end;
    if (token_is_prose(view.substr(begin, end - begin))) at.push_back(i + 1);
  }
  return at;
}

}  // namespace

void SpacingNormalizer::apply(std::string& text) const {
  std::vector<std::size_t> at = missing_spaces(text);
  if (at.empty()) return;
  std::string out;
  out.reserve(text.size() + at.size());
  std::size_t copied = 0;
  for (std::size_t pos : at) {
    out.append(text, copied, pos - copied);
    out.push_back(' ');
    copied = pos;
  }
  out.append(text, copied, std::string::npos);
  text.swap(out);
}

}  // namespace pith
