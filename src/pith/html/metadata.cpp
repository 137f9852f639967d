// Metadata from tags and JSON-LD, in the order of trust: explicit article tags, then Open
// Graph, then generic tags, then what the page shows (byline, dateline, tag links).
#include "pith/html/metadata.h"

#include <simdjson.h>

#include <array>
#include <map>
#include <optional>

#include "pith/base/line_shape.h"
#include "pith/html/byline.h"
#include "pith/html/dateline.h"
#include "pith/html/language_tag.h"
#include "pith/html/meta_names.h"
#include "pith/html/page_header.h"
#include "pith/html/url.h"
#include "pith/html/vocabulary.h"
#include "pith/normalize/entities.h"

namespace pith::html {

namespace {

/// The most tags or categories kept, and the longest one: beyond that a "keyword" field is
/// a dump of search terms, not what the article is about.
constexpr std::size_t k_max_labels = 30;
constexpr std::size_t k_max_label_bytes = 80;

std::string collapse(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space) out.push_back(c);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// A metadata string as read (JSON-LD keeps references raw; a meta tag escaped twice keeps
/// them after the parser's pass): references decoded once, no-break spaces and runs of white
/// space made one space, trimmed.
std::string metadata_text(std::string_view raw) {
  std::string text(raw);
  decode_html_entities(text);
  std::string spaced;
  spaced.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool nbsp = text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    spaced.push_back(nbsp ? ' ' : text[i]);
    if (nbsp) ++i;
  }
  return collapse(spaced);
}

bool is_article_type(std::string_view type) {
  return type.ends_with("Article") || type == "BlogPosting" || type == "Report" || type == "LiveBlogPosting" ||
         type == "SocialMediaPosting" || type == "WebPage" || type == "Posting";
}

bool has_article_type(simdjson::dom::element object) {
  simdjson::dom::element type;
  if (object["@type"].get(type)) return false;
  std::string_view name;
  if (!type.get(name)) return is_article_type(name);
  simdjson::dom::array types;
  if (type.get(types)) return false;
  for (simdjson::dom::element t : types)
    if (!t.get(name) && is_article_type(name)) return true;
  return false;
}

/// A string, or the `inner` member ("name", "url") of an object, as `metadata_text`; "" otherwise.
std::string text_of(simdjson::dom::element value, const char* inner) {
  std::string_view text;
  if (!value.get(text)) return metadata_text(text);
  simdjson::dom::object object;
  if (!value.get(object) && !object[inner].get(text)) return metadata_text(text);
  return {};
}

/// Every string (or object's `inner` member) of field `key`, which may be one or an array.
std::vector<std::string> text_fields(simdjson::dom::element object, const char* key, const char* inner = "name") {
  std::vector<std::string> out;
  simdjson::dom::element value;
  if (object[key].get(value)) return out;
  simdjson::dom::array items;
  if (!value.get(items)) {
    for (simdjson::dom::element item : items) {
      std::string text = text_of(item, inner);
      if (!text.empty()) out.push_back(std::move(text));
    }
  } else {
    std::string text = text_of(value, inner);
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

/// A string field, or the "name" of an object field, or the first of an array of those.
std::string text_field(simdjson::dom::element object, const char* key, const char* inner = "name") {
  std::vector<std::string> all = text_fields(object, key, inner);
  return all.empty() ? std::string() : all[0];
}

/// Visits every object in `root` (arrays, @graph and nesting) without recursion.
template <class Visit>
void for_each_object(simdjson::dom::element root, Visit&& visit) {
  std::vector<simdjson::dom::element> stack{root};
  while (!stack.empty()) {
    simdjson::dom::element e = stack.back();
    stack.pop_back();
    simdjson::dom::array array;
    simdjson::dom::object object;
    if (!e.get(array)) {
      for (simdjson::dom::element item : array) stack.push_back(item);
    } else if (!e.get(object)) {
      if (visit(e)) return;
      for (auto field : object)
        if (field.value.is_array() || field.value.is_object()) stack.push_back(field.value);
    }
  }
}

/// Splits "a, b; c" into its labels.
void append_split(std::string_view text, std::vector<std::string>& out) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(",;", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view label = shape::trim(text.substr(start, end - start));
    if (!label.empty()) out.emplace_back(label);
    start = end + 1;
  }
}

JsonLdArticle article_of(simdjson::dom::element object) {
  JsonLdArticle article;
  article.headline = text_field(object, "headline");
  if (article.headline.empty()) article.headline = text_field(object, "name");
  article.authors = text_fields(object, "author");
  article.date_published = text_field(object, "datePublished");
  article.date_created = text_field(object, "dateCreated");
  article.date_modified = text_field(object, "dateModified");
  article.publisher = text_field(object, "publisher");
  article.description = text_field(object, "description");
  article.url = text_field(object, "url");
  article.image = text_field(object, "image", "url");
  article.language = text_field(object, "inLanguage");
  for (const std::string& keywords : text_fields(object, "keywords")) append_split(keywords, article.keywords);
  for (const std::string& sections : text_fields(object, "articleSection")) append_split(sections, article.sections);
  std::string_view body;
  if (!object["articleBody"].get(body)) article.article_body = std::string(body);
  return article;
}

/// The tags of <head> (and itemprop metas anywhere) that metadata comes from.
struct PageTags {
  std::map<std::string, std::string> meta;  ///< property/name/itemprop (lower case) → content
  std::vector<std::string> article_tags;      ///< every article:tag
  std::vector<std::string> article_sections;  ///< every article:section
  std::string title;
  std::string canonical;
  std::string image_src;  ///< <link rel="image_src">
  std::string base_href;  ///< <base href>
  std::string language;
  std::string content_language;  ///< <meta http-equiv="content-language">
  bool has_tag_links = false;    ///< some <a rel="tag"> or rel="category": worth mapping the body for
};

void read_tag(const GumboElement& el, PageTags& tags) {
  if (el.tag == GUMBO_TAG_META) {
    std::string_view content = attribute(el, "content");
    if (content.empty()) return;
    for (const char* key : {"property", "name", "itemprop"}) {
      std::string name = shape::lower_ascii(attribute(el, key));
      if (!is_read_meta_name(name)) continue;  // the prescan may have left such tags out
      std::string text = metadata_text(content);
      if (name == "article:tag") append_split(text, tags.article_tags);
      if (name == "article:section") append_split(text, tags.article_sections);
      tags.meta.emplace(name, std::move(text));
    }
    if (shape::equals_ci(attribute(el, "http-equiv"), "content-language") && tags.content_language.empty())
      tags.content_language = content;
  } else if (el.tag == GUMBO_TAG_LINK) {
    std::string rel = shape::lower_ascii(attribute(el, "rel"));
    if (rel == "canonical" && tags.canonical.empty()) tags.canonical = attribute(el, "href");
    if (rel == "image_src" && tags.image_src.empty()) tags.image_src = attribute(el, "href");
  } else if (el.tag == GUMBO_TAG_A && !tags.has_tag_links) {
    std::string rel = shape::lower_ascii(attribute(el, "rel"));
    tags.has_tag_links = rel.find("tag") != std::string::npos || rel.find("category") != std::string::npos;
  } else if (el.tag == GUMBO_TAG_BASE && tags.base_href.empty()) {
    tags.base_href = attribute(el, "href");
  } else if (el.tag == GUMBO_TAG_HTML && tags.language.empty()) {
    tags.language = attribute(el, "lang");
    if (tags.language.empty()) tags.language = attribute(el, "xml:lang");
  }
}

PageTags collect_tags(const GumboNode* root) {
  PageTags tags;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = node->v.element;
    read_tag(el, tags);
    if (el.tag == GUMBO_TAG_TITLE && tags.title.empty() && el.children.length > 0) {
      const auto* text = static_cast<const GumboNode*>(el.children.data[0]);
      if (text->type == GUMBO_NODE_TEXT) tags.title = metadata_text(text->v.text.text);
    }
    for (unsigned i = el.children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(el.children.data[i]));
  }
  return tags;
}

/// The first non-empty of the named meta tags.
std::string first_meta(const PageTags& tags, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = tags.meta.find(name);
    if (it != tags.meta.end() && !it->second.empty()) return it->second;
  }
  return {};
}

std::string first_of(std::initializer_list<std::string> values) {
  for (const std::string& value : values)
    if (!value.empty()) return value;
  return {};
}

/// `title` without a trailing " | Site Name" (or " - ", " – ", " — ", " :: "): the site is
/// metadata of its own, and the headline is what the title names.
std::string without_site_name(const std::string& title, const std::string& site) {
  if (site.empty() || title.size() <= site.size()) return title;
  if (shape::lower_ascii(title.substr(title.size() - site.size())) != shape::lower_ascii(site)) return title;
  std::string_view rest = std::string_view(title).substr(0, title.size() - site.size());
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  for (std::string_view separator : {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "::", "\xC2\xB7"}) {
    if (!rest.ends_with(separator)) continue;
    rest.remove_suffix(separator.size());
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    return rest.empty() ? title : std::string(rest);
  }
  return title;
}

/// The page's own URL: the first absolute one of canonical, og:url and JSON-LD's url (one
/// written percent-encoded whole is decoded), a relative one resolved against what is known
/// already (a record's URL); else what is known, perhaps nothing: a relative path alone is no
/// URL a user can load.
std::string page_url(const PageTags& tags, const JsonLdArticle& json_ld, const std::string& known) {
  std::string og_url = unescape_whole_url(first_meta(tags, {"og:url"}));
  std::string canonical = unescape_whole_url(tags.canonical);
  for (const std::string& candidate : {canonical, og_url, unescape_whole_url(json_ld.url)})
    if (is_web_url(candidate)) return resolve_url(candidate, candidate);
  for (const std::string& base : {og_url, known}) {
    std::string resolved = resolve_url(base, canonical);
    if (!resolved.empty()) return resolved;
  }
  return known;
}

/// Adds the names in `names` ("A; B") to `joined` that it does not hold yet.
void add_names(const std::string& names, std::string& joined) {
  std::size_t start = 0;
  while (start < names.size()) {
    std::size_t end = names.find("; ", start);
    if (end == std::string::npos) end = names.size();
    std::string name = names.substr(start, end - start);
    start = end + 2;
    if (shape::contains_ci(joined, shape::lower_ascii(name))) continue;
    if (!joined.empty()) joined += "; ";
    joined += name;
  }
}

/// Names from the declared author fields, normalised; people before organisations (a JSON-LD
/// author list of a reporter and the newsroom gives the reporter); "" when none reads as a name.
std::string declared_author(const PageTags& tags, const JsonLdArticle& json_ld) {
  std::string people, organisations;
  for (const std::string& author : json_ld.authors) {
    bool person = false;
    std::string names = normalize_author(author, AuthorSource::declared, &person);
    add_names(names, person ? people : organisations);
  }
  if (!people.empty()) return people;
  for (const char* name : {"author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author"}) {
    auto it = tags.meta.find(name);
    if (it == tags.meta.end()) continue;
    bool person = false;
    std::string names = normalize_author(it->second, AuthorSource::declared, &person);
    if (person) return names;
    if (organisations.empty()) organisations = names;
  }
  return organisations;
}

/// The first of the named meta tags, then of `others`, that reads as a date, as ISO 8601: a
/// placeholder in one tag ("0001-01-01") gives way to the next.
std::string first_date(const PageTags& tags, std::initializer_list<const char*> names,
                       std::initializer_list<std::string> others, DateOrder order) {
  auto read = [&](const std::string& value) {
    std::string date = normalize_iso_date(value);
    return date.empty() && !value.empty() ? parse_date(value, order) : date;
  };
  for (const char* name : names) {
    auto it = tags.meta.find(name);
    std::string date = it == tags.meta.end() ? std::string() : read(it->second);
    if (!date.empty()) return date;
  }
  for (const std::string& value : others) {
    std::string date = read(value);
    if (!date.empty()) return date;
  }
  return {};
}

/// `labels` trimmed, without duplicates (ignoring case), empty ones and overlong ones.
std::vector<std::string> tidy_labels(const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  std::vector<std::string> keys;
  for (const std::string& label : labels) {
    std::string text = collapse(shape::trim(label));
    std::string key = shape::key(text);
    if (key.empty() || text.size() > k_max_label_bytes || out.size() >= k_max_labels) continue;
    bool seen = false;
    for (const std::string& k : keys) seen = seen || k == key;
    if (seen) continue;
    keys.push_back(key);
    out.push_back(std::move(text));
  }
  return out;
}

std::vector<std::string> split_labels(const std::string& text) {
  std::vector<std::string> out;
  append_split(text, out);
  return out;
}

}  // namespace

JsonLdArticle parse_json_ld(const std::vector<std::string>& scripts) {
  simdjson::dom::parser parser;
  for (const std::string& script : scripts) {
    simdjson::dom::element root;
    if (parser.parse(script).get(root)) continue;
    JsonLdArticle found;
    bool have = false;
    for_each_object(root, [&](simdjson::dom::element object) {
      if (!has_article_type(object)) return false;
      JsonLdArticle article = article_of(object);
      // A WebPage wrapper is a weaker match than the article it may contain.
      if (!have || (found.article_body.empty() && !article.article_body.empty())) {
        found = std::move(article);
        have = true;
      }
      return !found.article_body.empty();
    });
    if (have) return found;
  }
  return {};
}

void read_metadata(const GumboNode* root, const JsonLdArticle& json_ld, Metadata& meta) {
  PageTags tags = collect_tags(root);
  meta.title = first_of({first_meta(tags, {"og:title", "twitter:title"}), json_ld.headline, tags.title});
  meta.site_name = first_of({first_meta(tags, {"og:site_name", "application-name"}), json_ld.publisher});
  meta.title = without_site_name(meta.title, meta.site_name);
  meta.url = page_url(tags, json_ld, meta.url);
  meta.hostname = url_hostname(meta.url);
  for (const std::string& language : {tags.language, first_meta(tags, {"og:locale"}), tags.content_language,
                                      first_meta(tags, {"language", "dc.language"}), json_ld.language}) {
    meta.language = normalize_language_tag(language);
    if (!meta.language.empty()) break;
  }
  meta.description = first_of({first_meta(tags, {"og:description", "description", "twitter:description"}),
                               json_ld.description});

  // What the page shows is read only when what it declares says nothing.
  meta.author = declared_author(tags, json_ld);
  DateOrder order = date_order_for(meta.language);
  meta.date = first_date(tags,
                         {"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
                          "publish-date", "publishdate", "sailthru.date", "parsely-pub-date"},
                         {json_ld.date_published, json_ld.date_created}, order);
  // The body is mapped only when a byline, a dateline or tag links are looked for.
  std::optional<PageHeader> mapped;
  auto header = [&]() -> const PageHeader& {
    if (!mapped) mapped = map_page_header(root, meta.title);
    return *mapped;
  };
  if (meta.author.empty()) meta.author = find_byline(header());
  if (meta.date.empty()) meta.date = find_dateline(header(), order);
  if (meta.date.empty()) meta.date = date_in_url(meta.url);
  if (meta.date.empty())
    meta.date = first_date(tags, {"article:modified_time", "og:updated_time", "datemodified"},
                           {json_ld.date_modified}, order);

  std::string base = is_web_url(meta.url) ? meta.url : std::string();
  if (!tags.base_href.empty()) base = first_of({resolve_url(base, tags.base_href), base});
  for (const std::string& image : {first_meta(tags, {"og:image", "og:image:url", "og:image:secure_url",
                                                     "twitter:image", "twitter:image:src"}),
                                   json_ld.image, tags.image_src, first_meta(tags, {"image", "thumbnailurl"})}) {
    meta.image = resolve_url(base, image);
    if (!meta.image.empty()) break;
  }

  std::vector<std::string> declared_tags = tags.article_tags;
  declared_tags.insert(declared_tags.end(), json_ld.keywords.begin(), json_ld.keywords.end());
  if (declared_tags.empty() && tags.has_tag_links) declared_tags = find_tag_links(header(), false);
  if (declared_tags.empty()) declared_tags = split_labels(first_meta(tags, {"news_keywords", "keywords"}));
  meta.tags = tidy_labels(declared_tags);
  std::vector<std::string> categories = tags.article_sections;
  categories.insert(categories.end(), json_ld.sections.begin(), json_ld.sections.end());
  if (categories.empty() && tags.has_tag_links) categories = find_tag_links(header(), true);
  meta.categories = tidy_labels(categories);
}

}  // namespace pith::html
