// sign-up-form: what a sign-up form leaves in a text dump: its field labels with or without the
// button beside them ("Enter your email address  Subscribe", "Ihre E-Mail-Adresse") and the
// consent fine print under it ("By signing up you agree to our Privacy Policy. You can
// unsubscribe at any time."), in six languages.
#pragma once

#include "pith/filters/filter.h"

namespace pith {

class SignUpFormFilter : public LineFilter {
 public:
  explicit SignUpFormFilter(const Config&) {}
  std::optional<std::string> judge(const Document& doc, std::size_t index) const override;
  Reach reach() const override { return Reach::own_block; }
};

}  // namespace pith
