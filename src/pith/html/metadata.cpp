// Metadata from tags and JSON-LD, in the order of trust: explicit article tags, then Open
// Graph, then generic tags.
#include "pith/html/metadata.h"

#include <simdjson.h>

#include <array>
#include <map>

#include "pith/base/line_shape.h"
#include "pith/html/vocabulary.h"

namespace pith::html {

namespace {

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

/// A string field, or the "name" of an object field, or the first of an array of those.
std::string text_field(simdjson::dom::element object, const char* key) {
  simdjson::dom::element value;
  if (object[key].get(value)) return {};
  simdjson::dom::array items;
  if (!value.get(items)) {
    if (items.size() == 0 || items.at(0).get(value)) return {};
  }
  std::string_view text;
  if (!value.get(text)) return collapse(text);
  simdjson::dom::object object_value;
  if (!value.get(object_value) && !object_value["name"].get(text)) return collapse(text);
  return {};
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

JsonLdArticle article_of(simdjson::dom::element object) {
  JsonLdArticle article;
  article.headline = text_field(object, "headline");
  if (article.headline.empty()) article.headline = text_field(object, "name");
  article.author = text_field(object, "author");
  article.date_published = text_field(object, "datePublished");
  article.publisher = text_field(object, "publisher");
  article.description = text_field(object, "description");
  article.url = text_field(object, "url");
  std::string_view body;
  if (!object["articleBody"].get(body)) article.article_body = std::string(body);
  return article;
}

/// The tags of <head> (and itemprop metas anywhere) that metadata comes from.
struct PageTags {
  std::map<std::string, std::string> meta;  ///< property/name/itemprop (lower case) → content
  std::string title;
  std::string canonical;
  std::string language;
  std::string time_datetime;
};

void read_tag(const GumboElement& el, PageTags& tags) {
  if (el.tag == GUMBO_TAG_META) {
    std::string_view content = attribute(el, "content");
    if (content.empty()) return;
    for (const char* key : {"property", "name", "itemprop"}) {
      std::string name = shape::lower_ascii(attribute(el, key));
      if (!name.empty()) tags.meta.emplace(name, collapse(content));
    }
  } else if (el.tag == GUMBO_TAG_LINK) {
    if (shape::lower_ascii(attribute(el, "rel")) == "canonical" && tags.canonical.empty())
      tags.canonical = attribute(el, "href");
  } else if (el.tag == GUMBO_TAG_TIME && tags.time_datetime.empty()) {
    tags.time_datetime = attribute(el, "datetime");
  } else if (el.tag == GUMBO_TAG_HTML && tags.language.empty()) {
    tags.language = attribute(el, "lang");
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
      if (text->type == GUMBO_NODE_TEXT) tags.title = collapse(text->v.text.text);
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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

std::string iso_date(std::string_view date) {
  while (!date.empty() && date.front() == ' ') date.remove_prefix(1);
  if (date.size() < 10) return {};
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(date[i])) return {};
  if (date[4] != '-' || date[7] != '-') return {};
  std::size_t end = 10;
  while (end < date.size() && date[end] != ' ' && date[end] != '"') ++end;
  return std::string(date.substr(0, end));
}

void read_metadata(const GumboNode* root, const JsonLdArticle& json_ld, Metadata& meta) {
  PageTags tags = collect_tags(root);
  meta.title = first_of({first_meta(tags, {"og:title", "twitter:title"}), json_ld.headline, tags.title});
  std::string author = first_meta(tags, {"author", "article:author", "byl", "parsely-author", "dc.creator"});
  if (author.starts_with("http")) author.clear();  // article:author is often a profile URL
  meta.author = first_of({json_ld.author, author});
  meta.date = iso_date(first_of({first_meta(tags, {"article:published_time", "datepublished", "date",
                                                   "dc.date", "pubdate", "publish-date", "sailthru.date"}),
                                 json_ld.date_published, tags.time_datetime}));
  meta.site_name = first_of({first_meta(tags, {"og:site_name", "application-name"}), json_ld.publisher});
  meta.title = without_site_name(meta.title, meta.site_name);
  meta.url = first_of({tags.canonical, first_meta(tags, {"og:url"}), json_ld.url});
  meta.language = tags.language;
  meta.description = first_of({first_meta(tags, {"og:description", "description", "twitter:description"}),
                               json_ld.description});
}

}  // namespace pith::html
