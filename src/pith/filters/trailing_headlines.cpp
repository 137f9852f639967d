// trailing-headlines: a page's list of other stories often follows the article with no header
// ("Joinville registra a madrugada mais fria do ano", "Festa das Flores volta em novembro"),
// between the closing residue that other stages removed. Read from the document's end, such
// headlines are the only kept lines after the article's last paragraph, and residue, not the
// article, stands right above them.
#include "pith/filters/trailing_headlines.h"

#include <vector>

#include "pith/base/line_shape.h"
#include "pith/filters/story_headline.h"

namespace pith {

namespace {

/// The article's last paragraph has this many words at least (shape::is_paragraph_shaped()).
constexpr std::size_t k_min_paragraph_words = 8;

}  // namespace

void TrailingHeadlinesFilter::apply(Document& doc, std::string_view name) const {
  // A page's DOM tells its related lists by their links; its last blocks may be a table's rows,
  // a figure's data or footnotes, which read as headlines once flattened.
  if (doc.kind != InputKind::text) return;
  std::vector<std::size_t> headlines;  // from the end back
  bool residue_above = false;          // a removed line above the topmost headline seen
  std::size_t i = doc.blocks.size();
  while (i-- > 0) {
    const Block& block = doc.blocks[i];
    if (!block.kept()) {
      if (!headlines.empty()) residue_above = true;
      continue;
    }
    // A table's row ("Aberconwy | Robin Millar | ...") is no headline.
    if (!is_story_headline(block.text) || block.text.find('|') != std::string::npos) break;
    headlines.push_back(i);
    residue_above = false;
  }
  if (headlines.empty() || !residue_above || i >= doc.blocks.size() ||
      !shape::is_paragraph_shaped(doc.blocks[i].text, k_min_paragraph_words))
    return;
  for (std::size_t index : headlines)
    mark_removed(doc.blocks[index], name, "a headline of another story after the article, among its closing residue");
}

}  // namespace pith
