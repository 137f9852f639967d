// The vocabularies: class/id/role tokens that name page furniture, and the tag sets.
#include "pith/html/vocabulary.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "pith/base/line_shape.h"

namespace pith::html {

namespace {

/// `set` sorted, at compile time, for binary search.
template <std::size_t N>
constexpr std::array<std::string_view, N> sorted(std::array<std::string_view, N> set) {
  std::sort(set.begin(), set.end());
  return set;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted_set, std::string_view token) {
  return std::binary_search(sorted_set.begin(), sorted_set.end(), token);
}

/// Tokens that name furniture around an article on news sites and blogs in general. Matched as
/// whole tokens of class/id/role (split at spaces, '-', '_' and camelCase), so "ad" never
/// matches "header" or "shadow".
constexpr std::array<std::string_view, 64> k_boilerplate_tokens_list = {
    "share",      "sharing",    "shares",       "sharebar",   "social",     "socials",      "related",
    "promo",      "promotion",  "promoted",     "newsletter", "newsletters", "subscribe",   "subscription",
    "sponsor",    "sponsored",  "ad",           "ads",        "advert",     "advertisement", "adslot",
    "adunit",     "cookie",     "cookies",      "consent",    "gdpr",       "paywall",      "breadcrumb",
    "breadcrumbs", "sidebar",   "widget",       "widgets",    "footer",     "menu",         "nav",
    "navbar",     "navigation", "toolbar",      "popup",      "modal",      "recommended",  "recommendations",
    "trending",   "popular",    "outbrain",     "taboola",    "recirculation", "signup",    "banner",
    "masthead",   "complementary", "tags", "byline", "timestamp", "author", "meta", "prev", "previous",
    "next", "prevnext", "pager", "pagination",
    // the reply box and reply links of a comment section, which are no comment's text
    "respond", "reply"};
constexpr auto k_boilerplate_tokens = sorted(k_boilerplate_tokens_list);

/// Token starts that name consent boxes: "cookie-banner" splits into tokens, "cookiebanner",
/// "CookieConsent" or "consentmanager" do not; and the consent-management platforms whose
/// names their plug-ins put in every class ("cmplz-", "onetrust-", "CybotCookiebot...").
constexpr std::array<std::string_view, 11> k_consent_prefixes = {
    "cookie", "consent", "gdpr", "cmplz", "onetrust", "usercentrics", "didomi", "borlabs", "cybot", "iubenda",
    "truste"};

/// The first letters of k_consent_prefixes (bit c - 'a'), to turn most tokens away at once.
constexpr std::uint32_t k_consent_starts = [] {
  std::uint32_t starts = 0;
  for (std::string_view prefix : k_consent_prefixes) starts |= std::uint32_t{1} << (prefix[0] - 'a');
  return starts;
}();

bool may_name_consent(std::string_view token) {
  return !token.empty() && token[0] >= 'a' && token[0] <= 'z' && (k_consent_starts >> (token[0] - 'a') & 1) != 0;
}

constexpr std::array<std::string_view, 5> k_comment_tokens_list = {"comment", "comments", "disqus",
                                                               "discussion", "replies"};
constexpr auto k_comment_tokens = sorted(k_comment_tokens_list);

/// A figure's caption by its usual names, a legend ("legenda" in Italian and Polish) among them.
constexpr std::array<std::string_view, 7> k_caption_tokens_list = {"caption", "captions", "credit", "credits",
                                                               "figcaption", "legend", "legenda"};
constexpr auto k_caption_tokens = sorted(k_caption_tokens_list);

/// Readability's long-tested hints, as tokens: where the body usually sits...
constexpr std::array<std::string_view, 14> k_positive_tokens_list = {
    "article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "storybody",
    "articlebody", "prose", "richtext"};
constexpr auto k_positive_tokens = sorted(k_positive_tokens_list);
/// ...and what usually sits beside it.
constexpr std::array<std::string_view, 16> k_negative_tokens_list = {
    "hidden", "banner", "combx", "contact", "foot", "footnote", "masthead", "media", "meta",
    "scroll", "shoutbox", "skyscraper", "shopping", "tool", "byline", "author"};
constexpr auto k_negative_tokens = sorted(k_negative_tokens_list);

/// Hosts of embedded posts and players; an iframe from elsewhere is dropped without a report.
constexpr std::array<std::string_view, 14> k_embed_hosts = {
    "youtube.", "youtu.be", "vimeo.", "twitter.", "x.com/", "instagram.", "facebook.", "tiktok.",
    "spotify.", "soundcloud.", "dailymotion.", "reddit.", "flickr.", "pinterest."};

constexpr std::array<std::string_view, 8> k_embed_classes = {
    "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video", "reddit-card",
    "bluesky-embed"};

template <std::size_t N>
bool starts_with_any(const std::array<std::string_view, N>& prefixes, std::string_view token) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view prefix) { return token.starts_with(prefix); });
}

/// True when the class attribute `classes` holds the class name `name` (exactly).
bool has_class(std::string_view classes, std::string_view name) {
  for (std::size_t at = classes.find(name); at != std::string_view::npos; at = classes.find(name, at + 1)) {
    bool starts = at == 0 || classes[at - 1] == ' ' || classes[at - 1] == '\t' || classes[at - 1] == '\n';
    std::size_t end = at + name.size();
    bool ends = end == classes.size() || classes[end] == ' ' || classes[end] == '\t' || classes[end] == '\n';
    if (starts && ends) return true;
  }
  return false;
}

/// `token` without a plural "s" ("banners", "sidebars"), or itself when it has none.
std::string_view singular(std::string_view token) {
  return token.size() > 3 && token.back() == 's' && token[token.size() - 2] != 's' ? token.substr(0, token.size() - 1)
                                                                                   : token;
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
/// The ASCII white space that separates the class names of a class attribute.
bool is_class_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_lower(c) || is_upper(c) || (c >= '0' && c <= '9'); }

/// Calls `visit` with each lower-cased token of `value`, without allocating. A token longer
/// than any vocabulary word is handed on cut to that length: only its start (a consent
/// platform's prefix) can still match.
template <class Visit>
void for_each_token(std::string_view value, Visit&& visit) {
  constexpr std::size_t k_max_token = 24;
  char token[k_max_token];
  std::size_t length = 0;
  auto emit = [&] {
    if (length > 0) visit(std::string_view(token, length));
    length = 0;
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (!is_alnum(c)) {
      emit();
      continue;
    }
    if (is_upper(c) && i > 0 && is_lower(value[i - 1])) emit();
    if (length < k_max_token) token[length++] = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  emit();
}

template <class Visit>
void for_each_attribute_token(const GumboElement& element, Visit&& visit) {
  // Class names that hook scripts ("js-truncate-related-to-my-size") name a behaviour, not
  // what the element is.
  std::string_view classes = attribute(element, "class");
  // WordPress names a post's categories and tags in its classes ("category-popular",
  // "tag-social-media"); beside "hentry" those words are topics, not what the element is.
  bool post_classes = has_class(classes, "hentry") || has_class(classes, "type-post");
  int index = 0;  // the class name's place in the attribute, handed to `visit` with each token
  for (std::size_t start = 0; start < classes.size();) {
    // A loop, not find_first_of(), which searches the set of five for each byte.
    std::size_t end = start;
    while (end < classes.size() && !is_class_separator(classes[end])) ++end;
    std::string_view name = classes.substr(start, end - start);
    start = end + 1;
    bool script_hook = name.size() > 3 && (name[0] == 'j' || name[0] == 'J') && (name[1] == 's' || name[1] == 'S') &&
                       (name[2] == '-' || name[2] == '_');
    bool topic = post_classes && (shape::starts_with_ci(name, "category-") || shape::starts_with_ci(name, "tag-"));
    // Page builders call every block of a page a widget ("elementor-widget-text-editor").
    bool builder = shape::starts_with_ci(name, "elementor-");
    if (!script_hook && !topic && !builder) for_each_token(name, [&](std::string_view token) { visit(token, index); });
    ++index;
  }
  auto not_a_class = [&](std::string_view token) { visit(token, -1); };
  // A heading's id is an anchor made from its words ("what-we-do-next"), not a name.
  if (!(element.tag >= GUMBO_TAG_H1 && element.tag <= GUMBO_TAG_H6)) for_each_token(attribute(element, "id"), not_a_class);
  for_each_token(attribute(element, "role"), not_a_class);
}

bool contains_ci(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return (is_upper(a) ? static_cast<char>(a - 'A' + 'a') : a) == b;
  });
  return it != text.end();
}

/// The first attribute of `element` named `name` (lower case), or null. Gumbo lower-cases the
/// names of HTML attributes as it reads them (only some of SVG's and MathML's get capitals
/// back, none that a stage reads), so an exact comparison finds what gumbo_get_attribute()
/// would, without a case-blind comparison with each attribute of every element asked.
const GumboAttribute* find_attribute(const GumboElement& element, std::string_view name) {
  const GumboVector& attributes = element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    const char* candidate = attr->name;
    std::size_t at = 0;
    while (at < name.size() && candidate[at] == name[at]) ++at;
    if (at == name.size() && candidate[at] == '\0') return attr;
  }
  return nullptr;
}

}  // namespace

std::string_view attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attr = find_attribute(element, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

namespace {

/// Every vocabulary word with what it says, sorted for one binary search a token.
struct TokenVerdict {
  std::string_view token;
  Verdict verdict;
  constexpr bool operator<(const TokenVerdict& other) const { return token < other.token; }
};

constexpr auto k_token_verdicts = [] {
  std::array<TokenVerdict, k_boilerplate_tokens.size() + k_comment_tokens.size() + k_caption_tokens.size()> table{};
  std::size_t n = 0;
  for (std::string_view token : k_boilerplate_tokens) table[n++] = {token, Verdict::boilerplate};
  for (std::string_view token : k_comment_tokens) table[n++] = {token, Verdict::comments};
  for (std::string_view token : k_caption_tokens) table[n++] = {token, Verdict::caption};
  std::sort(table.begin(), table.end());
  return table;
}();

/// For each token length, the first letters of the vocabulary words of that length (bit c - 'a'):
/// most tokens of a page's classes are no vocabulary word, and this turns them away before
/// the binary search. (A word of 16 letters or more, or not starting a-z, fails to compile.)
constexpr std::size_t k_max_verdict_token = 16;
constexpr auto k_verdict_starts = [] {
  std::array<std::uint32_t, k_max_verdict_token> starts{};
  for (const TokenVerdict& entry : k_token_verdicts)
    starts[entry.token.size()] |= std::uint32_t{1} << (entry.token[0] - 'a');
  return starts;
}();

bool may_be_vocabulary_word(std::string_view token) {
  if (token.empty() || token.size() >= k_max_verdict_token || token[0] < 'a' || token[0] > 'z') return false;
  return (k_verdict_starts[token.size()] >> (token[0] - 'a') & 1) != 0;
}

Verdict lookup_verdict(std::string_view token) {
  if (!may_be_vocabulary_word(token)) return Verdict::neutral;
  auto it = std::lower_bound(k_token_verdicts.begin(), k_token_verdicts.end(), TokenVerdict{token, Verdict::neutral});
  return it != k_token_verdicts.end() && it->token == token ? it->verdict : Verdict::neutral;
}

/// What one token says, boilerplate before comments before captions.
Verdict token_verdict(std::string_view token) {
  Verdict verdict = lookup_verdict(token);
  if (verdict == Verdict::neutral && singular(token) != token) verdict = lookup_verdict(singular(token));
  if (verdict != Verdict::boilerplate && token.size() >= 4 && may_name_consent(token) &&
      starts_with_any(k_consent_prefixes, token))
    verdict = Verdict::boilerplate;
  return verdict;
}

int rank(Verdict verdict) {
  switch (verdict) {
    case Verdict::boilerplate: return 3;
    case Verdict::comments: return 2;
    case Verdict::caption: return 1;
    case Verdict::neutral: return 0;
  }
  return 0;
}

/// The verdict of `element`'s tokens, with the token that decided it when `decider` is given:
/// the strongest any token gives, but an element whose first telling class name says comment
/// is a comment, whatever later class names say (WordPress marks the post author's own
/// comments "comment-author-NAME").
Verdict judge_tokens(const GumboElement& element, std::string* decider) {
  Verdict verdict = Verdict::neutral, first_class = Verdict::neutral;
  std::string first_class_token;
  int class_name = -1;  // index of the class name the token is in; -1 for id and role
  for_each_attribute_token(element, [&](std::string_view token, int name_index) {
    Verdict said = token_verdict(token);
    if (said == Verdict::neutral) return;
    if (name_index >= 0 && (first_class == Verdict::neutral || name_index == class_name) && rank(said) > rank(first_class)) {
      first_class = said;
      first_class_token.assign(token);
      class_name = name_index;
    }
    if (rank(said) > rank(verdict)) {
      verdict = said;
      if (decider) decider->assign(token);
    }
  });
  if (first_class == Verdict::comments && verdict == Verdict::boilerplate) {
    if (decider) *decider = first_class_token;
    return Verdict::comments;
  }
  return verdict;
}

}  // namespace

Verdict verdict_by_attributes(const GumboElement& element) { return judge_tokens(element, nullptr); }

bool names_consent_box(const GumboElement& element) {
  bool consent = false;
  for_each_attribute_token(element, [&](std::string_view token, int) {
    consent = consent || (may_name_consent(token) && starts_with_any(k_consent_prefixes, token));
  });
  return consent;
}

std::string verdict_token(const GumboElement& element) {
  std::string token;
  judge_tokens(element, &token);
  return token;
}

void visit_attribute_tokens(const GumboElement& element, const std::function<void(std::string_view)>& visit) {
  for_each_attribute_token(element, [&](std::string_view token, int) { visit(token); });
}

int class_weight(const GumboElement& element) {
  bool positive = false, negative = false;
  for_each_attribute_token(element, [&](std::string_view token, int) {
    if (contains(k_positive_tokens, token)) positive = true;
    if (contains(k_negative_tokens, token) || contains(k_boilerplate_tokens, token) ||
        contains(k_comment_tokens, token))
      negative = true;
  });
  return (positive ? 1 : 0) - (negative ? 1 : 0);
}

bool is_never_content_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      return false;
  }
}

bool is_phrasing_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SMALL: case GUMBO_TAG_TIME: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE:
    case GUMBO_TAG_SUP: case GUMBO_TAG_SUB: case GUMBO_TAG_MARK: case GUMBO_TAG_CODE: case GUMBO_TAG_Q:
    case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_FONT:
      return true;
    default:
      return false;
  }
}

bool is_social_embed(const GumboElement& element) {
  std::string_view cls = attribute(element, "class");
  // One lower-cased copy searched for each class, rather than a case-blind scan per class:
  // this runs on every element of the page. Every embed class holds a '-'. The copy sits on
  // the stack when the attribute is short, as nearly all are.
  if (cls.find('-') != std::string_view::npos) {
    constexpr std::size_t k_short_class = 256;
    std::array<char, k_short_class> buffer;
    std::string long_copy;
    char* lowered = buffer.data();
    if (cls.size() > k_short_class) {
      long_copy.resize(cls.size());
      lowered = long_copy.data();
    }
    for (std::size_t i = 0; i < cls.size(); ++i) lowered[i] = is_upper(cls[i]) ? static_cast<char>(cls[i] - 'A' + 'a') : cls[i];
    std::string_view lowered_view(lowered, cls.size());
    for (std::string_view embed : k_embed_classes)
      if (lowered_view.find(embed) != std::string_view::npos) return true;
  }
  // A block whose own class is the post's kind ("tweet"), as newsletter platforms render an
  // embedded post in their own markup; a phrasing element so named is a share button's label.
  if (!is_phrasing_tag(element.tag) && (has_class(cls, "tweet") || has_class(cls, "Tweet"))) return true;
  if (element.tag != GUMBO_TAG_IFRAME && element.tag != GUMBO_TAG_EMBED && element.tag != GUMBO_TAG_OBJECT)
    return false;
  std::string_view src = attribute(element, "src");
  if (src.empty()) src = attribute(element, "data-src");
  if (src.empty()) src = attribute(element, "data");
  for (std::string_view host : k_embed_hosts)
    if (contains_ci(src, host)) return true;
  return false;
}

bool is_hidden(const GumboElement& element) {
  if (find_attribute(element, "hidden")) return true;
  if (attribute(element, "aria-hidden") == "true") return true;
  std::string style;
  for (char c : attribute(element, "style"))
    if (c != ' ') style.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool is_article_marker(const GumboElement& element) {
  if (element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN) return true;
  if (attribute(element, "role") == "main") return true;
  std::string_view itemprop = attribute(element, "itemprop");
  return contains_ci(itemprop, "articlebody") || contains_ci(itemprop, "maincontentofpage");
}

}  // namespace pith::html
