// related: links to other stories ("Read more: ...", "Lee también: ...", "Leggi anche"), and the
// headlines listed under a related-stories header.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class RelatedFilter : public Filter {
 public:
  explicit RelatedFilter(const Config&) {}
  /// Marks link lines (judge()), then the run of headlines under each list header.
  void apply(Document& doc, std::string_view name) const override;
  /// The reason block `index` is a link to another story, or nullopt.
  std::optional<std::string> judge(const Document& doc, std::size_t index) const;
};

}  // namespace pith
