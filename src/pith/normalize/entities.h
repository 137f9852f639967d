// entities: HTML character references left in text (&amp;, &#8217;, &#x2019;, &nbsp;) decoded.
#pragma once

#include "pith/normalize/normalizer.h"

namespace pith {

/// Decodes one level only (`&amp;amp;` becomes `&amp;`) so that text about HTML survives, and
/// only complete references with their ';' and a known name, so prose like AT&T or R&D; stays.
class EntitiesNormalizer : public Normalizer {
 public:
  explicit EntitiesNormalizer(const Config&) {}
  void apply(std::string& text) const override;
};

}  // namespace pith
