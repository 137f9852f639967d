// duplicate: text a page printed twice inside one document — a paragraph repeated (a pull
// quote's source, a block the extractor met twice), and the headline again below the article
// (in a related list, a footer or a second title block). The first copy stays; the headline on
// the first line is content. Repeats across documents are the site-learning stage's.
#include "pith/filters/duplicate.h"

#include <string>
#include <unordered_map>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A paragraph of this many words or more is never repeated on purpose; shorter lines may be
/// (a poem's refrain, a heading such as "Advantages", names in a list), and stay.
constexpr std::size_t k_min_paragraph_words = 15;
/// A headline copy is removed only below article text: a kept line of this many words at least.
constexpr std::size_t k_min_body_words = 15;
/// Headlines are short; a first line longer than this is a paragraph (judged as one).
constexpr std::size_t k_max_headline_bytes = 300;

}  // namespace

void DuplicateFilter::apply(Document& doc, std::string_view name) const {
  // The headline: the first line still kept.
  std::size_t first = 0;
  while (first < doc.blocks.size() && !doc.blocks[first].kept()) ++first;
  if (first == doc.blocks.size()) return;
  std::string headline =
      doc.blocks[first].text.size() <= k_max_headline_bytes ? shape::key(doc.blocks[first].text) : std::string();

  std::unordered_map<std::string, std::size_t> seen;  // paragraph key → index of its first copy
  if (shape::word_count(doc.blocks[first].text) >= k_min_paragraph_words)
    seen.emplace(shape::key(doc.blocks[first].text), first);
  bool body_seen = false;
  for (std::size_t i = first + 1; i < doc.blocks.size(); ++i) {
    Block& block = doc.blocks[i];
    if (!block.kept()) continue;
    std::size_t words = shape::word_count(block.text);
    // Right under the headline (past a byline or ticker) a copy is the page's title block
    // printed twice, which the first line already holds: it goes only below article text.
    if (!headline.empty() && body_seen && shape::key(block.text) == headline) {
      mark_removed(block, name, "a second copy of the headline");
      continue;
    }
    if (words >= k_min_body_words) body_seen = true;
    if (words < k_min_paragraph_words) continue;
    auto [it, inserted] = seen.emplace(shape::key(block.text), i);
    if (!inserted)
      mark_removed(block, name, "a second copy of the paragraph on line " + std::to_string(doc.blocks[it->second].line));
  }
}

}  // namespace pith
