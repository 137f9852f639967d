// poll: a reader poll's widget lines ("% of readers think this story is Fact. Add your two cents.").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class PollFilter : public LineFilter {
 public:
  explicit PollFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
