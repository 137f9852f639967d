// BCP 47 case conventions over the subtags of a page's declared language, and its check
// against RFC 5646's grammar and ICU's lists of languages and regions.
#include "pith/html/language_tag.h"

#include <unicode/uloc.h>

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

/// True when `subtags` (lower case) follow RFC 5646's langtag production (section 2.1):
/// language (2-3 letters) with up to three extlangs (3 letters), then an optional script (4
/// letters), region (2 letters or 3 digits), variants (5-8 letters or digits, or 4 opening
/// with a digit), extensions (a singleton and subtags of 2-8) and private use ("x" and
/// subtags of 1-8). "de-DE-formal" is well formed, "en-US-a" and "de-1" are not.
bool well_formed(const std::vector<std::string>& subtags) {
  std::size_t i = 1;
  for (int extlangs = 0; extlangs < 3 && i < subtags.size() && subtags[i].size() == 3 && all_of(subtags[i], is_alpha);
       ++extlangs)
    ++i;
  if (i < subtags.size() && subtags[i].size() == 4 && all_of(subtags[i], is_alpha)) ++i;
  if (i < subtags.size() && ((subtags[i].size() == 2 && all_of(subtags[i], is_alpha)) ||
                             (subtags[i].size() == 3 && all_of(subtags[i], is_digit))))
    ++i;
  while (i < subtags.size() &&
         (subtags[i].size() >= 5 || (subtags[i].size() == 4 && is_digit(subtags[i][0]))))
    ++i;
  while (i < subtags.size()) {
    const std::string& singleton = subtags[i];
    if (singleton.size() != 1) return false;
    std::size_t min = singleton == "x" ? 1 : 2;
    std::size_t first = ++i;
    while (i < subtags.size() && subtags[i].size() >= min && (singleton == "x" || subtags[i].size() != 1)) ++i;
    if (i == first) return false;
    if (singleton == "x") return i == subtags.size();
  }
  return true;
}

/// True when ICU knows the language (ISO 639) and, when the tag has one, the two-letter
/// region (ISO 3166) of the well-formed, lower-case `subtags`: "de-ere" (no such extlang) and
/// "en-UK" (the United Kingdom is GB) are well formed but name nothing. An extlang counts as
/// the language it names ("zh-yue" is Cantonese); regions of three digits (UN M.49) pass.
bool names_known_language(const std::vector<std::string>& subtags) {
  std::size_t i = 1;
  std::string language = subtags[0];
  if (i < subtags.size() && subtags[i].size() == 3 && all_of(subtags[i], is_alpha)) language = subtags[i++];
  if (uloc_getISO3Language(language.c_str())[0] == '\0') return false;
  while (i < subtags.size() && subtags[i].size() == 3 && all_of(subtags[i], is_alpha)) ++i;
  if (i < subtags.size() && subtags[i].size() == 4 && all_of(subtags[i], is_alpha)) ++i;
  if (i < subtags.size() && subtags[i].size() == 2 && all_of(subtags[i], is_alpha)) {
    std::string locale = "und_";
    for (char c : subtags[i]) locale.push_back(upper(c));
    if (uloc_getISO3Country(locale.c_str())[0] == '\0') return false;
  }
  return true;
}

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
  for (std::string& subtag : subtags)
    for (char& c : subtag) c = lower(c);
  if (!well_formed(subtags) || !names_known_language(subtags)) return {};

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
