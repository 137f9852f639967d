// Matching, judging and writing line templates.
#include "pith/sites/line_template.h"

#include "pith/base/line_shape.h"
#include "pith/sites/line_key.h"

namespace pith::sites {

namespace {

std::size_t letter_words(std::string_view words) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < words.size();) {
    std::size_t end = words.find(' ', at);
    if (end == std::string_view::npos) end = words.size();
    if (has_letter(words.substr(at, end - at))) ++count;
    at = end + 1;
  }
  return count;
}

}  // namespace

std::size_t max_middle_words(const LineTemplate& t) {
  return t.prefix.empty() || t.suffix.empty() ? k_max_one_sided_middle_words : k_max_two_sided_middle_words;
}

bool matches(const LineTemplate& t, std::string_view key) {
  std::size_t begin = 0, end = key.size();
  if (!t.prefix.empty()) {
    if (!key.starts_with(t.prefix) || key.size() <= t.prefix.size() || key[t.prefix.size()] != ' ') return false;
    begin = t.prefix.size() + 1;
  }
  if (!t.suffix.empty()) {
    if (!key.ends_with(t.suffix) || key.size() <= t.suffix.size() || key[key.size() - t.suffix.size() - 1] != ' ')
      return false;
    end = key.size() - t.suffix.size() - 1;
  }
  if (begin >= end) return false;
  return key_words(key.substr(begin, end - begin)) <= max_middle_words(t);
}

bool is_specific(const LineTemplate& t, std::size_t longest) {
  if (t.prefix.empty() && t.suffix.empty()) return false;
  if (letter_words(t.prefix) + letter_words(t.suffix) < k_min_fixed_letter_words) return false;
  std::size_t fixed = key_words(t.prefix) + key_words(t.suffix);
  return longest > fixed && longest - fixed <= max_middle_words(t);
}

std::string template_text(const LineTemplate& t) {
  std::string out = t.prefix;
  if (!out.empty()) out.push_back(' ');
  out += k_hole;
  if (!t.suffix.empty()) out += ' ' + t.suffix;
  return out;
}

bool parse_template_text(std::string_view text, LineTemplate* t) {
  std::size_t hole = text.find(k_hole);
  std::size_t hole_size = k_hole.size();
  if (hole == std::string_view::npos) {
    hole = text.find("{...}");
    hole_size = 5;
  }
  if (hole == std::string_view::npos) return false;
  // Keyed with a word after (or before) them, so that a prefix keeps its final ':' and a
  // suffix its opening quote: the marks key() drops at the ends of a whole line.
  std::string prefix = line_key(std::string(shape::trim(text.substr(0, hole))) + " x");
  std::string suffix = line_key("x " + std::string(shape::trim(text.substr(hole + hole_size))));
  t->prefix = prefix == "x" ? "" : prefix.substr(0, prefix.size() - 2);
  t->suffix = suffix == "x" ? "" : suffix.substr(2);
  return !t->prefix.empty() || !t->suffix.empty();
}

}  // namespace pith::sites
