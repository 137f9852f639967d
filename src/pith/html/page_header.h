// The article's header as metadata search sees it: the body's elements in document order,
// the headline, and which elements can hold the article's own byline and dateline.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pith/html/dateline.h"

namespace pith::html {

/// One element of the body, in document (pre-order) order; its subtree is [index, end).
struct HeaderElement {
  const GumboElement* element = nullptr;
  int parent = -1;
  int end = 0;
  /// Visible characters of text before the element opens, and inside it.
  std::size_t text_before = 0;
  std::size_t text_chars = 0;
  /// Paragraphs of prose (long <p> elements) that closed before the element opens.
  std::size_t prose_before = 0;
  /// Inside furniture: a sidebar, related or latest list, comments, navigation, the site's
  /// own header and footer.
  bool furniture = false;
  /// The nearest <article> holding the element (itself included), -1 when none.
  int article = -1;
  /// What its class, id and role tokens say (flags private to the search).
  std::uint8_t tokens = 0;
  /// A <time datetime> or an itemprop datePublished; and whether one, or furniture, is below.
  bool is_time = false;
  bool holds_time = false;
  bool holds_furniture = false;
};

/// The body as byline and dateline search sees it.
struct PageHeader {
  std::vector<HeaderElement> elements;
  /// The headline: the <h1> that repeats the title (or the first <h1>, or itemprop=headline);
  /// -1 when the page has none.
  int headline = -1;
};

/// Maps the <body> under `root` without recursion; `title` is the page's title as metadata
/// read it, used to tell the article's <h1> from a logo's.
PageHeader map_page_header(const GumboNode* root, std::string_view title);

/// The author named by the article's byline, normalised (see normalize_author): rel="author"
/// and itemprop="author" links, byline and author elements, and short "By ..." lines near
/// the headline; never from furniture or from other articles' teasers. Empty when none.
std::string find_byline(const PageHeader& header);

/// The date of the article's dateline as ISO 8601: <time datetime>, itemprop datePublished,
/// date elements and short lines holding a date near the headline, read with `order`; an
/// update time only when nothing else gives a date. Empty when none.
std::string find_dateline(const PageHeader& header, DateOrder order);

/// The texts of the links the article marks with rel="tag" (or rel="category" when
/// `categories`), outside furniture, in order: the tags and categories a blog lists under a
/// post. WordPress marks category links rel="category tag"; those count as categories only.
std::vector<std::string> find_tag_links(const PageHeader& header, bool categories);

}  // namespace pith::html
