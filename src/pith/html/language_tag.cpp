// BCP 47 case conventions over the subtags of a page's declared language.
#include "pith/html/language_tag.h"

#include <vector>

#include "pith/base/line_shape.h"

namespace pith::html {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

bool all_of(std::string_view text, bool (*test)(char)) {
  for (char c : text)
    if (!test(c)) return false;
  return !text.empty();
}

bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

/// The longest tag RFC 5646 asks implementations to handle is 35 characters; anything
/// longer in a lang attribute is not a tag.
constexpr std::size_t k_max_tag = 35;

}  // namespace

std::string normalize_language_tag(std::string_view value) {
  value = shape::trim(value);
  std::size_t end = value.find_first_of(",; ");
  if (end != std::string_view::npos) value = value.substr(0, end);
  if (value.empty() || value.size() > k_max_tag) return {};

  std::vector<std::string> subtags(1);
  for (char c : value) {
    if (c == '-' || c == '_') subtags.emplace_back();
    else subtags.back().push_back(c);
  }
  for (const std::string& subtag : subtags)
    if (subtag.size() > 8 || !all_of(subtag, is_alnum)) return {};
  if (subtags[0].size() < 2 || subtags[0].size() > 3 || !all_of(subtags[0], is_alpha)) return {};

  std::string out;
  // After a singleton ("x", "u"), subtags are extensions or private use: lower case throughout.
  bool extension = false;
  for (std::size_t i = 0; i < subtags.size(); ++i) {
    std::string subtag = subtags[i];
    for (char& c : subtag) c = lower(c);
    if (subtag.size() == 1) extension = true;
    if (!extension && i > 0) {
      if (subtag.size() == 4 && all_of(subtag, is_alpha)) subtag[0] = upper(subtag[0]);  // script
      else if (subtag.size() == 2 && all_of(subtag, is_alpha))
        for (char& c : subtag) c = upper(c);  // region
    }
    if (i) out.push_back('-');
    out += subtag;
  }
  return out;
}

}  // namespace pith::html
