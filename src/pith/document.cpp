// Names of block kinds, as they appear in JSON output and --explain.
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

}  // namespace pith
