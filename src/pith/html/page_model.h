// The page as the extractor sees it: a flat table of elements and the text blocks they hold.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pith/config.h"
#include "pith/document.h"
#include "pith/html/vocabulary.h"

namespace pith::html {

/// One element of the body, in document (pre-order) order; its subtree is [index, end).
struct Element {
  const GumboElement* element = nullptr;
  int parent = -1;
  int end = 0;
  Verdict verdict = Verdict::neutral;
  bool article_marker = false;
  /// Dropped with its whole subtree (furniture by tag or attributes, hidden, or inside such).
  bool pruned = false;
  /// Dropped when the model was built (by tag or visibility), for good: pruning never revives it.
  bool removed_at_build = false;
  /// The extraction stage that dropped this element's subtree, set on the subtree's root only
  /// (empty elsewhere), and why.
  std::string_view removed_by;
  std::string reason;
  /// A formatting element the parser opened again by itself (HTML's "reconstruct the active
  /// formatting elements"): an <a> left unclosed is carried into every later paragraph. Its
  /// text is not link text; the author linked only the first stretch.
  bool reopened = false;
  /// Inside the <header> of an <article>, <section> or <main>: the headline, lead, byline and
  /// date of that section rather than the page's header.
  bool in_section_header = false;
  /// Characters of kept text below, and of those inside links.
  std::size_t text_chars = 0;
  std::size_t link_chars = 0;
  /// Characters of prose below: blocks long enough and free enough of links to be sentences.
  std::size_t prose_chars = 0;
  /// Kept list items and table rows below that are not mostly links: the ingredients of a
  /// recipe, the specifications of a product, the figures of a table.
  std::size_t data_rows = 0;
  /// <article> elements in the subtree, this one included.
  std::size_t articles = 0;
  /// True when some element below (or this one) is an article marker.
  bool holds_marker = false;
  double score = 0.0;
  /// Index of the first block this element owns directly, -1 when none.
  int first_block = -1;
};

/// A block of text and where it came from.
struct PageBlock {
  Block block;
  int owner = -1;  ///< the innermost block-level element holding the text
  /// Byte offset of the block's first text in the parsed (prescanned) page; npos when unknown.
  std::size_t offset = std::string::npos;
  std::size_t text_chars = 0;
  std::size_t link_chars = 0;
  /// Table cells of the block (a row) that hold text and no link text: the figures of a
  /// results table, which a row of navigation links does not have.
  std::size_t unlinked_cells = 0;
  /// Links (<a> elements the author wrote) that start in the block.
  std::size_t links = 0;
};

struct PageModel {
  std::vector<Element> elements;
  std::vector<PageBlock> blocks;
  /// Text of the first <h1>, a fallback title.
  std::string first_h1;
};

/// Totals the text, link text and prose of kept blocks into every element's subtree, and
/// marks the ancestors of explicit article markers.
void total_text(PageModel& model);

/// Share of an element's text inside links.
double link_density(const Element& element);

/// An explicit marker other than <article>, which comment threads and teasers use too.
bool is_strong_marker(const Element& element);

/// Builds the model of the <body> under `root` without recursion. Every text becomes a block.
/// Elements that can never be content (by tag), <nav>s and hidden elements are in the model
/// already dropped (`removed_at_build`, with the stage on the root); social embeds become
/// blocks already marked `social-embed`.
PageModel build_page_model(const GumboNode* root, const Config& config);

/// The element holding the removal of pruned element `index`: itself or the nearest ancestor
/// with `removed_by` set.
const Element& removal_root(const PageModel& model, int index);

/// Marks every still-kept block whose owner is pruned as removed by the stage that pruned
/// its subtree.
void mark_pruned_blocks(PageModel& model);

/// A short description of an element for reasons: `<div class="share-bar">`.
std::string describe(const GumboElement& element);

}  // namespace pith::html
