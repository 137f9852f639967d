// The byte-level prescan: script/style bodies and comments dropped, deep nesting capped.
#include "pith/html/prescan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <vector>

namespace pith::html {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_tag_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' ||
         c == '_';
}

/// The standard ends an appropriate end tag at white space, '/' or '>'.
bool ends_tag_name(std::string_view page, std::size_t pos) {
  if (pos >= page.size()) return true;
  char c = page[pos];
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

/// True when `page` holds `word` (lower case) at `pos`, ignoring ASCII case.
bool at_ci(std::string_view page, std::size_t pos, std::string_view word) {
  if (pos + word.size() > page.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(page[pos + i]) != word[i]) return false;
  return true;
}

/// Position of the first `</name` closing tag at or after `pos`, or the end of the page.
std::size_t find_end_tag(std::string_view page, std::size_t pos, std::string_view name) {
  for (std::size_t at = page.find("</", pos); at != std::string_view::npos; at = page.find("</", at + 2))
    if (at_ci(page, at + 2, name) && ends_tag_name(page, at + 2 + name.size())) return at;
  return page.size();
}

/// Where script data ends: the standard's script states, including `<!--` escapes in which a
/// nested `<script>` makes the next `</script>` not the end.
std::size_t find_script_end(std::string_view page, std::size_t pos) {
  enum class State { data, escaped, double_escaped } state = State::data;
  for (std::size_t at = pos; at < page.size(); ++at) {
    if (page[at] == '<') {
      if (at_ci(page, at + 1, "/script") && ends_tag_name(page, at + 8)) {
        if (state != State::double_escaped) return at;
        state = State::escaped;
      } else if (state == State::data && page.compare(at + 1, 3, "!--") == 0) {
        state = State::escaped;
        at += 3;
      } else if (state == State::escaped && at_ci(page, at + 1, "script") && ends_tag_name(page, at + 7)) {
        state = State::double_escaped;
      }
    } else if (page[at] == '-' && state != State::data && page.compare(at, 3, "-->") == 0) {
      state = State::data;
      at += 2;
    }
  }
  return page.size();
}

/// Where a tag's markup ends, and where to cut it when it carries absurdly many attributes.
struct TagExtent {
  std::size_t end = 0;                        ///< just after the closing '>'
  std::size_t cut = std::string_view::npos;  ///< where the attribute after the last kept one starts
  bool closed = false;                        ///< false when the page ends inside the tag
};

/// The parser checks each attribute against all earlier ones of its tag, so a tag with
/// hundreds of thousands of them costs quadratic time; no real element has this many.
constexpr std::size_t k_max_attributes = 256;

bool is_tag_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; }

/// Scans the tag whose name ends at `pos`, quotes respected.
TagExtent scan_tag(std::string_view page, std::size_t pos) {
  TagExtent extent;
  char quote = 0;
  bool after_space = true;
  std::size_t attributes = 0;
  for (std::size_t at = pos; at < page.size(); ++at) {
    char c = page[at];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '>') {
      extent.end = at + 1;
      extent.closed = true;
      return extent;
    }
    if (is_tag_space(c)) {
      after_space = true;
      continue;
    }
    if (after_space && ++attributes > k_max_attributes && extent.cut == std::string_view::npos) extent.cut = at;
    after_space = false;
    // Quotes only open attribute values (after '=' and optional white space).
    if (c == '"' || c == '\'') {
      std::size_t before = at;
      while (before > pos && is_tag_space(page[before - 1]) && page[before - 1] != '/') --before;
      if (before > pos && page[before - 1] == '=') quote = c;
    }
  }
  extent.end = page.size();
  return extent;
}

/// Where a comment starting at `pos` ("<!--") ends, after its closing "-->".
std::size_t find_comment_end(std::string_view page, std::size_t pos) {
  std::size_t body = pos + 4;
  if (page.compare(body, 1, ">") == 0) return body + 1;   // "<!-->"
  if (page.compare(body, 2, "->") == 0) return body + 2;  // "<!--->"
  std::size_t close = page.find("-->", body);
  // Look for "--!>" only before the first "-->": searching the rest of the page for it at every
  // comment made a page of many comments quadratic (29 s for 60,000 comments in 1 MB).
  std::size_t bang = page.substr(0, close == std::string_view::npos ? page.size() : close).find("--!>", body);
  if (bang != std::string_view::npos) return bang + 4;
  return close == std::string_view::npos ? page.size() : close + 3;
}

/// Appends `text` with its C0 control characters (but tab, line feed, form feed and carriage
/// return) and DEL as spaces: Gumbo turns each into U+FFFD, noise in the article that no later
/// stage can tell from a real replacement character. A space, not nothing: dropping them would
/// join "<" and "\x01div>" into a tag (or "<!D\x04OCTYPE" into a DOCTYPE) this prescan never saw.
void append_text(std::string& out, std::string_view text) {
  std::size_t start = out.size();
  out.append(text);
  for (std::size_t i = start; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) out[i] = ' ';
  }
}

constexpr std::array<std::string_view, 14> k_void = {"area", "base", "br",    "col",  "embed",  "hr",    "img",
                                                      "input", "link", "meta", "param", "source", "track", "wbr"};
/// Elements whose end tag is optional: the parser closes them itself, so they add no depth.
constexpr std::array<std::string_view, 16> k_self_closing_by_parser = {
    "p",  "li", "dt",    "dd",    "option", "optgroup", "tr",       "td",
    "th", "rp", "rt",    "tbody", "thead",  "tfoot",    "colgroup", "caption"};
/// The standard's formatting elements that pile up in its list of active formatting
/// elements when left open (<a> and <nobr> close their predecessor, so they never pile up).
constexpr std::array<std::string_view, 12> k_formatting = {"b",      "big",    "code", "em", "font", "i",
                                                           "s",      "small",  "strike", "strong", "tt", "u"};
/// Raw-text and RCDATA elements: their body is text up to `</name`, never tags.
constexpr std::array<std::string_view, 6> k_raw_text = {"textarea", "title", "xmp", "iframe", "noembed", "noframes"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

class Rewriter {
 public:
  Rewriter(std::string_view page, std::size_t max_depth) : m_page(page), m_max_depth(max_depth) {
    m_out.html.reserve(page.size() / 2);
  }

  Prescan run() {
    std::size_t pos = 0;
    while (pos < m_page.size()) {
      std::size_t lt = m_page.find('<', pos);
      if (lt == std::string_view::npos) lt = m_page.size();
      copy_from(pos);
      append_text(m_out.html, m_page.substr(pos, lt - pos));
      if (lt == m_page.size()) break;
      pos = markup_at(lt);
    }
    return std::move(m_out);
  }

 private:
  /// Notes that what is appended next is copied from byte `in` of the page.
  void copy_from(std::size_t in) {
    std::size_t out = m_out.html.size();
    std::size_t expected = m_out.shifts.empty() ? out : m_out.shifts.back().in + (out - m_out.shifts.back().out);
    if (in != expected) m_out.shifts.push_back({out, in});
  }

  /// Appends the markup of the tag that starts at `m_tag_at` (maybe with attributes cut off).
  void copy_tag(std::string_view tag) {
    copy_from(m_tag_at);
    m_out.html.append(tag);
  }

  /// Handles the markup starting at `lt`; returns where plain text resumes.
  std::size_t markup_at(std::size_t lt) {
    if (m_page.compare(lt, 4, "<!--") == 0) return find_comment_end(m_page, lt);
    if (at_ci(m_page, lt, "<!doctype")) return doctype_at(lt);
    bool closing = lt + 1 < m_page.size() && m_page[lt + 1] == '/';
    std::size_t name_at = lt + (closing ? 2 : 1);
    std::size_t name_end = name_at;
    while (name_end < m_page.size() && is_tag_name_char(m_page[name_end])) ++name_end;
    if (name_end == name_at || !std::isalpha(static_cast<unsigned char>(m_page[name_at]))) {
      // Not a tag ("a < b", "<!doctype", "<?xml"): the parser's rules for these need no help.
      copy_from(lt);
      m_out.html.push_back('<');
      return lt + 1;
    }
    std::string name;
    for (std::size_t i = name_at; i < name_end; ++i) name.push_back(lower(m_page[i]));
    TagExtent extent = scan_tag(m_page, name_end);
    // A tag the page ends inside is dropped by the parser (eof-in-tag); drop it here.
    if (!extent.closed) return m_page.size();
    std::size_t close = extent.end;
    m_tag_at = lt;
    std::string_view tag = m_page.substr(lt, close - lt);
    if (extent.cut != std::string_view::npos) {
      m_cut_tag.assign(m_page.substr(lt, extent.cut - lt));
      m_cut_tag.push_back('>');
      tag = m_cut_tag;
    }
    if (closing) {
      end_tag(name, tag);
      return close;
    }
    return start_tag(name, tag, close);
  }

  /// Keeps a DOCTYPE only before any content. Anywhere else the parser ignores it, so dropping it
  /// changes nothing, and Gumbo 0.10 leaks one it ignores inside a <noscript> (found by fuzz_html).
  std::size_t doctype_at(std::size_t lt) {
    std::size_t end = m_page.find('>', lt);
    end = end == std::string_view::npos ? m_page.size() : end + 1;
    if (!m_content_seen && m_out.html.find_first_not_of(" \t\r\n\f") != std::string::npos) m_content_seen = true;
    if (!m_content_seen) {
      copy_from(lt);
      m_out.html.append(m_page.substr(lt, end - lt));
    }
    return end;
  }

  std::size_t start_tag(const std::string& name, std::string_view tag, std::size_t after) {
    if (name == "script" || name == "style") return drop_body(name, tag, after);
    if (name == "plaintext") {  // everything after it is text
      copy_from(m_tag_at);
      m_out.html.append(m_page.substr(m_tag_at));
      return m_page.size();
    }
    if (in(k_raw_text, name)) {
      std::size_t end = find_end_tag(m_page, after, name);
      copy_tag(tag);
      m_out.html.append(m_page.substr(after, end - after));
      return end;
    }
    bool self_closed = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    bool formatting = in(k_formatting, name);
    if (in(k_void, name) || in(k_self_closing_by_parser, name) || self_closed) {
      if (m_elements >= k_max_elements) {
        if (!formatting) m_out.html.push_back(' ');
        ++m_out.dropped_tags;
        return after;
      }
      ++m_elements;
      copy_tag(tag);
      return after;
    }
    if (m_open.size() >= m_max_depth || (formatting && m_formatting >= k_max_formatting) ||
        m_elements >= k_max_elements) {
      ++m_dropped[name];
      ++m_out.dropped_tags;
      if (!formatting) m_out.html.push_back(' ');  // a block tag may have separated two words
      return after;
    }
    if (formatting) ++m_formatting;
    ++m_elements;
    m_open.push_back(name);
    copy_tag(tag);
    return after;
  }

  void end_tag(const std::string& name, std::string_view tag) {
    // Tags dropped for depth opened inside the kept ones, so they close first.
    auto dropped = m_dropped.find(name);
    if (dropped != m_dropped.end() && dropped->second > 0) {
      --dropped->second;
      if (!in(k_formatting, name)) m_out.html.push_back(' ');
      return;
    }
    if (in(k_formatting, name) && m_formatting > 0) --m_formatting;
    auto open = std::find(m_open.rbegin(), m_open.rend(), name);
    // Past the element cap, a stray end tag would make the parser create an element (</p> does).
    if (m_elements >= k_max_elements && open == m_open.rend()) {
      if (!in(k_formatting, name)) m_out.html.push_back(' ');
      return;
    }
    if (in(k_void, name) || in(k_self_closing_by_parser, name)) {  // never on the stack
      copy_tag(tag);
      return;
    }
    if (open != m_open.rend()) m_open.erase(std::prev(open.base()), m_open.end());
    copy_tag(tag);
  }

  /// Keeps the script or style element but not its body; JSON-LD bodies go to metadata.
  std::size_t drop_body(const std::string& name, std::string_view tag, std::size_t after) {
    std::size_t end = name == "script" ? find_script_end(m_page, after) : find_end_tag(m_page, after, name);
    std::string lowered(tag);
    for (char& c : lowered) c = lower(c);
    if (name == "script" && lowered.find("ld+json") != std::string::npos)
      m_out.json_ld.emplace_back(m_page.substr(after, end - after));
    copy_tag(tag);
    return end;
  }

  std::string_view m_page;
  std::size_t m_max_depth;
  Prescan m_out;
  std::vector<std::string> m_open;
  std::string m_cut_tag;  ///< a tag with its excess attributes cut off
  std::size_t m_tag_at = 0;  ///< where the tag being handled starts in the page
  std::size_t m_formatting = 0;  ///< formatting elements opened and not yet closed
  std::size_t m_elements = 0;    ///< elements passed to the parser so far
  std::map<std::string, std::size_t> m_dropped;
  bool m_content_seen = false;  ///< output holds more than white space: a DOCTYPE now is stray
};

/// Largest code point; the HTML standard turns a numeric reference past it into U+FFFD.
constexpr std::uint32_t k_max_code_point = 0x10FFFF;

/// Where the digits of the numeric character reference at `amp` ("&#123", "&#x1F") end, with the
/// value they spell (saturated just past k_max_code_point); `digits_at` == end when it has none.
struct NumericReference {
  std::size_t digits_at = 0;
  std::size_t end = 0;
  std::uint32_t value = 0;
  bool hex = false;
};

NumericReference read_numeric_reference(std::string_view html, std::size_t amp) {
  NumericReference ref;
  std::size_t at = amp + 2;
  ref.hex = at < html.size() && (html[at] == 'x' || html[at] == 'X');
  if (ref.hex) ++at;
  ref.digits_at = at;
  for (; at < html.size(); ++at) {
    char c = html[at];
    int digit = c >= '0' && c <= '9' ? c - '0'
                : ref.hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : ref.hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
    if (digit < 0) break;
    ref.value = std::min<std::uint32_t>(ref.value * (ref.hex ? 16 : 10) + static_cast<std::uint32_t>(digit),
                                        k_max_code_point + 1);
  }
  ref.end = at;
  return ref;
}

/// Gumbo 0.10 adds up a numeric reference's digits in an int: eight hex digits or ten decimal
/// ones overflow it, and the reference comes out as a bare '&' that also eats the next tag. A
/// reference past U+10FFFF means U+FFFD whatever its digits, so those digits become FFFD here.
/// The shifts of `scan` follow the bytes that move.
void clamp_numeric_references(Prescan& scan) {
  std::string& html = scan.html;
  std::size_t amp = html.find("&#");
  if (amp == std::string::npos) return;
  std::string out;
  std::size_t copied = 0;
  std::vector<Prescan::Shift> moved;  // {where the rest of `html` now starts in `out`, where it was}
  for (; amp != std::string::npos; amp = html.find("&#", amp + 2)) {
    NumericReference ref = read_numeric_reference(html, amp);
    if (ref.digits_at == ref.end || ref.value <= k_max_code_point) continue;
    if (out.empty()) out.reserve(html.size());
    out.append(html, copied, ref.digits_at - copied);
    out += ref.hex ? "FFFD" : "65533";
    copied = ref.end;
    moved.push_back({out.size(), copied});
  }
  if (copied == 0) return;
  out.append(html, copied);
  // Each old shift moves by the change in length of the references before it; after each
  // reference, the copy resumes from where its digits ended.
  std::vector<Prescan::Shift> shifts;
  shifts.reserve(scan.shifts.size() + moved.size());
  std::size_t next = 0;
  auto new_place = [&](std::size_t old_out) {
    auto after = std::upper_bound(moved.begin(), moved.end(), old_out,
                                  [](std::size_t value, const Prescan::Shift& m) { return value < m.in; });
    if (after == moved.begin()) return old_out;
    const Prescan::Shift& m = *std::prev(after);
    return m.out + (old_out - m.in);
  };
  // A shift inside a reference's digits (a comment dropped between them) lands past the
  // shorter digits: the later entry wins, so the shifts stay sorted.
  auto add = [&](Prescan::Shift shift) {
    while (!shifts.empty() && shifts.back().out >= shift.out) shifts.pop_back();
    shifts.push_back(shift);
  };
  for (const Prescan::Shift& shift : scan.shifts) {
    for (; next < moved.size() && moved[next].in <= shift.out; ++next)
      add({moved[next].out, scan.page_offset(moved[next].in)});
    add({new_place(shift.out), shift.in});
  }
  for (; next < moved.size(); ++next) add({moved[next].out, scan.page_offset(moved[next].in)});
  html = std::move(out);
  scan.shifts = std::move(shifts);
}

}  // namespace

Prescan prescan(std::string_view page, std::size_t max_depth) {
  Prescan out = Rewriter(page, max_depth).run();
  clamp_numeric_references(out);
  return out;
}

std::size_t Prescan::page_offset(std::size_t offset) const {
  auto after = std::upper_bound(shifts.begin(), shifts.end(), offset,
                                [](std::size_t value, const Shift& shift) { return value < shift.out; });
  if (after == shifts.begin()) return offset;
  const Shift& shift = *std::prev(after);
  return shift.in + (offset - shift.out);
}

}  // namespace pith::html
