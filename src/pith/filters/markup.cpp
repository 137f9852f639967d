// markup: HTML comments and CDATA markers printed as text, one line or a few.
#include "pith/filters/markup.h"

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A comment left in a page runs to a few lines; an "opener" with more after it and no close
/// is prose that happens to start with "<!".
constexpr std::size_t k_max_comment_lines = 5;

/// The dashes a dump may print in a comment's "--": hyphens, or the en or em dash a
/// typographic filter made of them.
std::size_t comment_dashes_at(std::string_view text) {
  if (text.starts_with("--")) return 2;
  if (text.starts_with("\xE2\x80\x93") || text.starts_with("\xE2\x80\x94")) return 3;  // – —
  return 0;
}

/// True when `text` opens with "<!--", also spaced ("< !--") or with a dash for the hyphens.
bool opens_comment(std::string_view text) {
  if (!text.starts_with('<')) return false;
  text.remove_prefix(1);
  while (text.starts_with(' ')) text.remove_prefix(1);
  return text.starts_with('!') && comment_dashes_at(text.substr(1)) != 0;
}

/// True when `text` ends with "-->" (or "–>", "—>").
bool closes_comment(std::string_view text) {
  if (!text.ends_with('>')) return false;
  text.remove_suffix(1);
  return text.ends_with("--") || text.ends_with("\xE2\x80\x93") || text.ends_with("\xE2\x80\x94");
}

/// A line that is nothing but a close: "-->", "–>", "—>".
bool is_comment_close(std::string_view text) {
  return text == "-->" || text == "\xE2\x80\x93>" || text == "\xE2\x80\x94>";
}

/// "//<![CDATA[", "<![CDATA[", "//]]>", "]]>": the markers around a script's text.
bool is_cdata_marker(std::string_view text) {
  if (text.starts_with("//")) text = shape::trim(text.substr(2));
  if (text.starts_with("/*")) text = shape::trim(text.substr(2));
  if (text.ends_with("*/")) text = shape::trim(text.substr(0, text.size() - 2));
  return text == "<![CDATA[" || text == "]]>";
}

}  // namespace

void MarkupFilter::apply(Document& doc, std::string_view name) const {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& block = doc.blocks[i];
    if (!block.kept()) continue;
    std::string_view text = shape::trim(block.text);
    if (is_cdata_marker(text)) {
      mark_removed(block, name, "a CDATA marker");
      continue;
    }
    if (is_comment_close(text)) {
      mark_removed(block, name, "the close of an HTML comment");
      continue;
    }
    if (!opens_comment(text)) continue;
    // The comment runs to the line that closes it, which must come within a few lines.
    std::size_t end = i;
    while (end < doc.blocks.size() && end - i < k_max_comment_lines &&
           !closes_comment(shape::trim(doc.blocks[end].text)))
      ++end;
    bool closed = end < doc.blocks.size() && end - i < k_max_comment_lines;
    // An opener with no close: a comment whose close was lost is one line at the most.
    if (!closed) end = i;
    for (std::size_t j = i; j <= end; ++j)
      if (doc.blocks[j].kept()) mark_removed(doc.blocks[j], name, "an HTML comment");
    i = end;
  }
}

}  // namespace pith
