// ascii-punct: typographic punctuation folded to ASCII (curly quotes, dashes, ellipsis), for
// consumers that cannot take it. Off by default; --ascii-punct switches it on.
#pragma once

#include "pith/normalize/normalizer.h"

namespace pith {

class AsciiPunctNormalizer : public Normalizer {
 public:
  explicit AsciiPunctNormalizer(const Config&) {}
  void apply(std::string& text) const override;
};

}  // namespace pith
