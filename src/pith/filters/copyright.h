// copyright: wire and site copyright notices ("© 2024 Reuters. All rights reserved."), a site's
// statement of its content's licence ("Content is available under CC BY-SA unless otherwise
// noted") and a footer's software credits ("Proudly powered by WordPress").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class CopyrightFilter : public LineFilter {
 public:
  explicit CopyrightFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
