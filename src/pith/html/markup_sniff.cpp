// HTML told from text by its tags: WHATWG-style openers, a junk first line, paired block elements.
#include "pith/html/markup_sniff.h"

#include <gumbo.h>

#include <array>
#include <cctype>
#include <string>

#include "pith/base/line_shape.h"
#include "pith/input/decompress.h"

namespace pith {

namespace {

/// How far into the bytes the openers are looked for: a junk line and a doctype fit.
constexpr std::size_t k_opener_window = 1024;
/// How far the paired block elements are looked for.
constexpr std::size_t k_element_window = std::size_t{1} << 16;
/// Elements opened and closed that make a text HTML: one may be quoted in prose.
constexpr int k_min_paired_elements = 2;

/// Tags a document may open with (WHATWG's list, with the elements scraped fragments start on).
constexpr std::string_view k_openers[] = {"<!doctype", "<html", "<head", "<body", "<div", "<!--",
                                          "<meta", "<title", "<p", "<article", "<?xml", "<section",
                                          "<main", "<span", "<table", "<h1", "<link", "<script"};
/// Tags that only open a whole document: after a junk line, these and nothing weaker.
constexpr std::string_view k_document_openers[] = {"<!doctype html", "<html", "<head", "<body", "<?xml"};
/// Elements whose open and close tags mark a fragment of HTML: blocks, and the inline elements
/// scraped fragments keep (a link, bold, emphasis).
constexpr std::string_view k_paired_elements[] = {"p",     "div", "li", "h1",         "h2",      "h3",
                                                  "h4",    "h5",  "h6", "table",      "tr",      "td",
                                                  "blockquote", "article", "section", "ul", "a", "b",
                                                  "i",     "em",  "strong", "span"};

/// True when `line`, after white space, opens with one of `tags` (case-insensitively).
template <std::size_t n>
bool opens_with(std::string_view line, const std::string_view (&tags)[n]) {
  line = shape::trim(line);
  if (line.empty() || line[0] != '<') return false;
  for (std::string_view tag : tags)
    if (shape::starts_with_ci(line, tag)) return true;
  return false;
}

/// True when `text`, after white space, opens with a start tag of any HTML element, its name
/// ended as the standard ends one: pages saved from the middle begin with a <style>, a
/// <noscript>, a <nav> or a <b> as often as with <html>. "<stylesheet>" and "<3" are not tags.
bool opens_with_element(std::string_view text) {
  text = shape::trim(text);
  if (text.size() < 2 || text[0] != '<') return false;
  std::size_t end = 1;
  while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
  if (end == 1 || (end < text.size() && text[end] != '>' && text[end] != '/' &&
                   !std::isspace(static_cast<unsigned char>(text[end]))))
    return false;
  return gumbo_tagn_enum(text.data() + 1, static_cast<unsigned>(end - 1)) != GUMBO_TAG_UNKNOWN;
}

/// True when a tag (`<` then a letter, `/`, `!` or `?`) starts anywhere in `text`.
bool holds_tag(std::string_view text) {
  for (std::size_t at = text.find('<'); at != std::string_view::npos && at + 1 < text.size(); at = text.find('<', at + 1)) {
    char next = text[at + 1];
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!' || next == '?')
      return true;
  }
  return false;
}

/// The lines of `window` after the first non-blank one, at most `limit` of them; `visit` gets
/// each line and what follows it, and stops the walk by returning true.
template <typename Visit>
void for_later_lines(std::string_view window, int limit, Visit visit) {
  std::size_t at = window.find_first_not_of(" \t\r\n");
  if (at == std::string_view::npos) return;
  at = window.find('\n', at);
  for (int seen = 0; at != std::string_view::npos && seen < limit; ++seen) {
    std::size_t end = window.find('\n', at + 1);
    std::string_view line = window.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
    if (visit(line, window.substr(at + 1 + line.size()))) return;
    at = end;
  }
}

/// How many of the paired elements are both opened ("<p>" or "<p ") and, later, closed ("</p>").
int paired_elements(std::string_view text) {
  text = text.substr(0, k_element_window);
  // Most texts hold no '<' at all: one scan for it spares the lower-cased copy and the searches.
  if (text.find('<') == std::string_view::npos) return 0;
  std::string lower = shape::lower_ascii(text);
  int pairs = 0;
  for (std::string_view name : k_paired_elements) {
    std::string open(1, '<'), close = "</";
    open.append(name);
    close.append(name).push_back('>');
    for (std::size_t at = lower.find(open); at != std::string::npos; at = lower.find(open, at + 1)) {
      char after = at + open.size() < lower.size() ? lower[at + open.size()] : '\0';
      if (after != '>' && after != ' ' && after != '\t' && after != '\n') continue;
      std::size_t closed = lower.find(close, at);
      if (closed == std::string::npos) break;
      ++pairs;
      at = closed;
    }
    if (pairs >= k_min_paired_elements) break;
  }
  return pairs;
}

}  // namespace

bool is_html_name(std::string_view name) {
  std::string lower = shape::lower_ascii(name);
  std::string_view stem = without_compression_suffix(lower);
  for (std::string_view suffix : {".html", ".htm", ".xhtml", ".shtml"})
    if (stem.ends_with(suffix)) return true;
  return false;
}

bool looks_like_html(std::string_view bytes, bool named_html) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string_view window = bytes.substr(0, k_opener_window);
  if (opens_with(window, k_openers) || opens_with_element(window)) return true;
  bool opened = false;
  // A junk line first: a later line that opens the document and more markup after it (a text
  // that only names <html> on a line of its own stays text); in a file named HTML, any opener.
  for_later_lines(window, named_html ? 64 : 3, [&](std::string_view line, std::string_view after) {
    if (named_html) opened = opens_with(line, k_openers);
    else opened = opens_with(line, k_document_openers) &&
                  (holds_tag(shape::trim(line).substr(1)) || holds_tag(after));
    return opened;
  });
  return opened || paired_elements(bytes) >= k_min_paired_elements;
}

}  // namespace pith
