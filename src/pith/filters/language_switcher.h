// language-switcher: a row of links to the page in other languages ("English | Deutsch | Español").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class LanguageSwitcherFilter : public LineFilter {
 public:
  explicit LanguageSwitcherFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
