// Names of block kinds, as they appear in JSON output and --explain; counts of removals.
#include "pith/document.h"

namespace pith {

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::heading: return "heading";
    case BlockKind::list_item: return "list_item";
    case BlockKind::quote: return "quote";
    case BlockKind::preformatted: return "preformatted";
    case BlockKind::table_row: return "table_row";
    case BlockKind::caption: return "caption";
  }
  return "paragraph";
}

std::vector<std::pair<std::string, std::size_t>> removed_per_filter(const Document& doc) {
  std::vector<std::pair<std::string, std::size_t>> counts;
  for (const Block& block : doc.blocks) {
    if (block.kept()) continue;
    auto it = counts.begin();
    while (it != counts.end() && it->first != block.removed_by) ++it;
    if (it == counts.end()) counts.emplace_back(block.removed_by, 1);
    else ++it->second;
  }
  return counts;
}

}  // namespace pith
