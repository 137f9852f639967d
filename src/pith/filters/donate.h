// donate: appeals to donate to the site or support its work ("Please consider supporting us").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class DonateFilter : public LineFilter {
 public:
  explicit DonateFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
