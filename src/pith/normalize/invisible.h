// invisible: characters that show nothing but break matching (zero-width, soft hyphens,
// stray bidi controls, control codes).
#pragma once

#include "pith/normalize/normalizer.h"

namespace pith {

class InvisibleNormalizer : public Normalizer {
 public:
  explicit InvisibleNormalizer(const Config&) {}
  void apply(std::string& text) const override;
  bool keeps_plain_text() const override { return true; }  // it drops controls and invisible characters only
};

}  // namespace pith
