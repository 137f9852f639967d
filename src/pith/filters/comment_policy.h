// comment-policy: a site's rules for its comments and the comment box's own lines.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CommentPolicyFilter : public LineFilter {
 public:
  explicit CommentPolicyFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
