// post-meta: a blog post's taxonomy lines ("Filed under: ...", "Tagged: ...", "Posted in ... | 3 Comments").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class PostMetaFilter : public LineFilter {
 public:
  explicit PostMetaFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
