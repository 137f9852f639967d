// The byte-level prescan: script/style bodies and comments dropped, deep nesting capped, and
// what no stage reads (most attributes, runs of white space) left out.
#include "pith/html/prescan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "pith/html/meta_names.h"

namespace pith::html {

namespace {

/// Every attribute some stage reads, lower case: the class, id and role tokens of the
/// vocabularies, visibility (hidden, aria-hidden, style), microdata (itemprop, content,
/// datetime), the head's <meta> and <link> tags (name, property, http-equiv, content, rel,
/// href), <html lang>, social embeds' sources (src, data-src, data), and <input type> and
/// <annotation-xml encoding>, which decide where the parser puts what follows, and <abbr title>
/// (hAtom's dates).
/// Inside <svg> and <math> the parser renames xlink:href, xlink:role and xml:lang to their
/// local names, which a stage reads.
constexpr std::array<std::string_view, 24> k_read_attributes = {
    "class",    "id",         "role",       "hidden",   "aria-hidden", "style", "itemprop", "content",
    "datetime", "name",       "property",   "http-equiv", "rel",       "href",  "lang",     "xml:lang",
    "src",      "data-src",   "data",       "type",     "encoding",    "xlink:href", "xlink:role",
    "title"};

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
    if (state == State::data) {  // only '<' can change anything here: skip to the next one
      at = page.find('<', at);
      if (at == std::string_view::npos) break;
    }
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

/// An attribute as the tokenizer splits it: its name is bytes [at, name_end) of the page, the
/// whole of it with its value [at, end).
struct Attribute {
  std::size_t at = 0;
  std::size_t name_end = 0;
  std::size_t end = 0;
};

/// Where a tag's markup ends, and where to cut it when it carries absurdly many attributes.
struct TagExtent {
  std::size_t name_end = 0;                   ///< where the tag name ends, as the tokenizer reads it
  std::size_t end = 0;                        ///< just after the closing '>'
  std::size_t cut = std::string_view::npos;  ///< where the attribute after the last kept one starts
  bool closed = false;                        ///< false when the page ends inside the tag
  bool self_closing = false;                  ///< the tag ends in "/>" outside any value
};

/// The parser checks each attribute against all earlier ones of its tag, so a tag with
/// hundreds of thousands of them costs quadratic time; no real element has this many.
constexpr std::size_t k_max_attributes = 256;

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Scans the tag whose name starts at `name_at` with the standard's tokenizer states (tag name,
/// before/after attribute name, attribute value quoted or not, self-closing start tag), so
/// that its end and its attributes are where the parser will find them. The first
/// k_max_attributes + 1 attributes go to `attributes`.
TagExtent scan_tag(std::string_view page, std::size_t name_at, std::vector<Attribute>& attributes) {
  TagExtent extent;
  attributes.clear();
  std::size_t n = page.size(), at = name_at, count = 0;
  while (at < n && !is_html_space(page[at]) && page[at] != '/' && page[at] != '>') ++at;
  extent.name_end = at;
  auto done = [&](std::size_t end, bool self_closing) {
    extent.end = end;
    extent.closed = true;
    extent.self_closing = self_closing;
    return extent;
  };
  while (true) {
    while (at < n && is_html_space(page[at])) ++at;
    if (at >= n) break;
    if (page[at] == '>') return done(at + 1, false);
    if (page[at] == '/') {
      if (at + 1 < n && page[at + 1] == '>') return done(at + 2, true);
      ++at;
      continue;
    }
    Attribute attribute;
    attribute.at = at++;  // a first '=' belongs to the name
    while (at < n && !is_html_space(page[at]) && page[at] != '/' && page[at] != '>' && page[at] != '=') ++at;
    attribute.name_end = attribute.end = at;
    while (at < n && is_html_space(page[at])) ++at;
    if (at < n && page[at] == '=') {
      ++at;
      while (at < n && is_html_space(page[at])) ++at;
      if (at < n && (page[at] == '"' || page[at] == '\'')) {
        std::size_t close = page.find(page[at], at + 1);
        if (close == std::string_view::npos) break;
        at = close + 1;
      } else {
        while (at < n && !is_html_space(page[at]) && page[at] != '>') ++at;
      }
      attribute.end = at;
    }
    if (++count == k_max_attributes + 1) extent.cut = attribute.at;
    if (count <= k_max_attributes + 1) attributes.push_back(attribute);
  }
  extent.end = n;
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

/// Which of the sets above a tag name is in, looked up once a tag.
struct TagKind {
  bool is_void = false;
  bool closed_by_parser = false;
  bool formatting = false;
  bool raw_text = false;
};

/// A tag name of at most 8 bytes as one number (its bytes in order from the lowest), so that
/// finding it in a table takes integer comparisons.
constexpr std::size_t k_max_packed_name = 8;
constexpr std::uint64_t packed_name(std::string_view name) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < name.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  return key;
}

/// Every name in the sets above with its kind, in a table addressed by a multiplicative hash
/// of the packed name with no two names in one slot: one probe a tag, and no branches to
/// mispredict on the way (this runs on every tag of the page).
struct NamedKind {
  std::uint64_t key = 0;  ///< 0 for an empty slot (no tag name packs to 0)
  TagKind kind;
};
constexpr std::size_t k_kind_slots = 512;
constexpr std::size_t kind_slot(std::uint64_t key, std::uint64_t multiplier) {
  return static_cast<std::size_t>((key * multiplier) >> 55);  // the top 9 bits: 0..511
}
constexpr auto k_named_kinds = [] {
  std::array<NamedKind, k_void.size() + k_self_closing_by_parser.size() + k_formatting.size() + k_raw_text.size()>
      names{};
  std::size_t n = 0;
  for (std::string_view name : k_void) names[n++] = {packed_name(name), {.is_void = true}};
  for (std::string_view name : k_self_closing_by_parser) names[n++] = {packed_name(name), {.closed_by_parser = true}};
  for (std::string_view name : k_formatting) names[n++] = {packed_name(name), {.formatting = true}};
  for (std::string_view name : k_raw_text) names[n++] = {packed_name(name), {.raw_text = true}};
  return names;
}();
/// The first multiplier (odd numbers drawn by a fixed linear congruential sequence) that puts
/// every name in a slot of its own; compilation fails if the search runs too long.
constexpr std::uint64_t k_kind_multiplier = [] {
  for (std::uint64_t draw = 0x9E3779B97F4A7C15ULL;; draw = draw * 6364136223846793005ULL + 1442695040888963407ULL) {
    std::uint64_t multiplier = draw | 1;
    std::array<bool, k_kind_slots> taken{};
    bool clash = false;
    for (const NamedKind& entry : k_named_kinds) {
      std::size_t slot = kind_slot(entry.key, multiplier);
      clash = clash || taken[slot];
      taken[slot] = true;
    }
    if (!clash) return multiplier;
  }
}();
constexpr auto k_kind_table = [] {
  std::array<NamedKind, k_kind_slots> table{};
  for (const NamedKind& entry : k_named_kinds) table[kind_slot(entry.key, k_kind_multiplier)] = entry;
  return table;
}();

TagKind kind_of(std::string_view name) {
  if (name.empty() || name.size() > k_max_packed_name) return {};  // longer than any name in the sets
  std::uint64_t key = packed_name(name);
  const NamedKind& entry = k_kind_table[kind_slot(key, k_kind_multiplier)];
  return entry.key == key ? entry.kind : TagKind{};
}

/// Lower-cases an attribute name into `out` (which holds k_max_read_name bytes); false when it
/// is longer than any name a stage reads.
constexpr std::size_t k_max_read_name = 12;
bool lower_name(std::string_view name, char* out) {
  if (name.size() > k_max_read_name) return false;
  // A fixed count (the rest zeroed): GCC 12 at -O3 sees writes past the buffer in the loop bounded by size.
  for (std::size_t i = 0; i < k_max_read_name; ++i) out[i] = i < name.size() ? lower(name[i]) : '\0';
  return true;
}

/// A style attribute can hide its element (is_hidden() looks for display:none and
/// visibility:hidden with spaces taken out, ASCII case ignored); any other style is unread. A
/// character reference might spell either word, so a value holding '&' is kept too.
bool may_hide(std::string_view value) {
  std::string squeezed;
  for (char c : value) {
    if (c == '&') return true;
    if (c != ' ') squeezed.push_back(lower(c));
  }
  return squeezed.find("display") != std::string::npos || squeezed.find("visibility") != std::string::npos;
}

/// Byte classes for copying text: white space, carriage return (white space the parser
/// folds with a following line feed), and the control characters written as spaces.
enum ByteClass : unsigned char { k_text = 0, k_space = 1, k_cr = 2, k_control = 3 };
constexpr std::array<unsigned char, 256> k_byte_class = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = k_control;
  table[0x7F] = k_control;
  table[' '] = table['\t'] = table['\n'] = table['\f'] = k_space;
  table['\r'] = k_cr;
  return table;
}();
unsigned char byte_class(char c) { return k_byte_class[static_cast<unsigned char>(c)]; }

/// The value of an attribute from its "=value" part as written (white space, '=', white space,
/// then the value, quoted or not); empty when it has none.
std::string_view attribute_value(std::string_view equals_value) {
  std::size_t at = equals_value.find('=');
  if (at == std::string_view::npos) return {};
  std::string_view value = equals_value.substr(at + 1);
  while (!value.empty() && is_html_space(value.front())) value.remove_prefix(1);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    return value.substr(1, value.size() - 2);
  return value;
}

/// Values shorter than this stay in the page: the one-byte stand-in saves Gumbo too little.
constexpr std::size_t k_min_held_value = 4;

/// Runs of text shorter than this stay in the page: the stand-in is one character to Gumbo (of
/// three bytes), and putting a run back costs its own look-ups (4 measured a little better
/// than 8 by instruction count on the benchmark pages).
constexpr std::size_t k_min_held_text = 4;

/// Attribute names that stand in the page as one letter, 'a' for the first: Gumbo reads a name
/// byte by byte too, and "class" is on most tags. None is one the parser adjusts in <svg> or
/// <math> (xlink:href, xml:lang...) or reads (type, encoding); a letter is no read name, so it
/// never meets another attribute of its name in a rebuilt tag.
constexpr std::array<std::string_view, 16> k_held_names = {
    "class", "id", "role", "style", "itemprop", "content", "property", "name", "rel", "src", "data-src",
    "aria-hidden", "datetime", "href", "title", "lang"};

/// For each name length, the first letters of k_held_names of that length (bit c - 'a'), so
/// that most names need no search.
constexpr auto k_held_starts = [] {
  std::array<std::uint32_t, 16> starts{};
  for (std::string_view name : k_held_names) starts[name.size()] |= std::uint32_t{1} << (name[0] - 'a');
  return starts;
}();

/// The place of `name` (lower case) in k_held_names, or k_held_names.size().
std::size_t held_name_index(std::string_view name) {
  if (name.empty() || name.size() >= k_held_starts.size() || name[0] < 'a' || name[0] > 'z' ||
      (k_held_starts[name.size()] >> (name[0] - 'a') & 1) == 0)
    return k_held_names.size();
  return static_cast<std::size_t>(std::find(k_held_names.begin(), k_held_names.end(), name) - k_held_names.begin());
}

/// What becomes of a kept attribute in a rebuilt tag (see Prescan::held_values).
struct HoldPlan {
  const char* name = nullptr;  ///< the name (of k_held_names) its one letter stands for, or null
  char letter = 0;
  bool hold_value = false;  ///< its value is held
  std::string_view value;   ///< as Gumbo would read it (when held)
  bool changes() const { return name != nullptr || hold_value; }
};

/// True when Gumbo reads the attribute value `value` (unquoted) as exactly its bytes: no
/// character reference, NUL or carriage return (which the parser folds), nothing the parser
/// turns into U+FFFD (C0 and C1 controls but tab, line feed and form feed; DEL; surrogates;
/// the noncharacters, here with all of U+FDC0..U+FDFF, U+FFC0..U+FFFF and the planes past the
/// first), and valid UTF-8.
enum ValueByte : unsigned char { k_as_written = 0, k_never_as_written = 1, k_multibyte = 2 };
constexpr std::array<unsigned char, 256> k_value_byte = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = k_never_as_written;
  table['\t'] = table['\n'] = table['\f'] = k_as_written;
  table['&'] = table[0x7F] = k_never_as_written;
  for (int c = 0x80; c < 0x100; ++c) table[static_cast<std::size_t>(c)] = k_multibyte;
  return table;
}();
bool reads_as_written(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto c = static_cast<unsigned char>(value[i]);
    unsigned char kind = k_value_byte[c];
    if (kind == k_as_written) continue;
    if (kind == k_never_as_written) return false;
    if (c < 0xC2 || c > 0xEF) return false;  // a stray continuation byte, an overlong lead, or past U+FFFF
    std::size_t length = c < 0xE0 ? 2 : 3;
    if (i + length > value.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(value[i + k]) & 0xC0) != 0x80) return false;
    auto next = static_cast<unsigned char>(value[i + 1]);
    if ((c == 0xC2 && next < 0xA0) || (c == 0xE0 && next < 0xA0) || (c == 0xED && next >= 0xA0) ||
        (c == 0xEF && (next == 0xB7 || next == 0xBF)))
      return false;
    i += length - 1;
  }
  return true;
}

/// True when a <link> whose rel attribute's "=value" part is `rel` may be one metadata reads:
/// rel="canonical" or rel="image_src" (or a value spelt with a character reference).
bool link_may_be_read(std::string_view rel) {
  std::string lowered;
  for (char c : rel) lowered.push_back(lower(c));
  return lowered.find_first_of('&') != std::string::npos || lowered.find("canonical") != std::string::npos ||
         lowered.find("image_src") != std::string::npos;
}

/// Start tags that leave the parser in the document's head (the standard's "in head" and
/// "in head noscript" insertion modes, and those before them); every other start tag, text
/// other than white space, and the end tags of head, body, html and br end the head.
constexpr std::array<std::string_view, 13> k_head_tags = {"html",     "head",    "base",   "basefont", "bgsound",
                                                          "link",     "meta",    "title",  "noscript", "noframes",
                                                          "style",    "script",  "template"};

/// Elements whose white space the parser keeps as written (and whose first line feed it drops).
bool keeps_white_space(std::string_view name) { return name == "pre" || name == "listing"; }

/// Elements that bound the standard's "has an element in scope": an end tag of a <pre> open
/// outside one of these is ignored, so the <pre> goes on past it.
constexpr std::array<std::string_view, 18> k_scope_bounds = {
    "applet", "caption", "html", "table",          "td",            "th",   "marquee", "object", "template",
    "mi",     "mo",      "mn",   "ms",             "mtext",         "desc", "title",   "svg",    "math"};

class Rewriter {
 public:
  Rewriter(std::string_view page, const PrescanOptions& options)
      : m_page(page),
        m_options(options),
        m_hold_text(options.drop_unread && options.hold_text && page.find(k_text_stand_in) == std::string_view::npos) {
    m_out.html.reserve(page.size() / 2);
  }

  Prescan run() {
    std::size_t pos = 0;
    while (pos < m_page.size()) {
      std::size_t lt = m_page.find('<', pos);
      if (lt == std::string_view::npos) lt = m_page.size();
      copy_text(pos, lt);
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
    for (const Prescan::HeldValue& held : m_held)
      m_out.held_values.push_back({m_out.html.size() + held.at, held.value, held.name});
    m_held.clear();
    m_out.html.append(tag);
    m_node_visible = m_node_ampersand = false;  // text after a tag starts a new text node
  }

  /// Appends text bytes [begin, end) of the page, with C0 control characters (but tab, line feed,
  /// form feed and carriage return) and DEL as spaces: Gumbo turns each into U+FFFD, noise in the
  /// article that no later stage can tell from a real replacement character. A space, not
  /// nothing: dropping them would join "<" and "\x01div>" into a tag (or "<!D\x04OCTYPE" into a
  /// DOCTYPE) this prescan never saw. Runs of white space become their first byte where that
  /// changes nothing (see may_fold_white_space()).
  void copy_text(std::size_t begin, std::size_t end) {
    if (m_in_head && head_white_space(begin, end)) return;
    copy_from(begin);
    std::size_t at = begin;
    while (at < end) {
      std::size_t plain = at;
      while (plain < end && byte_class(m_page[plain]) == k_text) {
        ++plain;
        // A lone space between words is copied as it is anyway: one append for the words of a
        // line rather than two for each word.
        if (plain + 1 < end && m_page[plain] == ' ' && byte_class(m_page[plain + 1]) == k_text) ++plain;
      }
      if (plain > at) {
        if (!m_node_visible) {
          // A character reference first in a node may stand for white space: Gumbo's offsets
          // of the text after it then count decoded characters, so the run after it stays.
          if (m_page[at] == '&') m_node_ampersand = true;
          else m_node_visible = true;
        }
        if (may_hold_text(at, plain)) hold_text(at, plain);
        else m_out.html.append(m_page.substr(at, plain - at));
        at = plain;
      }
      if (at == end) break;
      std::size_t run_end = at;
      bool carriage_return = false;
      for (; run_end < end && byte_class(m_page[run_end]) != k_text; ++run_end)
        if (m_page[run_end] == '\r') carriage_return = true;
      if (run_end - at > 1 && !carriage_return && may_fold_white_space(at)) {
        m_out.html.push_back(byte_class(m_page[at]) == k_control ? ' ' : m_page[at]);
        copy_from(run_end);
      } else {
        for (std::size_t i = at; i < run_end; ++i)
          m_out.html.push_back(byte_class(m_page[i]) == k_control ? ' ' : m_page[i]);
      }
      at = run_end;
    }
  }

  /// True when the run of words and single spaces at bytes [begin, end) of the page may stand
  /// in the output as k_text_stand_in (see PrescanOptions::hold_text): long enough to be worth
  /// it, in the tokenizer's data state (not in a CDATA section, nor in the bogus comment a
  /// '<' may open), and read by Gumbo as written.
  bool may_hold_text(std::size_t begin, std::size_t end) const {
    return m_hold_text && end - begin >= k_min_held_text && begin >= m_verbatim_until && begin >= m_no_hold_until &&
           reads_as_written(m_page.substr(begin, end - begin));
  }

  /// Appends the stand-in for the text at bytes [begin, end) of the page and holds the text.
  void hold_text(std::size_t begin, std::size_t end) {
    copy_from(begin);
    m_out.held_texts.push_back({m_out.html.size(), m_out.held_text.size(), end - begin});
    m_out.held_text.append(m_page.substr(begin, end - begin));
    m_out.html.append(k_text_stand_in);
    copy_from(end);
  }

  /// In the head, white space between tags is a text node of <head> that no stage reads (the
  /// parser ignores it before <head>): true when bytes [begin, end) are such white space, to
  /// be left out. Other text ends the head. A run holding a carriage return stays (see
  /// may_fold_white_space()).
  bool head_white_space(std::size_t begin, std::size_t end) {
    bool carriage_return = false;
    for (std::size_t at = begin; at < end; ++at) {
      unsigned char kind = byte_class(m_page[at]);
      if (kind == k_cr) carriage_return = true;
      else if (kind != k_space) {
        m_in_head = false;
        return false;
      }
    }
    return m_options.drop_unread && !carriage_return;
  }

  /// True when a run of white space at `at` may become its first byte: every stage folds white
  /// space (a run and one space read alike) but inside <pre> and <listing>, which this tracks
  /// as the parser would see them. Off inside a CDATA section (its text is the parser's, as
  /// written), and after a character reference that opens a text node. A run holding a
  /// carriage return stays: Gumbo counts "\r\n" as one character, and the offsets pith maps
  /// back to lines would move.
  bool may_fold_white_space(std::size_t at) const {
    return m_options.drop_unread && m_preformatted == 0 && !m_preformatted_unbounded && !m_node_ampersand &&
           at >= m_verbatim_until;
  }

  /// The tag to pass on for a start or end tag `name` whose markup is `raw`: the raw markup,
  /// cut after k_max_attributes, or rebuilt without the attributes no stage reads.
  std::string_view tag_to_copy(const std::string& name, TagKind kind, std::string_view raw, const TagExtent& extent,
                               bool closing) {
    std::size_t lt = m_tag_at;
    m_held.clear();
    if (!m_options.drop_unread || m_attributes.empty() || closing || lt < m_verbatim_until ||
        extent.name_end != lt + 1 + name.size() || reads_every_attribute(name, kind)) {
      if (extent.cut == std::string_view::npos) return raw;
      m_cut_tag.assign(m_page.substr(lt, extent.cut - lt));
      m_cut_tag.push_back('>');
      return m_cut_tag;
    }
    std::size_t kept_count = std::min(m_attributes.size(), k_max_attributes);
    // Which attributes a stage reads can hang on the class (a social embed's source) and, on a
    // <link>, on rel (metadata reads the target of rel="canonical" and rel="image_src" only).
    std::string_view class_value, rel_value;
    bool class_seen = false, rel_seen = false;
    char lowered[k_max_read_name];
    std::array<bool, k_max_attributes> keep;
    bool all_kept = extent.cut == std::string_view::npos;
    for (std::size_t i = 0; i < kept_count; ++i) {
      const Attribute& a = m_attributes[i];
      std::string_view attribute_name = m_page.substr(a.at, a.name_end - a.at);
      if ((attribute_name.size() != 5 && attribute_name.size() != 3) || !lower_name(attribute_name, lowered)) continue;
      std::string_view lowered_name(lowered, attribute_name.size());
      std::string_view value = m_page.substr(a.name_end, a.end - a.name_end);
      if (lowered_name == "class" && !std::exchange(class_seen, true)) class_value = value;
      if (lowered_name == "rel" && !std::exchange(rel_seen, true)) rel_value = value;
    }
    m_link_may_be_read = name == "link" && link_may_be_read(rel_value);
    bool may_rename = name != "html" && name != "body";
    for (std::size_t i = 0; i < kept_count; ++i) {
      const Attribute& a = m_attributes[i];
      std::string_view attribute_name = m_page.substr(a.at, a.name_end - a.at);
      std::string_view value = m_page.substr(a.name_end, a.end - a.name_end);
      keep[i] = lower_name(attribute_name, lowered) &&
                is_read(name, std::string_view(lowered, attribute_name.size()), value, class_value) &&
                !seen_before(i, attribute_name);
      if (keep[i]) m_plans[i] = plan_for(a, std::string_view(lowered, attribute_name.size()), may_rename);
      all_kept = all_kept && keep[i] && !m_plans[i].changes();
    }
    if (all_kept) return raw;
    m_cut_tag.assign(m_page.substr(lt, extent.name_end - lt));
    for (std::size_t i = 0; i < kept_count; ++i) {
      if (!keep[i]) continue;
      m_cut_tag.push_back(' ');
      append_attribute(m_attributes[i], m_plans[i]);
    }
    // "/" apart from the last value, which it would join if that is unquoted.
    if (extent.self_closing && extent.cut == std::string_view::npos) m_cut_tag += " /";
    m_cut_tag.push_back('>');
    return m_cut_tag;
  }

  /// The value of attribute `a` of the tag being handled when it is to be held out of the page
  /// (long enough to be worth it, read as written, and not one the parser reads), else empty.
  /// What becomes of kept attribute `a` (named `name`, lower case) of the tag being handled: a name of k_held_names
  /// stands as its one letter (not on <html> and <body>, whose attributes the parser merges
  /// by name with a later tag's, which may be written as is), and a value is held when Gumbo
  /// reads it as written and (under its own name) it is long enough to be worth it. Neither for
  /// <input type> and <annotation-xml encoding>, which the parser reads.
  HoldPlan plan_for(const Attribute& a, std::string_view name, bool may_rename) const {
    HoldPlan plan;
    if (name == "type" || name == "encoding") return plan;
    if (may_rename) {
      std::size_t index = held_name_index(name);
      if (index < k_held_names.size()) {
        plan.name = k_held_names[index].data();
        plan.letter = static_cast<char>('a' + index);
      }
    }
    plan.value = attribute_value(m_page.substr(a.name_end, a.end - a.name_end));
    plan.hold_value = (plan.name != nullptr || plan.value.size() >= k_min_held_value) && reads_as_written(plan.value);
    return plan;
  }

  /// Appends attribute `a` to m_cut_tag as `plan` (plan_for(a)) says: as written; as its
  /// name's letter, alone when the value is held, else with the value as written; or under its
  /// own name with the value "x" standing for the value held.
  void append_attribute(const Attribute& a, const HoldPlan& plan) {
    if (!plan.changes()) {
      m_cut_tag.append(m_page.substr(a.at, a.end - a.at));
      return;
    }
    std::size_t stand_in;
    if (plan.name != nullptr) {
      m_cut_tag.push_back(plan.letter);
      stand_in = m_cut_tag.size() - 1;
      if (!plan.hold_value) m_cut_tag.append(m_page.substr(a.name_end, a.end - a.name_end));
    } else {
      m_cut_tag.append(m_page.substr(a.at, a.name_end - a.at));
      m_cut_tag += "=x";
      stand_in = m_cut_tag.size() - 1;
    }
    std::size_t value = Prescan::k_value_as_parsed;
    if (plan.hold_value) {
      value = m_out.held_text.size();
      m_out.held_text.append(plan.value);
      m_out.held_text.push_back('\0');
    }
    m_held.push_back({stand_in, value, plan.name});
  }

  /// True when an earlier attribute of the tag has the same name (ASCII case ignored): the
  /// parser keeps the first and ignores the others.
  bool seen_before(std::size_t index, std::string_view attribute_name) const {
    for (std::size_t i = 0; i < index; ++i) {
      const Attribute& a = m_attributes[i];
      if (a.name_end - a.at != attribute_name.size()) continue;
      bool same = true;
      for (std::size_t j = 0; same && j < attribute_name.size(); ++j)
        same = lower(m_page[a.at + j]) == lower(attribute_name[j]);
      if (same) return true;
    }
    return false;
  }

  /// True when some stage reads attribute `attribute_name` (lower case) on element `tag`;
  /// `value` is the attribute's "=value" part as written, `class_value` the class's.
  bool is_read(std::string_view tag, std::string_view attribute_name, std::string_view value,
               std::string_view class_value) const {
    if (!is_read_attribute(attribute_name)) return false;
    if (attribute_name == "style") return may_hide(value);
    if (attribute_name == "href" || attribute_name == "xlink:href")
      return tag == "base" || (tag == "link" && m_link_may_be_read) || (tag == "a" && m_options.link_targets);
    if (attribute_name == "src" || attribute_name == "data-src" || attribute_name == "data")
      // is_social_embed() reads the source of an iframe, embed or object, and add_embed() that
      // of any element whose class names an embed (every such class holds a '-').
      return tag == "iframe" || tag == "embed" || tag == "object" ||
             class_value.find_first_of("-&") != std::string_view::npos;
    if (attribute_name == "name" || attribute_name == "property" || attribute_name == "http-equiv")
      return tag == "meta";
    if (attribute_name == "type") return tag == "input";
    if (attribute_name == "encoding") return tag == "annotation-xml";
    // hAtom's <abbr class="published" title="2019-03-05T10:15:00+01:00"> (Blogger).
    if (attribute_name == "title") return tag == "abbr";
    return true;
  }

  /// Elements whose attributes shape the tree: the parser tells formatting elements apart by
  /// all their attributes (the "Noah's Ark" clause), and builds an <isindex> out of its own.
  /// <a> is not among them: a new <a> closes the one before, so they never pile up.
  static bool reads_every_attribute(std::string_view name, TagKind kind) {
    return kind.formatting || name == "nobr" || name == "isindex";
  }

  /// Handles the markup starting at `lt`; returns where plain text resumes.
  std::size_t markup_at(std::size_t lt) {
    // Comments, DOCTYPEs and CDATA sections open "<!": one byte turns every tag away from them.
    bool bang = lt + 1 < m_page.size() && m_page[lt + 1] == '!';
    if (bang && m_page.compare(lt, 4, "<!--") == 0) return find_comment_end(m_page, lt);
    if (bang && at_ci(m_page, lt, "<!doctype")) return doctype_at(lt);
    if (bang && m_page.compare(lt, 9, "<![CDATA[") == 0) {
      // In <svg> or <math> a CDATA section is text as written; elsewhere a comment up to '>'.
      std::size_t close = m_page.find("]]>", lt);
      m_verbatim_until = std::max(m_verbatim_until, close == std::string_view::npos ? m_page.size() : close + 3);
    }
    bool closing = lt + 1 < m_page.size() && m_page[lt + 1] == '/';
    std::size_t name_at = lt + (closing ? 2 : 1);
    std::size_t name_end = name_at;
    while (name_end < m_page.size() && is_tag_name_char(m_page[name_end])) ++name_end;
    if (name_end == name_at || !std::isalpha(static_cast<unsigned char>(m_page[name_at]))) {
      // Not a tag ("a < b", "<!doctype", "<?xml"): the parser's rules for these need no help.
      // It may open a bogus comment, up to the next '>', where no text is held.
      std::size_t gt = m_page.find('>', lt);
      m_no_hold_until = std::max(m_no_hold_until, gt == std::string_view::npos ? m_page.size() : gt + 1);
      copy_from(lt);
      m_out.html.push_back('<');
      m_in_head = false;  // text, or a comment the parser reads there
      if (!m_node_visible) m_node_ampersand = true;  // text or a comment: keep what follows as it is
      return lt + 1;
    }
    std::string name;
    for (std::size_t i = name_at; i < name_end; ++i) name.push_back(lower(m_page[i]));
    TagExtent extent = scan_tag(m_page, name_at, m_attributes);
    // A tag the page ends inside is dropped by the parser (eof-in-tag); drop it here.
    if (!extent.closed) return m_page.size();
    std::size_t close = extent.end;
    m_tag_at = lt;
    std::string_view raw = m_page.substr(lt, close - lt);
    TagKind kind = kind_of(name);
    std::string_view tag = tag_to_copy(name, kind, raw, extent, closing);
    if (closing) {
      end_tag(name, kind, tag);
      return close;
    }
    return start_tag(name, kind, raw, tag, close);
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

  /// `raw` is the start tag as written (what decides how it is handled), `tag` what is passed on.
  std::size_t start_tag(const std::string& name, TagKind kind, std::string_view raw, std::string_view tag,
                        std::size_t after) {
    m_in_head = m_in_head && in(k_head_tags, name);
    if (name == "script" || name == "style") return drop_body(name, raw, tag, after);
    if (name == "plaintext") {  // everything after it is text
      copy_from(m_tag_at);
      m_out.html.append(m_page.substr(m_tag_at));
      return m_page.size();
    }
    if (kind.raw_text) {
      std::size_t end = find_end_tag(m_page, after, name);
      copy_tag(tag);
      copy_from(after);  // the tag may have been rebuilt shorter than it was written
      m_out.html.append(m_page.substr(after, end - after));
      return end;
    }
    // The parser ignores "/>" on an HTML element: a <pre/> is open, and keeps its white space.
    bool self_closed = raw.size() >= 2 && raw[raw.size() - 2] == '/' && !keeps_white_space(name);
    bool formatting = kind.formatting;
    if (kind.is_void || kind.closed_by_parser || self_closed) {
      if (m_elements >= k_max_elements) {
        if (!formatting) m_out.html.push_back(' ');
        ++m_out.dropped_tags;
        return after;
      }
      ++m_elements;
      if (m_in_head && m_options.drop_unread &&
          ((name == "meta" && !meta_is_read()) || (name == "link" && !link_may_be_read(first_value("rel"))))) {
        m_node_visible = m_node_ampersand = false;  // as after a tag: the text on is a node of its own
        m_content_seen = true;  // a DOCTYPE after it stays as stray as it was
        return after;
      }
      copy_tag(tag);
      return after;
    }
    if (m_open.size() >= m_options.max_depth || (formatting && m_formatting >= k_max_formatting) ||
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
    if (keeps_white_space(name)) ++m_preformatted;
    else if (m_preformatted > 0 && in(k_scope_bounds, name)) m_preformatted_unbounded = true;
    return after;
  }

  void end_tag(const std::string& name, TagKind kind, std::string_view tag) {
    if (name == "head" || name == "body" || name == "html" || name == "br") m_in_head = false;
    // Tags dropped for depth opened inside the kept ones, so they close first.
    auto dropped = m_dropped.empty() ? m_dropped.end() : m_dropped.find(name);
    if (dropped != m_dropped.end() && dropped->second > 0) {
      --dropped->second;
      if (!kind.formatting) m_out.html.push_back(' ');
      return;
    }
    if (kind.formatting && m_formatting > 0) --m_formatting;
    auto open = std::find(m_open.rbegin(), m_open.rend(), name);
    // Past the element cap, a stray end tag would make the parser create an element (</p> does).
    if (m_elements >= k_max_elements && open == m_open.rend()) {
      if (!kind.formatting) m_out.html.push_back(' ');
      return;
    }
    if (kind.is_void || kind.closed_by_parser) {  // never on the stack
      copy_tag(tag);
      return;
    }
    if (open != m_open.rend()) m_open.erase(std::prev(open.base()), m_open.end());
    copy_tag(tag);
    if (keeps_white_space(name) && m_preformatted > 0) --m_preformatted;
  }

  /// The "=value" part as written of the first attribute `lowered_name` of the tag being
  /// handled (the one the parser keeps), or an empty view.
  std::string_view first_value(std::string_view lowered_name) const {
    char lowered[k_max_read_name];
    for (const Attribute& a : m_attributes) {
      std::string_view attribute_name = m_page.substr(a.at, a.name_end - a.at);
      if (attribute_name.size() == lowered_name.size() && lower_name(attribute_name, lowered) &&
          std::string_view(lowered, attribute_name.size()) == lowered_name)
        return m_page.substr(a.name_end, a.end - a.name_end);
    }
    return {};
  }

  /// True when metadata may read the <meta> tag being handled: it names a <meta> of
  /// k_read_meta_names (by name, property or itemprop), has an itemprop (microdata, read by
  /// the page header too), declares the content language, or spells a name with a character
  /// reference.
  bool meta_is_read() const {
    char lowered[k_max_read_name];
    for (const Attribute& a : m_attributes) {
      std::string_view attribute_name = m_page.substr(a.at, a.name_end - a.at);
      if (!lower_name(attribute_name, lowered)) continue;
      std::string_view key(lowered, attribute_name.size());
      if (key == "itemprop") return true;
      if (key != "name" && key != "property" && key != "http-equiv") continue;
      std::string_view value = attribute_value(m_page.substr(a.name_end, a.end - a.name_end));
      if (value.find('&') != std::string_view::npos) return true;
      std::string lowered_value;
      for (char c : value) lowered_value.push_back(lower(c));
      if (key == "http-equiv" ? lowered_value == "content-language" : is_read_meta_name(lowered_value)) return true;
    }
    return false;
  }

  /// Keeps the script or style element but not its body; JSON-LD bodies go to metadata. In
  /// the head (but inside a <noscript>, which a script would close) the element goes too, with
  /// its end tag: no stage reads the head's scripts and styles.
  std::size_t drop_body(const std::string& name, std::string_view raw, std::string_view tag, std::size_t after) {
    std::size_t end = name == "script" ? find_script_end(m_page, after) : find_end_tag(m_page, after, name);
    std::string lowered(raw);
    for (char& c : lowered) c = lower(c);
    if (name == "script" && lowered.find("ld+json") != std::string::npos)
      m_out.json_ld.emplace_back(m_page.substr(after, end - after));
    if (m_in_head && m_options.drop_unread && std::find(m_open.begin(), m_open.end(), "noscript") == m_open.end()) {
      m_content_seen = true;  // a DOCTYPE after it stays as stray as it was
      m_node_visible = m_node_ampersand = false;
      if (end == m_page.size()) return end;
      std::vector<Attribute> end_tag_attributes;
      TagExtent end_tag = scan_tag(m_page, end + 2, end_tag_attributes);
      return end_tag.closed ? end_tag.end : m_page.size();
    }
    copy_tag(tag);
    return end;
  }

  std::string_view m_page;
  PrescanOptions m_options;
  Prescan m_out;
  std::vector<std::string> m_open;
  std::vector<Attribute> m_attributes;  ///< of the tag being handled
  std::string m_cut_tag;  ///< a tag with attributes cut off or left out
  /// Values held out of m_cut_tag: `at` counts from the tag's start until copy_tag() adds it.
  std::vector<Prescan::HeldValue> m_held;
  std::array<HoldPlan, k_max_attributes> m_plans;  ///< plan_for() each attribute kept
  std::size_t m_tag_at = 0;  ///< where the tag being handled starts in the page
  std::size_t m_formatting = 0;  ///< formatting elements opened and not yet closed
  std::size_t m_elements = 0;    ///< elements passed to the parser so far
  std::map<std::string, std::size_t> m_dropped;
  bool m_content_seen = false;  ///< output holds more than white space: a DOCTYPE now is stray
  /// <pre> and <listing> elements opened and not closed; and whether one of them may outlive
  /// its end tag (a table cell opened inside it bounds the end tag's scope).
  std::size_t m_preformatted = 0;
  bool m_preformatted_unbounded = false;
  /// The text node being copied has shown a byte other than white space; or it opened with
  /// '&' (or bytes that may not be text) before any.
  bool m_node_visible = false;
  bool m_node_ampersand = false;
  std::size_t m_verbatim_until = 0;  ///< end of the CDATA section being copied, if any
  bool m_link_may_be_read = false;   ///< the <link> being rebuilt may be rel="canonical" or "image_src"
  bool m_hold_text = false;          ///< runs of text are held (PrescanOptions::hold_text)
  std::size_t m_no_hold_until = 0;   ///< end of the bogus comment a '<' may open, if any
  /// The parser may still be in or before the document's head (see k_head_tags): white space
  /// there and <meta> tags metadata does not read are left out.
  bool m_in_head = true;
};

}  // namespace

namespace {

/// For each name length, the first letters of the read attributes of that length (bit c - 'a'):
/// most attributes of a page are no read one, and this turns them away before the search.
constexpr std::size_t k_max_read_length = 16;
constexpr auto k_read_starts = [] {
  std::array<std::uint32_t, k_max_read_length> starts{};
  for (std::string_view name : k_read_attributes) starts[name.size()] |= std::uint32_t{1} << (name[0] - 'a');
  return starts;
}();

}  // namespace

bool is_read_attribute(std::string_view name) {
  if (name.empty() || name.size() >= k_max_read_length || name[0] < 'a' || name[0] > 'z' ||
      (k_read_starts[name.size()] >> (name[0] - 'a') & 1) == 0)
    return false;
  return std::find(k_read_attributes.begin(), k_read_attributes.end(), name) != k_read_attributes.end();
}

namespace {

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
  for (Prescan::HeldValue& held : scan.held_values) held.at = new_place(held.at);  // never inside a reference
  for (Prescan::HeldText& held : scan.held_texts) held.at = new_place(held.at);
  html = std::move(out);
  scan.shifts = std::move(shifts);
}

}  // namespace

Prescan prescan(std::string_view page, const PrescanOptions& options) {
  Prescan out = Rewriter(page, options).run();
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
