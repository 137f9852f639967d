// disclaimer: "views expressed are the author's" notes and syndication notices.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class DisclaimerFilter : public LineFilter {
 public:
  explicit DisclaimerFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
