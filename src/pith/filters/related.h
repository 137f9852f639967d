// related: links to other stories ("Read more: ...", "Lee también: ...", "Leggi anche").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class RelatedFilter : public LineFilter {
 public:
  explicit RelatedFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
};

}  // namespace pith
