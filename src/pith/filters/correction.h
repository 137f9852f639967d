// correction: prompts to report an error in the article ("See an error? Send us a correction").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CorrectionFilter : public LineFilter {
 public:
  explicit CorrectionFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
