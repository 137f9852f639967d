// timestamp: a page's time lines: publish and update stamps ("Updated 3 hours ago",
// "Aktualisiert am 12.03.2024, 14:35 Uhr"), a byline that carries only a stamp ("By Jane Roe |
// Published 2 hours ago"), and reading-time estimates ("5 min read", "Lesezeit: 3 Min.").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class TimestampFilter : public LineFilter {
 public:
  explicit TimestampFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
