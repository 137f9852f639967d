// cookie: cookie notices and consent buttons ("We use cookies to ...", "Accept all").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CookieFilter : public LineFilter {
 public:
  explicit CookieFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
