// paywall: subscription walls ("Subscribe to keep reading", "Already have an account? Sign in").
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class PaywallFilter : public LineFilter {
 public:
  explicit PaywallFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
