// loading: placeholder lines of scripts that never ran ("Now loading...", "Cargando...").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class LoadingFilter : public LineFilter {
 public:
  explicit LoadingFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
