// subscribe: calls to subscribe to a site, channel or podcast, or to get its app.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class SubscribeFilter : public LineFilter {
 public:
  explicit SubscribeFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
