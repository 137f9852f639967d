// ad: advertisement labels and advertise-with-us prompts ("Advertisement", "Anzeige", "Publicidad").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class AdFilter : public LineFilter {
 public:
  explicit AdFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
