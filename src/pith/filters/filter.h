// The filter interface: a named stage that marks noise blocks of a Document.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "pith/config.h"
#include "pith/document.h"

namespace pith {

class Filter {
 public:
  virtual ~Filter() = default;
  /// Marks the blocks of `doc` this filter recognises as noise, as removed by `name`.
  virtual void apply(Document& doc, std::string_view name) const = 0;
};

/// A filter that judges one kept block at a time, with the whole document in view
/// (neighbours, position) — the shape most text filters have.
class LineFilter : public Filter {
 public:
  void apply(Document& doc, std::string_view name) const final;
  /// The reason block `index` of `doc` is noise, or nullopt when it is article text.
  virtual std::optional<std::string> judge(const Document& doc, std::size_t index) const = 0;
  /// For block `index` of `doc`, which judge() kept: marks residue inside it
  /// (mark_span_removed) as removed by `name`. Most filters judge whole lines only and mark
  /// nothing here.
  virtual void mark_spans(Document& /*doc*/, std::size_t /*index*/, std::string_view /*name*/) const {}
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
