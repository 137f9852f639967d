// credit: photo and video credits ("Photo: Name/Getty Images", "(AP Photo/...)", "Watch: ...").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CreditFilter : public LineFilter {
 public:
  explicit CreditFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
};

}  // namespace pith
