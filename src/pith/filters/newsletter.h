// newsletter: newsletter sign-up and inbox prompts ("Sign up for our newsletter").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class NewsletterFilter : public LineFilter {
 public:
  explicit NewsletterFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_and_later; }
};

}  // namespace pith
