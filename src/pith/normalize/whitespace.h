// whitespace: Unicode spaces become a space, runs collapse, lines are trimmed, empty lines go;
// Unicode line and paragraph separators become line breaks.
#pragma once

#include "pith/normalize/normalizer.h"

namespace pith {

class WhitespaceNormalizer : public Normalizer {
 public:
  explicit WhitespaceNormalizer(const Config&) {}
  void apply(std::string& text) const override;
  bool rewrites_layout() const override { return true; }
};

}  // namespace pith
