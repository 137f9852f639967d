// Byline and dateline search: one walk maps the body, the headline anchors it, and candidates
// are ranked by how far (in characters of text) they sit from the headline.
#include "pith/html/page_header.h"

#include <algorithm>
#include <array>
#include <limits>

#include "pith/base/line_shape.h"
#include "pith/html/byline.h"
#include "pith/html/dom.h"
#include "pith/html/vocabulary.h"

namespace pith::html {

namespace {

/// Class, id and role tokens of the page's furniture, where names and dates belong to other
/// stories, to commenters or to the site: sidebars, rivers of latest stories, related and
/// recommended lists, comments, navigation.
constexpr auto k_furniture_tokens = std::to_array<std::string_view>({
    "sidebar", "rail", "related", "recommended", "recommendations", "recirculation", "trending", "popular",
    "mostread", "latest", "river", "widget", "widgets", "nav", "navigation", "menu", "navbar", "comment", "comments",
    "disqus", "discussion", "respond", "replies", "reply", "newsletter", "outbrain", "taboola", "carousel", "slider",
    "ticker", "breadcrumb", "breadcrumbs", "cookie", "consent", "modal", "popup", "ad", "ads", "advert",
    "advertisement", "sponsored", "complementary", "kommentar", "kommentare", "leserkommentare", "commentaire",
    "commentaires", "reaction", "reactions", "comentario", "comentarios", "commento", "commenti", "reacties",
    "reactie"});

/// Tokens of teasers for other stories, which some sites also use for the article's own
/// header parts ("c-teaser__meta" beside the <h1>): furniture unless beside the headline.
constexpr auto k_teaser_tokens = std::to_array<std::string_view>({
    "teaser", "teasers", "promo", "feed", "more"});

/// Tokens of the site's own header and footer: furniture unless inside the article.
constexpr auto k_chrome_tokens =
    std::to_array<std::string_view>({
    "header", "masthead", "footer", "banner", "contentinfo", "topbar"});

/// Class and id tokens of byline elements.
constexpr auto k_byline_tokens =
    std::to_array<std::string_view>({
    "byline", "byl", "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "writer",
    "creator", "reporter"});
/// Tokens of an author's bio box, avatar or links: the name may be there, but so is much else.
constexpr auto k_not_byline_tokens = std::to_array<std::string_view>({
    "bio", "biography", "description", "desc", "avatar", "image", "img", "photo", "picture", "pic", "thumb",
    "thumbnail", "social", "follow", "twitter", "email", "mail", "title", "role", "position", "job", "posts"});

/// Class and id tokens of date elements, and of an update's date.
constexpr auto k_date_tokens = std::to_array<std::string_view>({
    "date", "dateline", "datetime", "time", "timestamp", "published", "publish", "publication", "pubdate", "posted",
    "datum", "fecha", "byline", "meta", "info", "dates"});
constexpr auto k_update_tokens =
    std::to_array<std::string_view>({
    "updated", "modified", "update", "lastmod", "aktualisiert", "edited"});

/// A textual byline or dateline is looked for this many characters of text after the
/// headline (a standfirst and a caption fit) and before it (a kicker).
constexpr std::size_t k_after_window = 1200;
constexpr std::size_t k_before_window = 400;
/// A paragraph this long is the article's prose; a byline or dateline line comes before the
/// second one after the headline (the first may be a standfirst), not among the body's.
constexpr std::size_t k_prose_paragraph_chars = 100;
constexpr std::size_t k_max_prose_before_line = 1;
/// A byline line is at most this long; a dateline line, a date element, at most these.
constexpr std::size_t k_max_byline_chars = 150;
constexpr std::size_t k_max_dateline_chars = 80;
constexpr std::size_t k_max_date_element_chars = 200;
/// An author element longer than this is a box (bio, links): its name is read from inside it.
constexpr std::size_t k_max_author_chars = 100;
/// Ranks: past the window, and an update's date, come after everything in it.
constexpr std::size_t k_far = 1'000'000;

/// What an element's class, id and role tokens say, for the searches below: one pass over
/// the tokens per element.
enum TokenFlag : std::uint8_t {
  k_furniture = 1,
  k_chrome = 2,
  k_teaser = 4,
  k_byline = 8,
  k_not_byline = 16,
  k_date = 32,
  k_update = 64,
  k_published = 128,
};

/// Every token of the lists above with its flags, sorted for binary search: elements have
/// many tokens, and most are in no list.
struct TokenTable {
  std::vector<std::pair<std::string_view, std::uint8_t>> entries;

  TokenTable() {
    auto add = [&](const auto& list, std::uint8_t flag) {
      for (std::string_view token : list) entries.emplace_back(token, flag);
    };
    add(k_furniture_tokens, k_furniture);
    add(k_chrome_tokens, k_chrome);
    add(k_teaser_tokens, k_teaser);
    add(k_byline_tokens, k_byline);
    add(k_not_byline_tokens, k_not_byline);
    add(k_date_tokens, k_date);
    add(k_update_tokens, k_update);
    add(std::to_array<std::string_view>({"published", "pubdate"}), k_published);
    std::sort(entries.begin(), entries.end());
    // One entry per token, its flags merged ("published" is a date token and a published one).
    std::vector<std::pair<std::string_view, std::uint8_t>> merged;
    for (const auto& entry : entries) {
      if (!merged.empty() && merged.back().first == entry.first) merged.back().second |= entry.second;
      else merged.push_back(entry);
    }
    entries = std::move(merged);
    for (const auto& entry : entries) {
      std::string_view token = entry.first;
      if (token.size() >= starts.size() || token[0] < 'a' || token[0] > 'z') all_pass = true;
      else starts[token.size()] |= std::uint32_t{1} << (token[0] - 'a');
    }
  }

  /// For each token length, the first letters of the entries of that length (bit c - 'a'):
  /// most tokens of a page's classes are in no list, and this turns them away before the
  /// search. `all_pass` when some entry does not fit the scheme.
  std::array<std::uint32_t, 32> starts{};
  bool all_pass = false;

  std::uint8_t flags(std::string_view token) const {
    if (!all_pass && (token.empty() || token.size() >= starts.size() || token[0] < 'a' || token[0] > 'z' ||
                      (starts[token.size()] >> (token[0] - 'a') & 1) == 0))
      return 0;
    auto it = std::lower_bound(entries.begin(), entries.end(), token,
                               [](const auto& entry, std::string_view t) { return entry.first < t; });
    return it != entries.end() && it->first == token ? it->second : 0;
  }
};

std::uint8_t token_flags(const GumboElement& el) {
  if (el.attributes.length == 0) return 0;  // no class, id or role: no token
  static const TokenTable table;
  std::uint8_t flags = 0;
  visit_attribute_tokens(el, [&](std::string_view token) { flags |= table.flags(token); });
  return flags;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT: return true;
    default: return false;
  }
}

/// True when the space-separated `value` holds `word` (ASCII case ignored).
bool has_word(std::string_view value, std::string_view word) {
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find(' ', start);
    if (end == std::string_view::npos) end = value.size();
    if (shape::equals_ci(value.substr(start, end - start), word)) return true;
    start = end + 1;
  }
  return false;
}

/// The title of a blog entry as hAtom marks it ("entry-title": Blogger's and WordPress's
/// themes). (Microformats2's "p-name" also names people in an h-card, so it is not read.)
bool is_entry_title(const GumboElement& el) {
  std::string_view classes = attribute(el, "class");
  return !classes.empty() && has_word(classes, "entry-title");
}

/// An element that holds one entry's header and footer: <article>, <main>, or a blog post as
/// hAtom ("hentry") and microformats2 ("h-entry") mark it. Inside one, "header" and "footer"
/// classes are the entry's own (Blogger's "post-footer" holds the post's date).
bool holds_entry(const GumboElement& el) {
  if (el.tag == GUMBO_TAG_ARTICLE || el.tag == GUMBO_TAG_MAIN) return true;
  std::string_view classes = attribute(el, "class");
  return !classes.empty() && (has_word(classes, "hentry") || has_word(classes, "h-entry"));
}

/// A text read for a byline or a date visits at most this many nodes: enough for any real
/// byline, and a bound on the work a page of thousands of nested elements can cause.
constexpr std::size_t k_max_text_nodes = 256;

/// The text of an element's subtree, white space folded, cut off after `max_bytes`. Two
/// elements side by side with no text between are separate spans ("<span>Houzz
/// Deutschland</span><span>vor 3 Tagen</span>"): a space keeps their words apart.
std::string element_text(const GumboElement& element, std::size_t max_bytes) {
  std::string out;
  std::vector<const GumboNode*> stack;
  for (unsigned i = element.children.length; i-- > 0;)
    stack.push_back(static_cast<const GumboNode*>(element.children.data[i]));
  for (std::size_t visited = 0; !stack.empty() && out.size() < max_bytes && visited < k_max_text_nodes; ++visited) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboNode* before = node->index_within_parent > 0 && node->parent
                                  ? static_cast<const GumboNode*>(
                                        node->parent->v.element.children.data[node->index_within_parent - 1])
                                  : nullptr;
    if (node->type == GUMBO_NODE_ELEMENT && before && before->type == GUMBO_NODE_ELEMENT && !out.empty() &&
        out.back() != ' ')
      out.push_back(' ');
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      for (const char* c = node->v.text.text; *c; ++c) {
        if (!is_space(*c)) out.push_back(*c);
        else if (!out.empty() && out.back() != ' ') out.push_back(' ');
      }
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = node->v.element;
      if (skipped_tag(el.tag) || is_hidden(el)) continue;
      // Block boundaries and <br> separate words ("Anna Schmidt<br>5 March 2024").
      if ((is_block_tag(el.tag) || el.tag == GUMBO_TAG_BR) && !out.empty() && out.back() != ' ') out.push_back(' ');
      for (unsigned i = el.children.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(el.children.data[i]));
    }
  }
  return std::string(shape::trim(out));
}

class HeaderMapper {
 public:
  PageHeader map(const GumboNode* root, std::string_view title) {
    walk(find_body(root));
    // Before the headline is known, furniture by tag and tokens alone, inherited downwards.
    m_provisional.resize(m_header.elements.size());
    for (std::size_t i = 0; i < m_header.elements.size(); ++i) {
      int parent = m_header.elements[i].parent;
      m_provisional[i] =
          own_furniture(static_cast<int>(i), false) || (parent >= 0 && m_provisional[static_cast<std::size_t>(parent)]);
    }
    find_headline(title);
    settle_furniture();
    return std::move(m_header);
  }

 private:
  void walk(const GumboNode* body) {
    struct Frame {
      const GumboNode* node;
      int exit_index;
      bool entry = false;  ///< on leaving: the element holds an entry (holds_entry())
    };
    std::vector<Frame> stack{{body, -1}};
    std::vector<int> open;
    int article_depth = 0;  // open <article>, <main> and hAtom/microformats2 entries
    std::vector<int> articles;
    while (!stack.empty()) {
      Frame frame = stack.back();
      stack.pop_back();
      if (frame.exit_index >= 0) {
        HeaderElement& element = at(frame.exit_index);
        element.text_chars = m_text - element.text_before;
        element.end = static_cast<int>(m_header.elements.size());
        GumboTag tag = element.element->tag;
        if (tag == GUMBO_TAG_P && element.text_chars >= k_prose_paragraph_chars) ++m_prose;
        if (frame.entry) --article_depth;
        if (tag == GUMBO_TAG_ARTICLE) articles.pop_back();
        open.pop_back();
        continue;
      }
      const GumboNode* node = frame.node;
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        m_text += visible_chars(node->v.text.text);
        continue;
      }
      if (node->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& el = node->v.element;
      if (skipped_tag(el.tag) || is_hidden(el)) continue;
      int index = static_cast<int>(m_header.elements.size());
      HeaderElement element;
      element.element = &el;
      element.parent = open.empty() ? -1 : open.back();
      element.text_before = m_text;
      element.prose_before = m_prose;
      if (el.tag == GUMBO_TAG_ARTICLE) articles.push_back(index);
      element.article = articles.empty() ? -1 : articles.back();
      element.tokens = token_flags(el);
      // An <aside> inside an <article> is often the article's own meta box (author, date).
      bool strict = el.tag == GUMBO_TAG_NAV || el.tag == GUMBO_TAG_MENU ||
                    (el.tag == GUMBO_TAG_ASIDE && articles.empty()) ||
                    (el.tag != GUMBO_TAG_ARTICLE && el.tag != GUMBO_TAG_MAIN && el.tag != GUMBO_TAG_BODY &&
                     (element.tokens & k_furniture));
      // A class that names a date as well ("date-header", Blogger's heading over each day's
      // posts) is the date's element, not the site's header.
      bool chrome_tokens = (element.tokens & k_chrome) && !(element.tokens & (k_date | k_published | k_update));
      bool chrome = article_depth == 0 && (el.tag == GUMBO_TAG_HEADER || el.tag == GUMBO_TAG_FOOTER || chrome_tokens);
      m_header.elements.push_back(element);
      m_strict.push_back(strict);
      m_chrome.push_back(chrome);
      m_teaser.push_back(!strict && (element.tokens & k_teaser));
      bool entry = holds_entry(el);
      if (entry) ++article_depth;
      open.push_back(index);
      stack.push_back({node, index, entry});
      for (unsigned i = el.children.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(el.children.data[i]), -1});
    }
  }

  /// True when element `i` is furniture by its own tag or tokens. A wrapper that holds the
  /// headline, or most of the page's text, is not ("layout has-sidebar" around everything).
  bool own_furniture(int i, bool chrome_too) const {
    std::size_t index = static_cast<std::size_t>(i);
    const HeaderElement& element = m_header.elements[index];
    int headline = m_header.headline;
    if (m_teaser[index] && chrome_too && headline >= 0) {
      int parent = m_header.elements[static_cast<std::size_t>(headline)].parent;
      int grandparent = parent >= 0 ? m_header.elements[static_cast<std::size_t>(parent)].parent : -1;
      if (element.parent != parent && element.parent != grandparent && !(headline >= i && headline < element.end))
        return true;
    }
    if (!m_strict[index] && !(chrome_too && m_chrome[index])) return false;
    if (headline >= i && headline < element.end) return false;
    return element.text_chars * 2 <= m_header.elements[0].text_chars;
  }

  void find_headline(std::string_view title) {
    std::string title_key = shape::key(title);
    int first_h1 = -1, itemprop_headline = -1;
    for (int i = 0; i < static_cast<int>(m_header.elements.size()); ++i) {
      const GumboElement& el = *at(i).element;
      bool h1 = el.tag == GUMBO_TAG_H1;
      // Microdata's headline, and hAtom's entry title.
      bool itemprop = has_word(attribute(el, "itemprop"), "headline") || is_entry_title(el);
      if (!h1 && !itemprop) continue;
      std::string key = shape::key(element_text(el, 400));
      if (key.empty()) continue;
      // A headline repeats the title, or opens it ("Headline: subtitle", "Headline | Site"); an
      // entry title may also end it ("Blog name: Entry title"), the blog's name in an <h1>.
      constexpr std::size_t k_min_prefix = 12;
      bool matches =
          !title_key.empty() && (key == title_key || (key.size() >= k_min_prefix && title_key.starts_with(key)) ||
                                 (title_key.size() >= k_min_prefix && key.starts_with(title_key)));
      if (matches && h1 && key != title_key && entry_title_ends(title_key, i)) matches = false;
      // Only an entry title may match the title's end: a site's name ends most titles
      // ("Headline – Site"), and themes mark it up as a headline too (itemprop="headline").
      bool entry_ends_title = !h1 && is_entry_title(el) && title_key.ends_with(key) && key.size() < title_key.size();
      if (matches || entry_ends_title) {
        m_header.headline = i;
        return;
      }
      if (m_provisional[static_cast<std::size_t>(i)]) continue;
      if (h1 && first_h1 < 0) first_h1 = i;
      if (itemprop && itemprop_headline < 0) itemprop_headline = i;
    }
    m_header.headline = first_h1 >= 0 ? first_h1 : itemprop_headline;
  }

  /// True when an entry title after element `before` ends `title_key`: the page's title is
  /// "Site: Entry", and the <h1> that opens it names the site.
  bool entry_title_ends(const std::string& title_key, int before) const {
    for (int i = before + 1; i < static_cast<int>(m_header.elements.size()); ++i) {
      const GumboElement& el = *m_header.elements[static_cast<std::size_t>(i)].element;
      if (!is_entry_title(el)) continue;
      std::string key = shape::key(element_text(el, 400));
      if (!key.empty() && key.size() < title_key.size() && title_key.ends_with(key)) return true;
    }
    return false;
  }

  /// Furniture inherited downwards; what sits below each element totalled upwards (children
  /// follow their parent in the table, so one pass each way).
  void settle_furniture() {
    for (std::size_t i = 0; i < m_header.elements.size(); ++i) {
      HeaderElement& element = m_header.elements[i];
      element.furniture =
          own_furniture(static_cast<int>(i), true) || (element.parent >= 0 && at(element.parent).furniture);
      const GumboElement& el = *element.element;
      element.is_time = (el.tag == GUMBO_TAG_TIME && !attribute(el, "datetime").empty()) ||
                        has_word(attribute(el, "itemprop"), "datePublished");
    }
    for (std::size_t i = m_header.elements.size(); i-- > 1;) {
      const HeaderElement& element = m_header.elements[i];
      if (element.parent < 0) continue;
      HeaderElement& parent = at(element.parent);
      parent.holds_furniture = parent.holds_furniture || element.furniture || element.holds_furniture;
      parent.holds_time = parent.holds_time || element.is_time || element.holds_time;
    }
  }

  HeaderElement& at(int index) { return m_header.elements[static_cast<std::size_t>(index)]; }

  PageHeader m_header;
  std::vector<bool> m_strict, m_chrome, m_teaser, m_provisional;
  std::size_t m_text = 0;
  std::size_t m_prose = 0;
};

/// Where candidates may be and how far they are from the headline.
class Scope {
 public:
  explicit Scope(const PageHeader& header) : m_header(header) {
    int count = 0;
    for (std::size_t i = 0; i < header.elements.size(); ++i)
      if (header.elements[i].element->tag == GUMBO_TAG_ARTICLE) {
        ++count;
        if (m_next_article < 0 && header.headline >= 0 && static_cast<int>(i) > header.headline &&
            !header.elements[i].furniture)
          m_next_article = static_cast<int>(i);
      }
    m_articles = count;
    if (header.headline >= 0) m_headline_article = at(header.headline).article;
  }

  /// True when element `i` can hold the article's own byline or dateline; some pages put
  /// the date inside the headline's element, never the byline (`inside_headline`).
  bool eligible(int i, bool inside_headline = false) const {
    const HeaderElement& element = at(i);
    if (element.furniture) return false;
    int headline = m_header.headline;
    if (headline >= 0 && i <= headline && element.end > headline) return false;  // the headline or around it
    if (headline >= 0 && i > headline && i < at(headline).end && !inside_headline) return false;
    if (m_headline_article >= 0) return element.article == m_headline_article;
    if (element.article < 0) return true;
    // No article holds the headline: the one that follows it is the story; others are teasers.
    if (headline >= 0) return element.article == m_next_article;
    return m_articles == 1;
  }

  /// Characters of text between the headline and element `i` (0 when no headline), and
  /// whether `i` comes before the headline.
  std::size_t distance(int i, bool* before) const {
    *before = false;
    int headline = m_header.headline;
    const HeaderElement& element = at(i);
    if (headline < 0) return element.text_before;
    const HeaderElement& h = at(headline);
    if (i > headline) {
      std::size_t headline_end = h.text_before + h.text_chars;
      return element.text_before > headline_end ? element.text_before - headline_end : 0;
    }
    *before = true;
    std::size_t element_end = element.text_before + element.text_chars;
    return h.text_before > element_end ? h.text_before - element_end : 0;
  }

  /// The rank of a candidate at `i`: its distance, doubled before the headline; `window_only`
  /// candidates past the window are out (max), others are ranked after all in it.
  std::size_t rank(int i, bool window_only) const {
    bool before = false;
    std::size_t d = distance(i, &before);
    bool in_window = before ? d <= k_before_window : d <= k_after_window && prose_after_headline(i) <= k_max_prose_before_line;
    if (!in_window && window_only) return std::numeric_limits<std::size_t>::max();
    std::size_t r = before ? 2 * d + 50 : d;
    return in_window ? r : k_far + r;
  }

  const HeaderElement& at(int i) const { return m_header.elements[static_cast<std::size_t>(i)]; }
  int size() const { return static_cast<int>(m_header.elements.size()); }

  /// Paragraphs of prose that closed between the headline's end and element `i`.
  std::size_t prose_after_headline(int i) const {
    int headline = m_header.headline;
    if (headline < 0) return at(i).prose_before;
    int after = at(headline).end;
    std::size_t at_end = after < size() ? at(after).prose_before : at(i).prose_before;
    return at(i).prose_before > at_end ? at(i).prose_before - at_end : 0;
  }

 private:
  const PageHeader& m_header;
  int m_headline_article = -1;
  int m_next_article = -1;
  int m_articles = 0;
};

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool is_author_markup(const GumboElement& el) {
  return has_word(attribute(el, "rel"), "author") || has_word(attribute(el, "itemprop"), "author") ||
         has_word(attribute(el, "itemprop"), "creator");
}

bool is_byline_element(const HeaderElement& element) {
  return (element.tokens & k_byline) && !(element.tokens & k_not_byline);
}

/// The name an author element gives: its text, or for a box its itemprop="name" inside.
std::string author_markup_name(const Scope& scope, int i) {
  const HeaderElement& element = scope.at(i);
  if (element.text_chars <= k_max_author_chars)
    return normalize_author(element_text(*element.element, 400), AuthorSource::declared);
  for (int j = i + 1; j < element.end; ++j)
    if (has_word(attribute(*scope.at(j).element, "itemprop"), "name") && scope.at(j).text_chars <= k_max_author_chars)
      return normalize_author(element_text(*scope.at(j).element, 400), AuthorSource::declared);
  return {};
}

/// A link this long names a story (a headline), not its author: "Mary Clare Jalonick" is a
/// name, "Bridge to be repaired next spring" a story.
constexpr std::size_t k_story_link_chars = 25;
constexpr std::size_t k_story_link_words = 4;

/// Elements with more below them than this are containers, not a byline or a dateline.
constexpr int k_max_candidate_elements = 64;

bool small_subtree(const HeaderElement& element, int i) { return element.end - i <= k_max_candidate_elements; }

/// True when element `i` is, or sits in, a list item holding a link to another story
/// ("<li><a>Bridge to be repaired next spring</a> <span class=author>By Klaus Weber</span></li>"):
/// that story's byline or date, in a list of them, whatever the list's classes are called.
bool beside_other_story(const Scope& scope, int i) {
  constexpr int k_levels = 4;
  int item = i;
  for (int level = 0; level < k_levels && item >= 0 && scope.at(item).element->tag != GUMBO_TAG_LI; ++level)
    item = scope.at(item).parent;
  if (item < 0 || scope.at(item).element->tag != GUMBO_TAG_LI || !small_subtree(scope.at(item), item)) return false;
  for (int j = item + 1; j < scope.at(item).end; ++j) {
    const HeaderElement& link = scope.at(j);
    if (link.element->tag != GUMBO_TAG_A || is_author_markup(*link.element)) continue;
    if (link.text_chars >= k_story_link_chars && shape::word_count(element_text(*link.element, 400)) >= k_story_link_words)
      return true;
  }
  return false;
}

/// True when element `i` is part of an embedded post ("A post shared by Adam Ondra"): looked
/// up only for candidates, as embeds are rare and the test is not free.
bool inside_embed(const Scope& scope, int i) {
  constexpr int k_levels = 8;
  for (int level = 0; level < k_levels && i >= 0; ++level, i = scope.at(i).parent)
    if (is_social_embed(*scope.at(i).element)) return true;
  return false;
}

/// The best candidate so far; at one rank the later, which is the deeper (elements nest in
/// document order): the name's own element rather than the box around it.
struct Best {
  int index = -1;
  std::size_t rank = std::numeric_limits<std::size_t>::max();
  void offer(int i, std::size_t r) {
    if (r <= rank) index = i, rank = r;
  }
};

/// Joins the names of author markup under `group` (several authors linked one by one), or
/// "" when there is none.
std::string names_under(const Scope& scope, int group) {
  std::string out;
  for (int j = group; j < scope.at(group).end; ++j) {
    if (!is_author_markup(*scope.at(j).element)) continue;
    std::string name = author_markup_name(scope, j);
    if (name.empty() || shape::contains_ci(out, shape::lower_ascii(name))) continue;
    if (!out.empty()) out += "; ";
    out += name;
    j = scope.at(j).end - 1;  // an author element inside this one names the same person
  }
  return out;
}

}  // namespace

std::vector<std::string> find_tag_links(const PageHeader& header, bool categories) {
  Scope scope(header);
  std::vector<std::string> out;
  for (int i = 0; i < scope.size(); ++i) {
    const GumboElement& el = *scope.at(i).element;
    if (el.tag != GUMBO_TAG_A) continue;
    std::string_view rel = attribute(el, "rel");
    bool category = has_word(rel, "category");
    if ((categories ? !category : (category || !has_word(rel, "tag"))) || !scope.eligible(i)) continue;
    std::string text = element_text(el, 200);
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

PageHeader map_page_header(const GumboNode* root, std::string_view title) { return HeaderMapper().map(root, title); }

std::string find_byline(const PageHeader& header) {
  Scope scope(header);
  Best markup, textual;
  for (int i = 0; i < scope.size(); ++i) {
    const HeaderElement& element = scope.at(i);
    if (element.text_chars == 0 || !scope.eligible(i)) continue;
    const GumboElement& el = *element.element;
    if (is_author_markup(el) || is_byline_element(element)) {
      if (!beside_other_story(scope, i)) markup.offer(i, scope.rank(i, false));
    } else if (element.text_chars <= k_max_byline_chars && !is_heading(el.tag)) {
      // Without a headline to anchor it, a line is a byline only when its first word says so.
      BywordPlace place = header.headline >= 0 ? BywordPlace::after_lead_in : BywordPlace::first;
      std::size_t rank = scope.rank(i, true);
      if (rank != std::numeric_limits<std::size_t>::max() && rank <= textual.rank && !element.holds_furniture && small_subtree(element, i) &&
          opens_with_byword(element_text(el, 400), place) && !beside_other_story(scope, i) &&
          !inside_embed(scope, i))
        textual.offer(i, rank);
    }
  }
  // The nearer of the two first: a byline element far from the headline must not beat a
  // "By" line right under it.
  const Best& nearer = textual.rank < markup.rank ? textual : markup;
  const Best& farther = &nearer == &textual ? markup : textual;
  for (const Best& best : {nearer, farther}) {
    if (best.index < 0) continue;
    // Widen to the byline that holds the best element ("By <a>A</a> and <a>B</a>").
    int group = best.index;
    for (int level = 0; level < 3 && scope.at(group).parent >= 0; ++level) {
      int parent = scope.at(group).parent;
      const HeaderElement& up = scope.at(parent);
      if (!scope.eligible(parent) || up.text_chars > k_max_byline_chars) break;
      if (!is_byline_element(up) && !opens_with_byword(element_text(*up.element, 400))) break;
      group = parent;
    }
    std::string names = names_under(scope, group);
    // The group's text, else the element's alone (a name beside a bio in an author box).
    for (int i : {group, best.index}) {
      if (!names.empty()) break;
      const GumboElement& el = *scope.at(i).element;
      names = normalize_author(element_text(el, 400),
                               is_author_markup(el) ? AuthorSource::declared : AuthorSource::visible);
    }
    if (!names.empty()) return names;
  }
  return {};
}

std::string find_dateline(const PageHeader& header, DateOrder order) {
  Scope scope(header);
  std::size_t best_rank = std::numeric_limits<std::size_t>::max();
  std::string best_date;
  // Ranks are doubled so that, at one distance, a machine-readable datetime beats the text
  // beside it ("<time datetime=...>Dienstag, 01. Februar 2022 12:10</time>").
  int current = -1;  // the element whose date is offered
  auto offer = [&](std::size_t rank, bool from_text, const std::string& date) {
    std::size_t r = rank * 2 + (from_text ? 1 : 0);
    if (date.empty() || r >= best_rank || beside_other_story(scope, current)) return;
    best_rank = r;
    best_date = date;
  };
  auto read = [&](std::string_view value) {
    std::string date = normalize_iso_date(value);
    return date.empty() ? parse_date(value, order) : date;
  };
  for (int i = 0; i < scope.size(); ++i) {
    const HeaderElement& element = scope.at(i);
    if (!scope.eligible(i, true)) continue;
    current = i;
    const GumboElement& el = *element.element;
    std::string_view itemprop = attribute(el, "itemprop");
    bool published =
        has_word(itemprop, "datePublished") || has_word(itemprop, "dateCreated") || (element.tokens & k_published);
    bool update = has_word(itemprop, "dateModified") || (element.tokens & k_update);
    std::size_t penalty = update && !published ? k_far * 2 : 0;
    bool short_text = element.text_chars > 0 && element.text_chars <= k_max_date_element_chars;
    if (el.tag == GUMBO_TAG_TIME || published || has_word(itemprop, "dateModified") ||
        (update && el.tag == GUMBO_TAG_ABBR)) {
      std::size_t rank = scope.rank(i, false) + penalty;
      std::string_view value = attribute(el, "datetime");
      if (value.empty()) value = attribute(el, "content");
      // hAtom's value in a title: <abbr class="published" title="2019-03-05T10:15:00+01:00">.
      if (value.empty() && el.tag == GUMBO_TAG_ABBR) value = attribute(el, "title");
      if (!value.empty()) offer(rank, false, read(value));
      if (short_text) offer(rank, true, read(element_text(el, 400)));
    } else if (element.holds_time || !small_subtree(element, i)) {
      continue;  // the <time> inside says it better than the text around it
    } else if (short_text && (element.tokens & k_date)) {
      offer(scope.rank(i, false) + penalty, true, parse_date(element_text(el, 400), order));
    } else if (element.text_chars > 0 && element.text_chars <= k_max_dateline_chars) {
      std::size_t rank = scope.rank(i, true);
      if (rank != std::numeric_limits<std::size_t>::max())
        offer(rank + penalty, true, parse_date(element_text(el, 400), order));
    }
  }
  return best_date;
}

}  // namespace pith::html
