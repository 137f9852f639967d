// LineFilter's walk over the kept blocks, and registry look-up.
#include "pith/filters/filter.h"

namespace pith {

void LineFilter::apply(Document& doc, std::string_view name) const {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) apply_to_block(doc, i, name);
}

void LineFilter::apply_to_block(Document& doc, std::size_t index, std::string_view name) const {
  if (!doc.blocks[index].kept()) return;
  if (auto reason = judge(doc, index)) mark_removed(doc.blocks[index], name, std::move(*reason));
  else mark_spans(doc, index, name);
}

const FilterEntry* find_filter(std::string_view name) {
  for (const FilterEntry& entry : filter_registry())
    if (entry.name == name) return &entry;
  return nullptr;
}

}  // namespace pith
