// duplicate: text a page printed twice inside one document — a paragraph repeated (a pull
// quote's source, a block the extractor met twice), and the headline again below the article
// (in a related list, a footer or a second title block). The first copy stays; the headline on
// the first line is content. Repeats across documents are the site-learning stage's.
#include "pith/filters/duplicate.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "pith/base/line_shape.h"

namespace pith {

namespace {

/// A paragraph of this many words or more is never repeated on purpose; shorter lines may be
/// (a poem's refrain, a heading such as "Advantages", names in a list), and stay. A headline
/// copy goes only below article text: a kept paragraph of this many words.
constexpr std::size_t k_min_paragraph_words = 15;
/// Headlines are short; a first line longer than this is a paragraph (judged as one).
constexpr std::size_t k_max_headline_bytes = 300;

/// True when `text` has at least `n` words, counted by its spaces (a vectorised count; a
/// line's white space is not yet normalised, but runs of spaces inside a paragraph are rare).
bool has_words(std::string_view text, std::size_t n) {
  // n words are n - 1 spaces between them.
  return n <= 1 || shape::holds_at_least(shape::trim(text), ' ', n - 1);
}

/// A cheap first test that `text` may key to `key`: its first letter, lower-cased, opens the key.
bool opens_like(std::string_view text, std::string_view key) {
  text = shape::skip_opening_marks(text);
  if (text.empty() || key.empty()) return false;
  char first = text[0] >= 'A' && text[0] <= 'Z' ? static_cast<char>(text[0] + 32) : text[0];
  return first == key[0] || static_cast<unsigned char>(first) >= 0x80;
}

/// Text a page repeats on purpose: a list's or a table's items (a weekly meal plan names the
/// same dish each day), and a question (an interview puts it to each guest in turn). Only a
/// statement, ending in a full stop, an exclamation mark or an ellipsis, is a copy to remove.
bool may_repeat(const Block& block) {
  if (block.kind == BlockKind::list_item || block.kind == BlockKind::table_row) return true;
  std::string_view text = shape::trim(block.text);
  for (std::string_view quote : {"\"", "\xE2\x80\x9D", "\xC2\xBB", "'"})
    if (text.ends_with(quote)) text.remove_suffix(quote.size());
  return !(text.ends_with('.') || text.ends_with('!') || text.ends_with("\xE2\x80\xA6"));
}

}  // namespace

void DuplicateFilter::apply(Document& doc, std::string_view name) const {
  // The headline: the first line still kept.
  std::size_t first = next_kept(doc, 0);
  if (first == doc.blocks.size()) return;
  std::string headline =
      doc.blocks[first].text.size() <= k_max_headline_bytes ? shape::key(doc.blocks[first].text) : std::string();

  // Paragraphs by the hash of their text; copies are found once all are hashed, by sorting.
  // Exact copies only (white space at the ends aside): keying every paragraph would cost more
  // than all other stages, and a page prints its copies byte for byte.
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs;  // (hash, block index)
  // The hash reads a paragraph's length and its first and last bytes only: copies agree on
  // all of them, and a hit is confirmed on the whole text.
  auto hash_of = [](std::string_view text) {
    text = shape::trim(text);
    std::size_t h = std::hash<std::string_view>{}(text.substr(0, 64));
    h ^= std::hash<std::string_view>{}(text.substr(text.size() > 16 ? text.size() - 16 : 0)) * 31;
    return h ^ (text.size() * 0x9E3779B97F4A7C15ull);
  };
  if (has_words(doc.blocks[first].text, k_min_paragraph_words))
    paragraphs.emplace_back(hash_of(doc.blocks[first].text), first);
  bool body_seen = false;
  for (std::size_t i = first + 1; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    Block& block = doc.blocks[i];
    if (!block.kept()) continue;
    // Right under the headline (past a byline or ticker) a copy is the page's title block
    // printed twice, which the first line already holds: it goes only below article text.
    // A key is never longer than its text, and marks around a title are few.
    if (!headline.empty() && body_seen && block.text.size() >= headline.size() &&
        block.text.size() <= 2 * headline.size() + 16 && opens_like(block.text, headline) &&
        shape::scratch_key(block.text) == headline) {
      mark_removed(block, name, "a second copy of the headline");
      continue;
    }
    // Fifteen words take 29 bytes at least: shorter lines need no count.
    if (block.text.size() < 2 * k_min_paragraph_words - 1 || !has_words(block.text, k_min_paragraph_words)) continue;
    body_seen = true;
    if (may_repeat(block)) continue;
    paragraphs.emplace_back(hash_of(block.text), i);
  }
  std::sort(paragraphs.begin(), paragraphs.end());
  for (std::size_t run = 0; run < paragraphs.size();) {
    std::size_t end = run + 1;
    while (end < paragraphs.size() && paragraphs[end].first == paragraphs[run].first) ++end;
    // Within a run of one hash (in line order), each text is a copy of the first equal one.
    for (std::size_t later = run + 1; later < end; ++later) {
      Block& block = doc.blocks[paragraphs[later].second];
      for (std::size_t earlier = run; earlier < later; ++earlier) {
        const Block& original = doc.blocks[paragraphs[earlier].second];
        if (!original.kept() || shape::trim(original.text) != shape::trim(block.text)) continue;
        mark_removed(block, name,
                     original.line > 0 ? "a second copy of the paragraph on line " + std::to_string(original.line)
                                       : std::string("a second copy of an earlier paragraph"));
        break;
      }
    }
    run = end;
  }
}

}  // namespace pith
