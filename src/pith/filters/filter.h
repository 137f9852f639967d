// The filter interface: a named stage that marks noise blocks of a Document.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "pith/config.h"
#include "pith/document.h"

namespace pith {

class Filter {
 public:
  virtual ~Filter() = default;
  /// Marks the blocks of `doc` this filter recognises as noise, as removed by `name`.
  virtual void apply(Document& doc, std::string_view name) const = 0;
};

/// Marks each kept block of `doc`, in order, that `judge(doc, index)` gives a reason for (an
/// std::optional<std::string>) as removed by `name`, asking for each text k_prefetch_blocks
/// ahead (prefetch_text()). The first pass of a filter that then looks at runs of the blocks
/// it marked (ad, related, nav-links); a LineFilter's apply() also marks spans.
template <class Judge>
void mark_judged_blocks(Document& doc, std::string_view name, Judge&& judge) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    prefetch_text(doc, i + k_prefetch_blocks);
    if (!doc.blocks[i].kept()) continue;
    if (auto reason = judge(static_cast<const Document&>(doc), i)) mark_removed(doc.blocks[i], name, std::move(*reason));
  }
}

/// A filter that judges one kept block at a time, with the whole document in view
/// (neighbours, position) — the shape most text filters have.
class LineFilter : public Filter {
 public:
  void apply(Document& doc, std::string_view name) const final;
  /// apply() for block `index` of `doc` alone: judges it when it is kept, then marks it
  /// removed or marks residue inside it.
  void apply_to_block(Document& doc, std::size_t index, std::string_view name) const {
    Block& block = doc.blocks[index];
    if (!block.kept()) return;
    if (auto reason = judge(doc, index)) mark_removed(block, name, std::move(*reason));
    else mark_spans(doc, index, name);
  }
  /// The reason block `index` of `doc` is noise, or nullopt when it is article text.
  virtual std::optional<std::string> judge(const Document& doc, std::size_t index) const = 0;
  /// For block `index` of `doc`, which judge() kept: marks residue inside it
  /// (mark_span_removed) as removed by `name`. Most filters judge whole lines only and mark
  /// nothing here.
  virtual void mark_spans(Document& /*doc*/, std::size_t /*index*/, std::string_view /*name*/) const {}
  /// Which blocks of `doc` judge() and mark_spans() read (the document's metadata, as
  /// list_languages() reads it, they may always read). The pipeline runs a row of filters
  /// that read only their own block one block at a time, each block through the whole row
  /// before the next, which gives the same marks as one filter after another over the whole
  /// document while the block's text is still in cache. A filter that also reads the blocks
  /// after its own may open such a row: they are untouched by the row in either order.
  enum class Reach {
    any,             ///< neighbours on either side, or the whole document
    own_block,       ///< block `index` only
    own_and_later,   ///< block `index` and blocks after it
  };
  virtual Reach reach() const { return Reach::any; }
};

/// One row of the registry: the table order is the default pipeline order.
struct FilterEntry {
  std::string_view name;
  std::string_view summary;
  bool on_by_default;
  std::unique_ptr<Filter> (*make)(const Config& config);
};

/// Every built-in filter, in pipeline order.
std::span<const FilterEntry> filter_registry();

/// The built-in filter called `name`, or nullptr.
const FilterEntry* find_filter(std::string_view name);

}  // namespace pith
