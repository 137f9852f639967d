// Page metadata: <title>, <meta> (Open Graph, article:*, name=...), canonical link, html lang,
// JSON-LD articles, and the visible byline and dateline when those say nothing.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "pith/document.h"

namespace pith::html {

/// What JSON-LD says about the article: strong hints for metadata and a fallback body.
struct JsonLdArticle {
  std::string headline;
  std::vector<std::string> authors;  ///< each author's name (or the string given), in order
  std::string date_published;
  std::string date_created;
  std::string date_modified;
  std::string publisher;
  std::string description;
  std::string url;
  std::string image;                   ///< the first image's URL, as written
  std::string language;                ///< inLanguage, as written
  std::vector<std::string> keywords;   ///< keywords, split at commas when given as one string
  std::vector<std::string> sections;   ///< articleSection, split at commas like keywords
  std::string article_body;
};

/// The first Article-like object (NewsArticle, BlogPosting, ...) in the JSON-LD `scripts`;
/// malformed JSON is skipped, never an error.
JsonLdArticle parse_json_ld(const std::vector<std::string>& scripts);

/// Fills `meta` from the page's tags, with `json_ld` where tags say nothing, and the visible
/// byline and dateline where neither does. A `meta.url` already set (a batch record's URL)
/// is kept when the page names none, and is the base relative URLs are resolved against.
void read_metadata(const GumboNode* root, const JsonLdArticle& json_ld, Metadata& meta);

}  // namespace pith::html
