// The <meta> names metadata reads: the prescan leaves every other <meta> of the head out.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace pith::html {

/// Every name, property or itemprop (lower case) of a <meta> whose content metadata reads:
/// Open Graph (ogp.me), Twitter cards, article:* (Open Graph's article type), Dublin Core,
/// Parse.ly, Sailthru and the generic HTML names. read_metadata() stores no other, so a
/// reader of a name missing here finds nothing (html_metadata_test catches that), and the
/// prescan may leave the others out of the head.
inline constexpr std::array<std::string_view, 41> k_read_meta_names = {
    // title, site, address, language, description
    "og:title", "twitter:title", "og:site_name", "application-name", "og:url", "og:locale", "language",
    "dc.language", "og:description", "description", "twitter:description",
    // author
    "author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author",
    // date published, then modified
    "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date",
    "publishdate", "sailthru.date", "parsely-pub-date", "article:modified_time", "og:updated_time", "datemodified",
    // image
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image",
    "thumbnailurl",
    // tags and categories
    "news_keywords", "keywords", "article:tag", "article:section"};

/// True when metadata reads the <meta> named `name` (lower case).
inline bool is_read_meta_name(std::string_view name) {
  return std::find(k_read_meta_names.begin(), k_read_meta_names.end(), name) != k_read_meta_names.end();
}

}  // namespace pith::html
