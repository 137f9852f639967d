// follow: "Follow us on ..." prompts naming a platform or handle, and lone "Follow us" labels.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class FollowFilter : public LineFilter {
 public:
  explicit FollowFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
