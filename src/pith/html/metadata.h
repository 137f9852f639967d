// Page metadata: <title>, <meta> (Open Graph, article:*, name=...), canonical link, html lang,
// and JSON-LD articles.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "pith/document.h"

namespace pith::html {

/// What JSON-LD says about the article: strong hints for metadata and a fallback body.
struct JsonLdArticle {
  std::string headline;
  std::string author;
  std::string date_published;
  std::string publisher;
  std::string description;
  std::string url;
  std::string article_body;
};

/// The first Article-like object (NewsArticle, BlogPosting, ...) in the JSON-LD `scripts`;
/// malformed JSON is skipped, never an error.
JsonLdArticle parse_json_ld(const std::vector<std::string>& scripts);

/// Fills `meta` from the page's tags, with `json_ld` where tags say nothing.
void read_metadata(const GumboNode* root, const JsonLdArticle& json_ld, Metadata& meta);

/// `date` as ISO 8601 when it already starts with one (YYYY-MM-DD...), else empty.
std::string iso_date(std::string_view date);

}  // namespace pith::html
