// LineFilter's walk over the kept blocks, and registry look-up.
#include "pith/filters/filter.h"

namespace pith {

void LineFilter::apply(Document& doc, std::string_view name) const {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    apply_to_block(doc, i, name);
  }
}

const FilterEntry* find_filter(std::string_view name) {
  for (const FilterEntry& entry : filter_registry())
    if (entry.name == name) return &entry;
  return nullptr;
}

}  // namespace pith
