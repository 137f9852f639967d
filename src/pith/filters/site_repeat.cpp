// site-repeat: each kept line of a document is keyed and looked up among its site's learned
// lines and templates; a learned line glued to the start or end of a longer line is cut out of
// it; the stage never takes a document's last kept line.
#include "pith/filters/site_repeat.h"

#include <vector>

#include "pith/base/line_shape.h"
#include "pith/sites/line_key.h"

namespace pith {

namespace {

/// "in 97 of 118 records of example.com", and the template when a template matched.
std::string reason(const sites::SiteMatch& match, const std::string& site) {
  std::string out = "in " + std::to_string(match.count) + " of " +
                    std::to_string(std::max(match.count, match.records)) + " records of " + site;
  if (match.by_template) out += ", as \"" + sites::template_text(*match.by_template) + "\"";
  return out;
}

/// Learned lines shorter than this are not looked for inside longer lines: a few words may open
/// or close any sentence.
constexpr std::size_t k_min_glued_words = 5;
/// What must remain of a line a learned one is cut from: a sentence, not a word or two.
constexpr std::size_t k_min_rest_words = 4;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Where the `words`-th word of `text` after `at` ends (words split by ASCII white space), or npos.
std::size_t after_words(std::string_view text, std::size_t at, std::size_t words) {
  for (; words > 0; --words) {
    while (at < text.size() && is_blank(text[at])) ++at;
    if (at == text.size()) return std::string_view::npos;
    while (at < text.size() && !is_blank(text[at])) ++at;
  }
  return at;
}

/// Where the last `words` words of `text` start, or npos.
std::size_t before_words(std::string_view text, std::size_t words) {
  std::size_t at = text.size();
  for (; words > 0; --words) {
    while (at > 0 && is_blank(text[at - 1])) --at;
    if (at == 0) return std::string_view::npos;
    while (at > 0 && !is_blank(text[at - 1])) --at;
  }
  return at;
}

/// True when `text` ends a sentence: a full stop, question or exclamation mark, maybe in quotes.
bool ends_sentence(std::string_view text) {
  text = shape::trim(text);
  while (text.ends_with('"') || text.ends_with(')') || text.ends_with("\xE2\x80\x9D"))
    text.remove_suffix(text.ends_with('"') || text.ends_with(')') ? 1 : 3);
  return text.ends_with('.') || text.ends_with('!') || text.ends_with('?') || text.ends_with("\xE2\x80\xA6");
}

/// True when `text` opens a sentence: a capital, a digit or a quote after the marks lines open with.
bool opens_sentence(std::string_view text) {
  text = shape::skip_opening_marks(text);
  if (text.empty()) return false;
  auto c = static_cast<unsigned char>(text[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) < 0x9F);
}

/// The bytes of `text` (whose key is `key`) that learned line `line` of `words` words covers when
/// it is glued to the start or the end of it, with a sentence left beside it; {0, 0} when it is not.
std::pair<std::size_t, std::size_t> glued_span(std::string_view text, std::string_view key, std::string_view line,
                                               std::size_t words) {
  if (key.size() <= line.size() + 1) return {0, 0};
  if (key.starts_with(line) && !shape::is_word_byte(key[line.size()])) {
    std::size_t begin = text.size() - shape::skip_opening_marks(text).size();
    std::size_t end = after_words(text, begin, words);
    if (end != std::string_view::npos && sites::line_key(text.substr(0, end)) == line) {
      std::string_view rest = text.substr(end);
      if (shape::word_count(rest) >= k_min_rest_words && (ends_sentence(text.substr(0, end)) || opens_sentence(rest)))
        return {0, end};
    }
  }
  if (key.ends_with(line) && key[key.size() - line.size() - 1] == ' ') {
    std::size_t begin = before_words(text, words);
    if (begin != std::string_view::npos && sites::line_key(text.substr(begin)) == line) {
      std::string_view before = text.substr(0, begin);
      if (shape::word_count(before) >= k_min_rest_words && ends_sentence(before)) return {begin, text.size()};
    }
  }
  return {0, 0};
}

/// Marks the `glued` lines of a site (of `records` records, named `site_name`) glued to the start
/// or end of block `block`, keyed `key`.
void mark_glued_lines(Block& block, std::string_view key, const std::vector<SiteRepeatFilter::GluedLine>& glued,
                      std::size_t records, std::string_view name, const std::string& site_name) {
  for (const SiteRepeatFilter::GluedLine& line : glued) {
    auto [begin, end] = glued_span(block.text, key, line.key, line.words);  // `key` stays valid: line_key keys elsewhere
    if (begin == end) continue;
    sites::SiteMatch match{line.count, records, nullptr};
    mark_span_removed(block, begin, end, name, reason(match, site_name));
  }
}

}  // namespace

SiteRepeatFilter::SiteRepeatFilter(const Config& config) : m_profile(config.site_profile) {
  if (!m_profile) return;
  for (const auto& [site, lines] : m_profile->sites())
    for (const auto& [key, count] : lines.lines)
      if (std::size_t words = sites::key_words(key); words >= k_min_glued_words)
        m_glued[site].push_back({key, words, count});
}

void SiteRepeatFilter::apply(Document& doc, std::string_view name) const {
  if (!m_profile || doc.site.empty()) return;
  const sites::SiteLines* site = m_profile->find(doc.site);
  if (!site) return;
  auto glued = m_glued.find(doc.site);
  std::vector<std::pair<std::size_t, sites::SiteMatch>> hits;
  bool other_kept = false;  // a kept line that is not a learned one
  for (Block& block : doc.blocks) {
    if (!block.kept()) continue;
    std::string_view key = sites::scratch_line_key(block.text);
    if (key.size() > sites::k_max_key_bytes) {
      other_kept = true;
    } else if (auto match = sites::SiteProfile::match(*site, key)) {
      hits.emplace_back(&block - doc.blocks.data(), *match);
    } else {
      other_kept = true;
      // A span leaves the rest of its line, so it never takes a document's last line.
      if (glued != m_glued.end()) mark_glued_lines(block, key, glued->second, site->records, name, doc.site);
    }
  }
  // A record that is nothing but its site's repeated lines is still a record: its text stays.
  if (!other_kept) return;
  for (const auto& [index, match] : hits) mark_removed(doc.blocks[index], name, reason(match, doc.site));
}

}  // namespace pith
