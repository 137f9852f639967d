// spacing: the space a sloppy scrape lost after a comma or semicolon between two words
// ("cartels,whose" → "cartels, whose"), restored.
#pragma once

#include "pith/normalize/normalizer.h"

namespace pith {

/// Restores the space only where both sides are words of two letters or more and the token
/// holding the mark looks like prose: numbers (1,000), URLs, e-mail addresses, hashtags,
/// code (rgb(0,0,0), a,b,c), chemical names (N,N-dimethyl) and abbreviations (U.S.,) stay.
class SpacingNormalizer : public Normalizer {
 public:
  explicit SpacingNormalizer(const Config&) {}
  void apply(std::string& text) const override;
  bool rewrites_layout() const override { return true; }
};

}  // namespace pith
